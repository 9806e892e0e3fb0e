import type { Qualifier } from '../../model.js';
import type { LedgerFigure } from '../../store/queries.js';

const NUMBER = new Intl.NumberFormat('en-GB');

/** The words for a qualifier before a number ("at least 12"); nothing for `exact`. */
const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: '',
  at_least: 'at least ',
  more_than: 'more than ',
  about: 'about ',
  up_to: 'up to ',
  less_than: 'fewer than ',
};

/** A figure's number as people read it: "at least 12", "20–30", "40%", "hundreds (≥ 100)". */
export function figureValue(
  f: Pick<LedgerFigure, 'value' | 'high' | 'qualifier' | 'unit' | 'evidence'> & { vague: number | boolean },
): string {
  const n = (v: number) => NUMBER.format(v) + (f.unit === 'percent' ? '%' : '');
  const amount = f.high !== null && f.high !== undefined ? `${n(f.value)}–${n(f.high)}` : n(f.value);
  if (f.vague) return `${f.evidence.trim()} (≥ ${n(f.value)})`;
  return QUALIFIER_WORDS[f.qualifier] + amount;
}

/** A count with thousands separated: 104233 → "104,233". */
export const count = (n: number) => NUMBER.format(n);

/** What the page says for a figure without a claimant: the outlet states it itself. */
export const OWN_VOICE = 'the outlet’s own voice';

/** "12 Mar 2025" for 2025-03-12; the input unchanged when it is no date. */
export function day(iso: string | null): string {
  if (!iso) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${Number(m[3])} ${months[Number(m[2]) - 1]} ${m[1]}`;
}

/** "2 Jun 2025 – 4 Jun 2025", or one day when both are the same. */
export const dayRange = (from: string | null, to: string | null): string =>
  from === to ? day(from) : `${day(from)} – ${day(to)}`;

/** A short form of a document id for people: its first 10 hex digits. */
export const shortId = (id: string) => id.slice(0, 10);

/** The page of a document, scrolled to one claim when given. */
export const documentHref = (id: string, anchor?: string) => `/documents/${id}${anchor ? `#${anchor}` : ''}`;

/** Anchors of claims in a document page: `f-12` for figure 12, `s-7` for statement 7. */
export const figureAnchor = (id: number) => `f-${id}`;
export const statementAnchor = (id: number) => `s-${id}`;

/** A query string of the non-empty values, for links that keep filters (`?metric=killed&outlet=x`). */
export function queryString(params: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

/**
 * A link into the original web page at the claim's words (a text fragment, `#:~:text=`), for a
 * document read from a page at an http(s) URL; null otherwise. Long passages are named by their
 * first and last words, which browsers match as a range.
 */
export function originalPlace(url: string | null, words: string): string | null {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  const enc = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
  const flat = words.replace(/\s+/g, ' ').trim();
  const list = flat.split(' ');
  const fragment = list.length <= 8 ? enc(flat) : `${enc(list.slice(0, 4).join(' '))},${enc(list.slice(-4).join(' '))}`;
  return `${url.replace(/#.*$/, '')}#:~:text=${fragment}`;
}
