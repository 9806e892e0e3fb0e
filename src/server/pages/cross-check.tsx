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
  documentHref,
  figureAnchor,
  figureValue,
  OWN_VOICE,
  queryString,
  statementAnchor,
} from './format.js';
import { Empty, PageHead } from './layout.js';

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
      <div class="table-wrap">
        <table class="rows">
          <caption class="visually-hidden">Series, most claimants first</caption>
          <thead>
            <tr>
              <th scope="col">Series</th>
              <th scope="col">Latest figure</th>
              <th scope="col" class="num">
                Claimants
              </th>
              <th scope="col" class="num">
                Reports
              </th>
              <th scope="col" class="num">
                Figures
              </th>
              <th scope="col">As of</th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((s) => (
              <tr>
                <td>
                  <a href={seriesHref(s.id)} dir="auto">
                    {seriesName(s)}
                  </a>
                </td>
                <td>{s.latest ? <PointLine p={s.latest} /> : '—'}</td>
                <td class="num">{s.claimants.length}</td>
                <td class="num">{s.stories}</td>
                <td class="num">{s.points}</td>
                <td class="nowrap">{s.first === s.last ? day(s.first) : `${day(s.first)} – ${day(s.last)}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    )}
    <Pager path="/series" params={params} next={page.next} shown={page.items.length} />
  </>
);

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
      <div class="table-wrap">
        <table class="rows">
          <caption class="visually-hidden">The figures of this series by as-of date</caption>
          <thead>
            <tr>
              <th scope="col">As of</th>
              <th scope="col">Figure</th>
              <th scope="col">Claimant</th>
              <th scope="col">Outlet</th>
              <th scope="col">Sentence</th>
            </tr>
          </thead>
          <tbody>
            {s.points.map((p) => (
              <tr>
                <td class="nowrap">{day(p.asOf)}</td>
                <td>
                  <strong class="num">{figureValue({ ...p, evidence: p.evidence.text })}</strong>
                  {p.kindCue ? <span class="muted"> ({p.kindCue})</span> : null}
                </td>
                <td dir="auto">{p.source ?? <span class="own-voice">{OWN_VOICE}</span>}</td>
                <td dir="auto">{p.document.outlet ?? '—'}</td>
                <td>
                  <a class="evidence" href={documentHref(p.document.id, figureAnchor(p.figure))} dir="auto">
                    {p.evidence.sentenceText}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
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
              {a.place}, {a.from === a.to ? day(a.from) : `${day(a.from)} – ${day(a.to)}`}
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
      <div class="table-wrap">
        <table class="rows">
          <caption class="visually-hidden">Outlet profiles</caption>
          <thead>
            <tr>
              <th scope="col">Outlet</th>
              <th scope="col" class="num">
                Documents
              </th>
              <th scope="col" class="num">
                Figures
              </th>
              <th scope="col" class="num">
                Own voice
              </th>
              <th scope="col">Claimants cited most</th>
              <th scope="col" class="num">
                Reprinted
              </th>
              <th scope="col">Published</th>
            </tr>
          </thead>
          <tbody>
            {outlets.map((o) => (
              <tr>
                <td dir="auto">
                  <a href={`/documents${queryString({ outlet: o.outlet })}`}>{o.outlet}</a>
                </td>
                <td class="num">{count(o.documents)}</td>
                <td class="num">{count(o.figures)}</td>
                <td class="num">{percent(o.ownVoiceShare)}</td>
                <td>
                  {o.claimants.slice(0, 3).map((c, i) => (
                    <>
                      {i > 0 ? ', ' : ''}
                      <span dir="auto">{c.name}</span> <span class="muted">({c.figures + c.statements})</span>
                    </>
                  ))}
                </td>
                <td class="num">{percent(o.reprintShare)}</td>
                <td class="nowrap">{o.from === o.to ? day(o.from) : `${day(o.from)} – ${day(o.to)}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
    <div class="split">
      <section class="panel" aria-labelledby="dist-h">
        <h2 id="dist-h">Distinctive terms</h2>
        <p class="chart-note">
          Terms each outlet uses more than the others, by weighted log-odds with an informative Dirichlet prior; z above
          1.96 is unlikely by chance.
        </p>
        <div class="table-wrap">
          <table class="rows compact">
            <caption class="visually-hidden">Distinctive terms by outlet</caption>
            <thead>
              <tr>
                <th scope="col">Outlet</th>
                <th scope="col">Term</th>
                <th scope="col">For</th>
                <th scope="col" class="num">
                  Uses
                </th>
                <th scope="col" class="num">
                  z
                </th>
              </tr>
            </thead>
            <tbody>
              {wording.distinctive.slice(0, 60).map((t) => (
                <tr>
                  <td dir="auto">{t.outlet}</td>
                  <td dir="auto">{t.term}</td>
                  <td dir="auto">{t.actor ?? '—'}</td>
                  <td class="num">{t.count}</td>
                  <td class="num">{t.z.toFixed(1)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section class="panel" aria-labelledby="terms-h">
        <h2 id="terms-h">Words for each actor</h2>
        <div class="table-wrap">
          <table class="rows compact">
            <caption class="visually-hidden">The terms each outlet uses for each actor</caption>
            <thead>
              <tr>
                <th scope="col">Actor</th>
                <th scope="col">Outlet</th>
                <th scope="col">Term</th>
                <th scope="col" class="num">
                  Uses
                </th>
              </tr>
            </thead>
            <tbody>
              {wording.terms.slice(0, 80).map((t) => (
                <tr>
                  <td dir="auto">{t.actor}</td>
                  <td dir="auto">{t.outlet}</td>
                  <td dir="auto">
                    {t.mentions[0] ? <a href={documentHref(t.mentions[0].document)}>{t.term}</a> : t.term}
                  </td>
                  <td class="num">{t.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  </>
);
