import { ONE_TO_TEN } from '../../lexicon/index.js';

/**
 * Words and phrases around a reporting cue that are not part of the claimant or the content.
 * Lower case unless a comment says otherwise.
 */

/**
 * Words between a claimant and its verb: "Hamas has also said", "the army later confirmed",
 * "Israel on Monday said" (weekdays are added by the rule).
 */
export const BEFORE_CUE_FILLERS: ReadonlySet<string> = new Set([
  'also',
  'later',
  'earlier',
  'previously',
  'again',
  'repeatedly',
  'separately',
  'further',
  'then',
  'has',
  'had',
  'have',
  'once',
  'first',
  'initially',
  'subsequently',
  'publicly',
  'officially',
  'privately',
  'yesterday',
  'today',
  'tonight',
  'last',
  'night',
  'week',
  'on',
  'late',
  'early',
  'this',
  'morning',
  'evening',
  'afternoon',
  'just',
  'recently',
  'now',
  'only',
  'has also',
  'reportedly',
  'meanwhile',
  'however',
  'too',
  // "the source went on to say": refused elsewhere, "to" stands here only after "went on".
  'went',
  'goes',
  'to',
]);

/**
 * Nouns of the occasion after a verb: "said in a video statement", "says in the video",
 * "told reporters at a news conference". A phrase "in/at/during a|an|the (word) NOUN" is skipped.
 */
export const OCCASION_NOUNS: readonly string[] = [
  'statement',
  'video',
  'interview',
  'address',
  'speech',
  'briefing',
  'post',
  'message',
  'conference',
  'broadcast',
  'tweet',
  'communique',
  'communiqué',
  'letter',
  'report',
  'update',
  'call',
  'appearance',
  'session',
  'meeting',
  'sermon',
  'clip',
  'recording',
  'audio',
  'remarks',
  'comments',
  'bulletin',
  'summary',
  'release',
  'note',
  'rally',
  'visit',
  'hearing',
  'count',
  'tally',
  'toll',
  'figures',
  'assessment',
  'affidavit',
  'filing',
  'notice',
  'response',
];

/** Channels after "on", "via" or "by": "said on Telegram", "wrote on X", "said by phone". Case as written. */
export const CHANNELS: readonly string[] = [
  'Telegram',
  'X',
  'Twitter',
  'Facebook',
  'Instagram',
  'TikTok',
  'YouTube',
  'WhatsApp',
  'social media',
  'television',
  'state television',
  'state TV',
  'TV',
  'radio',
  'its website',
  'its Telegram channel',
  'the radio',
  'camera',
  'phone',
  'telephone',
  'email',
  'text message',
  'video link',
  'condition of anonymity',
  'website',
  'blog',
  'Facebook page',
  'Twitter account',
  // "in a post on its Facebook account, that …" (a Syrian quake report in news-dev; PolNeAR train
  // "on their Instagram account").
  'Facebook account',
  'Instagram account',
  'Telegram account',
  'account',
  'Telegram channel',
  'podcast',
];

/**
 * Finite-verb markers: reported content holding none of them and no "that" is a noun phrase
 * ("announced €5 million in aid", "declared three days of mourning"), not a reported clause.
 * Lower case.
 */
export const FINITE_MARKERS: ReadonlySet<string> = new Set([
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'will',
  'would',
  'could',
  'can',
  'may',
  'might',
  'must',
  'should',
  'did',
  'does',
  'do',
  'remain',
  'remains',
  'remained',
  'died',
  'killed',
  'wounded',
  'injured',
  'fled',
  'left',
  'reached',
  'rose',
  'stood',
  'stands',
  'continue',
  'continues',
  'continued',
  'need',
  'needs',
  'needed',
  'want',
  'wants',
  'intend',
  'intends',
  'plan',
  'plans',
  'planned',
  'began',
  'begun',
  'stopped',
  'struck',
  'hit',
  'shot',
  'fired',
  'launched',
  'destroyed',
  'captured',
  'took',
  'seized',
  'attacked',
  'targeted',
  'forced',
  'retreated',
  'withdrew',
  'advanced',
  'entered',
  'lost',
  'won',
  'failed',
  'refused',
  'agreed',
  // "adding satellite images showed fires there" (AFP copy in news-dev; PolNeAR train "said … showed").
  'showed',
]);

