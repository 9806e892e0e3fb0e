import type { Entity, EntityType, Span } from '../../model.js';
import type { NameCandidate } from './3-classify-run.js';

/** An entity being built: its winning evidence and all its mentions so far. */
export interface EntityDraft {
  name: string;
  type: EntityType | null;
  strength: number;
  by: string;
  mentions: Span[];
}

/**
 * Groups candidates by name (one entry per distinct name), in order of first mention. The type is
 * the one of the strongest evidence, the first on a tie: "Kharkiv" typed a place by "in Kharkiv"
 * keeps that type where another mention had no cue.
 */
export function groupByName(candidates: readonly NameCandidate[]): Map<string, EntityDraft> {
  const byName = new Map<string, EntityDraft>();
  for (const c of candidates) {
    const d = byName.get(c.name);
    if (!d) {
      byName.set(c.name, { name: c.name, type: c.type, strength: c.strength, by: c.by, mentions: [c.span] });
      continue;
    }
    d.mentions.push(c.span);
    if (c.strength > d.strength) {
      d.type = c.type;
      d.strength = c.strength;
      d.by = c.by;
    }
  }
  return byName;
}

/**
 * Moves a short form of a person's name into the full name, when it comes after that full name
 * and only one person in the document has that short form: "Maarouf said" after "Salama Maarouf",
 * "Al-Masri" after "Yahya al-Masri" (compared in lower case), "Abu Obeida said" after "Abu Obeida
 * al-Hindi" (the first two words of a longer name). Earlier or ambiguous mentions stay where they are.
 * A short form whose full name was itself a short form of a longer one follows it there: "Khalil"
 * after "Omar Khalil", which joined "Omar Khalil Darwish", joins "Omar Khalil Darwish".
 */
export function mergeSurnames(byName: Map<string, EntityDraft>): void {
  const byShortForm = new Map<string, EntityDraft | null>();
  const claim = (key: string, d: EntityDraft) => byShortForm.set(key, byShortForm.has(key) ? null : d);
  for (const d of byName.values()) {
    if (d.type !== 'person') continue;
    // The words are read by their spaces, without splitting: "Abu Obeida al-Hindi" → "al-Hindi", "Abu Obeida".
    const lastSpace = d.name.lastIndexOf(' ');
    if (lastSpace < 0) continue;
    claim(d.name.slice(lastSpace + 1).toLowerCase(), d);
    const secondSpace = d.name.indexOf(' ', d.name.indexOf(' ') + 1);
    if (secondSpace >= 0) claim(d.name.slice(0, secondSpace).toLowerCase(), d);
  }
  if (byShortForm.size === 0) return;
  // A draft whose mentions all moved into a longer name, mapped to that name: without it "Khalil"
  // would look up the emptied "Omar Khalil" and find no first mention.
  const absorbedInto = new Map<EntityDraft, EntityDraft>();
  for (const d of [...byName.values()]) {
    if (d.type !== null && d.type !== 'person') continue;
    let full = byShortForm.get(d.name.toLowerCase());
    while (full && absorbedInto.has(full)) full = absorbedInto.get(full)!;
    if (!full || full === d) continue;
    const from = full.mentions[0]!.start;
    const later = d.mentions.filter((m) => m.start > from);
    if (later.length === 0) continue;
    full.mentions.push(...later);
    d.mentions = d.mentions.filter((m) => m.start <= from);
    if (d.mentions.length > 0) continue;
    byName.delete(d.name);
    absorbedInto.set(d, full);
  }
}

/** The finished entities: typed ones only, mentions in text order, entities by first mention. */
export function finishEntities(byName: ReadonlyMap<string, EntityDraft>): Entity[] {
  const out: Entity[] = [];
  for (const d of byName.values()) {
    if (d.type === null) continue;
    const mentions = [...d.mentions].sort((a, b) => a.start - b.start);
    out.push({ name: d.name, type: d.type, mentions, by: d.by });
  }
  return out.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}
