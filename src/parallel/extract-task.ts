import type { Extraction, ExtractOptions, SourceDocument } from '../model.js';
import { extract } from '../extract/index.js';
import { readDocument } from '../ingest/index.js';
import { parseJsonlRecord } from '../ingest/jsonl.js';

/** One unit of extraction work, small enough to post to a worker thread. */
export type ExtractTask =
  /** Read a file and extract it; the result is the output JSON line. */
  | { kind: 'file'; path: string; options: ExtractOptions; maxBytes?: number }
  /** Parse one JSONL record and extract it; the result is the output JSON line (or its error line). */
  | { kind: 'record'; line: string; lineNo: number; options: ExtractOptions }
  /** Extract a document already read; the result is the `Extraction` itself. */
  | { kind: 'doc'; doc: SourceDocument; options: ExtractOptions };

/** A finished task: its value, or the one-line reason it failed. */
export type TaskResult = { ok: true; value: string | Extraction } | { ok: false; error: string };

/**
 * Runs one task. A file that cannot be read fails the task with its reason; a bad JSONL record
 * does not: its output line is `{"error": ..., "line": N}` as CONTRACT.md requires.
 */
export async function runTask(task: ExtractTask): Promise<TaskResult> {
  try {
    switch (task.kind) {
      case 'file':
        return { ok: true, value: JSON.stringify(extract(await readDocument(task.path, { maxBytes: task.maxBytes }), task.options)) };
      case 'doc':
        return { ok: true, value: extract(task.doc, task.options) };
      case 'record':
        try {
          return { ok: true, value: JSON.stringify(extract(parseJsonlRecord(task.line, `stdin:${task.lineNo}`), task.options)) };
        } catch (e) {
          return { ok: true, value: JSON.stringify({ error: (e as Error).message, line: task.lineNo }) };
        }
    }
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}
