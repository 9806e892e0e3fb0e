/**
 * Runs the hostile cases of `inputs.ts` through the built CLI, each in its own process, and
 * measures them: wall time, peak memory (max RSS, threads included) and what `crosscheck ingest`
 * made of them. Used by `npm run test:hostile` (which checks each case) and by
 * `npx tsx scripts/hostile/run.ts` (which prints the README's reliability table).
 */
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import type { IngestSummary } from '../../src/batch/ingest-run.js';
import type { HostileCase } from './inputs.js';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** What one case did. */
export interface CaseResult {
  seconds: number;
  peakMB: number;
  status: number | null;
  summary: IngestSummary | null;
  stderr: string;
}

/** Runs `crosscheck ingest ARGS --db DB --json` in `dir`, in a process of its own, and measures it. */
export function runCase(dir: string, c: HostileCase, db: string): Promise<CaseResult> {
  return new Promise((done, fail) => {
    const started = process.hrtime.bigint();
    const p = spawn(
      process.execPath,
      [join(ROOT, 'scripts/bench/run-cli.mjs'), 'ingest', ...c.args, '--db', db, '--json'],
      { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (err += d));
    p.on('error', fail);
    p.on('close', (status) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const lines = err.trim().split('\n');
      const usage = JSON.parse(lines.pop() ?? '{}') as { maxRSS?: number };
      done({
        seconds,
        peakMB: (usage.maxRSS ?? 0) / 1024,
        status,
        summary: out.trim() ? (JSON.parse(out) as IngestSummary) : null,
        stderr: lines.join('\n'),
      });
    });
  });
}

/** One row of the reliability table: what the run did, in words. */
export function outcome(c: HostileCase, r: CaseResult): string {
  if (!r.summary) return `exit ${r.status}: ${r.stderr.split('\n')[0]}`;
  const s = r.summary;
  const stored = s.stored + s.versions;
  const reasons = [...new Set(s.failures.map((f) => f.reason.replace(/ \(raise it.*$/, '')))];
  const skipped = s.skips.map((f) => `${f.origin}: "${f.reason}"`);
  return `${stored} stored, ${s.failed} failed${reasons.length ? `: ${reasons.map((x) => `"${x}"`).join('; ')}` : ''}${skipped.length ? `; skipped ${skipped.join('; ')}` : ''}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { loadavg, tmpdir } = await import('node:os');
  const { hostileCases, writeHostileInputs } = await import('./inputs.js');
  const dir = mkdtempSync(join(tmpdir(), 'cc-hostile-'));
  try {
    writeHostileInputs(dir);
    const cases = hostileCases();
    const rows = ['| input | time | peak memory | outcome |', '|---|---|---|---|'];
    const load = [
      loadavg()
        .map((x) => x.toFixed(1))
        .join(' '),
    ];
    for (const [i, c] of cases.entries()) {
      const r = await runCase(dir, c, join(dir, `ledger-${i}.db`));
      rows.push(`| ${c.name} | ${r.seconds.toFixed(1)} s | ${Math.round(r.peakMB)} MB | ${outcome(c, r)} |`);
    }
    load.push(
      loadavg()
        .map((x) => x.toFixed(1))
        .join(' '),
    );
    process.stdout.write(
      `${rows.join('\n')}\n\nload average (1, 5, 15 min) at start: ${load[0]}; at end: ${load[1]}\n`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
