/**
 * The domain types of crosscheck. Every other module speaks these; none invents its own shape for
 * a figure, a statement or a span. The JSON fields named in ../shared/CONTRACT.md are the contract:
 * fields may be added, never renamed or dropped.
 */

/** Half-open `[start, end)` offsets into `document.text`, in UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
}

/** Id of the rule that produced an annotation, e.g. `figures/death-toll-rose-to`. */
export type RuleId = string;

export const METRICS = ['killed', 'injured', 'displaced', 'captive', 'detained', 'missing', 'fled'] as const;
/** What a figure counts. */
export type Metric = (typeof METRICS)[number];

export const QUALIFIERS = ['exact', 'at_least', 'more_than', 'about', 'up_to', 'less_than'] as const;
/** How the stated number bounds the real one ("more than 8,300" → `more_than`). */
export type Qualifier = (typeof QUALIFIERS)[number];

/** `people` for counts; `percent` for shares of a counted group ("40% of them children"). */
export type Unit = 'people' | 'percent';

/** ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

/**
 * Whether a date was written in the text (`stated`: "as of Wednesday") or filled in by the tool
 * (`implied`: the publication date, used when the text gives no date for a figure).
 */
export type DateBasis = 'stated' | 'implied';

/** A finding about odd input: reported, never thrown. */
export interface Message {
  rule: RuleId;
  level: 'info' | 'warning';
  reason: string;
  span?: Span;
}

// ---------------------------------------------------------------------------------------------
// Input: what ingest/ hands to extract/
// ---------------------------------------------------------------------------------------------

/** Metadata known before extraction (from the page, the feed, the command line). All optional. */
export interface KnownMeta {
  title?: string | null;
  outlet?: string | null;
  /** `YYYY-MM-DD`. */
  published?: IsoDate | null;
  dateline?: string | null;
  language?: string | null;
  url?: string | null;
}

/**
 * Maps offsets of `document.text` back to offsets in the original HTML. Each segment says that
 * text `[textStart, textStart + length)` came from html `[htmlStart, htmlStart + length)`
 * character for character; text between segments (inserted paragraph breaks) maps to nothing.
 */
export interface OffsetSegment {
  textStart: number;
  htmlStart: number;
  length: number;
}

/** A decoded document ready for extraction. `text` never changes after this point. */
export interface SourceDocument {
  /** The path or URL as given. */
  origin: string;
  text: string;
  /** What the container (HTML meta tags, JSON-LD, feed item, CLI flags) said about the document. */
  meta: KnownMeta;
  /** Present when the text was extracted from HTML. */
  htmlMap?: OffsetSegment[];
  /** How the bytes were decoded, e.g. `UTF-8`, `UTF-16LE`, `windows-1252`. */
  encoding?: string;
  /** Format the text was read from. */
  format?: 'text' | 'markdown' | 'html';
}

/** Options that change extraction. */
export interface ExtractOptions {
  /** Overrides the publication date when the document gives none. `YYYY-MM-DD`. */
  published?: IsoDate | null;
}

// ---------------------------------------------------------------------------------------------
// Intermediate annotations made by the pipeline stages
// ---------------------------------------------------------------------------------------------

/**
 * What a line of the text is, as far as splitting goes: running `text`, or a line that is a unit
 * of its own (a Markdown heading, a rule "---", an image caption, a byline, a date line, a bare URL).
 */
export type LineKind = 'text' | 'heading' | 'rule' | 'caption' | 'byline' | 'date-line' | 'url';

export interface Sentence {
  span: Span;
  /** Paragraph index (0-based) in the document. */
  paragraph: number;
  /** `text` for a sentence of running text, else the kind of line it is ("By Jane Doe": `byline`). */
  line: LineKind;
  by: RuleId;
}

