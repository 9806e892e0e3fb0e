import type { NumberMention, RuleId, Span } from '../../model.js';
import { alternation, type Token } from '../text/index.js';
import { candidate, type Candidate } from './candidate.js';
import { triggerAfter, triggerBefore } from './find-trigger.js';
import { AGE_WORDS, SINGULAR_DETERMINERS } from './data/grammar-words.js';
import { NOT_PEOPLE, PEOPLE_SINGULAR } from './data/groups.js';
import { COUNT_AUXILIARIES, COUNT_PLACE_PREPOSITIONS, PERSON_DEMONYMS } from '../lexicon/index.js';
import { BOTH_COUNT, SINGULAR_COUNT } from './rules.js';

// "a policeman", "a gunwoman": singular words in -man/-woman (not "human", not "Oman")
const SINGULAR_MAN = /(?:^|[^u])(?:wo)?man$/;
// Words between the article and the person: "a *young* man", "an *Israeli* soldier", "a *third*
// villager", "a *Kosovo police* officer" — no more than this.
const MAX_SINGULAR_WORDS = 3;

/**
 * Counts of one written with an article (news-dev GUIDELINES.md: "a soldier was killed", "another
 * civilian was wounded", "killed a young man" count 1; seen in AP, TASS, Israel National News,
 * Citizen Digital, Nation, Paudal and Mehr copy in news-dev, and in MUC-4 dev "A PEASANT WAS
 * KILLED"). The article with a singular person noun within three words is read as the count 1,
 * and the count then goes through the rules of any count — a trigger must tie it to a metric, or a
 * breakdown cue ("including a girl") to the figure before it; the metric a group noun carries is
 * not enough ("a hostage video" counts no one). An age after the article belongs to the count ("a
 * 50-year-old woman"), and names the person when no noun follows ("including an eight-month-old").
 */
export function singularCandidates(tokens: readonly Token[], people: PersonMentions): Candidate[] {
  const out: Candidate[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.lower === 'both') {
      const pair = bothCount(tokens, k);
      if (pair) out.push(pair);
      continue;
    }
    if (!SINGULAR_DETERMINERS.has(t.lower)) continue;
    const at: SingularAt = { tokens, k, people };
    if (SINGULAR_EXCLUSIONS.some((rule) => rule.excludes(at))) continue;
    // "a 50-year-old woman", "a 14-year-old": an age after the article is part of the count
    const age = ageEnd(tokens, k + 1);
    const person = singular(tokens[(age < 0 ? k : age) + 1]) || (age < 0 && personWithin(tokens, k + 1));
    if (!person && age < 0) {
      const one = elidedAnother(tokens, k) ?? demonymCount(tokens, k);
      if (one) out.push(one);
      continue;
    }
    const b = age < 0 ? k : age;
    const c = candidate(tokens, oneAt(tokens, k, b), k, b, { groupMetric: false });
    if (!c) continue;
    // "including an eight-month-old", "a 14-year-old injured": the age names the person
    if (!person) c.group = { ...c.group, who: [k + 1, age], whoRule: SINGULAR_COUNT };
    if (!c.group.who || (person && !singular(tokens[c.group.who[1]]))) continue;
    // "a guard named Ruiz was hurt": a named individual is not counted, nor when the name is read
    // into the group ("a foreigner named Ana Coleman", whose name ends like a people word)
    if (named(tokens, c.group.who)) continue;
    // "destroyed a peasant home", "a soldier house": the person word modifies a thing after it
    if (thingAfter(tokens[c.group.who[1] + 1])) continue;
    out.push(c);
  }
  return out;
}

// Whether `t` names a thing a person word before it may modify: "home" ("homes"), "vehicle".
function thingAfter(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && (NOT_PEOPLE.has(t.lower) || NOT_PEOPLE.has(`${t.lower}s`));
}

// Whether "named" follows the group read at `who`, or stands inside it.
function named(tokens: readonly Token[], who: readonly [number, number]): boolean {
  for (let q = who[0]; q <= who[1] + 1; q++) if (tokens[q]?.lower === 'named') return true;
  return false;
}

