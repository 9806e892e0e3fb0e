import { readFileSync } from 'node:fs';
import { bandKeys } from '../src/compare/minhash.js';
import { candidateKeys, readReprintText, textSignature } from '../src/compare/reprint-text.js';
const D = '/work/shared/datasets/reprints-dev/';
const docs = readFileSync(D + 'docs.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const K = docs.map((d) => {
  const t = readFileSync(D + 'docs/' + d.id + '.txt', 'utf8');
  const bands = bandKeys(textSignature(t));
  return { id: d.id, story: d.story, bands: new Set(bands), keys: new Set(candidateKeys(readReprintText(t), bands)), words: readReprintText(t).words };
});
for (let i = 0; i < K.length; i++)
  for (let j = i + 1; j < K.length; j++) {
    const a = K[i]!, b = K[j]!;
    let shared = 0, band = 0;
    for (const k of a.keys) if (b.keys.has(k)) shared++;
    for (const k of a.bands) if (b.bands.has(k)) band++;
    const [s, l] = a.words.size <= b.words.size ? [a.words, b.words] : [b.words, a.words];
    let w = 0; for (const x of s) if (l.has(x)) w++;
    if (a.story === b.story || shared >= 2) console.log(a.story === b.story ? 'SAME' : '    ', a.id.slice(0, 28).padEnd(28), b.id.slice(0, 28).padEnd(28), 'shared', shared, 'band', band, 'words', (w / s.size).toFixed(2));
  }