/** A number expression: "more than 8,300", "thirty-three", "between 20 and 30", "dozens". */
export interface NumberMention {
  span: Span;
  value: number;
  /** Upper bound for ranges ("between 20 and 30" → value 20, high 30). */
  high?: number;
  qualifier: Qualifier;
  vague: boolean;
  /** True when written as "40%", "40 percent", "half", "a third". */
  percent: boolean;
  by: RuleId;
  /** The rule that decided `qualifier` ("more than" read, a range, a vague word, no word: exact). */
  qualifierBy: RuleId;
}

/**
 * What a date expression names: a day of the calendar ("October 31", "2023-11-10"), a weekday
 * ("Monday"), a day relative to the publication ("yesterday", "three days ago"), a month ("in
 * March"), a period ("this week"), a year ("in 1948"), or a numeric date that reads both as
 * day/month and month/day ("10/11/2023").
 */
export type DateKind = 'calendar' | 'weekday' | 'relative-day' | 'month' | 'period' | 'year' | 'ambiguous-numeric';

/** A date expression resolved against the publication date. */
export interface DateMention {
  span: Span;
  /** Resolved day, or null when the expression cannot be placed on a calendar day. */
  date: IsoDate | null;
  /** Whether the year was written, or taken from the reference date. */
  yearStated: boolean;
  /** The text of the expression as written ("Wednesday", "October 31"). */
  text: string;
  kind: DateKind;
  by: RuleId;
}

// ---------------------------------------------------------------------------------------------
// Output: the contract
// ---------------------------------------------------------------------------------------------

export interface DocumentInfo {
  /** sha256 of `text`, hex. */
  id: string;
  origin: string;
  title: string | null;
  outlet: string | null;
  published: IsoDate | null;
  dateline: string | null;
  language: string;
  text: string;
  /** A date seen without enough to place it ("Friday 10 November" with no year), else absent. */
  publishedPartial?: string | null;
  /** Where `published` came from. */
  publishedBy?: RuleId | null;
  /**
   * The news agency whose copy this is, from the dateline's code ("(AP)" → "Associated Press"),
   * when the dateline names one; a paper reprinting wire copy names itself in `outlet`.
   */
  agency?: string | null;
  htmlMap?: OffsetSegment[];
}

export interface Figure {
  value: number;
  unit: Unit;
  qualifier: Qualifier;
  vague: boolean;
  metric: Metric;
  who: string | null;
  asOf: IsoDate | null;
  since: IsoDate | null;
  source: string | null;
  span: Span;
  sentence: Span;
  /** Upper bound when the text gave a range. */
  high?: number;
  /** Whether `asOf` was written in the text or defaulted to the publication date. */
  asOfBasis: DateBasis | null;
  /** Span of the date expression `asOf` came from, when stated. */
  asOfSpan?: Span | null;
  /** Span of the claimant's words, when attributed. */
  sourceSpan?: Span | null;
  /** The reporting cue that attributes the figure ("said", "according to"). */
  cue?: string | null;
  /** Span of the reporting cue, when attributed. */
  cueSpan?: Span | null;
  by: RuleId;
  /** The rule behind each decided field (see {@link FigureWhy}). */
  why: FigureWhy;
  /**
   * The parties that relayed the figure between its original claimant (`source`) and the outlet,
   * nearest the outlet first: "The UN, citing the health ministry, said 874 …" → source "the health
   * ministry", via [the UN]; "ministry figures quoted by Radio Tolvaren" → via [Radio Tolvaren].
   * Absent or empty when the text names no relay.
   */
  via?: Relay[];
}

/**
 * One party a claim passed through on its way to the outlet: "citing X", "quoting X", "X quoted by
 * Y", "X told Kestrel" (Kestrel relays X's words to the paper that prints Kestrel's copy).
 */
export interface Relay {
  /** The relaying party as written ("The UN Relief Coordination Office", "Kestrel"). */
  name: string;
  span: Span;
  /** The words that make it a relay ("citing", "quoted by", "told"), or null. */
  cue: string | null;
  by: RuleId;
}

