import type { FC } from 'hono/jsx';
import type { LedgerStatement } from '../../store/queries.js';
import type { Page, SpeakerRow } from '../../store/store.js';
import { Field, Filters, Pager, StatementItem } from './common.js';
import { count, day, queryString } from './format.js';
import { Empty, PageHead } from './layout.js';

type Params = Record<string, string | undefined>;

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
          <div class="table-wrap">
            <table class="rows compact">
              <caption class="visually-hidden">Speakers, most quoted first</caption>
              <thead>
                <tr>
                  <th scope="col">Speaker and usual role</th>
                  <th scope="col" class="num">
                    Statements
                  </th>
                  <th scope="col" class="num">
                    Outlets
                  </th>
                  <th scope="col">Quoted</th>
                </tr>
              </thead>
              <tbody>
                {speakers.items.map((s) => (
                  <tr aria-current={s.speaker === params.speaker ? 'true' : undefined}>
                    <td>
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
                    </td>
                    <td class="num">{count(s.statements)}</td>
                    <td class="num">{count(s.outlets)}</td>
                    <td class="nowrap">{s.first === s.last ? day(s.first) : `${day(s.first)} – ${day(s.last)}`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
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
