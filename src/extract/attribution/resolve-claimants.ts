import { HEADLINE_VERBS, NAME_PARTICLES } from '../lexicon/index.js';
import type { Entity, RuleId, Span } from '../../model.js';
import type { ClaimantKind, ClaimantPhrase } from './read-claimant.js';
import type { Frame } from './frame.js';
import { CLAIMANT_RULES } from './rules.js';
import {
  BODY_DESCRIPTION_HEADS,
  GENERIC_PERSON_HEADS,
  GROUP_DESCRIPTION_HEADS,
  MEDIUM_NAME_WORDS,
} from './data/claimant-words.js';
import { phraseWords } from '../text/index.js';
import { isCapitalisedName } from './name-words.js';
import { isPersonName } from './read-claimant.js';
import { isSpace } from '../text/index.js';
import { acronymOf, acronymTable } from './acronyms.js';
import { nameInText } from './name-in-text.js';
import {
  holdsOffice,
  isAssociationName,
  isBareName,
  namedRoleFits,
  readDescription,
  roleFits,
  type Description,
} from './descriptions.js';

// A capitalised headline verb as a word of a name: "Dennis Varga Tells Voters", "Calls Trump".
const HEADLINE_VERB = new RegExp(
  `(?:^|(?<=\\s))(?:${[...HEADLINE_VERBS].map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|')})(?![\\p{L}'’-])`,
  'u',
);

const SUBJECT_FORMS: ReadonlyMap<string, string> = new Map([
  ['him', 'he'],
  ['her', 'she'],
  ['them', 'they'],
]);

const INDEFINITE_OPENING = /^(?:a|an)\s/i;

/** How many paragraphs back a pronoun may look for what it refers to. */
export const PRONOUN_REACH_PARAGRAPHS = 2;
/** How many sentences after a description ("a provincial official said") the text may name whom it describes. */
const NAMED_NEXT_SENTENCES = 2;

interface Referent {
  /** Offset after which another mention may take over (the end of the frame's cue). */
  after: number;
  name: string;
  span: Span;
  role: string | null;
  kind: ClaimantKind;
  paragraph: number;
  /** Set while the claimant is only a description the text has not named ("a pro-rebel website"). */
  chain?: Chain;
}

/**
 * A description and the frames claimed by it and by what points back to it ("A pro-rebel website
 * claimed …", "the website added", "they said"), until the text names it ("Daymohk said …"): then
 * every frame of the chain takes the name.
 */
interface Chain {
  description: Description;
  kind: ClaimantKind;
  frames: Frame[];
  /** The latest sentence holding one of its frames. */
  sentence: number;
  /** The name the text gave it, once given. */
  named: Referent | null;
}