/**
 * How a claimant was found: the rule of the reporting frame ("X said …", "according to X") and the
 * rules that read the claimant's words and resolved them ("he" → the person named before, "the
 * ministry" → the full name given earlier), in the order they applied. Every id is written out in
 * full where its rule is defined, so `grep -rn` finds it in `src/`.
 */
export interface ClaimantWhy {
  frame: RuleId;
  claimant: RuleId[];
}

/**
 * The rule that decided each field of a figure. A field the text left empty (`who`, `since` null,
 * `asOf` null when neither the text nor the publication date gives one) has a null reason; `source`
 * is null only when no frame holds the figure (the outlet's own voice). A breakdown ("40% of them
 * children") keeps the reasons of the figure it breaks down for the dates and the source.
 */
export interface FigureWhy {
  metric: RuleId;
  qualifier: RuleId;
  who: RuleId | null;
  asOf: RuleId | null;
  since: RuleId | null;
  source: ClaimantWhy | null;
}

/** The rule that decided each field of a statement; `speaker` is null only when no frame holds it. */
export interface StatementWhy {
  kind: RuleId;
  speaker: ClaimantWhy | null;
}

export type StatementKind = 'direct' | 'indirect';

export interface Statement {
  kind: StatementKind;
  speaker: string | null;
  speakerRole: string | null;
  cue: string | null;
  text: string;
  span: Span;
  /** Where the speaker is named (the resolved mention for "he said"). */
  speakerSpan?: Span | null;
  cueSpan?: Span | null;
  by: RuleId;
  /** The rule behind each decided field (see {@link StatementWhy}). */
  why: StatementWhy;
}

export type EntityType = 'person' | 'organization' | 'place';

export interface Entity {
  name: string;
  type: EntityType;
  mentions: Span[];
  by: RuleId;
}

/** One document's extraction: the JSON object of CONTRACT.md. */
export interface Extraction {
  document: DocumentInfo;
  figures: Figure[];
  statements: Statement[];
  entities: Entity[];
  messages: Message[];
}

// ---------------------------------------------------------------------------------------------
// Gold annotations (the eval format of CONTRACT.md)
// ---------------------------------------------------------------------------------------------

/** A figure as annotated: the contract fields, with `quote` (an exact substring of the article
 * containing the number expression) in place of spans. */
export type GoldFigure = Pick<
  Figure,
  'value' | 'unit' | 'qualifier' | 'vague' | 'metric' | 'who' | 'asOf' | 'since' | 'source'
> & {
  quote: string;
};

/** A statement as annotated; `text` is an exact substring of the article: the quoted words or the reported clause. */
export type GoldStatement = Pick<Statement, 'kind' | 'speaker' | 'speakerRole' | 'cue' | 'text'>;

export interface GoldFile {
  /** A field left out (undefined) is not scored. */
  meta: {
    title?: string | null;
    outlet?: string | null;
    published?: IsoDate | null;
    dateline?: string | null;
    origin: string | null;
  };
  figures: GoldFigure[];
  statements: GoldStatement[];
}

// ---------------------------------------------------------------------------------------------
// Attribution: who a clause is reported from. Shared by statements (speaker) and figures (source).
// ---------------------------------------------------------------------------------------------

/**
 * A reporting frame: "Palestinian officials said [content]", "[content], according to X",
 * "X told Al-Aqsa TV that [content]". `content` is the reported part of the text; a figure inside it
 * is attributed to `claimant`.
 */
