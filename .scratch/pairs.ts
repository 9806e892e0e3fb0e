import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { readReprintText } from '/work/i9/src/compare/reprint-text.js';
import { align, verifyReprint } from '/work/i9/src/compare/verify-reprint.js';
const D = '/work/shared/datasets/reprints-dev/';
const mode = process.argv[2];
let docs: { id: string; text: string; label: string }[] = [];
if (mode === 'dev') {
  for (const l of readFileSync(D + 'docs.jsonl', 'utf8').split('\n').filter(Boolean)) {
    const d = JSON.parse(l);
    docs.push({ id: d.id, text: readFileSync(D + 'docs/' + d.id + '.txt', 'utf8'), label: d.story });
  }
} else {
  const db = new Database('/tmp/i9.db', { readonly: true });
  docs = (db.prepare('SELECT d.id, d.text, d.outlet, r.story FROM documents d JOIN reprint_docs r ON r.doc=d.seq').all() as any[]).map((r) => ({ id: r.id.slice(0, 8) + ' ' + (r.outlet ?? '').slice(0, 14), text: r.text, label: String(r.story) }));
}
const R = docs.map((d) => readReprintText(d.text));
const NUM = /^\p{N}/u;
for (let i = 0; i < docs.length; i++)
  for (let j = i + 1; j < docs.length; j++) {
    const v = verifyReprint(R[i]!, R[j]!);
    const same = docs[i]!.label === docs[j]!.label;
    if (!v.same && !same) continue;
    if (mode !== 'dev' && !v.same) continue;
    // numbers kept
    const [a, b] = R[i]!.sentences.length <= R[j]!.sentences.length ? [R[i]!, R[j]!] : [R[j]!, R[i]!];
    const pairs = align(a.sentences, b.sentences, 0.4);
    const nums = new Set<string>();
    for (const p of pairs) for (const s of a.sentences[p.i]!.specifics) if (NUM.test(s)) nums.add(s);
    let kept = 0;
    for (const n of nums) if (b.words.has(n)) kept++;
    console.log(same ? 'SAME' : '    ', v.same ? 'OK' : '  ', docs[i]!.id.slice(0, 24).padEnd(24), docs[j]!.id.slice(0, 24).padEnd(24), `${v.aligned}/${a.sentences.length}/${b.sentences.length} hi=${v.nearVerbatim} cov=${v.coverage.toFixed(2)} spec=${v.specifics.toFixed(2)} nums=${kept}/${nums.size} v5=${v.verbatim.toFixed(2)}`);
  }
