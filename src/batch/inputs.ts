import type { Dirent, Stats } from 'node:fs';
import { opendir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { glob } from 'tinyglobby';
import type { SourceDocument } from '../model.js';

/** One thing read from the inputs: a document to extract and store, or a failure to report. */
export type InputItem =
  { kind: 'doc'; doc: SourceDocument; url: string | null } | { kind: 'error'; origin: string; reason: string };

/** Reads one container (file or URL) into items; registered per kind of input below. */
export type Reader = (origin: string) => AsyncIterable<InputItem>;

/** Which reader serves which input. Files are picked by extension; URLs by the `url` reader. */
export interface Readers {
  /** Extensions (lower case, with the dot, e.g. `.txt`, `.warc.gz`) mapped to their reader. */
  byExtension: Record<string, Reader>;
  /** For http(s) URLs. */
  url?: Reader;
}

const isUrl = (s: string) => /^https?:\/\//i.test(s);
const hasGlob = (s: string) => /[*?[\]{}]/.test(s);

/** The longest registered extension the path ends with (`.warc.gz` before `.gz`). */
function readerFor(path: string, readers: Readers): Reader | undefined {
  const lower = path.toLowerCase();
  let best: string | undefined;
  for (const ext of Object.keys(readers.byExtension))
    if (lower.endsWith(ext) && (!best || ext.length > best.length)) best = ext;
  return best ? readers.byExtension[best] : undefined;
}

/**
 * What a path found in a folder or by a pattern is, when it is neither a regular file nor a folder:
 * reading a named pipe waits forever for a writer, and a device may never end.
 */
function specialKind(info: Stats | Dirent): string | null {
  if (info.isFile() || info.isDirectory()) return null;
  if (info.isFIFO()) return 'a named pipe';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  return 'not a file';
}

const skipped = (kind: string) => `not a regular file (${kind}); skipped`;

// Folders are walked in name order so that runs are repeatable; hidden entries are skipped, and so
// are special files (named pipes, sockets, devices), each with its reason.
async function* walk(dir: string): AsyncGenerator<{ path: string; special: string | null }> {
  const entries: Array<{ name: string; dir: boolean; special: string | null }> = [];
  for await (const e of await opendir(dir)) {
    if (e.name.startsWith('.')) continue;
    // A symbolic link is what it points to.
    const info = e.isSymbolicLink() ? await stat(join(dir, e.name)).catch(() => e) : e;
    entries.push({ name: e.name, dir: info.isDirectory(), special: specialKind(info) });
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.dir) yield* walk(path);
    else yield { path, special: e.special };
  }
}

/** One input named on the command line, expanded: a readable file, a URL, or a failure to report. */
export type InputSource =
  | { kind: 'file'; path: string; reader: Reader }
  | { kind: 'url'; url: string; reader: Reader }
  | { kind: 'error'; origin: string; reason: string };

/**
 * Expands paths, folders (recursively), quoted globs and URLs into the files and URLs to read, in
 * order. A file given by name with an unknown extension is an error; inside a folder it is skipped.
 * A named pipe, socket or device found in a folder or by a pattern is an error ("not a regular
 * file (a named pipe); skipped"), never read; one given by name is read (`ingest /dev/stdin`).
 */
export async function* expandInputs(args: string[], readers: Readers): AsyncGenerator<InputSource> {
  for (const arg of args) {
    if (isUrl(arg)) {
      if (readers.url) yield { kind: 'url', url: arg, reader: readers.url };
      else yield { kind: 'error', origin: arg, reason: 'URLs are not supported here' };
      continue;
    }
    let info;
    try {
      info = await stat(arg);
    } catch {
      if (hasGlob(arg)) {
        const files = (await glob(arg, { onlyFiles: true, dot: false })).sort();
        if (files.length === 0) yield { kind: 'error', origin: arg, reason: 'no file matches this pattern' };
        for (const f of files) {
          const reader = readerFor(f, readers);
          if (!reader) continue;
          const special = await stat(f).then(specialKind, () => null);
          if (special) yield { kind: 'error', origin: f, reason: skipped(special) };
          else yield { kind: 'file', path: f, reader };
        }
      } else {
        yield { kind: 'error', origin: arg, reason: 'no such file or directory' };
      }
      continue;
    }
    if (info.isDirectory()) {
      for await (const { path, special } of walk(arg)) {
        const reader = readerFor(path, readers);
        if (reader && special) yield { kind: 'error', origin: path, reason: skipped(special) };
        else if (reader) yield { kind: 'file', path, reader };
      }
      continue;
    }
    const reader = readerFor(arg, readers);
    if (reader) yield { kind: 'file', path: arg, reader };
    else
      yield {
        kind: 'error',
        origin: arg,
        reason: `unsupported kind of file "${extname(arg) || '(no extension)'}"; crosscheck reads ${Object.keys(readers.byExtension).join(' ')}`,
      };
  }
}

/** Reads every input of {@link expandInputs} into a stream of documents and failures, in order. */
export async function* readInputs(args: string[], readers: Readers): AsyncGenerator<InputItem> {
  for await (const src of expandInputs(args, readers)) {
    if (src.kind === 'error') yield src;
    else yield* src.reader(src.kind === 'file' ? src.path : src.url);
  }
}
