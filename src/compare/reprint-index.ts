import type { Ledger } from '../store/ledger.js';
import { bandKeys, estimateJaccard, SIGNATURE_SIZE } from './minhash.js';
import { nameKey } from './names.js';
import { candidateKeys, readReprintText, textSignatures, type ReprintText } from './reprint-text.js';
import { verifyReprint } from './verify-reprint.js';

/**
 * Keeps reprint stories up to date as documents arrive. Each new document is read once: its
 * signature and candidate keys are stored, the stories that share a key with it are compared with
 * it (a few of their documents each, most similar first), and every story it verifies against is
 * merged with it. Stories are the connected components of verified pairs, and a pair is verified
 * the same whichever came first, so the grouping does not depend on the order of ingest (within the
 * caps below, which only bind on keys shared by hundreds of stories: boilerplate, not evidence).
 */

/** A key found in more stories than this is boilerplate: it proposes no candidates. */
const KEY_STORIES_CAP = 50;
/** Candidate stories compared per new document, those sharing the most keys first. */
const STORIES_PER_DOCUMENT = 12;
/** Share of the smaller text's words the other must hold before the sentences are aligned. */
const LEAST_WORDS_SHARED = 0.4;
/**
 * Estimated Jaccard similarity of two texts' content words below which they are not compared (a
 * reworded copy of one story shares 0.16 or more on reprints-dev; two reports of one region about
 * 0.05): decided from the stored signatures, without reading the other text.
 */
const LEAST_CONTENT_SIMILARITY = 0.12;
/**
 * Estimated Jaccard similarity of word 3-shingles from which two texts are near-duplicates: one
 * story without further checks.
 */
const NEAR_DUPLICATE = 0.9;
/** Documents of one candidate story compared with the new one, most similar first. */
const MEMBERS_PER_STORY = 2;
/** Documents of a story whose signatures are read to choose those. */
const MEMBERS_READ = 64;

/** What indexing did. */
export interface IndexRun {
  documents: number;
  links: number;
  /** Pairs whose sentences were aligned (the costly check), and pairs found near-identical by their signatures. */
  aligned: number;
  nearDuplicates: number;
}

type Stmts = ReturnType<typeof prepare>;

function prepare(ledger: Ledger) {
  const p = (sql: string) => ledger.db.prepare(sql);
  return {
    text: p('SELECT text FROM documents WHERE seq = ?').pluck(),
    outlet: p('SELECT outlet FROM documents WHERE seq = ?').pluck(),
    previous: p('SELECT p.seq FROM documents d JOIN documents p ON p.id = d.previous_id WHERE d.seq = ?').pluck(),
    insertDoc: p('INSERT INTO reprint_docs (doc, story, signature) VALUES (?, ?, ?)'),
    storyOf: p('SELECT story FROM reprint_docs WHERE doc = ?').pluck(),
    keyStories: p(`SELECT story FROM reprint_keys WHERE key = ? LIMIT ${KEY_STORIES_CAP + 1}`).pluck(),
    members: p(`SELECT doc, signature FROM reprint_docs WHERE story = ? ORDER BY doc LIMIT ${MEMBERS_READ}`),
    size: p('SELECT count(*) FROM reprint_docs WHERE story = ?').pluck(),
    insertKey: p('INSERT OR IGNORE INTO reprint_keys (key, story) VALUES (?, ?)'),
    moveDocs: p('UPDATE reprint_docs SET story = ? WHERE story = ?'),
    copyKeys: p('INSERT OR IGNORE INTO reprint_keys (key, story) SELECT key, ? FROM reprint_keys WHERE story = ?'),
    dropKeys: p('DELETE FROM reprint_keys WHERE story = ?'),
    link: p(
      'INSERT OR REPLACE INTO reprint_links (a, b, how, aligned, near_verbatim, coverage) VALUES (?, ?, ?, ?, ?, ?)',
    ),
  };
}

/** A small cache of read texts: the members of busy stories are compared again and again. */
class TextCache {
  private readonly map = new Map<number, ReprintText>();
  constructor(
    private readonly s: Stmts,
    private readonly max = 1024,
  ) {}
  get(doc: number): ReprintText {
    let t = this.map.get(doc);
    if (t) {
      this.map.delete(doc);
    } else {
      t = readReprintText(this.s.text.get(doc) as string);
      if (this.map.size >= this.max) this.map.delete(this.map.keys().next().value!);
    }
    this.map.set(doc, t);
    return t;
  }
  set(doc: number, t: ReprintText): void {
    this.map.set(doc, t);
  }
}

/** Indexes the given documents (by `seq`, in that order). Call inside a transaction. */
export function indexReprints(ledger: Ledger, docs: readonly number[]): IndexRun {
  const s = prepare(ledger);
  const cache = new TextCache(s);
  const run: IndexRun = { documents: docs.length, links: 0, aligned: 0, nearDuplicates: 0 };
  for (const doc of docs) indexOne(s, cache, doc, run);
  return run;
}

