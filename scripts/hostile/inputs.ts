/**
 * Hostile inputs for `npm run test:hostile` and `scripts/hostile/generate.ts`, made on demand so
 * that no large file is committed: pages nested thousands deep, a named pipe, a 130 MB JSON Lines
 * line, odd line endings, lone surrogates; and good files made from the example corpus, each made
 * distinct by a last line naming its copy number, to mix with them.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..');
const EXAMPLES = join(ROOT, 'examples');

/** A sentence of invented news, for records and pages. */
export const REPORT =
  'At least 12 people were killed when shells hit the covered market in Quillane on Thursday, the regional health office said.';

/** The example corpus' articles (text, Markdown, HTML), path and content, in name order. */
export function exampleArticles(): Array<{ name: string; content: string }> {
  const out: Array<{ name: string; content: string }> = [];
  for (const outlet of readdirSync(EXAMPLES).sort()) {
    const dir = join(EXAMPLES, outlet);
    if (!statSync(dir).isDirectory()) continue;
    for (const f of readdirSync(dir).sort())
      if (/\.(txt|md|html)$/.test(f)) out.push({ name: `${outlet}-${f}`, content: readFileSync(join(dir, f), 'utf8') });
  }
  return out;
}

/**
 * Writes `n` good article files into `dir`, the examples cycled, each with a last line (a last
 * paragraph in HTML) naming its copy, so that every file is a distinct text. Returns their paths.
 */
export function writeGoodFiles(dir: string, n: number): string[] {
  mkdirSync(dir, { recursive: true });
  const articles = exampleArticles();
  const paths: string[] = [];
  for (let i = 0; i < n; i++) {
    const a = articles[i % articles.length]!;
    const mark = `Archive copy ${i + 1}.`;
    // In a page, after its first long paragraph: inside the article, where Readability keeps it.
    const at = a.content.search(/<p>[^<]{200,}<\/p>/);
    const end = a.content.indexOf('</p>', at) + 4;
    const content = a.name.endsWith('.html')
      ? `${a.content.slice(0, end)}<p>${mark}</p>${a.content.slice(end)}`
      : `${a.content.trimEnd()}\n\n${mark}\n`;
    const path = join(dir, `${String(i + 1).padStart(5, '0')}-${a.name}`);
    writeFileSync(path, content);
    paths.push(path);
  }
  return paths;
}

/** A page whose one sentence sits inside `depth` nested `<div>` elements. */
export function nestedHtml(depth: number): string {
  return `<!doctype html><html><head><title>Nested</title></head><body>${'<div>'.repeat(depth)}<p>${REPORT}</p>${'</div>'.repeat(depth)}</body></html>`;
}

/**
 * A page within the nesting limit that Readability still takes long over: `chains` chains of 500
 * nested `<div>` around a word each (one chain takes it 2–3 s; the page's text is short).
 */
export function slowHtml(chains: number): string {
  const chain = `${'<div>'.repeat(500)}word ${'</div>'.repeat(500)}`;
  return `<!doctype html><html><head><title>Slow</title></head><body><p>${REPORT}</p>${chain.repeat(chains)}</body></html>`;
}

/** Makes a named pipe (FIFO) at `path`: reading it waits forever for a writer. */
export function makeFifo(path: string): void {
  execFileSync('mkfifo', [path]);
}

/**
 * Writes a JSON Lines file whose line 2 is one record of about `bytes` bytes, between two good
 * records, without ever holding that line in memory.
 */
export function writeHugeLineJsonl(path: string, bytes: number): void {
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, `${JSON.stringify({ text: `${REPORT} (before)` })}\n{"text": "`);
    const chunk = Buffer.alloc(1 << 20, 'killed ');
    for (let left = bytes; left > 0; left -= chunk.length) writeSync(fd, chunk, 0, Math.min(left, chunk.length));
    writeSync(fd, `"}\n${JSON.stringify({ text: `${REPORT} (after)` })}\n`);
  } finally {
    closeSync(fd);
  }
}