// A sentence can hold a count of one only if one of its scan tokens is a singular person noun, a
// word in -man, the "old" of an age ("an eight-month-old"), "another" (an elided person), a
// demonym that may stand as a noun ("an Israeli was wounded") or "both" (a pair): a
// letter-bounded match of any of them, case aside. Most sentences have none, and the figures stage
// passes them over without tokenizing them ("She said the talks would resume." has none). Only
// asked whether it matches, so the letter before a word is read as a character (`(?:^|[^…])`), not
// by a look-behind, which was tried at every position of every sentence; "man" first, as it needs
// no letter before.
const LETTER = 'A-Za-z\\u00C0-\\u024F';
const MAY_COUNT_ONE = new RegExp(
  `man(?![${LETTER}])|(?:^|[^${LETTER}])(?:another|both|old|${alternation(PEOPLE_SINGULAR)})(?![${LETTER}])`,
  'i',
);
// A demonym counts only written capitalised (demonymNoun): matched as such, so that text set all
// in capitals ("AN AMERICAN", "CUBAN TROOPS") is not tokenized for it.
const MAY_BE_DEMONYM = new RegExp(
  `(?:^|[^${LETTER}])(?:${alternation([...PERSON_DEMONYMS].map((w) => w[0]!.toUpperCase() + w.slice(1)))})(?![${LETTER}])`,
);

/** Whether the sentence at `span` may hold a count of one: when false, {@link singularCandidates} finds none there. */
export function mayCountOne(text: string, span: Span): boolean {
  const sentence = text.slice(span.start, span.end);
  return MAY_COUNT_ONE.test(sentence) || MAY_BE_DEMONYM.test(sentence);
}

/** Where the entities stage found people's names: character offsets of its person mentions. */
export interface PersonMentions {
  /** Where a name ends → where it starts. */
  ends: ReadonlyMap<number, number>;
  /** Where a name starts → where it ends. */
  starts: ReadonlyMap<number, number>;
}

/** Where a singular article stands: the sentence's tokens, the article's index, the names of people found. */
interface SingularAt {
  tokens: readonly Token[];
  k: number;
  people: PersonMentions;
}

/** An article that counts no one, whatever follows it. */
interface SingularExclusion {
  readonly id: RuleId;
  excludes(at: SingularAt): boolean;
}

/**
 * The articles that count no one, tried in order (news-dev GUIDELINES.md: "Definite or named
 * individuals are not counted").
 */
export const SINGULAR_EXCLUSIONS: readonly SingularExclusion[] = [
  {
    // "not a single villager was hurt", "the boy was not a fighter": a negated article counts no one
    // (MUC-4 dev "NOT A SINGLE PERSON WAS KILLED"; news-dev, a Kashmir report: "was not a militant").
    id: 'figures/singular-negated',
    excludes: ({ tokens, k }) => NEGATIONS.has(tokens[k - 1]?.lower ?? ''),
  },
  {
    // "said Lina Haddad, a nurse who fled the town": an article in apposition to a person's name
    // describes that named person (news-dev AP and Reuters copy: "Qaiser Hamid, a hospital
    // official"; WikiEvents dev "…, a mother of three who lived in …"; MUC-4 TST1 "…, A 26-YEAR-OLD
    // TEACHER … HAVE BEEN KILLED").
    id: 'figures/singular-apposition-to-name',
    excludes: ({ tokens, k, people }) => {
      const before = tokens[k - 2];
      const start = before && tokens[k - 1]!.text === ',' ? people.ends.get(before.end) : undefined;
      // In upper-case copy a name cannot be told from a word ("ACCORDING TO COPREFA, A SOLDIER …")
      if (start === undefined || !LOWER.test(before!.text)) return false;
      let j = k - 2;
      while (j > 0 && tokens[j]!.start > start) j--;
      // "According to Lina Haddad, a boy was killed": the name is the claimant, the article a count
      return tokens[j - 1]?.lower !== 'to';
    },
  },
  {
    // "A reservist, Omar Dagan, died in the blast", "gunmen shot a teacher, Sara Levi.": an article
    // whose person the next words name between commas describes that named person, who is not
    // counted either (news-dev TASS copy on Donetsk: "A DPR lawmaker, Maria Pirogova, died…" has no
    // figure in its gold; the same shape in news-dev AP copy on the Philippines: "A rebel
    // spokeswoman, Marcella Valiente, said…"; MUC-4 keys count named victims apart, as names).
    id: 'figures/singular-apposition-name-after',
    excludes: ({ tokens, k, people }) => {
      for (let j = k + 1; j < tokens.length && j <= k + MAX_APPOSITION_WORDS; j++) {
        const t = tokens[j]!;
        if (singular(t)) return tokens[j + 1]?.text === ',' && namedAfterComma(tokens, j + 1, people);
        if (t.kind !== 'word' && t.kind !== 'digits' && t.text !== '-') return false;
      }
      return false;
    },
  },
];

