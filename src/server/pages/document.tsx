import type { FC } from 'hono/jsx';
import type { LedgerFigure, LedgerStatement, StoredDocument } from '../../store/queries.js';
import { AsOf, Claimant, FigureLabel } from './common.js';
import { day, documentHref, figureAnchor, figureValue, originalPlace, shortId, statementAnchor } from './format.js';
import { PageHead } from './layout.js';
import { markText, type Mark, type MarkedNode } from './marked-text.js';

/** The marks of a document: its statements, figures and the mentions of its names. */
function marksOf(doc: StoredDocument): Mark[] {
  const marks: Mark[] = [];
  for (const s of doc.statements)
    marks.push({
      start: s.span.start,
      end: s.span.end,
      kind: 'statement',
      anchor: statementAnchor(s.id),
      label: `statement by ${s.speaker ?? 'a speaker not named'}`,
    });
  for (const f of doc.figures)
    marks.push({
      start: f.span.start,
      end: f.span.end,
      kind: 'figure',
      anchor: figureAnchor(f.id),
      label: `figure: ${figureValue(f)} ${f.metric}, ${f.source ? `according to ${f.source}` : 'in the outlet’s own voice'}`,
    });
  for (const e of doc.entities)
    for (const m of e.mentions)
      marks.push({
        start: m.start,
        end: m.end,
        kind: 'entity',
        anchor: null,
        variant: e.type,
        label: `${e.type}: ${e.name}`,
      });
  return marks;
}

const KIND_CLASS: Record<Mark['kind'], string> = { statement: 'hl-s', figure: 'hl-f', entity: 'hl-e' };

/** The marked text as elements; every string goes through JSX, which escapes it. */
const Marked: FC<{ nodes: MarkedNode[] }> = ({ nodes }) => (
  <>
    {nodes.map((n) =>
      typeof n === 'string' ? (
        n
      ) : (
        <span
          class={`hl ${KIND_CLASS[n.mark.kind]}${n.mark.variant ? ` hl-${n.mark.variant}` : ''}`}
          id={n.mark.anchor ?? undefined}
          title={n.mark.kind === 'entity' ? n.mark.label : undefined}
          data-label={n.mark.kind === 'entity' ? undefined : n.mark.label}
          tabindex={n.mark.anchor ? -1 : undefined}
        >
          <Marked nodes={n.children} />
        </span>
      ),
    )}
  </>
);

/** The rules behind a figure, shown on request. */
const FigureWhy: FC<{ f: LedgerFigure }> = ({ f }) => (
  <details class="why">
    <summary>Why</summary>
    <dl>
      <dt>Found by</dt>
      <dd>
        <code>{f.by}</code>
      </dd>
      <dt>As-of date</dt>
      <dd>
        {f.asOfBasis === 'stated'
          ? 'written in the text'
          : f.asOfBasis === 'implied'
            ? 'none in the text: the publication date'
            : 'unknown'}
      </dd>
      <dt>Claimant</dt>
      <dd>{f.source === null ? 'no reporting phrase holds the figure' : <>reported with “{f.cue ?? '—'}”</>}</dd>
      {f.since ? (
        <>
          <dt>Counted since</dt>
          <dd>{day(f.since)}</dd>
        </>
      ) : null}
      <dt>Evidence</dt>
      <dd>
        characters {f.span.start}–{f.span.end}
      </dd>
    </dl>
  </details>
);

/** The rules behind a statement, shown on request. */
const StatementWhy: FC<{ s: LedgerStatement }> = ({ s }) => (
  <details class="why">
    <summary>Why</summary>
    <dl>
      <dt>Found by</dt>
      <dd>
        <code>{s.by}</code>
      </dd>
      <dt>Kind</dt>
      <dd>{s.kind === 'direct' ? 'words in quotation marks' : 'reported speech'}</dd>
      <dt>Cue</dt>
      <dd>{s.cue ?? '—'}</dd>
      <dt>Evidence</dt>
      <dd>
        characters {s.span.start}–{s.span.end}
      </dd>
    </dl>
  </details>
);

/** A link to the claim's words in the original web page, for documents read from one. */
const Original: FC<{ doc: StoredDocument; words: string }> = ({ doc, words }) => {
  const href = doc.document.htmlMap !== null ? originalPlace(doc.document.url ?? doc.document.origin, words) : null;
  return href ? (
    <a class="original" href={href} rel="noopener noreferrer external" target="_blank">
      in the original page ↗
    </a>
  ) : null;
};

const ENTITY_TYPES = [
  ['person', 'People'],
  ['organization', 'Organizations'],
  ['place', 'Places'],
] as const;