function indexOne(s: Stmts, cache: TextCache, doc: number, run: IndexRun): void {
  const text = s.text.get(doc) as string;
  const outlet = s.outlet.get(doc) as string | null;
  const both = textSignatures(text);
  const sig = both.subarray(0, SIGNATURE_SIZE);
  const words = both.subarray(SIGNATURE_SIZE);
  const bands = bandKeys(sig);
  s.insertDoc.run(doc, doc, Buffer.from(both.buffer, both.byteOffset, both.byteLength));
  let story = doc;

  // A new version of a URL continues its story.
  const previous = s.previous.get(doc) as number | undefined;
  if (previous !== undefined) {
    const other = s.storyOf.get(previous) as number | undefined;
    if (other !== undefined) {
      s.link.run(Math.min(doc, previous), Math.max(doc, previous), 'version', 0, 0, 0);
      story = merge(s, story, other);
      run.links++;
    }
  }

  // A near-duplicate of a story's document (found through the LSH band keys) joins that story and
  // stops there: what it would be compared with next, its original was compared with already, and
  // the story holds its original's keys. Copies of one wire story arrive by the dozen.
  for (const candidate of storiesSharing(s, bands)) {
    const near = members(s, candidate, sig, words).find((m) => m.sim >= NEAR_DUPLICATE);
    if (!near) continue;
    s.link.run(Math.min(doc, near.doc), Math.max(doc, near.doc), 'verbatim', 0, 0, 1);
    merge(s, story, candidate);
    run.links++;
    run.nearDuplicates++;
    return;
  }

  // Anything else is read sentence by sentence and compared with the stories that share a key:
  // a band key (most of the wording) or a pair of names or numbers of one sentence.
  const read = readReprintText(text);
  cache.set(doc, read);
  const keys = candidateKeys(read, bands);
  for (const candidate of storiesSharing(s, keys).slice(0, STORIES_PER_DOCUMENT)) {
    const current = s.storyOf.get(candidate) as number | undefined;
    if (current === undefined || current === story) continue;
    for (const m of members(s, candidate, sig, words).slice(0, MEMBERS_PER_STORY)) {
      if (m.words < LEAST_CONTENT_SIMILARITY) continue;
      const other = cache.get(m.doc);
      if (wordsShared(read, other) < LEAST_WORDS_SHARED) continue;
      run.aligned++;
      const v = verifyReprint(read, other, sameOutlet(outlet, s.outlet.get(m.doc) as string | null));
      if (!v.same) continue;
      s.link.run(Math.min(doc, m.doc), Math.max(doc, m.doc), v.how, v.aligned, v.nearVerbatim, v.coverage);
      story = merge(s, story, candidate);
      run.links++;
      break;
    }
  }
  for (const k of keys) s.insertKey.run(k, story);
}

/** Stories that share keys with a document, those sharing the most first (boilerplate keys skipped). */
function storiesSharing(s: Stmts, keys: readonly number[]): number[] {
  const shared = new Map<number, number>();
  for (const k of keys) {
    const found = s.keyStories.all(k) as number[];
    if (found.length > KEY_STORIES_CAP) continue;
    for (const st of found) shared.set(st, (shared.get(st) ?? 0) + 1);
  }
  return [...shared].sort((x, y) => y[1] - x[1] || x[0] - y[0]).map(([st]) => st);
}

/** A story's documents with their estimated similarity to the new one, most similar first. */
function members(s: Stmts, story: number, sig: Uint32Array, words: Uint32Array) {
  return (s.members.all(story) as Array<{ doc: number; signature: Buffer }>)
    .map((m) => {
      const other = toSignature(m.signature);
      return {
        doc: m.doc,
        sim: estimateJaccard(sig, other.subarray(0, SIGNATURE_SIZE)),
        words: estimateJaccard(words, other.subarray(SIGNATURE_SIZE)),
      };
    })
    .sort((x, y) => y.sim - x.sim || y.words - x.words || x.doc - y.doc);
}

/**
 * Two documents of one outlet: both known, and one name is the other or begins with it ("Ministry
 * of Health of Irundel — Press releases", the feed's title, and "Ministry of Health of Irundel").
 */
export function sameOutlet(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return false;
  const [x, y] = [nameKey(a), nameKey(b)].sort((p, q) => p.length - q.length) as [string, string];
  return x.length > 0 && (x === y || y.startsWith(`${x} `));
}

/** Share of the smaller text's words found in the other: a cheap bound before aligning sentences. */
function wordsShared(a: ReprintText, b: ReprintText): number {
  const [small, large] = a.words.size <= b.words.size ? [a.words, b.words] : [b.words, a.words];
  if (small.size === 0) return 0;
  let n = 0;
  for (const w of small) if (large.has(w)) n++;
  return n / small.size;
}

function toSignature(b: Buffer): Uint32Array {
  return new Uint32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
}

/** Merges two stories; the larger keeps its key (fewer rows move). Returns the surviving key. */
function merge(s: Stmts, a: number, b: number): number {
  if (a === b) return a;
  const [keep, drop] = (s.size.get(a) as number) >= (s.size.get(b) as number) ? [a, b] : [b, a];
  s.moveDocs.run(keep, drop);
  s.copyKeys.run(keep, drop);
  s.dropKeys.run(drop);
  return keep;
}
