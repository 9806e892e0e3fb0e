import { raw } from 'hono/html';
import type { FC } from 'hono/jsx';
import {
  METRICS,
  type CompetingAccounts,
  type Dispute,
  type FigurePoint,
  type OutletProfile,
  type Series,
} from '../../model.js';
import type { seriesSummary } from '../api/cross-check.js';
import type { WordingTables } from '../deps.js';
import { Field, Filters, Pager } from './common.js';
import {
  count,
  day,
  dayRange,
  documentHref,
  figureAnchor,
  figureValue,
  OWN_VOICE,
  queryString,
  statementAnchor,
} from './format.js';
import { Empty, PageHead } from './layout.js';
import { Table, type Column } from './table.js';

type Params = Record<string, string | undefined>;
type SeriesSummary = ReturnType<typeof seriesSummary>;
type Page<T> = { items: T[]; next: string | null };

/** "killed · civilians · Tolvaren · cumulative": what a series counts. */
export const seriesName = (s: Pick<Series, 'metric' | 'group' | 'scope' | 'kind'>) =>
  [s.metric, s.group, s.scope ?? 'place not named', s.kind].join(' · ');

export const seriesHref = (id: string) => `/series/${encodeURIComponent(id)}`;

const Select: FC<{ name: string; label: string; value?: string; options: readonly string[] }> = ({
  name,
  label,
  value,
  options,
}) => (
  <label class="field">
    <span>{label}</span>
    <select name={name}>
      <option value="">any</option>
      {options.map((o) => (
        <option value={o} selected={o === value}>
          {o}
        </option>
      ))}
    </select>
  </label>
);

const SeriesFilters: FC<{ action: string; params: Params; extra?: boolean }> = ({ action, params, extra }) => (
  <Filters action={action} label="Filter">
    <Select name="metric" label="Metric" value={params.metric} options={METRICS} />
    <Select name="kind" label="Kind" value={params.kind} options={['cumulative', 'incident', 'unmarked']} />
    {extra ? <Select name="type" label="Show" value={params.type} options={['dispute', 'update', 'revision']} /> : null}
    <Field name="claimant" label="Claimant" value={params.claimant} />
    <Field name="group" label="Group counted" value={params.group} />
    <Field name="place" label="Place" value={params.place} />
    <Field name="outlet" label="Outlet" value={params.outlet} />
  </Filters>
);

/** A point's claim in words: "at least 12 killed, according to X (Outlet, as of 3 Mar 2025)". */
const PointLine: FC<{ p: FigurePoint }> = ({ p }) => (
  <>
    <a href={documentHref(p.document.id, figureAnchor(p.figure))}>
      <strong class="num">{figureValue({ ...p, evidence: p.evidence.text })}</strong>
    </a>{' '}
    {p.source ? (
      <>
        according to <span dir="auto">{p.source}</span>
      </>
    ) : (
      <span class="own-voice">{OWN_VOICE}</span>
    )}{' '}
    <span class="muted">
      (<span dir="auto">{p.document.outlet ?? 'outlet not named'}</span>, as of {day(p.asOf)})
    </span>
  </>
);

const SERIES_COLUMNS: ReadonlyArray<Column<SeriesSummary>> = [
  {
    header: 'Series',
    cell: (s) => (
      <a href={seriesHref(s.id)} dir="auto">
        {seriesName(s)}
      </a>
    ),
  },
  { header: 'Latest figure', cell: (s) => (s.latest ? <PointLine p={s.latest} /> : '—') },
  { header: 'Claimants', cell: (s) => s.claimants.length, num: true },
  { header: 'Reports', cell: (s) => s.stories, num: true },
  { header: 'Figures', cell: (s) => s.points, num: true },
  { header: 'As of', cell: (s) => dayRange(s.first, s.last), nowrap: true },
];

/** The list of series, busiest first. */
export const SeriesListPage: FC<{ page: Page<SeriesSummary>; params: Params }> = ({ page, params }) => (
  <>
    <PageHead
      title="Series"
      lead="Figures that count the same thing (metric, group, place, and whether the count is cumulative or of one incident), with every claimant who gave one. Reprints of one story count as one report."
    />
    <SeriesFilters action="/series" params={params} />
    {page.items.length === 0 ? (
      <Empty>No series match.</Empty>
    ) : (
      <Table caption="Series, most claimants first" rows={page.items} columns={SERIES_COLUMNS} />
    )}
    <Pager path="/series" params={params} next={page.next} shown={page.items.length} />
  </>
);