/** One document: its text with every claim highlighted, and the list of its claims beside it. */
export const DocumentPage: FC<{ doc: StoredDocument }> = ({ doc }) => {
  const d = doc.document;
  const nodes = markText(d.text, marksOf(doc));
  const web = /^https?:\/\//i.test(d.url ?? d.origin) ? (d.url ?? d.origin) : null;
  return (
    <article class="document">
      <PageHead
        title={<span dir="auto">{d.title ?? 'Untitled document'}</span>}
        lead={
          <span class="doc-meta">
            <span dir="auto">{d.outlet ?? 'outlet not named'}</span>
            <span class="sep"> · </span>
            {d.published ? `published ${day(d.published)}` : 'publication date unknown'}
            {d.dateline ? (
              <>
                <span class="sep"> · </span>dateline <span dir="auto">{d.dateline}</span>
              </>
            ) : null}
            {d.language ? (
              <>
                <span class="sep"> · </span>language {d.language}
              </>
            ) : null}
            {d.version > 1 ? (
              <>
                <span class="sep"> · </span>version {d.version}
                {d.previousId ? (
                  <>
                    {' '}
                    (<a href={documentHref(d.previousId)}>previous</a>)
                  </>
                ) : null}
              </>
            ) : null}
          </span>
        }
      />
      <p class="doc-origin">
        {web ? (
          <a href={web} rel="noopener noreferrer external" target="_blank" dir="auto">
            {web}
          </a>
        ) : (
          <span dir="auto">{d.origin}</span>
        )}
        <span class="sep"> · </span>id <code title={d.id}>{shortId(d.id)}</code>
      </p>
      <p class="legend" aria-hidden="true">
        <span class="hl hl-f">figure</span> <span class="hl hl-s">statement</span>{' '}
        <span class="hl hl-e hl-person">person</span> <span class="hl hl-e hl-organization">organization</span>{' '}
        <span class="hl hl-e hl-place">place</span>
      </p>
      <div class="doc-layout">
        <section class="doc-text" aria-label="Text">
          <div class="text" dir="auto" lang={d.language ?? undefined}>
            <Marked nodes={nodes} />
          </div>
        </section>
        <aside class="claims" aria-label="Claims in this document">
          <section aria-labelledby="fig-h">
            <h2 id="fig-h">Figures ({doc.figures.length})</h2>
            {doc.figures.length === 0 ? <p class="muted">No figures.</p> : null}
            <ol class="claim-list">
              {doc.figures.map((f) => (
                <li class="claim claim-f" data-anchor={figureAnchor(f.id)}>
                  <a href={`#${figureAnchor(f.id)}`} class="claim-link">
                    <FigureLabel f={f} />
                  </a>
                  <p class="claim-meta">
                    {f.source === null ? '' : 'according to '}
                    <Claimant source={f.source} />
                    <span class="sep"> · </span>as of <AsOf f={f} />
                  </p>
                  <FigureWhy f={f} />
                  <Original doc={doc} words={f.evidence} />
                </li>
              ))}
            </ol>
          </section>
          <section aria-labelledby="st-h">
            <h2 id="st-h">Statements ({doc.statements.length})</h2>
            {doc.statements.length === 0 ? <p class="muted">No statements.</p> : null}
            <ol class="claim-list">
              {doc.statements.map((s) => (
                <li class="claim claim-s" data-anchor={statementAnchor(s.id)}>
                  <a href={`#${statementAnchor(s.id)}`} class="claim-link">
                    <span class="speaker" dir="auto">
                      {s.speaker ?? 'speaker not named'}
                    </span>
                    {s.speakerRole ? (
                      <span class="role" dir="auto">
                        {' '}
                        ({s.speakerRole})
                      </span>
                    ) : null}
                  </a>
                  <p class="claim-meta excerpt" dir="auto">
                    {s.kind === 'direct' ? 'quoted' : 'reported'}:{' '}
                    {s.text.length > 140 ? `${s.text.slice(0, 139)}…` : s.text}
                  </p>
                  <StatementWhy s={s} />
                  <Original doc={doc} words={s.text} />
                </li>
              ))}
            </ol>
          </section>
          <section aria-labelledby="ent-h">
            <h2 id="ent-h">Names ({doc.entities.length})</h2>
            {ENTITY_TYPES.map(([type, heading]) => {
              const list = doc.entities.filter((e) => e.type === type);
              return list.length === 0 ? null : (
                <>
                  <h3>{heading}</h3>
                  <ul class="names">
                    {list.map((e) => (
                      <li>
                        <span class={`hl hl-e hl-${type}`} dir="auto">
                          {e.name}
                        </span>{' '}
                        <span class="muted">×{e.mentions.length}</span>
                      </li>
                    ))}
                  </ul>
                </>
              );
            })}
          </section>
        </aside>
      </div>
    </article>
  );
};
