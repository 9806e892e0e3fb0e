import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'vitest';
import { series } from '../src/compare/series.js';
import { ledgerOf } from '../test/helpers/ledger.js';
import { swapParties, swapString } from '../test/mirror/swap.js';
it('x', () => {
  const C = 'test/corpus';
  const docs = readdirSync(C).filter((d) => existsSync(join(C, d, 'article.txt'))).map((d) => ({ origin: d, text: readFileSync(join(C, d, 'article.txt'), 'utf8') }));
  const a = ledgerOf(docs.map((d) => ({ ...d, meta: { published: '2024-05-01' } })));
  const b = ledgerOf(docs.map((d) => ({ origin: d.origin, text: swapParties(d.text).text, meta: { published: '2024-05-01' } })));
  const norm = (s: string) => s.replace(/(^|[^\p{L}])(?:the|The|THE) (?=IDF\b)/gu, '$1');
  const ka = new Map(series(a).map((s) => [norm(swapString(s.id)), s.points.map((p) => p.evidence.sentenceText.slice(0, 80) + ' |' + p.document.origin).join(' // ')]));
  const kb = new Map(series(b).map((s) => [norm(s.id), s.points.map((p) => p.evidence.sentenceText.slice(0, 80) + ' |' + p.document.origin).join(' // ')]));
  for (const [k, v] of ka) if (!kb.has(k)) console.log('ONLY ORIG', k, v);
  for (const [k, v] of kb) if (!ka.has(k)) console.log('ONLY MIRROR', k, v);
});
