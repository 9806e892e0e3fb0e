import type { FC } from 'hono/jsx';
import { raw } from 'hono/html';
import type { LedgerDocument, LedgerFigure } from '../../store/queries.js';
import type { Dispute } from '../../model.js';
import type { LedgerOverview } from '../../store/store.js';
import type { seriesSummary } from '../api/cross-check.js';
import { seriesHref, seriesName } from './cross-check.js';
import { Plot, renderPlot } from '../charts/plot.js';
import { FigureTable } from './common.js';
import { count, day, documentHref, queryString } from './format.js';
import { Empty, PageHead } from './layout.js';
import { Table, type Column } from './table.js';

export interface OverviewData {
  overview: LedgerOverview;
  latest: LedgerDocument[];
  figures: LedgerFigure[];
  /** The busiest series and the latest disputes, when the back end has cross-checks. */
  cross: { series: Array<ReturnType<typeof seriesSummary>>; disputes: Dispute[] } | null;
}

/**
 * Charts already drawn, by the overview they show: the store keeps one overview object until the
 * ledger changes, so the chart is drawn once per change, not per request (1,000 days of a large
 * ledger took most of the page's time).
 */
const drawn = new WeakMap<LedgerOverview, string>();

/** Documents per publication day, drawn on the server. */
function timelineChart(o: LedgerOverview): string {
  let svg = drawn.get(o);
  if (svg === undefined) drawn.set(o, (svg = drawTimeline(o)));
  return svg;
}

function drawTimeline(o: LedgerOverview): string {
  const data = o.timeline.map((t) => ({ date: new Date(`${t.day}T00:00:00Z`), documents: t.documents }));
  return renderPlot({
    width: 720,
    height: 180,
    marginLeft: 44,
    ariaLabel: 'Documents per publication day',
    ariaDescription: `${o.timeline.length} days with documents, from ${day(o.firstPublished)} to ${day(o.lastPublished)}`,
    x: { type: 'utc', label: null },
    y: { grid: true, label: 'documents', tickFormat: 'd' },
    marks: [
      Plot.rectY(
        data,
        Plot.binX<Plot.RectYOptions>({ y: 'sum' }, { x: 'date', y: 'documents', fill: '#3566a8', thresholds: 60 }),
      ),
      Plot.ruleY([0]),
    ],
  });
}

/** Figures per metric, each with a meter of its share of all `total` figures. */
const metricColumns = (total: number): ReadonlyArray<Column<LedgerOverview['metrics'][number]>> => [
  { header: 'Metric', cell: (m) => <a href={`/figures${queryString({ metric: m.metric })}`}>{m.metric}</a> },
  { header: 'Figures', cell: (m) => count(m.figures), num: true },
  {
    header: <span class="visually-hidden">Share</span>,
    cell: (m) => <meter min={0} max={total} value={m.figures} aria-label={`${m.metric}: ${m.figures} of ${total}`} />,
  },
];

const OUTLET_COLUMNS: ReadonlyArray<Column<LedgerOverview['topOutlets'][number]>> = [
  {
    header: 'Outlet',
    cell: (t) =>
      t.outlet === null ? (
        <span class="muted">not named</span>
      ) : (
        <a href={`/documents${queryString({ outlet: t.outlet })}`}>{t.outlet}</a>
      ),
    auto: true,
  },
  { header: 'Documents', cell: (t) => count(t.documents), num: true },
];

/** The first page: what the ledger holds, what came in last. */
export const OverviewPage: FC<{ data: OverviewData }> = ({ data: { overview: o, latest, figures, cross } }) => (
  <>
    <PageHead
      title="Overview"
      lead={
        o.documents === 0 ? (
          'The ledger is empty.'
        ) : (
          <>
            {count(o.documents)} documents from {count(o.outlets)} outlets, published {day(o.firstPublished)} to{' '}
            {day(o.lastPublished)}.
          </>
        )
      }
    />
    {o.documents === 0 ? (
      <Empty>
        Nothing has been ingested yet. <a href="/ingest">Paste or upload an article</a>, or run{' '}
        <code>crosscheck ingest PATH</code>.
      </Empty>
    ) : (
      <>
        <ul class="stats">
          <li>
            <a href="/documents">
              <span class="stat-n">{count(o.documents)}</span> documents
            </a>
          </li>
          <li>
            <a href="/figures">
              <span class="stat-n">{count(o.figures)}</span> figures
            </a>
          </li>
          <li>
            <a href="/statements">
              <span class="stat-n">{count(o.statements)}</span> statements
            </a>
          </li>
          <li>
            <span class="stat-n">{count(o.entities)}</span> names
          </li>
        </ul>
        {cross ? (
          <div class="grid-2">
            <section aria-labelledby="busy-h" class="panel">
              <h2 id="busy-h">Busiest series</h2>
              <ul class="doc-list">
                {cross.series.map((s) => (
                  <li>
                    <a href={seriesHref(s.id)} dir="auto">
                      {seriesName(s)}
                    </a>
                    <span class="meta">
                      {s.points} figures from {s.claimants.length} claimants in {s.stories} reports
                      {s.last ? `, latest as of ${day(s.last)}` : ''}
                    </span>
                  </li>
                ))}
              </ul>
              <p>
                <a href="/series">All series →</a>
              </p>
            </section>
            <section aria-labelledby="disp-h" class="panel">
              <h2 id="disp-h">Latest disputes</h2>
              {cross.disputes.length === 0 ? <p class="muted">No claimants disagree on a count.</p> : null}
              <ul class="doc-list">
                {cross.disputes.map((d) => (
                  <li>
                    <a href={seriesHref(d.series)}>{d.reason}</a>
                    <span class="meta" dir="auto">
                      {d.a.claimantKey} ({day(d.a.asOf)}) and {d.b.claimantKey} ({day(d.b.asOf)})
                    </span>
                  </li>
                ))}
              </ul>
              <p>
                <a href="/disputes">All disputes and competing accounts →</a>
              </p>
            </section>
          </div>
        ) : null}
        <div class="grid-2">
          <section aria-labelledby="timeline-h" class="panel">
            <h2 id="timeline-h">Documents over time</h2>
            <figure class="chart-box">{raw(timelineChart(o))}</figure>
          </section>
          <section aria-labelledby="metrics-h" class="panel">
            <h2 id="metrics-h">Figures by metric</h2>
            <Table caption="Number of figures per metric" rows={o.metrics} columns={metricColumns(o.figures)} compact />
          </section>
        </div>
        <div class="grid-2">
          <section aria-labelledby="outlets-h" class="panel">
            <h2 id="outlets-h">Outlets</h2>
            <Table caption="Documents per outlet, largest first" rows={o.topOutlets} columns={OUTLET_COLUMNS} compact />
          </section>
          <section aria-labelledby="latest-h" class="panel">
            <h2 id="latest-h">Latest documents</h2>
            <ul class="doc-list">
              {latest.map((d) => (
                <li>
                  <a href={documentHref(d.id)} dir="auto">
                    {d.title ?? d.origin}
                  </a>
                  <span class="meta">
                    <span dir="auto">{d.outlet ?? 'outlet not named'}</span> · {day(d.published)} · {d.figures} figures
                    · {d.statements} statements
                  </span>
                </li>
              ))}
            </ul>
          </section>
        </div>
        <section aria-labelledby="figures-h" class="panel">
          <h2 id="figures-h">Latest figures</h2>
          <FigureTable rows={figures} caption="The latest figures by as-of date" />
          <p>
            <a href="/figures">All figures →</a>
          </p>
        </section>
      </>
    )}
  </>
);
