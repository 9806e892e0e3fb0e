import type { FC } from 'hono/jsx';
import type { Span } from '../../model.js';
import type { SearchHit } from '../../store/queries.js';
import type { SearchResults } from '../../store/store.js';
import { Pager } from './common.js';
import { day, documentHref, statementAnchor } from './format.js';
import { Empty, PageHead } from './layout.js';

/** A snippet with its matching words marked; the text is escaped like any other. */
const Snippet: FC<{ text: string; matches: Span[] }> = ({ text, matches }) => {
  const parts: Array<string | { mark: string }> = [];
  let pos = 0;
  for (const m of matches) {
    if (m.start < pos) continue;
    parts.push(text.slice(pos, m.start), { mark: text.slice(m.start, m.end) });
    pos = m.end;
  }
  parts.push(text.slice(pos));
  return (
    <span class="snippet" dir="auto">
      {parts.map((p) => (typeof p === 'string' ? p : <mark>{p.mark}</mark>))}
    </span>
  );
};

/** One hit: its document's title linking to `href`, the outlet and date, and the snippet. */
const Hit: FC<{ h: SearchHit; href: string }> = ({ h, href }) => (
  <li>
    <a href={href} dir="auto" class="hit-title">
      {h.title ?? 'Untitled document'}
    </a>
    <span class="meta">
      <span dir="auto">{h.outlet ?? 'outlet not named'}</span> · {day(h.published)}
    </span>
    <Snippet text={h.snippet} matches={h.matches} />
  </li>
);

/** Full-text search: matching documents and statements with the words in context. */
export const SearchPage: FC<{
  params: { q: string; kind?: string; cursor?: string };
  page: SearchResults | null;
}> = ({ params, page }) => {
  const { q, kind } = params;
  const docs = page?.items.filter((h) => h.kind === 'document') ?? [];
  const statements = page?.items.filter((h) => h.kind === 'statement') ?? [];
  return (
    <>
      <PageHead
        title="Search"
        lead="Words in the text of documents and in what speakers said. Every word must match."
      />
      <form class="filters search-form" method="get" action="/search" role="search" aria-label="Search the ledger">
        <label class="field wide">
          <span>Words</span>
          <input type="search" name="q" value={q} required />
        </label>
        <label class="field">
          <span>In</span>
          <select name="kind">
            <option value="">documents and statements</option>
            <option value="document" selected={kind === 'document'}>
              documents only
            </option>
            <option value="statement" selected={kind === 'statement'}>
              statements only
            </option>
          </select>
        </label>
        <div class="filter-buttons">
          <button type="submit">Search</button>
        </div>
      </form>
      {page === null ? null : page.items.length === 0 ? (
        <Empty>Nothing matches “{q}”.</Empty>
      ) : (
        <div class="split">
          {kind === 'statement' ? null : (
            <section aria-labelledby="in-docs" class="panel">
              <h2 id="in-docs">In documents ({docs.length})</h2>
              <ol class="hits">
                {docs.map((h) => (
                  <Hit h={h} href={documentHref(h.documentId)} />
                ))}
              </ol>
            </section>
          )}
          {kind === 'document' ? null : (
            <section aria-labelledby="in-statements" class="panel">
              <h2 id="in-statements">In statements ({statements.length})</h2>
              <ol class="hits">
                {statements.map((h) => (
                  <Hit
                    h={h}
                    href={documentHref(
                      h.documentId,
                      h.statementId === null ? undefined : statementAnchor(h.statementId),
                    )}
                  />
                ))}
              </ol>
            </section>
          )}
        </div>
      )}
      {page?.rankedAmong ? (
        <p class="notice">
          These words match more than {page.rankedAmong.toLocaleString('en-US')} documents or statements: the hits are
          the best matches among the {page.rankedAmong.toLocaleString('en-US')} most recently stored of each kind. Add
          words to narrow the search.
        </p>
      ) : null}
      {page ? <Pager path="/search" params={params} next={page.next} shown={page.items.length} /> : null}
    </>
  );
};
