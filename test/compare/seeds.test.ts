import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAliases } from '../../src/compare/aliases.js';
import { competingAccounts } from '../../src/compare/competing.js';
import { disputes } from '../../src/compare/disputes.js';
import { series } from '../../src/compare/series.js';
import { ledgerOf } from '../helpers/ledger.js';

// The two seed articles (../shared/seeds, real reports, read from there and never copied). They are
// not in every checkout: without them these tests are skipped, and say so.
const SEEDS = join(import.meta.dirname, '..', '..', '..', 'shared', 'seeds');
const present =
  existsSync(join(SEEDS, 'tanks-forced-to-retreat.txt')) && existsSync(join(SEEDS, 'gaza-city-street-fighting.txt'));
if (!present) console.warn(`SKIPPED: the seed cross-check tests need ${SEEDS} (absent here)`);

// What a user of these two reports decides: the Palestinian dead counted here are one group, and
// Gaza City is in Gaza. Without it the two counts stay apart (different words, different places).
const ALIASES = parseAliases(
  JSON.stringify({ groups: { Palestinians: ['Palestinians civilians', 'people'] }, places: { Gaza: ['Gaza City'] } }),
);

describe.skipIf(!present)('cross-checking the seed articles', () => {
  let ledger: ReturnType<typeof ledgerOf>;
  beforeAll(() => {
    ledger = ledgerOf([
      // The Radio Habana Cuba report dates itself "October 31" without a year: the user gives it.
      {
        origin: 'tanks-forced-to-retreat',
        text: readFileSync(join(SEEDS, 'tanks-forced-to-retreat.txt'), 'utf8'),
        meta: { published: '2023-10-31' },
      },
      { origin: 'gaza-city-street-fighting', text: readFileSync(join(SEEDS, 'gaza-city-street-fighting.txt'), 'utf8') },
    ]);
  });
  afterAll(() => ledger?.dispose());

  it('holds "more than 8,300" (own voice) and 10,569 (Palestinian officials) as successive points of one killed series', () => {
    const killed = series(ledger, { metric: 'killed', aliases: ALIASES }).find((s) =>
      s.points.some((p) => p.value === 10569),
    )!;
    expect(killed).toMatchObject({ group: 'Palestinians', scope: 'Gaza', kind: 'cumulative' });
    expect(killed.points.map((p) => [p.evidence.text, p.qualifier, p.source, p.asOf])).toEqual([
      ['more than 8,300', 'more_than', null, '2023-10-31'],
      ['10,569', 'exact', 'Palestinian officials', '2023-11-08'],
    ]);
  });

  it('finds no dispute between them', () => {
    const found = disputes(ledger, { aliases: ALIASES, days: 1 });
    expect(found.filter((d) => [d.a.value, d.b.value].includes(10569))).toEqual([]);
  });

  it('sets the two accounts of the ground advance in Gaza City side by side', () => {
    const accounts = competingAccounts(ledger, { aliases: ALIASES });
    const advance = accounts.find((c) =>
      c.statements.some((s) => s.speaker === 'The Israeli military' && s.text.startsWith('its troops had advanced')),
    );
    expect(advance).toBeDefined();
    expect(advance!.statements.map((s) => s.speaker)).toContain('the Islamist group');
    expect(advance!.place).toBe('Gaza');
  });
});