export interface Attribution {
  /**
   * The claimant as written, resolved ("he" → "Saleh al-Arouri"); null when the text reports the
   * words but does not say who ("he said" with no one for "he" to refer to).
   */
  claimant: string | null;
  /** Where the claimant is named (for a pronoun, the mention it resolves to); null with `claimant`. */
  claimantSpan: Span | null;
  /** The role or affiliation the text gives ("an exiled Hamas commander"), or null. */
  role: string | null;
  cue: string;
  cueSpan: Span;
  /** The reported content. */
  content: Span;
  /** Index into the sentence list of the sentence holding the cue. */
  sentence: number;
  /** True when carried over from an earlier sentence that continues the same report. */
  carried: boolean;
  /** True when carried over to a quotation that continues one its speaker framed ("“…,” said X. “…”"). */
  continuesQuote: boolean;
  /**
   * What the frame reports: someone's words (a quotation or a reported clause: a statement), a
   * plain object ("announced €5 million in aid"), a toll's number ("put the toll at 112"), a
   * question put by an unnamed asker ("Asked whether …") or content whose counts the claimant is
   * the source of without words of its own: the lead-in a speaker's quotation closes ("Two hikers
   * are safe, “tired but unhurt,” the team said": the quotation is the statement), a clause of
   * "reports" no one owns ("amid reports that 40 were killed"). All attribute the figures inside
   * them; only words make a statement.
   */
  reports: 'words' | 'object' | 'toll' | 'question' | 'source';
  /**
   * When the claimant passes on what another party said or counted: the party the figures inside
   * come from, and who relayed them, nearest the outlet first ("The UN, citing the health ministry,
   * said" → source "the health ministry", via [the UN]; "the ministry told Radio Tolvaren" → source
   * "the ministry", via [Radio Tolvaren]). A cited claimant is also the frame's `claimant` (the
   * speaker of its words); the citing party is then only a relay. Absent when the text names no relay.
   */
  relayed?: { source: string; sourceSpan: Span; via: Relay[] };
  by: RuleId;
  /** The rule of the frame and the rules that read and resolved the claimant's words. */
  why: ClaimantWhy;
}

// ---------------------------------------------------------------------------------------------
// Cross-checking (src/compare): plain data that survives JSON.parse(JSON.stringify(x))
// ---------------------------------------------------------------------------------------------

/** A document as a comparison lists it. */
export interface DocumentRef {
  id: string;
  origin: string;
  outlet: string | null;
  published: IsoDate | null;
}

/**
 * Whether a figure counts everyone so far (`cumulative`: "the death toll has risen to", "since 3
 * March", "in total"), one incident (`incident`: "killed in Tuesday's strike"), or its sentence says
 * neither (`unmarked`). Series of different kinds are never mixed.
 */
export type SeriesKind = 'cumulative' | 'incident' | 'unmarked';

/** A stored figure as the comparisons use it, with its document and evidence. */
export interface FigurePoint {
  /** The figure's row id in the ledger. */
  figure: number;
  document: DocumentRef;
  /** The reprint story the document belongs to (see {@link Story}): points of one story are one report. */
  story: string;
  /** The document's version for its URL: 1, or 2 for the corrected story that replaced version 1. */
  version: number;
  metric: Metric;
  value: number;
  high: number | null;
  unit: Unit;
  qualifier: Qualifier;
  vague: boolean;
  who: string | null;
  asOf: IsoDate | null;
  asOfBasis: DateBasis | null;
  since: IsoDate | null;
  /** The claimant as written (the contract's `source`); null when the outlet states the figure in its own voice. */
  source: string | null;
  /** Who stands behind the number: the claimant's canonical name, else the outlet's (own voice). */
  claimantKey: string;
  kind: SeriesKind;
  /** The words that decided `kind` ("has risen to", "since"), or null for `unmarked`. */
  kindCue: string | null;
  /** The place or conflict the count covers, canonical, or null when nothing names one. */
  scope: string | null;
  /** Where the scope was read: the figure's sentence, the dateline, or elsewhere in the document. */
  scopeFrom: 'sentence' | 'dateline' | 'document' | null;
  /** The number as written, its span, and the sentence that states it. */
  evidence: { text: string; span: Span; sentence: Span; sentenceText: string };
}