/** Where the text quotes: what a pronoun may not refer to, and what it may reach over. */
export interface QuotedText {
  /** Whether the offset is inside a quotation. */
  inQuote: (offset: number) => boolean;
  /** Whether the paragraph is only a quotation, with no report outside it. */
  quoteOnly: (paragraph: number) => boolean;
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
  text: string,
  frames: Frame[],
  entities: readonly Entity[],
  paragraphOf: (offset: number) => number,
  sentenceEnd: (sentence: number) => number,
  title: Span | null,
  quotes: QuotedText,
): Frame[] {
  // Most documents have no frame, and most frames no pronoun: the tables are built only when read.
  if (frames.length === 0) return [];
  const isName = _nameTest();
  const persons = _personTable(frames, entities, isName);
  // Built only when a description asks whether a name is a place.
  let places: Set<string> | null = null;
  const isPlace = (name: string): boolean =>
    (places ??= new Set(entities.filter((e) => e.type === 'place').map((e) => e.name))).has(name);
  // Built only when a claimant is an acronym ("the TRA said"): most documents have none.
  let acronyms: Map<string, string> | null = null;
  // Built only when a description of a body finds no claimant before it to stand for.
  let later: Frame[] | null = null;
  const laterNames = new Map<string, ClaimantPhrase | null>();
  const pronouns = frames.some((f) => f.claimant.pronoun);
  const mentions = pronouns ? _mentions(entities, 'person', paragraphOf, quotes.inQuote) : [];
  const orgMentions = pronouns ? _mentions(entities, 'organization', paragraphOf, quotes.inQuote) : [];
  const reach = (f: Frame, r: Referent): number => _pronounReach(f.paragraph, r.paragraph, quotes.quoteOnly);
  const last: Partial<Record<ClaimantKind, Referent>> = {};
  // Claimants so far, latest last: what "the spokesman", "the agency" and "the statement" may refer back to.
  const named: Referent[] = [];
  // Names that have claimed something: a name claiming for the first time may name the description before it.
  const claimed = new Set<string>();
  // The pronoun the text itself used for a name ("Abu Hamza … He added"): "she" skips a "he".
  const pronounOf = new Map<string, string>();
  const out: Frame[] = [];
  let mi = 0;
  let oi = 0;
  let lastMention: PersonMention | null = null;
  let lastOrg: PersonMention | null = null;
  // The chain of the latest frame, while no name has been given to it.
  let pending: Chain | null = null;
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
      const written = c.name.toLowerCase();
      // "according to him" is the "he" of "he said".
      const word = SUBJECT_FORMS.get(written) ?? written;
      resolved = _pronounReferent(c.pronoun, f, last, c.pronoun === 'person' ? lastMention : lastOrg, persons, reach);
      if (resolved)
        rule = resolved === last[c.pronoun] ? CLAIMANT_RULES.pronounToClaimant : CLAIMANT_RULES.pronounToMention;
      // "Daro Venn said … Nina Halloway said … “…,” she said. “…,” he said": a name the text already
      // called "she" is not "he"; take the latest other name in reach the text did not call "she".
      if (resolved && c.pronoun === 'person' && pronounOf.has(resolved.name) && pronounOf.get(resolved.name) !== word) {
        const taken = resolved.name;
        resolved = _latest(
          named,
          (r) =>
            !r.chain &&
            r.name !== taken &&
            (pronounOf.get(r.name) ?? word) === word &&
            reach(f, r) <= PRONOUN_REACH_PARAGRAPHS,
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
      // "the ISPR said" → "Inter-Services Public Relations", as the text spelt it out.
      const acronym = same ? null : acronymOf(c.name);
      const expanded = acronym ? (acronyms ??= acronymTable(text)).get(acronym) : undefined;
      const description = same || expanded ? null : readDescription(c.name, c.kind);
      let described = description?.definite ? _describedReferent(c, description, named, f, isPlace) : null;
      // "The provincial ministry said …" with no ministry before it: the fuller name given later.
      let fuller: ClaimantPhrase | null = null;
      if (description?.definite && description.of === 'body' && !described) {
        // Once per description: where it comes again, the fuller name is before it or nowhere.
        if (!laterNames.has(c.name))
          laterNames.set(
            c.name,
            _laterName(description, c.name, f, (later ??= frames.filter((g) => !g.claimant.pronoun && !g.unresolved))),
          );
        fuller = laterNames.get(c.name)!;
      }
      if (fuller) {
        const { name, role, kind } = fuller;
        described = [{ name, span: c.span, role: c.role ?? role, kind, paragraph: f.paragraph, after: 0 }, null];
        rule = CLAIMANT_RULES.descriptionToLaterName;
      } else if (description?.definite && description.of === 'body' && !described) {
        // "The Ministry rejects …" after "the Ministry of the Interior holds …": a name no claim was made under.
        const inText = nameInText(text, description, c.span.start, title);
        if (inText) {
          const { name, span } = inText;
          described = [{ name, span, role: c.role, kind: 'organization', paragraph: f.paragraph, after: 0 }, null];
          rule = CLAIMANT_RULES.descriptionToNameInText;
        }
      }
      if (same && full.name !== c.name) rule = CLAIMANT_RULES.surnameToFullName;
      else if (expanded) rule = CLAIMANT_RULES.acronymToName;
      else if (described?.[1]) rule = described[1];
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
            name: expanded ?? c.name,
            span: c.span,
            role: c.role,
            kind: c.kind,
            paragraph: f.paragraph,
            after: 0,
          });
      // "A pro-rebel website claimed …": a description introducing someone the text may name later
      // ("the army said" names whom it means: it is not named again).
      // "according to the mayor of a town in the north. … Mayor Ilse Varga said …": a definite one
      // with no one before it to stand for is named next the same way (a person only: "the army
      // said" names the body it means).
      if (
        description &&
        description.of !== 'document' &&
        (!description.definite || (description.of === 'person' && !described))
      )
        resolved.chain = { description, kind: c.kind, frames: [], sentence: f.sentence, named: null };
      // "… the website added. Daymohk said …": a name claiming for the first time right after an
      // unnamed description is the one it described.
      else if (!description && pending && !claimed.has(resolved.name) && _names(pending, resolved, f, isName)) {
        _nameChain(pending, resolved);
        rule = CLAIMANT_RULES.descriptionNamedNext;
      }
    }
    resolved.paragraph = f.paragraph;
    // A name later in the report's own sentence ("“…,” said X, a colleague of Y.") does not take over.
    resolved.after = Math.max(f.cueSpan.end, f.content.end, sentenceEnd(f.sentence));
    last[resolved.kind] = resolved;
    const chain = resolved.chain;
    if (chain) {
      chain.frames.push(f);
      chain.sentence = f.sentence;
    }
    pending = chain ?? null;
    if (!c.pronoun && (isName(resolved.name) || resolved.kind !== 'person' || chain)) named.push(resolved);
    else if (c.pronoun === 'person' && isName(resolved.name)) named.push(resolved);
    if (!chain) claimed.add(resolved.name);
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

