import type { FC } from 'hono/jsx';
import { UPLOAD_EXTENSIONS } from '../../batch/upload.js';
import type { StoredDocument } from '../../store/queries.js';
import type { ingestUpload } from '../api/ingest.js';
import { Claimant, FigureLabel } from './common.js';
import { documentHref, figureAnchor, statementAnchor } from './format.js';
import { PageHead } from './layout.js';

export type IngestResult = Awaited<ReturnType<typeof ingestUpload>>;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What an ingest did, and the claims of the first documents it read. */
export const IngestOutcome: FC<{ result: IngestResult; shown: StoredDocument[] }> = ({ result: r, shown }) => (
  <section id="ingest-result" class="panel result" aria-labelledby="result-h" tabindex={-1}>
    <h2 id="result-h">{r.failed > 0 && r.read === 0 ? 'Nothing was stored' : 'Stored'}</h2>
    <p class="summary">
      Read {plural(r.read, 'document', 'documents')}: {r.stored} new, {r.duplicates} already in the ledger,{' '}
      {plural(r.versions, 'new version', 'new versions')} of earlier texts; {r.failed} failed.
    </p>
    {r.failures.length > 0 ? (
      <ul class="failures">
        {r.failures.map((f) => (
          <li>
            <span dir="auto">{f.origin}</span>: {f.reason}
          </li>
        ))}
      </ul>
    ) : null}
    {shown.map((doc) => (
      <article class="ingested">
        <h3>
          <a href={documentHref(doc.document.id)} dir="auto">
            {doc.document.title ?? 'Untitled document'}
          </a>
        </h3>
        <p class="meta">
          {plural(doc.figures.length, 'figure', 'figures')}, {plural(doc.statements.length, 'statement', 'statements')},{' '}
          {plural(doc.entities.length, 'name', 'names')}
        </p>
        {doc.figures.length > 0 ? (
          <ul class="claims-brief">
            {doc.figures.map((f) => (
              <li>
                <a href={documentHref(doc.document.id, figureAnchor(f.id))}>
                  <FigureLabel f={f} />
                </a>{' '}
                — <Claimant source={f.source} />
              </li>
            ))}
          </ul>
        ) : null}
        {doc.statements.length > 0 ? (
          <ul class="claims-brief">
            {doc.statements.map((s) => (
              <li>
                <a href={documentHref(doc.document.id, statementAnchor(s.id))} dir="auto">
                  {s.speaker ?? 'speaker not named'}
                </a>
                : <span dir="auto">{s.text.length > 120 ? `${s.text.slice(0, 119)}…` : s.text}</span>
              </li>
            ))}
          </ul>
        ) : null}
      </article>
    ))}
    {r.documents.length > shown.length ? (
      <p>
        And {plural(r.documents.length - shown.length, 'more document', 'more documents')}:{' '}
        <a href="/documents">see the documents</a>.
      </p>
    ) : null}
  </section>
);

/**
 * The ingest form: paste an article or upload a file (or give a page's URL, when the server
 * fetches); the outcome below it once sent. There is one `url` field: where the text was published,
 * or the page to fetch when it comes alone.
 */
export const IngestPage: FC<{
  outcome?: { result: IngestResult; shown: StoredDocument[] };
  readOnly: boolean;
  /** The server fetches URLs (`serve --allow-fetch`): the URL field is a third way in, besides text and file. */
  fetch: boolean;
}> = ({ outcome, readOnly, fetch }) => (
  <>
    <PageHead
      title="Ingest"
      lead={`Paste an article${fetch ? ", upload a file, or give a page's address" : ' or upload a file'}. It is read, its claims are extracted and stored in the ledger, exactly as crosscheck ingest does.`}
    />
    {readOnly ? (
      <p class="notice">This server is read-only: it was started without a writable ledger.</p>
    ) : (
      <form id="ingest-form" class="panel ingest-form" method="post" action="/ingest" enctype="multipart/form-data">
        <label class="field block">
          <span>Article text</span>
          <textarea
            name="text"
            rows={12}
            placeholder="Paste the text of a report, or the HTML of its page"
            dir="auto"
          />
        </label>
        <p class="or">or</p>
        <label class="field block">
          <span>A file ({UPLOAD_EXTENSIONS.join(', ')})</span>
          <input type="file" name="file" accept={UPLOAD_EXTENSIONS.join(',')} />
        </label>
        {fetch ? (
          <>
            <p class="or">or</p>
            <label class="field block">
              <span>A page's address, for the server to fetch (HTML or text)</span>
              <input name="url" type="url" placeholder="https://…" aria-describedby="url-note" />
            </label>
            <p id="url-note" class="muted field-note">
              With pasted text or a file, this address is recorded as where it was published instead.
            </p>
          </>
        ) : null}
        <fieldset class="known">
          <legend>What you know of it (optional: used when the text does not say)</legend>
          <label class="field">
            <span>Title</span>
            <input name="title" type="text" />
          </label>
          <label class="field">
            <span>Outlet</span>
            <input name="outlet" type="text" />
          </label>
          <label class="field">
            <span>Published</span>
            <input name="published" type="date" />
          </label>
          {fetch ? null : (
            <label class="field wide">
              <span>URL</span>
              <input name="url" type="url" placeholder="https://…" />
            </label>
          )}
        </fieldset>
        <div class="submit-row">
          <button type="submit">Read and store</button>
          <progress id="ingest-progress" max={100} hidden aria-label="Upload progress" />
          <span id="ingest-status" role="status" aria-live="polite" />
        </div>
      </form>
    )}
    <div id="ingest-outcome">{outcome ? <IngestOutcome result={outcome.result} shown={outcome.shown} /> : null}</div>
  </>
);