const POINT_COLUMNS: ReadonlyArray<Column<Series['points'][number]>> = [
  { header: 'As of', cell: (p) => day(p.asOf), nowrap: true },
  {
    header: 'Figure',
    cell: (p) => (
      <>
        <strong class="num">{figureValue({ ...p, evidence: p.evidence.text })}</strong>
        {p.kindCue ? <span class="muted"> ({p.kindCue})</span> : null}
      </>
    ),
  },
  { header: 'Claimant', cell: (p) => p.source ?? <span class="own-voice">{OWN_VOICE}</span>, auto: true },
  { header: 'Outlet', cell: (p) => p.document.outlet ?? '—', auto: true },
  {
    header: 'Sentence',
    cell: (p) => (
      <a class="evidence" href={documentHref(p.document.id, figureAnchor(p.figure))} dir="auto">
        {p.evidence.sentenceText}
      </a>
    ),
  },
];

/** One series: its chart, its figures, and the disputes within it. */
export const SeriesPage: FC<{ series: Series; chart: string; disputes: Dispute[] }> = ({
  series: s,
  chart,
  disputes,
}) => (
  <>
    <PageHead
      title={<span dir="auto">{seriesName(s)}</span>}
      lead={
        <>
          {s.points.length} figures from {s.claimants.length} claimants in {s.stories} independent{' '}
          {s.stories === 1 ? 'report' : 'reports'}.{' '}
          {s.kind === 'cumulative'
            ? 'Each counts everyone so far.'
            : s.kind === 'incident'
              ? 'Each counts one incident.'
              : 'Their sentences say neither “in total” nor “in one incident”.'}
        </>
      }
    />
    <section class="panel" aria-labelledby="chart-h">
      <h2 id="chart-h">Over time</h2>
      <p class="chart-note">
        One mark per claim: colour for the claimant, shape for the outlet; an arrow up marks a lower bound (“at least”),
        down an upper bound. Copies of one claim in reprints of a story are one mark. Select a mark to open the claim in
        its document.
      </p>
      <figure class="chart-box">{raw(chart)}</figure>
    </section>
    {disputes.length > 0 ? (
      <section class="panel" aria-labelledby="sd-h">
        <h2 id="sd-h">Disagreements and changes in this series ({disputes.length})</h2>
        <ol class="disputes">
          {disputes.map((d) => (
            <DisputeItem d={d} />
          ))}
        </ol>
      </section>
    ) : null}
    <section class="panel" aria-labelledby="pts-h">
      <h2 id="pts-h">Every figure</h2>
      <Table caption="The figures of this series by as-of date" rows={s.points} columns={POINT_COLUMNS} />
    </section>
  </>
);

const KIND_WORDS: Record<Dispute['kind'], string> = {
  dispute: 'claimants disagree',
  update: 'a count rises',
  revision: 'a count falls',
};

/** Two claims side by side with their evidence, and why they are listed together. */
const DisputeItem: FC<{ d: Dispute }> = ({ d }) => (
  <li class={`dispute dispute-${d.kind}`}>
    <p class="dispute-head">
      <span class={`badge kind-${d.kind}`}>{KIND_WORDS[d.kind]}</span> {d.reason}
      {d.repeated > 0 ? <span class="muted"> · said again in {d.repeated} other documents</span> : null}
      {' · '}
      <a href={seriesHref(d.series)}>series</a>
    </p>
    <div class="side-by-side">
      {[d.a, d.b].map((p) => (
        <blockquote class="claim-card">
          <p>
            <PointLine p={p} />
          </p>
          <p class="sentence" dir="auto">
            “{p.evidence.sentenceText}”
          </p>
        </blockquote>
      ))}
    </div>
  </li>
);

/** Statements of one speaker shown in a competing account: a reprinted quote can stand in hundreds of documents. */
const ACCOUNT_STATEMENTS = 5;

function shownStatements(a: CompetingAccounts, speaker: string) {
  const all = a.statements.filter((st) => st.speakerKey === speaker);
  return { shown: all.slice(0, ACCOUNT_STATEMENTS), more: all.length - ACCOUNT_STATEMENTS };
}

/** Disputes, updates and revisions of counts; then competing accounts of events. */
export const DisputesPage: FC<{ disputes: Page<Dispute>; accounts: CompetingAccounts[]; params: Params }> = ({
  disputes,
  accounts,
  params,
}) => (
  <>
    <PageHead
      title="Disputes and competing accounts"
      lead="Claims that cannot both be true as stated, counts that rise or fall, and what different speakers say about one place in the same days. Each with its words; crosscheck does not decide between them."
    />
    <SeriesFilters action="/disputes" params={params} extra />
    <div class="split">
      <section aria-labelledby="disp-h" class="panel">
        <h2 id="disp-h">Figures</h2>
        {disputes.items.length === 0 ? (
          <Empty>No disputes, updates or revisions match.</Empty>
        ) : (
          <ol class="disputes">
            {disputes.items.map((d) => (
              <DisputeItem d={d} />
            ))}
          </ol>
        )}
        <Pager path="/disputes" params={params} next={disputes.next} shown={disputes.items.length} />
      </section>
      <section aria-labelledby="acc-h" class="panel">
        <h2 id="acc-h">Competing accounts</h2>
        {accounts.length === 0 ? <Empty>No competing accounts.</Empty> : null}
        {accounts.map((a) => (
          <article class="accounts">
            <h3 dir="auto">
              {a.place}, {dayRange(a.from, a.to)}
            </h3>
            <div class="side-by-side">
              {a.speakers.map((speaker) => {
                const { shown, more } = shownStatements(a, speaker);
                return (
                  <div class="claim-card">
                    <p class="speaker" dir="auto">
                      {speaker}
                    </p>
                    <ul class="account-list">
                      {shown.map((st) => (
                        <li dir="auto">
                          <a href={documentHref(st.document.id, statementAnchor(st.statement))}>
                            {st.kind === 'direct' ? `“${st.text}”` : st.text}
                          </a>{' '}
                          <span class="muted">
                            (<span dir="auto">{st.document.outlet ?? 'outlet not named'}</span>,{' '}
                            {day(st.document.published)})
                          </span>
                        </li>
                      ))}
                      {more > 0 ? <li class="muted">and {more} more by this speaker here</li> : null}
                    </ul>
                  </div>
                );
              })}
            </div>
          </article>
        ))}
      </section>
    </div>
  </>
);