// Words from the article to its person: "a *45-year-old former Kosovo police* officer, …".
const MAX_APPOSITION_WORDS = 8;

// Whether a person's name stands right after the comma at `j` and closes the apposition: a comma,
// a stop or the sentence's end after it ("a nurse, Lina Haddad, was…"), not a reporting verb ("…
// killed a nurse, Lina Haddad said": she is the claimant).
function namedAfterComma(tokens: readonly Token[], j: number, people: PersonMentions): boolean {
  const first = tokens[j + 1];
  const end = first ? people.starts.get(first.start) : undefined;
  // In upper-case copy a name cannot be told from a word.
  if (end === undefined || !LOWER.test(first!.text)) return false;
  let q = j + 1;
  while (q < tokens.length && tokens[q]!.start < end) q++;
  const after = tokens[q];
  return !after || APPOSITION_CLOSERS.has(after.text);
}

// What may follow a name that closes an apposition: "a nurse, Lina Haddad*,*".
const APPOSITION_CLOSERS: ReadonlySet<string> = new Set([',', '.', ';', ')', '—', '–']);

const LOWER = /[a-z]/;
// The words before an article that deny the count: "*not* a single soldier".
const NEGATIONS: ReadonlySet<string> = new Set(['not', 'never']);

/**
 * "one soldier was killed and another wounded", "a police officer died and another was injured":
 * "another" with its person left out, after "and" or a comma, counts one more of the group just
 * named (MUC-4 dev "ONE FMLN REBEL WAS KILLED AND ANOTHER WOUNDED", MUC-4 TST2 "ONE PERSON WAS
 * KILLED AND ANOTHER WOUNDED", news-dev AP (Philippines): "one guerrilla was killed and another
 * captured"). Only when a trigger follows at once ("another *wounded*", "another *was injured*"):
 * "and another attack killed two" is a count of attacks, not people.
 */
function elidedAnother(tokens: readonly Token[], k: number): Candidate | null {
  if (tokens[k]!.lower !== 'another' || !ELIDED_BEFORE.has(tokens[k - 1]?.lower ?? '')) return null;
  const next = tokens[k + 1];
  if (!next || next.kind !== 'word' || PEOPLE_SINGULAR.has(next.lower)) return null;
  if (!triggerAfter(tokens, k + 1)) return null;
  const c = candidate(tokens, oneAt(tokens, k, k), k, k, { groupMetric: false });
  return c?.hit && !c.group.who ? c : null;
}

/**
 * "a Palestinian was killed", "an Afghan was wounded", "a third Gaza Arab was wounded", "killing
 * an Israeli.": a demonym standing alone as the noun of a singular counts one person (news-dev,
 * Israel National News on Gaza: a third man of a nationality wounded, named by the demonym alone;
 * WikiEvents dev, a Wikipedia account of a bombing near Bagram: Americans killed "and an Afghani
 * injured"). A demonym is most often an adjective ("an Israeli strike", "a Russian soldier"), so
 * it names the person only when no noun follows it: the sentence ends, punctuation, an auxiliary,
 * a conjunction, a place preposition or the trigger itself. Mixed-case copy only: in capitals a
 * demonym cannot be told from the word of a title. The count still needs a trigger.
 */
function demonymCount(tokens: readonly Token[], k: number): Candidate | null {
  let j = k + 1;
  while (j < tokens.length && j <= k + MAX_SINGULAR_WORDS && !demonymNoun(tokens, j)) {
    if (tokens[j]!.kind !== 'word') return null;
    j++;
  }
  if (j >= tokens.length || j > k + MAX_SINGULAR_WORDS) return null;
  const c = candidate(tokens, oneAt(tokens, k, j), k, j, { groupMetric: false });
  if (!c?.hit || named(tokens, [k + 1, j])) return null;
  c.group = { ...c.group, who: [k + 1, j], whoRule: SINGULAR_COUNT };
  return c;
}