/** Figures that count the same thing (metric, group, scope, kind), ordered by as-of date. */
export interface Series {
  /** `metric|group|scope|kind`, from canonical names: stable across runs and ledgers. */
  id: string;
  metric: Metric;
  group: string;
  scope: string | null;
  kind: SeriesKind;
  points: FigurePoint[];
  /** Distinct claimants (canonical), in order of first appearance. */
  claimants: string[];
  /** Independent reports among the points: distinct reprint stories. */
  stories: number;
}

/**
 * Two claims that count one series for (nearly) the same day and cannot both be true given their
 * qualifiers (`dispute`); or one claimant's cumulative count moving between two dates: up
 * (`update`) or down (`revision`).
 */
export interface Dispute {
  kind: 'dispute' | 'update' | 'revision';
  series: string;
  a: FigurePoint;
  b: FigurePoint;
  /** Days between the two as-of dates. */
  days: number;
  /** Why, in words: "20 and 25 cannot both be exact", "falls from 11 to 9". */
  reason: string;
  /** Other pairs of evidence (reprints, repeated figures) that say the same: same claimants, values and dates. */
  repeated: number;
}

/** A statement as the comparisons use it. */
export interface StatementPoint {
  statement: number;
  document: DocumentRef;
  story: string;
  kind: StatementKind;
  speaker: string | null;
  speakerKey: string | null;
  text: string;
  span: Span;
}

/** Statements by different speakers about one place in one date window, side by side. */
export interface CompetingAccounts {
  /** The place they are about (canonical). */
  place: string;
  from: IsoDate;
  to: IsoDate;
  /** Distinct speakers (canonical). */
  speakers: string[];
  statements: StatementPoint[];
}

/** One party on the way from the original claimant to the reader. */
export interface ChainLink {
  role: 'outlet' | 'agency' | 'relay' | 'claimant';
  name: string;
  /** Canonical name (alias file applied). */
  key: string;
  /** Where the text names it; null for the outlet and for an agency known from metadata only. */
  span: Span | null;
  cue: string | null;
}

/** How one claim reached the reader: outlet first, original claimant last. */
export interface AttributionChain {
  claim: { type: 'figure' | 'statement'; id: number; text: string; span: Span };
  document: DocumentRef;
  links: ChainLink[];
}

/** A reprint story: one original text and every copy of it in the ledger. */
export interface Story {
  /** The id of its earliest document (by publication date, then id). */
  story: string;
  documents: DocumentRef[];
}

/** Why two documents were put in one story. */
export interface ReprintLink {
  a: string;
  b: string;
  /** `text`: sentences aligned in order; `verbatim`: most five-word runs shared; `version`: a new version of one URL. */
  how: 'text' | 'verbatim' | 'version';
  /** Sentences aligned, near-verbatim sentences among them, and the share of the shorter text aligned. */
  aligned: number;
  nearVerbatim: number;
  coverage: number;
}

/** An outlet at a glance. */
export interface OutletProfile {
  outlet: string;
  documents: number;
  from: IsoDate | null;
  to: IsoDate | null;
  figures: number;
  /** Figures stated in its own voice (no claimant) and attributed. */
  ownVoice: number;
  attributed: number;
  /** ownVoice / figures, or null without figures. */
  ownVoiceShare: number | null;
  /** Claimants it cites (canonical), most cited first. */
  claimants: Array<{ name: string; figures: number; statements: number }>;
  /** Its documents in a story shared with another outlet. */
  reprints: number;
  reprintShare: number | null;
}

/** One outlet's words for one actor, mention by mention. */
export interface ActorTerms {
  actor: string;
  outlet: string;
  term: string;
  count: number;
  mentions: Array<{ document: string; span: Span; text: string }>;
}

/** A term distinctive of one outlet against all the others (weighted log-odds, informative Dirichlet prior). */
export interface DistinctiveTerm {
  outlet: string;
  term: string;
  /** The actor the term names, when it came from the actor table or an entity. */
  actor: string | null;
  count: number;
  /** Log-odds ratio (outlet vs the rest) and its z-score. */
  delta: number;
  z: number;
}
