import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIfStale, cli, root } from '../hostile/cli-harness.js';
import { seededRandom } from '../helpers/seeded-random.js';

// Report templates for generated texts: towns, claimants and numbers vary with the index, so every
// text is distinct and holds figures and statements attributed to different parties.
const TOWNS = ['Dornwick', 'Kelmar', 'Corvell', 'Ashby Reach', 'Lintmoor', 'Saltgrave', 'Perrow', 'Havel Cross'];
const CLAIMANTS = [
  'the regional health department',
  'the Northern Command',
  'the Kelmar Rights Monitor',
  'the district council',
  'local officials',
];
const PEOPLE = [
  ['Ilse Varnholt', 'a surgeon at the city hospital'],
  ['Maren Oststrand', 'a spokesperson for the command'],
  ['Tobin Achterberg', 'the district governor'],
];
const OUTLETS = ['Harbour Ledger', 'Plainsfield Courier', 'Northgate Times'];

function report(i: number): string {
  const town = TOWNS[i % TOWNS.length]!;
  const claimant = CLAIMANTS[i % CLAIMANTS.length]!;
  const [person, role] = PEOPLE[i % PEOPLE.length]!;
  const day = (i % 27) + 1;
  const killed = 3 + (i % 40);
  const lines = [
    `Strike on ${town} leaves ${killed} dead, ${claimant.replace(/^the /, '')} says (report ${i})`,
    OUTLETS[i % OUTLETS.length]!,
    `${town.toUpperCase()}, April ${day}, 2025 — At least ${killed} people were killed and ${killed * 2 + (i % 7)} wounded when shells hit ${town} on Monday, ${claimant} said.`,
    `"We counted the dead street by street, and the count is still rising," ${person}, ${role}, told reporters.`,
  ];
  if (i % 3 === 0)
    lines.push(
      `More than ${100 + i} families have fled ${town} since the shelling began, according to ${CLAIMANTS[(i + 2) % CLAIMANTS.length]}.`,
    );
  if (i % 4 === 1)
    lines.push(
      `${claimant[0]!.toUpperCase()}${claimant.slice(1)} said ${(i % 9) + 2} people were still missing under the rubble.`,
    );
  return lines.join('\n\n') + '\n';
}

const TEXTS = 1000;
const KILLS = 15;
let dir: string;
let inputs: string;
/** Figures, statements and entities per document id, from a fresh `crosscheck extract` of every text. */
const expected = new Map<string, { figures: number; statements: number; entities: number }>();

interface Claims {
  figures: number;
  statements: number;
  entities: number;
}

/** Checks the ledger as a crashed run left it; returns its claim counts per document. */
function check(path: string): Map<string, Claims> {
  const db = new Database(path);
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const rows = db
      .prepare(
        `SELECT d.id,
        (SELECT count(*) FROM figures WHERE doc = d.seq) AS figures,
        (SELECT count(*) FROM statements WHERE doc = d.seq) AS statements,
        (SELECT count(*) FROM entities WHERE doc = d.seq) AS entities
      FROM documents d`,
      )
      .all() as Array<Claims & { id: string }>;
    // Full-text rows only for stored documents and statements.
    expect(db.prepare('SELECT count(*) FROM documents_fts').pluck().get()).toBe(rows.length);
    return new Map(rows.map(({ id, ...c }) => [id, c]));
  } finally {
    db.close();
  }
}

/** Starts `crosscheck ingest` and kills it with SIGKILL after `ms`; resolves to whether it was still running. */
/** Documents committed in the ledger at `path` so far (0 before its schema exists). */
function storedCount(path: string): number {
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      return db.prepare('SELECT count(*) FROM documents').pluck().get() as number;
    } finally {
      db.close();
    }
  } catch {
    return 0;
  }
}

/**
 * Starts `crosscheck ingest` and kills it with SIGKILL at a moment drawn from `r` in [0, 1):
 * below 0.25, after up to 0.6 s whatever it has done (often before its first commit); otherwise
 * once this run has committed something more, plus up to 0.1 s (inside the next batch, sometimes
 * its commit). Kills follow the run's progress, not a clock, so they land mid-run however fast or
 * loaded the machine is. Resolves to whether the run was still going when killed.
 */
function ingestKilled(db: string, r: number): Promise<boolean> {
  return new Promise((resolve) => {
    const before = storedCount(db);
    const p = spawn(process.execPath, [join(root, 'bin/crosscheck.js'), 'ingest', inputs, '--db', db, '--jobs', '2'], {
      stdio: 'ignore',
    });
    const kill = () => p.kill('SIGKILL');
    let timer = r < 0.25 ? setTimeout(kill, (r / 0.25) * 600) : undefined;
    const poll =
      r < 0.25
        ? undefined
        : setInterval(() => {
            if (timer || storedCount(db) === before) return;
            timer = setTimeout(kill, ((r - 0.25) / 0.75) * 100);
          }, 20);
    p.on('exit', (_code, signal) => {
      clearTimeout(timer);
      clearInterval(poll);
      resolve(signal === 'SIGKILL');
    });
  });
}

beforeAll(async () => {
  buildIfStale();
  dir = mkdtempSync(join(tmpdir(), 'cc-ledger-crash-'));
  inputs = join(dir, 'reports');
  mkdirSync(inputs);
  const files: string[] = [];
  for (let i = 0; i < TEXTS; i++) {
    const file = join(inputs, `report-${String(i).padStart(3, '0')}.txt`);
    writeFileSync(file, report(i));
    files.push(file);
  }
  const r = await cli(['extract', ...files], dir);
  for (const line of r.stdout.split('\n').filter(Boolean)) {
    const x = JSON.parse(line) as {
      document: { id: string };
      figures: unknown[];
      statements: unknown[];
      entities: unknown[];
    };
    expected.set(x.document.id, {
      figures: x.figures.length,
      statements: x.statements.length,
      entities: x.entities.length,
    });
  }
  expect(expected.size).toBe(TEXTS);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('crash safety of crosscheck ingest', () => {
  it(`survives ${KILLS} SIGKILLs at random moments: every check finds a sound ledger with whole documents, and the finished run equals a clean one`, async () => {
    const clean = join(dir, 'clean.db');
    expect((await cli(['ingest', inputs, '--db', clean, '--json', '--jobs', '2'], dir)).status).toBe(0);
    const db = join(dir, 'killed.db');
    const next = seededRandom(20250521);
    const seen: number[] = [];
    let killed = 0;
    for (let k = 0; k < KILLS; k++) {
      if (await ingestKilled(db, next())) killed++;
      const stored = check(db);
      // Each stored document has every claim a fresh extraction of its text gives: none half-written.
      for (const [id, claims] of stored) expect({ id, ...claims }).toEqual({ id, ...expected.get(id) });
      seen.push(stored.size);
    }
    // Kills landed mid-run, some after a commit (checks saw partial ledgers), and a re-run never
    // lost what an earlier one stored: it resumes.
    expect(killed).toBeGreaterThanOrEqual(3);
    expect(seen.filter((n) => n > 0 && n < TEXTS).length).toBeGreaterThanOrEqual(3);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));

    const finish = await cli(['ingest', inputs, '--db', db, '--json', '--jobs', '2'], dir);
    expect(finish.status).toBe(0);
    const after = check(db);
    expect(after.size).toBe(TEXTS);
    expect(new Map([...after].sort())).toEqual(new Map([...check(clean)].sort()));
  }, 300_000); // a hang guard: 15 kills and restarts take ~40 s alone, several times that on a loaded machine
});
