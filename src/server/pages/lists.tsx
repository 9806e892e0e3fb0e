import { raw } from 'hono/html';
import type { FC } from 'hono/jsx';
import type { LedgerDocument, LedgerFigure } from '../../store/queries.js';
import type { Page } from '../../store/store.js';
import { Field, Filters, FigureTable, MetricSelect, Pager } from './common.js';
import { count, day, documentHref, shortId } from './format.js';
import { Empty, PageHead } from './layout.js';
import { Table, type Column } from './table.js';

type Params = Record<string, string | undefined>;

/** Most figures drawn in the chart of the figures page: the latest ones. */
export const CHART_POINTS = 400;

const DOCUMENT_COLUMNS: ReadonlyArray<Column<LedgerDocument>> = [
  { header: 'Published', cell: (d) => day(d.published), nowrap: true },
  {
    header: 'Title',
    cell: (d) => (
      <>
        <a href={documentHref(d.id)} dir="auto">
          {d.title ?? d.origin}
        </a>
        {d.version > 1 ? <span class="badge">version {d.version}</span> : null}
      </>
    ),
  },
  { header: 'Outlet', cell: (d) => d.outlet ?? '—', auto: true },
  { header: 'Figures', cell: (d) => count(d.figures), num: true },
  { header: 'Statements', cell: (d) => count(d.statements), num: true },
  { header: 'Id', cell: (d) => <code>{shortId(d.id)}</code> },
];

/** The documents of the ledger, newest first, with filters. */
export const DocumentsPage: FC<{ page: Page<LedgerDocument>; params: Params }> = ({ page, params }) => (
  <>
    <PageHead title="Documents" lead="Every report in the ledger, newest first." />
    <Filters action="/documents" label="Filter documents">
      <Field name="outlet" label="Outlet" value={params.outlet} />
      <Field name="from" label="Published from" type="date" value={params.from} />
      <Field name="to" label="to" type="date" value={params.to} />
    </Filters>
    {page.items.length === 0 ? (
      <Empty>No documents match.</Empty>
    ) : (
      <Table caption="Documents" rows={page.items} columns={DOCUMENT_COLUMNS} />
    )}
    <Pager path="/documents" params={params} next={page.next} shown={page.items.length} />
  </>
);

/** Figures with their claimants, latest as-of date first, with filters; a chart of them over time once a metric is chosen. */
export const FiguresPage: FC<{
  page: Page<LedgerFigure>;
  params: Params;
  chart: { svg: string; points: number } | null;
}> = ({ page, params, chart }) => (
  <>
    <PageHead
      title="Figures"
      lead="Every figure in the ledger with the party it is attributed to, latest first. Each links to its words in the document."
    />
    <Filters action="/figures" label="Filter figures">
      <MetricSelect value={params.metric} />
      <Field name="source" label="Claimant" value={params.source} placeholder="none = the outlet’s own voice" />
      <Field name="who" label="Group counted" value={params.who} />
      <Field name="outlet" label="Outlet" value={params.outlet} />
      <Field name="from" label="As of from" type="date" value={params.from} />
      <Field name="to" label="to" type="date" value={params.to} />
    </Filters>
    {chart && chart.points > 0 ? (
      <section class="panel" aria-labelledby="chart-h">
        <h2 id="chart-h">
          {params.metric} over time{chart.points >= CHART_POINTS ? ` (the latest ${CHART_POINTS} figures)` : ''}
        </h2>
        <p class="chart-note">
          One mark per figure: colour for the claimant, shape for the outlet; an arrow up marks a lower bound (“at
          least”), down an upper bound (“up to”). Select a mark to open the figure in its document.
        </p>
        <figure class="chart-box">{raw(chart.svg)}</figure>
      </section>
    ) : null}
    {page.items.length === 0 ? <Empty>No figures match.</Empty> : <FigureTable rows={page.items} caption="Figures" />}
    <Pager path="/figures" params={params} next={page.next} shown={page.items.length} />
  </>
);