/**
 * Whether `name`, claiming in frame `f`, is who the unnamed description of `chain` described: it
 * comes within NAMED_NEXT_SENTENCES sentences after it, and for a person the role the text gives
 * the name fits the description ("a UN spokesman said … Stephane Varin, spokesman for the
 * Secretary-General, said"); a body needs a role holding the head noun or a bare name ("A pro-rebel
 * website claimed … Daymohk said"). Seen in wire copy of several outlets (news-dev).
 */
function _names(chain: Chain, name: Referent, f: Frame, isName: (name: string) => boolean): boolean {
  const gap = f.sentence - chain.sentence;
  if (gap < 1 || gap > NAMED_NEXT_SENTENCES) return false;
  const d = chain.description;
  if (d.of === 'person')
    return name.kind === 'person' && isName(name.name) && name.role !== null && namedRoleFits(d, name.role);
  if (name.kind === 'person' || isName(name.name)) return false;
  if (name.role) return name.role.toLowerCase().includes(d.head);
  return isBareName(name.name) || (GROUP_DESCRIPTION_HEADS.has(d.head) && isAssociationName(name.name));
}

/** Gives every frame of `chain` the name the text gave it, with the description as its role when it has none. */
function _nameChain(chain: Chain, name: Referent): void {
  chain.named = name;
  for (const f of chain.frames) {
    f.claimant = {
      name: name.name,
      span: name.span,
      role: name.role ?? f.claimant.name,
      kind: name.kind,
      pronoun: f.claimant.pronoun,
      read: [...f.claimant.read, CLAIMANT_RULES.descriptionNamedNext],
    };
  }
}

function _pronounReferent(
  kind: ClaimantKind,
  f: Frame,
  last: Partial<Record<ClaimantKind, Referent>>,
  mention: PersonMention | null,
  persons: ReadonlyMap<string, Referent>,
  reach: (f: Frame, r: Referent) => number,
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
  if (!r || reach(f, r) > PRONOUN_REACH_PARAGRAPHS) return null;
  return r;
}

/**
 * How many paragraphs a pronoun in paragraph `to` reaches back to one in `from`, not counting the
 * paragraphs between that are only a quotation running on: "Varga said the road was shut. / “The
 * bridge fell at dawn. / “Two trucks went with it. / “Nobody was hurt,” he said." — "he" is Varga
 * (seen in two Nigerian dailies' police statements quoted over several paragraphs).
 */