const percent = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)}%`);

const OUTLET_COLUMNS: ReadonlyArray<Column<OutletProfile>> = [
  {
    header: 'Outlet',
    cell: (o) => <a href={`/documents${queryString({ outlet: o.outlet })}`}>{o.outlet}</a>,
    auto: true,
  },
  { header: 'Documents', cell: (o) => count(o.documents), num: true },
  { header: 'Figures', cell: (o) => count(o.figures), num: true },
  { header: 'Own voice', cell: (o) => percent(o.ownVoiceShare), num: true },
  {
    header: 'Claimants cited most',
    cell: (o) =>
      o.claimants.slice(0, 3).map((c, i) => (
        <>
          {i > 0 ? ', ' : ''}
          <span dir="auto">{c.name}</span> <span class="muted">({c.figures + c.statements})</span>
        </>
      )),
  },
  { header: 'Reprinted', cell: (o) => percent(o.reprintShare), num: true },
  { header: 'Published', cell: (o) => dayRange(o.from, o.to), nowrap: true },
];

const DISTINCTIVE_COLUMNS: ReadonlyArray<Column<WordingTables['distinctive'][number]>> = [
  { header: 'Outlet', cell: (t) => t.outlet, auto: true },
  { header: 'Term', cell: (t) => t.term, auto: true },
  { header: 'For', cell: (t) => t.actor ?? '—', auto: true },
  { header: 'Uses', cell: (t) => t.count, num: true },
  { header: 'z', cell: (t) => t.z.toFixed(1), num: true },
];

const TERM_COLUMNS: ReadonlyArray<Column<WordingTables['terms'][number]>> = [
  { header: 'Actor', cell: (t) => t.actor, auto: true },
  { header: 'Outlet', cell: (t) => t.outlet, auto: true },
  {
    header: 'Term',
    cell: (t) => (t.mentions[0] ? <a href={documentHref(t.mentions[0].document)}>{t.term}</a> : t.term),
    auto: true,
  },
  { header: 'Uses', cell: (t) => t.count, num: true },
];

/** Outlet profiles, and the words each uses. */
export const OutletsPage: FC<{ outlets: OutletProfile[]; wording: WordingTables; params: Params }> = ({
  outlets,
  wording,
  params,
}) => (
  <>
    <PageHead
      title="Outlets"
      lead="What each outlet states in its own voice and whom it cites, how much of it is reprinted, and the words it uses for each actor. Counts and scores only."
    />
    <Filters action="/outlets" label="Filter outlets">
      <Field name="outlet" label="Outlet" value={params.outlet} />
      <Field name="actor" label="Actor" value={params.actor} />
    </Filters>
    <section class="panel" aria-labelledby="prof-h">
      <h2 id="prof-h">Profiles</h2>
      {outlets.length === 0 ? <Empty>No outlets match.</Empty> : null}
      <Table caption="Outlet profiles" rows={outlets} columns={OUTLET_COLUMNS} />
    </section>
    <div class="split">
      <section class="panel" aria-labelledby="dist-h">
        <h2 id="dist-h">Distinctive terms</h2>
        <p class="chart-note">
          Terms each outlet uses more than the others, by weighted log-odds with an informative Dirichlet prior; z above
          1.96 is unlikely by chance.
        </p>
        <Table
          caption="Distinctive terms by outlet"
          rows={wording.distinctive.slice(0, 60)}
          columns={DISTINCTIVE_COLUMNS}
          compact
        />
      </section>
      <section class="panel" aria-labelledby="terms-h">
        <h2 id="terms-h">Words for each actor</h2>
        <Table
          caption="The terms each outlet uses for each actor"
          rows={wording.terms.slice(0, 80)}
          columns={TERM_COLUMNS}
          compact
        />
      </section>
    </div>
  </>
);
