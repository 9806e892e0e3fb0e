import type { Dirent, Stats } from 'node:fs';
import { opendir, stat } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import picomatch from 'picomatch';
import { glob } from 'tinyglobby';
import type { SourceDocument } from '../model.js';

/**
 * One thing read from the inputs: a document to extract and store (with the file it is the whole
 * of, if any: a new text there is a new version), a failure to report, or a file left out.
 */
export type InputItem =
  | { kind: 'doc'; doc: SourceDocument; url: string | null; path?: string }
  | { kind: 'error'; origin: string; reason: string }
  | Skipped;

/** A file in a folder or pattern left out: no article (README, LICENSE, a dot-file) or `--exclude`d. */
export interface Skipped {
  kind: 'skipped';
  origin: string;
  reason: string;
}

/** Reads one container (file or URL) into items; registered per kind of input below. */
export type Reader = (origin: string) => AsyncIterable<InputItem>;

/** Which reader serves which input. Files are picked by extension; URLs by the `url` reader. */
export interface Readers {
  /** Patterns of files to leave out of folders and patterns (`drafts/**`, `*.draft.md`). */
  exclude?: string[];
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

/** Files that come with a folder of articles but are none: "README.md", "LICENSE", "CHANGELOG.txt". */
const NOT_ARTICLES = /^(readme|licen[cs]e|copying|changelog|changes|contributing|authors|notice)(\.[\w-]+)*$/i;

/** A test of paths against `--exclude` patterns, or null when there are none. */
function excludeMatcher(patterns: string[]): ((rel: string) => boolean) | null {
  if (patterns.length === 0) return null;
  const byName = picomatch(
    patterns.filter((p) => !p.includes('/')),
    { dot: true },
  );
  const byPath = picomatch(
    patterns.filter((p) => p.includes('/')),
    { dot: true },
  );
  return (rel) => byName(basename(rel)) || byPath(rel.split('\\').join('/'));
}

/** Why a file found in a folder or by a pattern is left out, or null when it is read. */
function skipReason(path: string, rel: string, excluded: ((p: string) => boolean) | null): string | null {
  const name = basename(path);
  if (name.startsWith('.')) return 'hidden (its name starts with a dot)';
  if (NOT_ARTICLES.test(name)) return 'not an article (README, LICENSE, CHANGELOG and the like are skipped)';
  if (excluded?.(rel)) return 'excluded by --exclude';
  return null;
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

const special = (kind: string) => `not a regular file (${kind}); skipped`;

// Folders are walked in name order so that runs are repeatable; hidden folders are not entered.
// Each file comes with what it is when it is a special file (a named pipe, socket or device).
async function* walk(dir: string): AsyncGenerator<{ path: string; special: string | null }> {
  const entries: Array<{ name: string; dir: boolean; special: string | null }> = [];
  for await (const e of await opendir(dir)) {
    // A symbolic link is what it points to.
    const info = e.isSymbolicLink() ? await stat(join(dir, e.name)).catch(() => e) : e;
    entries.push({ name: e.name, dir: info.isDirectory(), special: specialKind(info) });
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.dir && !e.name.startsWith('.')) yield* walk(path);
    else if (!e.dir) yield { path, special: e.special };
  }
}

/** One input named on the command line, expanded: a readable file, a URL, or a failure to report. */
export type InputSource =
  | { kind: 'file'; path: string; reader: Reader }
  | { kind: 'url'; url: string; reader: Reader }
  | { kind: 'error'; origin: string; reason: string }
  | Skipped;

/**
 * Expands paths, folders (recursively), quoted globs and URLs into the files and URLs to read, in
 * order. A file given by name with an unknown extension is an error; inside a folder it is skipped.
 * A named pipe, socket or device found in a folder or by a pattern is skipped with its reason
 * ("not a regular file (a named pipe); skipped"), never opened; one given by name is read
 * (`ingest /dev/stdin`).
 */
export async function* expandInputs(args: string[], readers: Readers): AsyncGenerator<InputSource> {
  // A pattern without a slash matches a file's name anywhere ("*.draft.md"); one with a slash, its
  // path inside the folder given ("drafts/**").
  const excluded = excludeMatcher(readers.exclude ?? []);
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
          const kind = reader ? await stat(f).then(specialKind, () => null) : null;
          const skip = skipReason(f, f, excluded) ?? (kind && special(kind));
          if (skip) yield { kind: 'skipped', origin: f, reason: skip };
          else if (reader) yield { kind: 'file', path: f, reader };
        }
      } else {
        yield { kind: 'error', origin: arg, reason: 'no such file or directory' };
      }
      continue;
    }
    if (info.isDirectory()) {
      for await (const { path: f, special: kind } of walk(arg)) {
        const reader = readerFor(f, readers);
        const skip = skipReason(f, relative(arg, f), excluded) ?? (reader && kind && special(kind));
        if (skip) yield { kind: 'skipped', origin: f, reason: skip };
        else if (reader) yield { kind: 'file', path: f, reader };
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
    if (src.kind === 'error' || src.kind === 'skipped') yield src;
    else yield* src.reader(src.kind === 'file' ? src.path : src.url);
  }
}