/**
 * Subject pronouns that open a reported clause when another word follows ("saying he still
 * disagreed", "told the AP they were leaning"), as written. "it" is left out: "announced it on
 * Monday" is an object.
 */
export const SUBJECT_PRONOUNS: readonly string[] = ['he', 'she', 'they', 'we', 'I', 'He', 'She', 'They', 'We'];

/** Times after a verb: "said late on Tuesday", "said last night", "said on Monday morning". */
export const TIME_WORDS: readonly string[] = [
  'late',
  'early',
  'earlier',
  'later',
  'yesterday',
  'today',
  'tonight',
  'last night',
  'last week',
  'this week',
  'last month',
  'this month',
  'last year',
  'this year',
  'this morning',
  'overnight',
  'afterwards',
  'again',
  'also',
  'too',
  'separately',
  'publicly',
  'privately',
  'morning',
  'evening',
  'afternoon',
  'night',
];

/**
 * First words after a reporting verb that open an adverbial, not a reported clause: "said in
 * Milwaukee", "said of the plan", "said when asked", "told a crowd …" is handled apart. A "that"
 * later in the sentence still opens the clause ("said in Milwaukee that …"). Lower case.
 */
export const NON_CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'in',
  'at',
  'on',
  'during',
  'with',
  'to',
  'of',
  'about',
  'after',
  'before',
  'when',
  'while',
  'without',
  'as',
  'ahead',
  'near',
  'for',
  'through',
  'following',
  'outside',
  'inside',
  'from',
  'by',
  'upon',
  'under',
  'amid',
  'since',
  'until',
  'later',
  'earlier',
  'afterward',
  'afterwards',
  'then',
  'once',
  'again',
  'repeatedly',
  'recently',
  'not',
  'only',
  'just',
  'too',
  'also',
]);

/**
 * Words of a quantity after an opener such as "about", "nearly" or "at": "said about 200 pupils
 * were missing", "said nearly half of the dead …" report a clause. Lower case.
 */
export const QUANTITY_WORDS: readonly string[] = [
  'half',
  'a third',
  'a quarter',
  'a dozen',
  ...ONE_TO_TEN,
  'a hundred',
  'a thousand',
  'dozens',
  'hundreds',
  'thousands',
  'a million',
  'all',
  'most',
];

/** Addressees after "told" without "that": "told reporters the army had …". */
export const ADDRESSEES: readonly string[] = [
  'reporters',
  'journalists',
  'the media',
  'the press',
  'a news conference',
  'a press conference',
  'lawmakers',
  'parliament',
  'the council',
  'the security council',
  'state media',
  'state television',
  'residents',
  'supporters',
  'the crowd',
  'troops',
  'soldiers',
];

/**
 * Words that end the stretch of text where a claimant can be: the claimant of "…, while the group
 * said" starts after "while".
 */
export const CLAUSE_BOUNDARIES: ReadonlySet<string> = new Set([
  'while',
  'whereas',
  'although',
  'though',
  'because',
  'after',
  'before',
  'when',
  'as',
  'since',
  'that',
  'but',
  'and',
  'where',
  'once',
  'until',
  'if',
  'even',
  'yet',
]);

/**
 * Boundaries that coordinate two reports, so the first report's content stops there:
 * "X said A, while Y said B" → A ends before ", while".
 */
export const COORDINATING_BOUNDARIES: ReadonlySet<string> = new Set([
  'while',
  'whereas',
  'although',
  'though',
  'but',
  'and',
  'yet',
]);

/**
 * Boundaries that, right after a comma, start a clause of their own: "X told Y that A, after local
 * media reported B" → A ends before ", after".
 */
