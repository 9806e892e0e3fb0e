import type { Attribution, RuleId } from '../../model.js';

/**
 * The rules of the attribution stage, each a unit with its id written out in full where it is
 * defined. An attribution's `by` is the rule of its frame; `why.claimant` names the rules that read
 * and resolved the claimant's words. What a later rule needs to know of a frame is a typed property
 * of its rule, never its id.
 *
 * The order they apply in (attribution/index.ts):
 * 1. one scan of the text finds every cue (find-cues.ts);
 * 2. per paragraph, a proposer per kind of cue reads the claimant and the content around it: the
 *    verb frames (verb-frames.ts, an ordered list of steps), participles, passive questions,
 *    "according to", tolls and speech nouns (other-frames.ts); a paragraph with no cue may be a
 *    "Name: claim" line (name-colon-line.ts); coordinated reports cut the one before them;
 * 3. claimants are resolved in text order (resolve-claimants.ts): pronouns, surnames, definite
 *    descriptions (CLAIMANT_RULES);
 * 4. continuing sentences and quotation paragraphs carry the claimant over (carry-over.ts).
 */

/** What a frame reports: someone's words, or content that attributes figures but makes no statement (see Attribution). */
export type Reports = Attribution['reports'];

/** The rule of a reporting frame, and what later rules need to know of it. */
export interface FrameRule {
  readonly id: RuleId;
  readonly reports: Reports;
  /**
   * The cue stands inside a relative clause ("Barkley, *who said* he …, said", "which the ministry
   * said killed 12"): its report is part of the next claimant's stretch, which does not start
   * after it.
   */
  readonly insideRelative?: boolean;
  /** A clause that is only a plain object once a later report takes the verb it was read by. */
  readonly objectWhenCut?: FrameRule;
  /** The frame was carried over to a sentence with no cue of its own. */
  readonly carried?: 'opener' | 'quote';
  /**
   * The claimant is cited ahead of the counts it is the source of ("According to the ministry, …"),
   * not quoted as saying them: the sentences after it on the same line may go on listing its
   * counts. A source cited after its clause ("…, according to the ministry.") closes it.
   */
  readonly citesSource?: boolean;
}

// A claimant before the verb: "X said …", "…, X said", "“…,” X said".
/** "Hamas said it had …", "Hamas announced €5 million in aid" demoted: a plain noun phrase after the verb. */
export const CLAIMANT_VERB_OBJECT: FrameRule = { id: 'attribution/claimant-verb-object', reports: 'object' };
/** "The ministry said 40 people were killed": a clause after the verb. */
export const CLAIMANT_VERB_CLAUSE: FrameRule = {
  id: 'attribution/claimant-verb-clause',
  reports: 'words',
  objectWhenCut: CLAIMANT_VERB_OBJECT,
};
/**
 * "Kurti urged the gunmen to surrender", "the rebels denied the army's count", "a medical source
 * confirmed the death toll": the predicate the verb heads, the verb with it (a vow, directive,
 * accusation, rejection, description, or a stated object); "the agency reported four deaths": the
 * object alone, as after "said" (OBJECT_ALONE_VERBS).
 */
export const CLAIMANT_VERB_PREDICATE: FrameRule = { id: 'attribution/claimant-verb-predicate', reports: 'words' };
/** "Haddad said: “We will not leave.”": a quotation after the verb. */
export const CLAIMANT_VERB_QUOTE: FrameRule = { id: 'attribution/claimant-verb-quote', reports: 'words' };
/** "“We will not leave,” Haddad said": a quotation closing just before the claimant. */
export const QUOTE_THEN_CLAIMANT_VERB: FrameRule = { id: 'attribution/quote-then-claimant-verb', reports: 'words' };
/**
 * "Troops sent two gunmen “to hell”, the army said", "Rangers found the camp “abandoned by ten
 * men”, the park service said": the clause a quotation closing before the claimant ends, a scare
 * quote or one the clause runs straight into.
 */
