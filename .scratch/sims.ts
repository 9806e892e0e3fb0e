import { readFileSync } from 'node:fs';
import { readReprintText } from '../src/compare/reprint-text.js';
import { align } from '../src/compare/verify-reprint.js';
const D = '/work/shared/datasets/reprints-dev/docs/';
const get = (x: string) => (x.includes('/') ? readFileSync(x, 'utf8') : readFileSync(D + x + '.txt', 'utf8'));
for (const [x, y] of [
  ['examples/greyhaven-post/live-2025-03-22-corridor.md', 'examples/wire/wire-2025-03-22-convoy.v2.txt'],
  ['afghanistan-herat-fox35', 'afghanistan-herat-headtopics'],
  ['india-dantewada-businessstandard', 'india-dantewada-zeenews'],
  ['burkina-seytenga-tellerreport', 'burkina-seytenga-tiendagourmet'],
]) {
  const a = readReprintText(get(x!));
  const b = readReprintText(get(y!));
  const [s, l] = a.sentences.length <= b.sentences.length ? [a, b] : [b, a];
  const p = align(s.sentences, l.sentences, 0.4);
  console.log(x, y, s.sentences.length, l.sentences.length, p.map((q) => `${q.i}-${q.j}:${q.sim.toFixed(2)}`).join(' '));
}
