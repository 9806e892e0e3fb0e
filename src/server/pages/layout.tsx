import type { Child, FC, PropsWithChildren } from 'hono/jsx';
import { asset } from '../static.js';

/** A section of the application, as the navigation lists it. */
export interface Section {
  href: string;
  label: string;
}

export interface LayoutProps {
  title: string;
  /** The section this page belongs to, marked as current in the navigation. */
  section?: string;
  sections: Section[];
  /** The words in the header's search box. */
  query?: string;
  /** Sign-in pages show no navigation. */
  bare?: boolean;
}

/** Every page's frame: header with navigation and search, the page, and a footer. */
export const Layout: FC<PropsWithChildren<LayoutProps>> = ({ title, section, sections, query, bare, children }) => (
  <html lang="en">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{`${title} · crosscheck`}</title>
      <link rel="stylesheet" href={asset('app.css')} />
      <link rel="icon" href={asset('icon.svg')} type="image/svg+xml" />
      <script type="module" src={asset('app.js')}></script>
    </head>
    <body>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="top">
        <a class="brand" href="/">
          <img src={asset('icon.svg')} alt="" width="22" height="22" />
          crosscheck
        </a>
        {bare ? null : (
          <>
            <nav aria-label="Sections">
              <ul>
                {sections.map((s) => (
                  <li>
                    <a href={s.href} aria-current={s.href === section ? 'page' : undefined}>
                      {s.label}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
            <form class="top-search" role="search" method="get" action="/search">
              <label class="visually-hidden" for="top-q">
                Search the ledger
              </label>
              <input id="top-q" type="search" name="q" value={query ?? ''} placeholder="Search documents and quotes" />
              <button type="submit">Search</button>
            </form>
          </>
        )}
      </header>
      <main id="main" tabindex={-1}>
        {children}
      </main>
      <footer class="foot">
        <p>
          crosscheck records who claims what, with the words each claim comes from. It does not decide who is right.
        </p>
        {bare ? null : (
          <p>
            <a href="/api/openapi.json">API (OpenAPI 3.1)</a> ·{' '}
            <a href="/api/schemas/extraction.json">JSON Schema of extract’s output</a>
          </p>
        )}
      </footer>
    </body>
  </html>
);

/** A page's heading with an optional line under it. */
export const PageHead: FC<{ title: Child; lead?: Child }> = ({ title, lead }) => (
  <div class="page-head">
    <h1>{title}</h1>
    {lead ? <p class="lead">{lead}</p> : null}
  </div>
);

/** A message in place of a list that has nothing to show. */
export const Empty: FC<PropsWithChildren> = ({ children }) => <p class="empty">{children}</p>;
