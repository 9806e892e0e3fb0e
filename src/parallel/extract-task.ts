import type { ExtractOptions, SourceDocument } from '../model.js';
import { extract } from '../extract/index.js';
import { documentRows, type DocumentRows } from '../store/rows.js';
import type { OversizedLine } from '../batch/read-lines.js';

/** One unit of extraction work, small enough to post to a worker thread. */
export type ExtractTask =
  /** Read a file and extract it; the result is the output JSON line. */
  | { kind: 'file'; path: string; options: ExtractOptions; maxBytes?: number }
  /**
   * Parse one JSONL record and extract it; the result is the output JSON line (or its error line).
   * A line over the size limit comes as `{ oversized }` (its bytes were never kept) with the limit.
   */
  | { kind: 'record'; line: string | OversizedLine; lineNo: number; options: ExtractOptions; maxBytes?: number }
  /** Extract a document already read; the result is what the ledger stores of it ({@link DocumentRows}). */
  | { kind: 'doc'; doc: SourceDocument; options: ExtractOptions };

/** A finished task: its value, or the one-line reason it failed. */
export type TaskResult = { ok: true; value: string | DocumentRows } | { ok: false; error: string };

/** The readers a 'file' or 'record' task needs; a 'doc' task needs none of them. */
interface Readers {
  readDocument: typeof import('../ingest/read-document.js').readDocument;
  tooLarge: typeof import('../ingest/read-document.js').tooLarge;
  parseJsonlRecord: typeof import('../ingest/jsonl.js').parseJsonlRecord;
}

let readers: Promise<Readers> | undefined;

/**
 * Loads the input readers once, on the first task that reads input. A worker that only extracts
 * documents (`crosscheck ingest`) never loads linkedom, Readability, htmlparser2, chardet or
 * iconv-lite: each worker thread would otherwise hold its own copy of them for nothing.
 */
function loadReaders(): Promise<Readers> {
  readers ??= Promise.all([import('../ingest/read-document.js'), import('../ingest/jsonl.js')]).then(([r, j]) => ({
    readDocument: r.readDocument,
    tooLarge: r.tooLarge,
    parseJsonlRecord: j.parseJsonlRecord,
  }));
  return readers;
}

/**
 * Runs one task. A file that cannot be read fails the task with its reason; a bad JSONL record
 * does not: its output line is `{"error": ..., "line": N}` as CONTRACT.md requires.
 */
export async function runTask(task: ExtractTask): Promise<TaskResult> {
  try {
    switch (task.kind) {
      case 'doc':
        return { ok: true, value: documentRows(extract(task.doc, task.options)) };
      case 'file': {
        const { readDocument } = await loadReaders();
        return {
          ok: true,
          value: JSON.stringify(extract(await readDocument(task.path, { maxBytes: task.maxBytes }), task.options)),
        };
      }
      case 'record': {
        const { parseJsonlRecord, tooLarge } = await loadReaders();
        try {
          const line = task.line;
          if (typeof line !== 'string') throw tooLarge('record', line.oversized, task.maxBytes ?? 0);
          return {
            ok: true,
            value: JSON.stringify(extract(await parseJsonlRecord(line, `stdin:${task.lineNo}`), task.options)),
          };
        } catch (e) {
          return { ok: true, value: JSON.stringify({ error: (e as Error).message, line: task.lineNo }) };
        }
      }
    }
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}