function _pronounReach(to: number, from: number, quoteOnly: (paragraph: number) => boolean): number {
  let n = to - from;
  for (let p = from + 1; p < to; p++) if (quoteOnly(p)) n--;
  return n;
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

/**
 * The mentions of one type in text order. A mention inside a quotation is no referent: "“… the area
 * commander, Ilse Varga, led the team there,” he said" — "he" is the one quoted, not the one his
 * words name (seen in two Nigerian dailies' police statements quoted over several paragraphs).
 */
function _mentions(
  entities: readonly Entity[],
  type: Entity['type'],
  paragraphOf: (offset: number) => number,
  inQuote: (offset: number) => boolean,
): PersonMention[] {
  const out: PersonMention[] = [];
  for (const e of entities) {
    if (e.type !== type) continue;
    const name = type === 'person' ? _beforeHeadlineVerb(e.name) : e.name;
    if (name === '') continue;
    for (const span of e.mentions)
      if (!inQuote(span.start))
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
 * A definite description that points back to a claimant before it:
 * - a person ("the spokesman", "the head of the mission") → the latest person whose role (or, for an
 *   unnamed one, whose description) shows it: "Abu Hamza, who speaks for the al-Quds Brigades" (the
 *   role holds a stem of the head, spokesman ~ speaks, every modifier and whose); "the official"
 *   with none → the latest named person in reach holding an office ("the Governor General …");
 * - a document ("the statement", "the bulletin") → whoever issued it: the latest claimant in reach
 *   ("The interior ministry in a statement confirmed …" then "the statement said"; seen in a state
 *   agency's report and an army bulletin relayed by a wire);
 * - a medium ("the station says" after "Radio Tolvaren reports …") → the latest medium named by a
 *   word of MEDIUM_NAME_WORDS;
 * - a body → the latest body whose name or role holds the head noun ("the agency" after "the UN
 *   humanitarian agency OCHA"); for heads that only say what kind of body it is ("the media wing",
 *   "the medium", "the group"), else the latest body in reach with a bare name ("Inter-Services Public
 *   Relations", "VOA"; seen in two outlets' reports).
 * A description pointing back to an unnamed one joins its chain, or takes the name the chain was
 * given. None: the description stays as written.
 */
function _describedReferent(
  c: ClaimantPhrase,
  d: Description,
  named: readonly Referent[],
  f: Frame,
  isPlace: (name: string) => boolean,
): [Referent, RuleId | null] | null {
  const inReach = (r: Referent): boolean => f.paragraph - r.paragraph <= PRONOUN_REACH_PARAGRAPHS;
  // A description pointing back to one the text has not named yet joins its chain, as written here
  // ("the website said" after "A pro-rebel website claimed"); "the statement" takes the description
  // that issued it ("a security source said in a statement").
  const found = (r: Referent | null, rule: RuleId): [Referent, RuleId | null] | null => {
    if (!r) return null;
    if (r.chain && !r.chain.named && d.of !== 'document')
      return [{ ...r, name: c.name, span: c.span, role: c.role }, null];
    return [r.chain?.named ? { ...r.chain.named } : r, rule];
  };
  if (d.of === 'person') {
    const r = _latest(named, (r) => r.kind === 'person' && roleFits(d, `${r.role ?? ''} ${r.chain ? r.name : ''}`));
    if (r || !GENERIC_PERSON_HEADS.has(d.head)) return found(r, CLAIMANT_RULES.descriptionToRole);
    const office = _latest(named, (r) => r.kind === 'person' && !r.chain && inReach(r) && holdsOffice(r.role ?? ''));
    return found(office, CLAIMANT_RULES.descriptionToRole);
  }
  if (d.of === 'document')
    return found(
      _latest(named, (r) => inReach(r) && readDescription(r.name, r.kind)?.of !== 'document'),
      CLAIMANT_RULES.descriptionToIssuer,
    );
  // The latest medium, when it is named by a capitalised word of its name ("Radio Tolvaren", "the
  // Daily Courier"); when it is itself a description ("an influential daily"), the text gave no
  // name, and an earlier name is not skipped to.
  const medium = MEDIUM_NAME_WORDS.get(d.head);
  if (medium) {
    const nameWords = (r: Referent) => phraseWords(r.name, 0, r.name.length);
    const last = _latest(
      named,
      (r) => r.kind !== 'person' && r.name !== c.name && nameWords(r).some((w) => medium.includes(w.lower)),
    );
    return last && nameWords(last).some((w) => medium.includes(w.lower) && isCapitalisedName(w))
      ? found(last, CLAIMANT_RULES.descriptionToMedium)
      : null;
  }
  const r = _latest(
    named,
    (r) => r.kind !== 'person' && r.name !== c.name && _holdsDescription(d, `${r.name} ${r.role ?? ''}`),
  );
  if (r) return found(r, CLAIMANT_RULES.descriptionToOrganisation);
  if (!BODY_DESCRIPTION_HEADS.has(d.head) || d.owned) return null;
  // The latest body, when its name is bare: not one named since that says what it is ("… according
  // to the World Food Programme. The agency said …" is not an earlier "Rescuers said"), nor a capital
  // standing for its government ("Baku said").
  const bare = _latest(named, (r) => r.kind !== 'person' && inReach(r));
  // "the group said" after "The Tolvar Resistance Committee said": a group's or an organisation's
  // proper name, though its head says what it is (seen in a German broadcaster's Sudan report, an
  // AP report of a kidnapped missionary group (news-dev) and an Indian agency's report of a charity's
  // statement on a Yemen strike).
  if (!bare || bare.kind !== 'organization' || bare.chain || isPlace(bare.name)) return null;
  return isBareName(bare.name) || (GROUP_DESCRIPTION_HEADS.has(d.head) && isAssociationName(bare.name))
    ? found(bare, CLAIMANT_RULES.descriptionToBareName)
    : null;
}

/**
 * Whether every word of a description is in a name or role: "the Palestinian ministry" ~ "the
 * Palestinian health ministry", but "the Tolvaren army" is not "Ostrava's army", nor "the press
 * service of the defence ministry" an earlier "the ministry's press service".
 */
function _holdsDescription(d: Description, words: string): boolean {
  const lower = phraseWords(words, 0, words.length).map((w) => w.lower);
  return lower.includes(d.head) && [...d.modifiers, ...d.owner].every((m) => lower.includes(m));
}

/**
 * The name a definite description of a body stands for when no claimant before it fits: the
 * fullest later claimant whose name holds all its words and more ("The provincial ministry said …"
 * then, paragraphs on, "the provincial health ministry said …"), as a surname stands for the
 * fullest name; none when two later names holding it differ ("the health ministry", "the defence
 * ministry"). `later` lists the document's claimants not written as pronouns, in text order. Seen in
 * AFP copy of a ministry's toll and, for a person, a wire digest describing a governor before
 * naming him (news-dev).
 */
function _laterName(d: Description, written: string, f: Frame, later: readonly Frame[]): ClaimantPhrase | null {
  let best: ClaimantPhrase | null = null;
  let bestWords: string[] = phraseWords(written, 0, written.length).map((w) => w.lower);
  for (const g of later) {
    const c = g.claimant;
    // "a Times article said" describes a document of the body, no fuller name of it.
    if (g.cueSpan.start <= f.cueSpan.start || c.kind === 'person' || !_holdsDescription(d, c.name)) continue;
    if (INDEFINITE_OPENING.test(c.name)) continue;
    const words = phraseWords(c.name, 0, c.name.length).map((w) => w.lower);
    const [short, long] = words.length > bestWords.length ? [bestWords, words] : [words, bestWords];
    if (!short.every((w) => w === 'the' || long.includes(w))) return null;
    if (words.length > bestWords.length) {
      best = c;
      bestWords = words;
    }
  }
  return best;
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