export const SUBORDINATING_AFTER_COMMA: ReadonlySet<string> = new Set([
  'after',
  'before',
  'as',
  'when',
  'since',
  'because',
  'until',
  'once',
]);

/**
 * A span of time before "after" or "before" that, right after a comma, starts a clause of its own
 * like SUBORDINATING_AFTER_COMMA: "accused the militia of raiding the market, *a day after* its
 * own fighters shelled the town" — the raid is the accusation, the shelling the outlet's account
 * (PolNeAR train: predicates closed before ", hours after …" in Politico and Washington Post copy;
 * the project's example wire copy). The unit ends the span: ", a day after", ", two weeks before",
 * ", just hours after", ", shortly after".
 */
export const TIME_SPAN_LEADS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'just',
  'only',
  'barely',
  'some',
  'few',
  'several',
]);
export const TIME_SPAN_UNITS: ReadonlySet<string> = new Set([
  'minute',
  'minutes',
  'hour',
  'hours',
  'day',
  'days',
  'week',
  'weeks',
  'month',
  'months',
  'moments',
  'shortly',
  'soon',
]);

/**
 * Openings that introduce a sentence without being reported content: "In a statement, the army
 * said" / "Elsewhere in his remarks, …". A comma-separated segment before a claimant that starts
 * with one of these is not the content of a "CLAUSE, X said" frame.
 */
export const INTRO_OPENERS: ReadonlySet<string> = new Set([
  'in',
  'on',
  'at',
  'earlier',
  'later',
  'meanwhile',
  'elsewhere',
  'speaking',
  'separately',
  'however',
  'yesterday',
  'today',
  'last',
  'also',
  'asked',
  'responding',
  'writing',
  'but',
  'and',
  'still',
  'instead',
  'then',
  'now',
  'since',
  'during',
  'after',
  'before',
  'overnight',
  'again',
  'for',
  'of',
  'by',
  'from',
  'with',
  'according',
  'indeed',
  'moreover',
  'furthermore',
  'finally',
]);

/** Appositive openers that are not a role: "the UN, citing the health ministry, said". */
export const NON_ROLE_APPOSITIVES: ReadonlySet<string> = new Set([
  'citing',
  'quoting',
  'speaking',
  'in',
  'on',
  'at',
  'who',
  'which',
  'asked',
  'responding',
  'writing',
  'referring',
  'addressing',
  'echoing',
  'however',
  'meanwhile',
  'too',
  'also',
  'for',
  'like',
  'unlike',
  'though',
  'echoing',
  'according',
]);

/**
 * Relative words that stand for a gap in the clause a claimant reports when a claimant sits between
 * them and the cue: "the strike, which the ministry said killed 12" (the subject), "what researchers
 * say they need" (the object), "a man who police say fled". Lower case. Not "whose": "a man whose
 * lawyer said …" names the claimant with it.
 */
export const GAP_RELATIVES: ReadonlySet<string> = new Set(['which', 'what', 'who', 'whom']);

/**
 * First words after a cue that open no clause reported through a gap relative: "which he has denied
 * and which …", "what a partner told him and his associates to do". Lower case.
 */
export const GAP_CLAUSE_NON_OPENERS: ReadonlySet<string> = new Set(['and', 'or', 'but', 'nor', 'to']);

/** Relative openers kept as a role, verbatim: "Abu Hamza, who speaks for the al-Quds Brigades, said". */
export const ROLE_RELATIVES: ReadonlySet<string> = new Set(['who']);

/** Leading words stripped off a claimant phrase: "But Hamas said" → "Hamas". Lower case. */
export const LEADING_CONNECTIVES: ReadonlySet<string> = new Set([
  'but',
  'and',
  'yet',
  'so',
  'meanwhile',
  'however',
  'still',
  'instead',
  'now',
  'then',
  'also',
  'separately',
  'later',
  'earlier',
  'elsewhere',
  'indeed',
  'moreover',
  'furthermore',
  'finally',
]);