/** One hostile input (or batch) and what `crosscheck ingest` must make of it. */
export interface HostileCase {
  /** Shown in the table. */
  name: string;
  /** Arguments after `crosscheck ingest`, relative to the generated folder. */
  args: string[];
  /** Failures expected, by origin: a pattern the one-line reason must match. */
  failures: Record<string, RegExp>;
  /** Files expected to be skipped (named pipes), by origin, with a pattern for the reason. */
  skips?: Record<string, RegExp>;
  /** Documents the run must store (as new documents or new versions). */
  stored: number;
  /** Seconds the run may take at most. */
  seconds: number;
}

/** Pathological files for the mixed batch, by name: what each one's one-line reason must say. */
export const PATHOLOGICAL: Record<string, RegExp> = {
  'nested-2000.html': /^nesting deeper than 512 elements/,
  'nested-16000.html': /^nesting deeper than 512 elements/,
  'nested-200000.html': /^nesting deeper than 512 elements/,
  'huge-line.jsonl:2': /^record is 130 MB, over the size limit of 20 MB/,
};

/**
 * Writes the standing hostile inputs into `dir` (see {@link hostileCases}): the batch folder of
 * `good` good files with the pathological ones mixed in, a slow page and odd JSON Lines.
 */
export function writeHostileInputs(dir: string, good = 2000): void {
  const batch = join(dir, 'batch');
  writeGoodFiles(batch, good);
  for (const depth of [2000, 16_000, 200_000]) writeFileSync(join(batch, `nested-${depth}.html`), nestedHtml(depth));
  makeFifo(join(batch, 'pipe.txt'));
  writeHugeLineJsonl(join(batch, 'huge-line.jsonl'), 130_000_000);
  writeFileSync(join(dir, 'slow.html'), slowHtml(40));
  writeFileSync(
    join(dir, 'odd-lines.jsonl'),
    `\uFEFF${JSON.stringify({ text: `${REPORT} (one)` })}\r\n{"text": "\\ud800 ${REPORT} (two)",\r"published": "2025-03-06"}\r\n`,
  );
}

/**
 * The cases to run on the inputs {@link writeHostileInputs} wrote: each pathological file alone, a
 * page that outlasts its deadline, odd JSON Lines, and the whole batch (folder `batch/`).
 */
export function hostileCases(good = 2000): HostileCase[] {
  const alone = (file: string, reason: RegExp, seconds: number, stored = 0): HostileCase => ({
    name: file,
    args: [`batch/${file.replace(/:\d+$/, '')}`],
    failures: { [`batch/${file}`]: reason },
    stored,
    seconds,
  });
  return [
    alone('nested-2000.html', PATHOLOGICAL['nested-2000.html']!, 20),
    alone('nested-16000.html', PATHOLOGICAL['nested-16000.html']!, 20),
    alone('nested-200000.html', PATHOLOGICAL['nested-200000.html']!, 20),
    alone('huge-line.jsonl:2', PATHOLOGICAL['huge-line.jsonl:2']!, 20, 2),
    {
      name: 'slow.html (--html-timeout 2)',
      args: ['slow.html', '--html-timeout', '2'],
      failures: { 'slow.html': /^reading the page took longer than 2 s and was stopped/ },
      stored: 0,
      seconds: 15,
    },
    {
      name: 'odd-lines.jsonl (BOM, CRLF, lone \\r and surrogate)',
      args: ['odd-lines.jsonl'],
      failures: {},
      stored: 2,
      seconds: 10,
    },
    {
      name: `batch/: ${good} good files + the 3 nested pages, a named pipe, the 130 MB line`,
      args: ['batch'],
      failures: Object.fromEntries(Object.entries(PATHOLOGICAL).map(([k, v]) => [`batch/${k}`, v])),
      skips: { 'batch/pipe.txt': /^not a regular file \(a named pipe\); skipped$/ },
      stored: good + 2,
      seconds: 60,
    },
  ];
}