export const CLAUSE_WITH_QUOTE_THEN_CLAIMANT_VERB: FrameRule = {
  id: 'attribution/clause-with-quote-then-claimant-verb',
  reports: 'words',
};
/**
 * "Two hikers are safe, “tired but unhurt,” the team said": the clause before a quotation that closes
 * before the claimant; the claimant's figures, the quotation the statement.
 */
export const LEAD_THEN_QUOTE_THEN_CLAIMANT_VERB: FrameRule = {
  id: 'attribution/lead-then-quote-then-claimant-verb',
  reports: 'source',
};
/** "Troops retreated, the army said": a clause before the claimant. */
export const CLAUSE_THEN_CLAIMANT_VERB: FrameRule = { id: 'attribution/clause-then-claimant-verb', reports: 'words' };
/** "Mrs. Clinton, analysts said, has other reasons": the cue inside the clause it reports. */
export const PARENTHETICAL_CLAIMANT_VERB: FrameRule = {
  id: 'attribution/parenthetical-claimant-verb',
  reports: 'words',
};
/**
 * "The mayor was hurt, officials said, while nine people were killed": a report set off by commas
 * between two coordinated clauses reports both.
 */
export const CLAUSE_THEN_CLAIMANT_VERB_THEN_CLAUSE: FrameRule = {
  id: 'attribution/clause-then-claimant-verb-then-clause',
  reports: 'words',
};
/** "Barkley, who said he typically votes Democratic, said …": a report inside a relative clause. */
export const RELATIVE_CLAUSE_VERB: FrameRule = {
  id: 'attribution/relative-clause-verb',
  reports: 'words',
  insideRelative: true,
};
/**
 * "triggered what relief agencies describe as the worst crisis in decades": the description after
 * "as" is the claimant's words.
 */
export const RELATIVE_GAP_DESCRIBED_AS: FrameRule = {
  id: 'attribution/relative-gap-described-as',
  reports: 'words',
  insideRelative: true,
};
/** "The flood, described by engineers as the worst in a century, …": the agent's description after "as". */
export const PASSIVE_DESCRIBED_BY_AGENT_AS: FrameRule = {
  id: 'attribution/passive-described-by-agent-as',
  reports: 'words',
  insideRelative: true,
};
/** "The strike, which the ministry said killed 12, hit a school": the relative word is a gap of the clause. */
export const RELATIVE_GAP_CLAUSE: FrameRule = {
  id: 'attribution/relative-gap-clause',
  reports: 'words',
  insideRelative: true,
};

// The sentence's subject reports through a second verb: "Obama praised her record and said …".
/** "… and said: “…”". */
export const AND_VERB_QUOTE: FrameRule = { id: 'attribution/and-verb-quote', reports: 'words' };
/** "… and said she would finish the job". */
export const AND_VERB_CLAUSE: FrameRule = { id: 'attribution/and-verb-clause', reports: 'words' };
/** "… and vowed to rebuild the bridge": the predicate, the verb with it. */
export const AND_VERB_PREDICATE: FrameRule = { id: 'attribution/and-verb-predicate', reports: 'words' };

// A claimant after the verb: "…,” said Salama Maarouf".
/** "“…,” said Salama Maarouf, the head of …". */
export const QUOTE_THEN_VERB_CLAIMANT: FrameRule = { id: 'attribution/quote-then-verb-claimant', reports: 'words' };
/** "Tanks retreated, said the ministry." */
export const CLAUSE_THEN_VERB_CLAIMANT: FrameRule = { id: 'attribution/clause-then-verb-claimant', reports: 'words' };

/** "This was stated by the army spokesman, Maj. Ilse Varga": the agent of a passive report; its subject, a noun phrase, is the content. */
export const PASSIVE_BY_AGENT: FrameRule = { id: 'attribution/passive-by-agent', reports: 'object' };

