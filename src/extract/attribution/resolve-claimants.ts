import { HEADLINE_VERBS, NAME_PARTICLES, ORGANIZATION_WORDS, PERSON_ROLE_NOUNS } from '../lexicon/index.js';
import type { Entity, RuleId, Span } from '../../model.js';
import type { ClaimantKind, ClaimantPhrase } from './read-claimant.js';
import type { Frame } from './frame.js';
import { CLAIMANT_RULES } from './rules.js';
import { DESCRIPTION_OF_WORDS, MEDIUM_NAME_WORDS, ROLE_STEMS } from './data/claimant-words.js';
import { phraseWords } from '../text/index.js';
import { isCapitalisedName } from './name-words.js';
import { isPersonName } from './read-claimant.js';
import { isSpace } from '../text/index.js';

// A capitalised headline verb as a word of a name: "Dennis Varga Tells Voters", "Calls Trump".
const HEADLINE_VERB = new RegExp(
  `(?:^|(?<=\\s))(?:${[...HEADLINE_VERBS].map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|')})(?![\\p{L}'’-])`,
  'u',
);

/** How many paragraphs back a pronoun may look for what it refers to. */
export const PRONOUN_REACH_PARAGRAPHS = 2;
/** Longest definite description ("the army's chief spokesman") that may point back to a named claimant. */
const MAX_DESCRIPTION_WORDS = 4;
/** Most words after "for" or "of" in a description ("the spokesman for the al-Quds Brigades"). */
const MAX_OF_WORDS = 4;

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
 * PRONOUN_REACH_PARAGRAPHS paragraphs; with none the frame is kept `unresolved` (speaker unknown) —
 * a wrong claimant is worse than none; a surname ("Maarouf said") becomes the fullest form of the name in the document
 * ("Salama Maarouf"). Frames are updated in place and the kept ones returned. A person keeps the role the text first gave them ("Abu Hamza, who speaks
 * for the al-Quds Brigades, said …" then "He added …" and "Abu Hamza emphasized …": same role).
 */
export function resolveClaimants(
  frames: Frame[],
  entities: readonly Entity[],
  paragraphOf: (offset: number) => number,
  sentenceEnd: (sentence: number) => number,
): Frame[] {
  // Most documents have no frame, and most frames no pronoun: the tables are built only when read.
  if (frames.length === 0) return [];
  const isName = _nameTest();
  const persons = _personTable(frames, entities, isName);
  const pronouns = frames.some((f) => f.claimant.pronoun);
  const mentions = pronouns ? _mentions(entities, 'person', paragraphOf) : [];
  const orgMentions = pronouns ? _mentions(entities, 'organization', paragraphOf) : [];
  const last: Partial<Record<ClaimantKind, Referent>> = {};
  // Named claimants so far, latest last: what "the spokesman" and "the agency" may refer back to.
  const named: Referent[] = [];
  // The pronoun the text itself used for a name ("Abu Hamza … He added"): "she" skips a "he".
  const pronounOf = new Map<string, string>();
  const out: Frame[] = [];
  let mi = 0;
  let oi = 0;
  let lastMention: PersonMention | null = null;
  let lastOrg: PersonMention | null = null;
  for (const f of frames) {
    while (mi < mentions.length && mentions[mi]!.span.start < f.cueSpan.start) lastMention = mentions[mi++]!;
    while (oi < orgMentions.length && orgMentions[oi]!.span.start < f.cueSpan.start) lastOrg = orgMentions[oi++]!;
    // "Asked whether …": no claimant was written, so there is nothing to resolve or to refer back to.
    if (f.unresolved) {
      out.push(f);
      continue;
    }
    const c = f.claimant;
    let resolved: Referent | null;
    // The rule that resolved the claimant's words, when one did.
    let rule: RuleId | null = null;
    if (c.pronoun) {
      const word = c.name.toLowerCase();
      resolved = _pronounReferent(c.pronoun, f, last, c.pronoun === 'person' ? lastMention : lastOrg, persons);
      if (resolved)
        rule = resolved === last[c.pronoun] ? CLAIMANT_RULES.pronounToClaimant : CLAIMANT_RULES.pronounToMention;
      // "Daro Venn said … Nina Halloway said … “…,” she said. “…,” he said": a name the text already
      // called "she" is not "he"; take the latest other name in reach the text did not call "she".
      if (resolved && c.pronoun === 'person' && pronounOf.has(resolved.name) && pronounOf.get(resolved.name) !== word) {
        const taken = resolved.name;
        resolved = _latest(
          named,
          (r) =>
            r.name !== taken &&
            (pronounOf.get(r.name) ?? word) === word &&
            f.paragraph - r.paragraph <= PRONOUN_REACH_PARAGRAPHS,
        );
        rule = CLAIMANT_RULES.pronounToOtherName;
      }
      if (!resolved) {
        // "“…,” he said" with no one for "he" to be: the words were reported, the speaker is unknown.
        f.unresolved = true;
        f.claimant = { ...c, read: [...c.read, CLAIMANT_RULES.pronounUnresolved] };
        out.push(f);
        continue;
      }
      if (c.pronoun === 'person') pronounOf.set(resolved.name, word);
      resolved = { ...resolved };
    } else {
      const full = persons.get(_surnameKey(c.name));
      // "Maarouf said" → "Salama Maarouf"; a repeated name keeps the role the text gave it first.
      const same = full && (full.name === c.name || !c.name.includes(' '));
      const described = same ? null : _describedReferent(c, named);
      if (same && full.name !== c.name) rule = CLAIMANT_RULES.surnameToFullName;
      else if (described) rule = described[1];
      resolved = same
        ? {
            name: full.name,
            span: c.span,
            role: c.role ?? full.role,
            kind: full.kind,
            paragraph: f.paragraph,
            after: 0,
          }
        : (described?.[0] ?? {
            name: c.name,
            span: c.span,
            role: c.role,
            kind: c.kind,
            paragraph: f.paragraph,
            after: 0,
          });
    }
    resolved.paragraph = f.paragraph;
    // A name later in the report's own sentence ("“…,” said X, a colleague of Y.") does not take over.
    resolved.after = Math.max(f.cueSpan.end, f.content.end, sentenceEnd(f.sentence));
    last[resolved.kind] = resolved;
    if (!c.pronoun && (isName(resolved.name) || resolved.kind !== 'person')) named.push(resolved);
    else if (c.pronoun === 'person' && isName(resolved.name)) named.push(resolved);
    f.claimant = {
      name: resolved.name,
      span: resolved.span,
      role: resolved.role,
      kind: resolved.kind,
      pronoun: c.pronoun,
      read: rule ? [...c.read, rule] : c.read,
    };
    out.push(f);
  }
  return out;
}

function _pronounReferent(
  kind: ClaimantKind,
  f: Frame,
  last: Partial<Record<ClaimantKind, Referent>>,
  mention: PersonMention | null,
  persons: ReadonlyMap<string, Referent>,
): Referent | null {
  let r = last[kind] ?? null;
  // A person (or, for "it", an organisation) the entities stage found after the last claimant's
  // report ("Olena Kravets was in her kitchen … “…,” she said"; "The Red Crescent sent two teams.
  // It said …"); a mention inside that report does not take over.
  if ((kind === 'person' || kind === 'organization') && mention && (!r || mention.span.start > r.after)) {
    const known = kind === 'person' ? persons.get(_surnameKey(mention.name)) : undefined;
    r = {
      name: known?.name ?? mention.name,
      span: mention.span,
      role: known?.role ?? null,
      kind,
      paragraph: mention.paragraph,
      after: mention.span.end,
    };
  }
  if (!r || f.paragraph - r.paragraph > PRONOUN_REACH_PARAGRAPHS) return null;
  return r;
}

/** Surname → the fullest person name of the document with it, and the role first given to it. */
function _personTable(
  frames: readonly Frame[],
  entities: readonly Entity[],
  isName: (name: string) => boolean,
): Map<string, Referent> {
  const table = new Map<string, Referent>();
  for (const f of frames) {
    const c = f.claimant;
    if (c.pronoun || !isName(c.name)) continue;
    const key = _surnameKey(c.name);
    const had = table.get(key);
    if (!had || c.name.length > had.name.length)
      table.set(key, {
        name: c.name,
        span: c.span,
        role: had?.role ?? c.role,
        kind: c.kind,
        paragraph: f.paragraph,
        after: 0,
      });
    else if (!had.role && c.role) had.role = c.role;
  }
  // The entities stage may keep a rank in the name ("Rear Adm. Daniel Hagari"): claimants come first.
  for (const e of entities) {
    if (e.type !== 'person' || !e.mentions[0]) continue;
    const name = _beforeHeadlineVerb(e.name);
    if (!name.includes(' ')) continue;
    const key = _surnameKey(name);
    if (!table.has(key))
      table.set(key, {
        name,
        span: _shortened(e.mentions[0], e.name, name),
        role: null,
        kind: 'person',
        paragraph: 0,
        after: 0,
      });
  }
  return table;
}

function _mentions(
  entities: readonly Entity[],
  type: Entity['type'],
  paragraphOf: (offset: number) => number,
): PersonMention[] {
  const out: PersonMention[] = [];
  for (const e of entities) {
    if (e.type !== type) continue;
    const name = type === 'person' ? _beforeHeadlineVerb(e.name) : e.name;
    if (name === '') continue;
    for (const span of e.mentions)
      out.push({ name, span: _shortened(span, e.name, name), paragraph: paragraphOf(span.start) });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/**
 * A person's name without the headline verb a run of capitals carried after it ("Dennis Varga Tells
 * Voters" → "Dennis Varga"; "Calls Trump" → ""). Most names hold no such word and come back as they are.
 */
function _beforeHeadlineVerb(name: string): string {
  const m = HEADLINE_VERB.exec(name);
  return m ? name.slice(0, m.index).trimEnd() : name;
}

/** The part of a mention written as `full` that holds `name`, its start (the mention as it is when written otherwise). */
function _shortened(span: Span, full: string, name: string): Span {
  return name.length < full.length && span.end - span.start === full.length
    ? { start: span.start, end: span.start + name.length }
    : span;
}

function _latest(referents: readonly Referent[], ok: (r: Referent) => boolean): Referent | null {
  for (let i = referents.length - 1; i >= 0; i--) if (ok(referents[i]!)) return { ...referents[i]! };
  return null;
}

/**
 * A definite description that points back to a named claimant: "The spokesman warned" after "Abu
 * Hamza, who speaks for the al-Quds Brigades, said" (the role shares the description's role word,
 * or a word of it: spokesman ~ speaks), "the spokesman for al-Quds Brigades said" (the same, when
 * the role also names what follows "for" or "of"), "the agency said" after "the UN refugee agency
 * said" (the name holds the head noun), "the station says" after "Radio Tolvaren reports" (a
 * medium's name words, MEDIUM_NAME_WORDS). The latest such claimant wins; none: the description
 * stays as written.
 */
function _describedReferent(c: ClaimantPhrase, named: readonly Referent[]): [Referent, RuleId] | null {
  const all = phraseWords(c.name, 0, c.name.length, MAX_DESCRIPTION_WORDS + MAX_OF_WORDS + 2);
  // "the spokesman for al-Quds Brigades": the description, then whose it is.
  const of = all.findIndex((w, i) => i >= 2 && DESCRIPTION_OF_WORDS.has(w.lower));
  const words = of < 0 ? all : all.slice(0, of);
  const owner =
    of < 0
      ? []
      : all
          .slice(of + 1)
          .map((w) => w.lower)
          .filter((w, i) => i > 0 || w !== 'the');
  if (of >= 0 && (owner.length === 0 || owner.length > MAX_OF_WORDS)) return null;
  if (
    words.length < 2 ||
    words.length > MAX_DESCRIPTION_WORDS ||
    words[0]!.lower !== 'the' ||
    words.slice(1).some((w) => isCapitalisedName(w))
  )
    return null;
  const head = words[words.length - 1]!.lower;
  // "The spokesman", "the army spokesman" (when the role says "army"), not "the junta's own spokesperson" of another side.
  const modifiers = words.slice(1, -1).map((w) => w.lower);
  if (c.kind === 'person' && PERSON_ROLE_NOUNS.has(head)) {
    const stems = ROLE_STEMS.get(head) ?? [head];
    const whose = owner.join(' ');
    const r = _latest(named, (r) => {
      const role = r.role?.toLowerCase();
      return (
        r.kind === 'person' &&
        role !== undefined &&
        stems.some((st) => role.includes(st)) &&
        modifiers.every((m) => role.includes(m)) &&
        role.includes(whose)
      );
    });
    return r && [r, CLAIMANT_RULES.descriptionToRole];
  }
  if (c.kind === 'person' || of >= 0) return null;
  // The latest medium, when it is named by a capitalised word of its name ("Radio Tolvaren", "the
  // Daily Courier"); when it is itself a description ("an influential daily"), the text gave no
  // name, and an earlier name is not skipped to.
  const medium = MEDIUM_NAME_WORDS.get(head);
  if (medium) {
    const nameWords = (r: Referent) => phraseWords(r.name, 0, r.name.length);
    const last = _latest(
      named,
      (r) => r.kind !== 'person' && r.name !== c.name && nameWords(r).some((w) => medium.includes(w.lower)),
    );
    return last && nameWords(last).some((w) => medium.includes(w.lower) && isCapitalisedName(w))
      ? [last, CLAIMANT_RULES.descriptionToMedium]
      : null;
  }
  if (ORGANIZATION_WORDS.has(head)) {
    const r = _latest(
      named,
      (r) =>
        r.kind !== 'person' && r.name !== c.name && phraseWords(r.name, 0, r.name.length).some((w) => w.lower === head),
    );
    return r && [r, CLAIMANT_RULES.descriptionToOrganisation];
  }
  return null;
}

/**
 * Whether a name is a full personal name ("Salama Maarouf"), not a description ("the regional
 * governor"); answers are kept for the document, which asks about the same names again and again.
 */
function _nameTest(): (name: string) => boolean {
  const known = new Map<string, boolean>();
  return (name) => {
    let yes = known.get(name);
    if (yes === undefined)
      known.set(name, (yes = name.includes(' ') && isPersonName(phraseWords(name, 0, name.length, 6))));
    return yes;
  };
}

/** "Saleh al-Arouri" and "Arouri" and "al-Arouri" share the key "arouri". */
function _surnameKey(name: string): string {
  // The last word, read back from the end (a split of the whole name was a measurable cost).
  let start = name.length;
  while (start > 0 && !isSpace(name.charCodeAt(start - 1))) start--;
  const last = name.slice(start).toLowerCase();
  const dash = last.indexOf('-');
  return dash > 0 && NAME_PARTICLES.has(last.slice(0, dash)) ? last.slice(dash + 1) : last;
}