// Whether token `j` is a demonym standing as a noun: written capitalised in mixed case, and no
// noun after it ("an Israeli *was*", "a Palestinian*.*", not "an Israeli airstrike").
function demonymNoun(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  if (t.kind !== 'word' || !PERSON_DEMONYMS.has(t.lower) || !MIXED_CAPITALISED.test(t.text)) return false;
  const next = tokens[j + 1];
  if (!next) return true;
  if (next.kind === 'punct') return next.text !== '-' && next.lower !== "'";
  if (next.kind !== 'word' || next.text !== next.lower) return false;
  return (
    DEMONYM_NOUN_FOLLOWERS.has(next.lower) ||
    COUNT_AUXILIARIES.has(next.lower) ||
    COUNT_PLACE_PREPOSITIONS.has(next.lower) ||
    !!triggerAfter(tokens, j + 1)
  );
}

const MIXED_CAPITALISED = /^[A-Z][a-z]+$/;
// Words that may follow a demonym used as a noun: "an Israeli *and* a Palestinian", "a Syrian *who* fled".
const DEMONYM_NOUN_FOLLOWERS: ReadonlySet<string> = new Set(['and', 'or', 'who', 'but', 'by', 'during', 'after']);

/**
 * "fired at the two gunmen, killing both.", "opened fire on two men, wounding both of them": "both"
 * right after a casualty verb, closing its clause, counts the pair the sentence named before it, 2
 * (news-dev, Israel National News on Gaza: a helicopter fired at two men, "killing both"; al.com on
 * a Birmingham shooting: gunmen fired on two men, "killing both of them"). Not "killing both the
 * pilot and a trooper", where "both" opens a list whose members are counted on their own.
 */
function bothCount(tokens: readonly Token[], k: number): Candidate | null {
  const next = tokens[k + 1];
  const closes =
    !next || (next.kind === 'punct' && next.text !== '-') || (next.lower === 'of' && tokens[k + 2]?.lower === 'them');
  if (!closes || !triggerBefore(tokens, k)) return null;
  const mention: NumberMention = {
    span: { start: tokens[k]!.start, end: tokens[k]!.end },
    value: 2,
    qualifier: 'exact',
    vague: false,
    percent: false,
    by: BOTH_COUNT.id,
    qualifierBy: BOTH_COUNT.id,
  };
  const c = candidate(tokens, mention, k, k, { groupMetric: false });
  return c?.hit ? c : null;
}

// "and another wounded": the word before an "another" whose person is left out
const ELIDED_BEFORE: ReadonlySet<string> = new Set(['and', ',']);

// The count of one written by the article at `k` (through the age ending at `b`).
function oneAt(tokens: readonly Token[], k: number, b: number): NumberMention {
  return {
    span: { start: tokens[k]!.start, end: tokens[b]!.end },
    value: 1,
    qualifier: 'exact',
    vague: false,
    percent: false,
    by: SINGULAR_COUNT.id,
    qualifierBy: SINGULAR_COUNT.id,
  };
}

// Whether a singular person noun stands within MAX_SINGULAR_WORDS words from `k`.
function personWithin(tokens: readonly Token[], k: number): boolean {
  for (let q = k; q < tokens.length && q <= k + MAX_SINGULAR_WORDS; q++) {
    const t = tokens[q]!;
    if (t.kind !== 'word') return false;
    if (singular(t)) return true;
  }
  return false;
}

function singular(t: Token | undefined): boolean {
  return (
    !!t && t.kind === 'word' && (PEOPLE_SINGULAR.has(t.lower) || (SINGULAR_MAN.test(t.lower) && t.lower.length > 4))
  );
}

// The "old" ending an age at `k` ("50-year-old", "eight-month-old"), or -1.
function ageEnd(tokens: readonly Token[], k: number): number {
  const n = tokens[k];
  if (!n || (n.kind !== 'digits' && n.kind !== 'word') || tokens[k + 1]?.text !== '-') return -1;
  if (!AGE_WORDS.has(tokens[k + 2]?.lower ?? '') || tokens[k + 3]?.text !== '-') return -1;
  return tokens[k + 4]?.lower === 'old' ? k + 4 : -1;
}
