import type { FC } from 'hono/jsx';
import type { LedgerStatement } from '../../store/queries.js';
import type { Page, SpeakerRow } from '../../store/store.js';
import { Field, Filters, Pager, StatementItem } from './common.js';
import { count, dayRange, queryString } from './format.js';
import { Empty, PageHead } from './layout.js';
import { Table, type Column } from './table.js';

type Params = Record<string, string | undefined>;

/** The speakers table; a speaker's name lists their statements, keeping the other filters. */
const speakerColumns = (params: Params): ReadonlyArray<Column<SpeakerRow>> => [
  {
    header: 'Speaker and usual role',
    cell: (s) => (
      <>
        <a
          href={`/statements${queryString({ ...params, speaker: s.speaker, cursor: undefined, scursor: undefined })}`}
          dir="auto"
        >
          {s.speaker}
        </a>
        {s.role ? (
          <span class="role" dir="auto">
            {s.role}
          </span>
        ) : null}
      </>
    ),
  },
  { header: 'Statements', cell: (s) => count(s.statements), num: true },
  { header: 'Outlets', cell: (s) => count(s.outlets), num: true },
  { header: 'Quoted', cell: (s) => dayRange(s.first, s.last), nowrap: true },
];

/** Statements by speaker and role: who is quoted most, and what they said. */
export const StatementsPage: FC<{ speakers: Page<SpeakerRow>; statements: Page<LedgerStatement>; params: Params }> = ({
  speakers,
  statements,
  params,
}) => (
  <>
    <PageHead title="Statements" lead="What each speaker is quoted or reported as saying, and in which role." />
    <Filters action="/statements" label="Filter statements">
      <Field name="speaker" label="Speaker" value={params.speaker} />
      <Field name="role" label="Role" value={params.role} />
      <Field name="outlet" label="Outlet" value={params.outlet} />
      <Field name="from" label="Published from" type="date" value={params.from} />
      <Field name="to" label="to" type="date" value={params.to} />
    </Filters>
    <div class="split">
      <section aria-labelledby="speakers-h" class="panel">
        <h2 id="speakers-h">Speakers</h2>
        {speakers.items.length === 0 ? (
          <Empty>No speakers match.</Empty>
        ) : (
          <Table
            caption="Speakers, most quoted first"
            rows={speakers.items}
            columns={speakerColumns(params)}
            current={(s) => s.speaker === params.speaker}
            compact
          />
        )}
        <Pager
          path="/statements"
          params={params}
          next={speakers.next}
          shown={speakers.items.length}
          param="scursor"
          label="Pages of speakers"
        />
      </section>
      <section aria-labelledby="quotes-h" class="panel">
        <h2 id="quotes-h">
          {params.speaker ? <>Statements by speakers matching “{params.speaker}”</> : 'Latest statements'}
        </h2>
        {statements.items.length === 0 ? (
          <Empty>No statements match.</Empty>
        ) : (
          <ol class="statement-list">
            {statements.items.map((s) => (
              <StatementItem s={s} />
            ))}
          </ol>
        )}
        <Pager
          path="/statements"
          params={params}
          next={statements.next}
          shown={statements.items.length}
          label="Pages of statements"
        />
      </section>
    </div>
  </>
);
