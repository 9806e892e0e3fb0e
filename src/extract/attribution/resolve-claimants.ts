import type { Entity, Span } from '../../model.js';
import type { ClaimantKind } from './read-claimant.js';
import type { Frame } from './propose-frames.js';
import { NAME_PARTICLES } from './data/claimant-words.js';
import { tokenize } from './phrase-tokens.js';
import { isPersonName } from './read-claimant.js';

/** How many paragraphs back a pronoun may look for what it refers to. */
export const PRONOUN_REACH_PARAGRAPHS = 2;

interface Referent {
  /** Offset after which another mention may take over (the end of the frame's cue). */
  after: number;
  name: string;
  span: Span;
  role: string | null;
  kind: ClaimantKind;
  paragraph: number;
}

/** A person mention from the entities stage, for pronouns to refer to. */
interface PersonMention {
  name: string;
  span: Span;
  paragraph: number;
}

/**
 * Resolves claimants in text order: a pronoun ("he said", "it said", "they said") becomes the most
 * recent compatible claimant (or person named by the entities stage) within
 * PRONOUN_REACH_PARAGRAPHS paragraphs, and is dropped when there is none — a wrong claimant is
 * worse than none; a surname ("Maarouf said") becomes the fullest form of the name in the document
 * ("Salama Maarouf"). Frames are updated in place and the kept ones returned. A person keeps the role the text first gave them ("Abu Hamza, who speaks
 * for the al-Quds Brigades, said …" then "He added …" and "Abu Hamza emphasized …": same role).
 */
export function resolveClaimants(frames: Frame[], entities: readonly Entity[], paragraphOf: (offset: number) => number): Frame[] {
  const persons = _personTable(frames, entities);
  const mentions = _personMentions(entities, paragraphOf);
  const last: Partial<Record<ClaimantKind, Referent>> = {};
  const out: Frame[] = [];
  let mi = 0;
  let lastMention: PersonMention | null = null;
  for (const f of frames) {
    while (mi < mentions.length && mentions[mi]!.span.start < f.cueSpan.start) lastMention = mentions[mi++]!;
    const c = f.claimant;
    let resolved: Referent | null;
    if (c.pronoun) {
      resolved = _pronounReferent(c.pronoun, f, last, lastMention, persons);
      if (!resolved) continue;
    } else {
      const full = persons.get(_surnameKey(c.name));
      // "Maarouf said" → "Salama Maarouf"; a repeated name keeps the role the text gave it first.
      const same = full && (full.name === c.name || !c.name.includes(' '));
      resolved = same
        ? { name: full.name, span: c.span, role: c.role ?? full.role, kind: full.kind, paragraph: f.paragraph, after: 0 }
        : { name: c.name, span: c.span, role: c.role, kind: c.kind, paragraph: f.paragraph, after: 0 };
    }
    resolved.paragraph = f.paragraph;
    resolved.after = Math.max(f.cueSpan.end, f.content.end);
    last[resolved.kind] = resolved;
    f.claimant = { name: resolved.name, span: resolved.span, role: resolved.role, kind: resolved.kind, pronoun: c.pronoun };
    out.push(f);
  }
  return out;
}

function _pronounReferent(
  kind: ClaimantKind, f: Frame, last: Partial<Record<ClaimantKind, Referent>>, mention: PersonMention | null, persons: ReadonlyMap<string, Referent>,
): Referent | null {
  let r = last[kind] ?? null;
  // A person the entities stage found after the last claimant's report ("Olena Kravets was in her
  // kitchen … “…,” she said"); a mention inside that report ("the head of the Information Team")
  // does not take over.
  if (kind === 'person' && mention && (!r || mention.span.start > r.after)) {
    const known = persons.get(_surnameKey(mention.name));
    r = { name: known?.name ?? mention.name, span: mention.span, role: known?.role ?? null, kind: 'person', paragraph: mention.paragraph, after: mention.span.end };
  }
  if (!r || f.paragraph - r.paragraph > PRONOUN_REACH_PARAGRAPHS) return null;
  return r;
}

/** Surname → the fullest person name of the document with it, and the role first given to it. */
function _personTable(frames: readonly Frame[], entities: readonly Entity[]): Map<string, Referent> {
  const table = new Map<string, Referent>();
  const add = (r: Referent): void => {
    const key = _surnameKey(r.name);
    const had = table.get(key);
    if (!had || r.name.length > had.name.length) table.set(key, { ...r, role: had?.role ?? r.role });
    else if (!had.role && r.role) had.role = r.role;
  };
  for (const f of frames) if (!f.claimant.pronoun && _isName(f.claimant.name)) add({ ...f.claimant, paragraph: f.paragraph, after: 0 });
  // The entities stage may keep a rank in the name ("Rear Adm. Daniel Hagari"): claimants come first.
  for (const e of entities) if (e.type === 'person' && e.name.includes(' ') && e.mentions[0] && !table.has(_surnameKey(e.name))) add({ name: e.name, span: e.mentions[0], role: null, kind: 'person', paragraph: 0, after: 0 });
  return table;
}

function _personMentions(entities: readonly Entity[], paragraphOf: (offset: number) => number): PersonMention[] {
  const out: PersonMention[] = [];
  for (const e of entities) if (e.type === 'person') for (const span of e.mentions) out.push({ name: e.name, span, paragraph: paragraphOf(span.start) });
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** A full personal name ("Salama Maarouf"), not a description ("the regional governor"). */
function _isName(name: string): boolean {
  return name.includes(' ') && isPersonName(tokenize(name, 0, name.length, 6));
}

/** "Saleh al-Arouri" and "Arouri" and "al-Arouri" share the key "arouri". */
function _surnameKey(name: string): string {
  const words = name.split(/\s+/);
  const last = words[words.length - 1]!.toLowerCase();
  const dash = last.indexOf('-');
  return dash > 0 && NAME_PARTICLES.has(last.slice(0, dash)) ? last.slice(dash + 1) : last;
}