// Other cues.
/** "…, saying: “…”". */
export const PARTICIPLE_QUOTE: FrameRule = { id: 'attribution/participle-quote', reports: 'words' };
/** "…, urging citizens to leave the city", "…, accusing them of the attacks": the participle with its predicate. */
export const PARTICIPLE_PREDICATE: FrameRule = { id: 'attribution/participle-predicate', reports: 'words' };
/** "…,” adding that the army had withdrawn". */
export const PARTICIPLE_CLAUSE: FrameRule = { id: 'attribution/participle-clause', reports: 'words' };
/** "He was quoted by state media as saying: “…”". */
export const QUOTED_AS_SAYING_QUOTE: FrameRule = { id: 'attribution/quoted-as-saying-quote', reports: 'words' };
/** "He was quoted as saying the talks had failed". */
export const QUOTED_AS_SAYING_CLAUSE: FrameRule = { id: 'attribution/quoted-as-saying-clause', reports: 'words' };
/** "Asked whether the border would reopen, …", "she was asked why …": a question, nobody claims. */
export const PASSIVE_QUESTION: FrameRule = { id: 'attribution/passive-question', reports: 'question' };
/** "…, amid reports that 40 were killed": reports no one owns; the claimant of its counts is "reports", no statement. */
export const UNOWNED_REPORTS_THAT: FrameRule = { id: 'attribution/unowned-reports-that', reports: 'source' };
/**
 * "“The relief office says that 20,000 people are displaced,” Lenz said": a body the speaker cites
 * in the quotation's first words is the claimant of the counts the citation reports; the
 * quotation stays the speaker's statement, so the citation makes none of its own.
 */
export const QUOTE_CITES_SOURCE: FrameRule = { id: 'attribution/quote-cites-source', reports: 'source' };
/** "Haddad's claim that the army withdrew": the possessive owns the report. */
export const POSSESSIVE_SPEECH_NOUN: FrameRule = { id: 'attribution/possessive-speech-noun', reports: 'words' };
/**
 * "The army rejected the UN report that 110 farmers were killed": a name before the speech noun
 * owns the report; the source of its counts, no statement of its own (the sentence's verb reports).
 */
export const NAMED_SPEECH_NOUN: FrameRule = { id: 'attribution/named-speech-noun', reports: 'source' };
/** "At least 40 people were killed, according to the ministry". */
export const CLAUSE_ACCORDING_TO: FrameRule = { id: 'attribution/clause-according-to', reports: 'words' };
/** "According to the ministry, at least 40 people were killed". */
export const ACCORDING_TO_CLAUSE: FrameRule = {
  id: 'attribution/according-to-clause',
  reports: 'words',
  citesSource: true,
};
/** "The ministry put the toll at 112": the content is the number. */
export const PUT_TOLL_AT: FrameRule = { id: 'attribution/put-toll-at', reports: 'toll' };
/** "Nearly 100,000 uprooted by conflict: UN", "… near Sloviansk -- Interior Ministry": a headline's claimant closing it. */
export const HEADLINE_CLAIM_THEN_CLAIMANT: FrameRule = {
  id: 'attribution/headline-claim-then-claimant',
  reports: 'words',
};
/** "Interior Ministry: 12 killed in attacks": a headline's claimant, a body or a role, opening it. */
export const HEADLINE_CLAIMANT_THEN_CLAIM: FrameRule = {
  id: 'attribution/headline-claimant-then-claim',
  reports: 'words',
};
/** "Graham: Trump's rhetoric is costing the party": a headline or transcript line. */
export const NAME_COLON_LINE: FrameRule = { id: 'attribution/name-colon-line', reports: 'words' };

// Carried over (carry-over.ts): the claimant of a report the sentence continues.
/** "Of those, 4,000 were children.", "Another 120 are missing." after an attributed sentence. */
export const CARRY_OVER_OPENER: FrameRule = {
  id: 'attribution/carry-over-opener',
  reports: 'words',
  carried: 'opener',
};
/**
 * "According to the relief agency, 40 people died in the north. In the hills 12 died and 30 were
 * hurt.": a sentence with a number and no cue of its own, on the same line right after a count
 * whose source is cited ahead of it (or inside a quotation), goes on listing that source's counts.
 */
export const CARRY_OVER_NEXT_SENTENCE: FrameRule = {
  id: 'attribution/carry-over-next-sentence',
  reports: 'words',
  carried: 'opener',
};
/**
 * "Troops freed 40 hostages. The army spokesman disclosed this in a statement": a report whose
 * object is only "this" reports the sentence before it.
 */
