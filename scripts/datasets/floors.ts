import type { ResultRow } from './result.js';

/** The scores a row may not fall below; a metric left out is not checked. */
export type Floor = Partial<Record<'precision' | 'recall' | 'f1', number>>;

/** eval-floors.json: row key ("dataset / task") → floor. */
export interface FloorsFile {
  note?: string;
  floors: Record<string, Floor>;
}

/** The key of a row in eval-floors.json: "polnear dev+test / statements (span overlap)". */
export const rowKey = (r: Pick<ResultRow, 'dataset' | 'task'>): string => `${r.dataset} / ${r.task}`;

/** How far under the measured score a new floor sits: scores are deterministic, so a hair. */
export const FLOOR_MARGIN = 0.005;

/**
 * Floors from measured rows (the ratchet): each defined metric minus {@link FLOOR_MARGIN}, rounded
 * down to two decimals, never below 0. 0.8235 → 0.81.
 */
export function floorsFrom(rows: readonly ResultRow[]): FloorsFile {
  const floors: Record<string, Floor> = {};
  for (const r of rows) {
    const f: Floor = {};
    for (const m of ['precision', 'recall', 'f1'] as const) {
      const v = r[m];
      if (v !== null) f[m] = Math.max(0, Math.floor((v - FLOOR_MARGIN) * 100) / 100);
    }
    floors[rowKey(r)] = f;
  }
  return {
    note: 'Ratchet: the last measured scores, rounded down a little. Regenerate with npm run eval:datasets -- PATH --floors eval-floors.json --write-floors after a real improvement.',
    floors,
  };
}

/**
 * Checks rows against floors. Returns one message per metric below its floor (an undefined score
 * counts as 0) and, as warnings, floors whose row was not measured (dataset absent or renamed).
 */
export function checkFloors(rows: readonly ResultRow[], file: FloorsFile): { failures: string[]; warnings: string[] } {
  const failures: string[] = [];
  const warnings: string[] = [];
  const byKey = new Map(rows.map((r) => [rowKey(r), r]));
  for (const [key, floor] of Object.entries(file.floors)) {
    const row = byKey.get(key);
    if (!row) {
      warnings.push(`${key}: not measured`);
      continue;
    }
    for (const [m, min] of Object.entries(floor) as Array<[keyof Floor, number]>) {
      const got = row[m] ?? 0;
      if (got + 1e-9 < min) failures.push(`${key}: ${m} ${(got * 100).toFixed(1)} < floor ${(min * 100).toFixed(1)}`);
    }
  }
  return { failures, warnings };
}
