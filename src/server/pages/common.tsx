import type { Child, FC } from 'hono/jsx';
import { METRICS } from '../../model.js';
import type { LedgerFigure, LedgerStatement } from '../../store/queries.js';
import { Table, type Column } from './table.js';
import { day, documentHref, figureAnchor, figureValue, OWN_VOICE, queryString, statementAnchor } from './format.js';

/**
 * Links to the first and the next page of a listing, keeping its filters. `param` names the
 * query parameter of its cursor (two listings on one page need two).
 */
export const Pager: FC<{
  path: string;
  params: Record<string, string | number | undefined>;
  next: string | null;
  shown: number;
  param?: string;
  label?: string;
}> = ({ path, params, next, shown, param = 'cursor', label = 'Pages' }) =>
  next || params[param] ? (
    <nav class="pager" aria-label={label}>
      {params[param] ? <a href={path + queryString({ ...params, [param]: undefined })}>← First page</a> : <span />}
      <span class="pager-count">{`${shown} shown`}</span>
      {next ? (
        <a href={path + queryString({ ...params, [param]: next })} rel="next">
          Next page →
        </a>
      ) : (
        <span />
      )}
    </nav>
  ) : null;

/** Who a figure is attributed to, or that the outlet states it. */
export const Claimant: FC<{ source: string | null }> = ({ source }) =>
  source === null ? <span class="own-voice">{OWN_VOICE}</span> : <span dir="auto">{source}</span>;

/** A figure's number, its metric and the group counted: "at least 12 killed · civilians". */
export const FigureLabel: FC<{ f: LedgerFigure }> = ({ f }) => (
  <span class="figure-label">
    <strong class="num">{figureValue(f)}</strong> <span class={`metric metric-${f.metric}`}>{f.metric}</span>
    {f.who ? (
      <>
        {' '}
        <span class="who" dir="auto">
          {f.who}
        </span>
      </>
    ) : null}
  </span>
);

/** A figure's as-of date, saying whether the text stated it or the publication date stands in. */
export const AsOf: FC<{ f: LedgerFigure }> = ({ f }) => (
  <span class="as-of">
    {day(f.asOf)}
    {f.asOfBasis === 'implied' ? (
      <span class="basis" title="no date in the text: the publication date">
        {' '}
        (published)
      </span>
    ) : null}
  </span>
);

const FIGURE_COLUMNS: ReadonlyArray<Column<LedgerFigure>> = [
  { header: 'As of', cell: (f) => <AsOf f={f} />, nowrap: true },
  { header: 'Figure', cell: (f) => <FigureLabel f={f} /> },
  { header: 'Claimant', cell: (f) => <Claimant source={f.source} /> },
  { header: 'Outlet', cell: (f) => f.outlet ?? '—', auto: true },
  {
    header: 'Evidence',
    cell: (f) => (
      <a href={documentHref(f.documentId, figureAnchor(f.id))} class="evidence" dir="auto">
        “{f.evidence}”
      </a>
    ),
  },
];

/** The table of figures used by the figures page and the overview. */
export const FigureTable: FC<{ rows: LedgerFigure[]; caption: string }> = ({ rows, caption }) => (
  <Table caption={caption} rows={rows} columns={FIGURE_COLUMNS} />
);

/** One statement as a quotation with its speaker, outlet and a link to it in its document. */
export const StatementItem: FC<{ s: LedgerStatement }> = ({ s }) => (
  <li class="statement">
    <blockquote dir="auto" class={s.kind}>
      {s.kind === 'direct' ? `“${s.text}”` : s.text}
    </blockquote>
    <p class="attribution">
      <span class="speaker" dir="auto">
        {s.speaker ?? 'speaker not named'}
      </span>
      {s.speakerRole ? (
        <>
          , <span dir="auto">{s.speakerRole}</span>
        </>
      ) : null}
      <span class="sep"> · </span>
      {s.kind === 'direct' ? 'quoted' : 'reported'}
      {s.cue ? <> ({s.cue})</> : null}
      <span class="sep"> · </span>
      <span dir="auto">{s.outlet ?? 'outlet unknown'}</span>, {day(s.published)}
      <span class="sep"> · </span>
      <a href={documentHref(s.documentId, statementAnchor(s.id))}>in context</a>
    </p>
  </li>
);

/** A labelled text field of a filter form. */
export const Field: FC<{ name: string; label: string; value?: string; type?: string; placeholder?: string }> = ({
  name,
  label,
  value,
  type,
  placeholder,
}) => (
  <label class="field">
    <span>{label}</span>
    <input name={name} type={type ?? 'text'} value={value ?? ''} placeholder={placeholder} />
  </label>
);

/** The metric chooser of a filter form. */
export const MetricSelect: FC<{ value?: string }> = ({ value }) => (
  <label class="field">
    <span>Metric</span>
    <select name="metric">
      <option value="">any</option>
      {METRICS.map((m) => (
        <option value={m} selected={m === value}>
          {m}
        </option>
      ))}
    </select>
  </label>
);

/** A filter form: fields, and buttons to apply and to clear. */
export const Filters: FC<{ action: string; children: Child; label: string }> = ({ action, children, label }) => (
  <form class="filters" method="get" action={action} aria-label={label}>
    {children}
    <div class="filter-buttons">
      <button type="submit">Apply</button>
      <a href={action} class="button-link">
        Clear
      </a>
    </div>
  </form>
);