export const THIS_POINTS_BACK: FrameRule = { id: 'attribution/this-points-back', reports: 'words' };
/**
 * "Reports noted that the ministry claimed that 40 were killed": a medium's report whose whole
 * content is another's report names only who relayed it; no statement of its own.
 */
export const REPORT_OF_REPORT: FrameRule = { id: 'attribution/report-of-report', reports: 'object' };
/** A sentence or paragraph continuing a quotation framed by its speaker. */
export const CONTINUED_QUOTE: FrameRule = { id: 'attribution/continued-quote', reports: 'words', carried: 'quote' };
/** "“Troops engaged them. / “They cleared six villages,” the spokesman said.": the speaker framing a quotation's last paragraph. */
export const QUOTE_RUN_FRAMED_AT_END: FrameRule = {
  id: 'attribution/quote-run-framed-at-end',
  reports: 'words',
  carried: 'quote',
};

/**
 * The rules that read a claimant's words and resolve them, in `why.claimant` order: the reader
 * that took the words, the refinements of the phrase, then the resolution (pronoun, surname,
 * description) and the carry-over.
 */
export const CLAIMANT_RULES = {
  // Readers of the claimant's words.
  /** "Hamas said", "the Gaza health ministry has also said": the phrase before the cue. */
  beforeCue: 'attribution/claimant-before-cue',
  /** "Saleh al-Arouri, an exiled Hamas commander, told": a name and a role between commas. */
  apposition: 'attribution/claimant-apposition',
  /** "The school's headteacher, Sani Abdullahi Haruna, said": the name is the second phrase. */
  namedAfterRole: 'attribution/claimant-named-after-role',
  /** "the health ministry, which claims that …": the phrase a relative word stands for. */
  relativeAntecedent: 'attribution/claimant-relative-antecedent',
  /** "which the ministry said", "what many analysts said": the claimant after a gap relative. */
  afterGapRelative: 'attribution/claimant-after-gap-relative',
  /** "some voters who have listened to his speeches say": a claimant with a relative clause as its role. */
  withRelativeRole: 'attribution/claimant-with-relative-role',
  /** "…, Aliu Fari, a local village hunter told reporters": the name before a role with no closing comma. */
  nameBeforeRole: 'attribution/claimant-name-before-role',
  /** "Another displaced Gazan, Um Hassan says": the phrase before the name is its role. */
  roleBeforeName: 'attribution/role-before-name',
  /** "…,” said Salama Maarouf, the head of …": the phrase after the cue, and its role. */
  afterCue: 'attribution/claimant-after-cue',
  /** "said the Humanitarian Coordinator for Sudan, Marta Lindqvist": the name comes second. */
  afterCueNamedSecond: 'attribution/claimant-after-cue-named-second',
  /** "was stated by the army spokesman": the agent after "by". */
  agentAfterBy: 'attribution/agent-after-by',
  /** "according to the ministry": the claimant after "according to". */
  afterAccordingTo: 'attribution/claimant-after-according-to',
  /** "according to a new poll by the Harvard Institute of Politics": a source longer than a claimant. */
  sourcePhrase: 'attribution/source-phrase',
  /** "Haddad's claim", "his assertion": the owner before a speech noun. */
  possessor: 'attribution/possessor-of-speech-noun',
  /** "the UN report", "a Kestrel Radio claim": a name right before a speech noun. */
  nameBeforeSpeechNoun: 'attribution/name-before-speech-noun',
  /** "Obama praised her record and said …": the subject opening the sentence. */
  subject: 'attribution/subject-of-sentence',
  /** "X said A, adding that B", "X said A and added B": the claimant of the sentence's earlier report. */
  earlierReport: 'attribution/claimant-of-earlier-report',
  /** "Graham: Trump's rhetoric …": the name before the colon. */
  nameBeforeColon: 'attribution/name-before-colon',
  /** "amid reports that …": the claimant is the word "reports" (no owner written). */
  reportsNoun: 'attribution/claimant-reports-noun',
  /** "Asked whether …": no claimant written; the asker is unknown. */
  noneWritten: 'attribution/no-claimant-written',
  /** "…: UN", "Afghan official: …": a headline's claimant, a body or a role, after or before a colon or dash. */
  headlineClaimant: 'attribution/headline-claimant',
  // Refinements of the phrase (read-claimant.ts).
  /** "Hamas spokesman Abu Obeida" → "Abu Obeida", role "Hamas spokesman". */
  roleSplit: 'attribution/role-split-from-name',
  /** "figures from the health ministry" → "the health ministry". */
  container: 'attribution/claimant-in-container',
  /** "according to NDMA report" → "NDMA": the body whose document it is. */
  ownerOfDocument: 'attribution/owner-of-document',
  // Resolution (resolve-claimants.ts).
  /** "he said" → the latest claimant of its kind within reach. */
  pronounToClaimant: 'attribution/pronoun-to-claimant',
  /** "she said" → the person (or, for "it", the organisation) the entities stage found since. */
  pronounToMention: 'attribution/pronoun-to-mention',
  /** "“…,” he said" after "she" was used for the latest name: the latest other name in reach. */
  pronounToOtherName: 'attribution/pronoun-to-other-name',
  /** "he said" with nobody to refer to: the words were reported, the speaker is unknown. */
  pronounUnresolved: 'attribution/pronoun-unresolved',
  /** "Maarouf said" → "Salama Maarouf": the fullest form of the name in the document. */
  surnameToFullName: 'attribution/surname-to-full-name',
  /** "The spokesman warned" → the named claimant whose role it describes. */
  descriptionToRole: 'attribution/description-to-named-role',
  /** "the station says" → the medium the text named latest ("Radio Tolvaren"). */
  descriptionToMedium: 'attribution/description-to-named-medium',
  /** "the agency said" → the named organisation whose name or role holds the head noun. */
  descriptionToOrganisation: 'attribution/description-to-named-organisation',
  /** "Afghan official: …" → the claimant of the body's first report by an official, as resolved there. */
  headlineToBody: 'attribution/headline-description-to-body',
  /** "The provincial ministry said …" with none before it → "the provincial health ministry", named later. */
  descriptionToLaterName: 'attribution/description-to-later-name',
  /** "The Ministry rejects …" in a text that names "the Ministry of the Interior" → that name. */
  descriptionToNameInText: 'attribution/description-to-name-in-text',
  /** "the statement said", "according to the bulletin" → the claimant that issued it. */
  descriptionToIssuer: 'attribution/description-to-issuer',
  /** "the military's media wing" → the body named just before with a bare name ("Inter-Services Public Relations"). */
  descriptionToBareName: 'attribution/description-to-bare-name',
  /** "a UN spokesman said …" then "Stephane Varin, spokesman for …, said": the description takes the name given next. */
  descriptionNamedNext: 'attribution/description-named-next',
  /** "the TRA said" → "Tolvaren Relief Authority", the name the text spelt out before "(TRA)". */
  acronymToName: 'attribution/acronym-to-name',
} as const satisfies Record<string, RuleId>;

/**
 * How a relay between a figure's original claimant and the outlet is read (Attribution.relayed,
 * Figure.via). Ids written out in full so `grep -rn` finds them.
 */
export const RELAY_RULES = {
  /** "according to figures from the health department quoted by Radio Tolvaren, …". */
  quotedBy: 'attribution/relay-quoted-by',
  /** "The Kestrel agency quoted the health minister as saying …": the quoting party relays. */
  quotedAs: 'attribution/relay-quoted-as-saying',
  /** "The emergency service told Radio Tolvaren that …": only when the hearer is a medium. */
  toldMedium: 'attribution/relay-told-medium',
  /** "… said in a statement carried by state television that …". */
  carriedBy: 'attribution/relay-carried-by',
  /**
   * "The relief office, citing the Varish health ministry, said …", "Citing local officials, the
   * Kestrel agency reported …": the cited claimant is the frame's claimant, the citing party a relay.
   */
  citing: 'attribution/relay-citing',
  /** "X confirmed six were killed, the Tolvaren news agency reported": a medium reporting X's report. */
  mediumReport: 'attribution/relay-medium-report',
} as const satisfies Record<string, RuleId>;
