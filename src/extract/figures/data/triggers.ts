import type { Metric } from '../../../model.js';

/**
 * Trigger words of test/corpus/GUIDELINES.md, by the place they take around a count. All lower
 * case; multi-word phrases are matched token by token ("lost their lives").
 */

const DIRECTIONS = ['south', 'north', 'east', 'west', 'southward', 'southwards', 'northward', 'northwards'];
// "11 people were taken to hospital", "13 were treated for injuries" ("13 people had suffered
// mostly minor injuries" is a shape of its own: find-trigger.ts injuriesSuffered)
const HOSPITAL_PHRASES = [
  'taken to hospital',
  'taken to hospitals',
  'taken to the hospital',
  'rushed to hospital',
  'rushed to the hospital',
  'hospitalised',
  'hospitalized',
  'treated for injuries',
  'treated for wounds',
];
// "11 were still in hospital on Saturday": people being treated are wounded (after a verb only:
// "hostages in hospital" names a place). "in critical condition" is a shape of its own
// (find-trigger.ts inCondition), read right after the count too.
const IN_CARE_PHRASES = ['in hospital', 'in intensive care'];
const MOVING = [
  'moving',
  'moved',
  'heading',
  'headed',
  'walking',
  'walked',
  'streaming',
  'streamed',
  'trekking',
  'fleeing',
];

/**
 * Words after a count (and its group and any auxiliaries) that say what happened to it:
 * "10,569 people had been *killed*", "33 soldiers *died*", "thousands *flee*", "12 *dead*",
 * "N remain *missing*", "thousands were *moving south*".
 */
export const AFTER_COUNT: ReadonlyArray<readonly [string, Metric]> = [
  ...[
    'killed',
    'dead',
    'died',
    'die',
    'dies',
    'dying',
    'slain',
    'murdered',
    'executed',
    'shot dead',
    'lost their lives',
    'perished',
    'massacred',
    'confirmed dead',
    'martyred',
    'assassinated',
    'slaughtered',
    'beheaded',
    'shot to death',
    'stabbed to death',
    'beaten to death',
    'burned to death',
    'hacked to death',
    'gunned down',
    'left dead',
    'declared dead',
    'among the dead',
    'among those killed',
    'among the killed',
    'among the victims',
    'among the fatalities',
    // army communiqués: "12 militants were neutralised", "four soldiers embraced martyrdom",
    // "four terrorists were sent to hell" (news-dev: Xinhua on Niger's army, Suchtv on ISPR; and
    // ISPR and Indian Army reports reprinted by other outlets)
    'neutralized',
    'neutralised',
    'eliminated',
    'embraced martyrdom',
    'sent to hell',
    // "three rangers embraced Shahadat", the same word in Urdu (The News and DNA News on ISPR
    // statements; Dawn glosses it "(martyrdom)")
    'embraced shahadat',
    // a headline's present: "Three Rangers Embrace Martyrdom" (UrduPoint)
    'embrace martyrdom',
    'embrace shahadat',
    // "five constables laid down their lives", "40 guards sacrificed their life", "212 staff gave
    // their lives in the line of duty" (Xinhua on Punjab, India Live Today on Kashmir, an IDMC
    // copy of a US letter) — GUIDELINES.md: "lost their lives" is killed; these say the same
    'laid down their lives',
    'laid down their life',
    'gave their lives',
    'sacrificed their lives',
    'sacrificed their life',
    // "three more succumbed to their injuries", "with one more succumbing", "four of them later
    // succumbed": the wounded who died (Outlook, Deccan Herald, Rising Kashmir, Greater Kashmir,
    // ETV Bharat, DT Next: hospital updates of a toll); the verb alone is written for it too
    'succumbed',
    'succumbing',
    'succumb',
    'succumbs',
    // "five deckhands drowned", "her brother and six other people drowned" (AP and The New York
    // Times on a boat from Cuba, TempEval-3 TimeBank)
    'drowned',
    // "six of the eight trapped workers were found dead", "three hikers were found dead" (IDMC copy
    // on a Chinese mine; Guyana Times on a kidnapping in Mexico)
    'found dead',
  ].map((w) => [w, 'killed'] as const),
  ...[
    'injured',
    'wounded',
    'hurt',
    'maimed',
    'among the injured',
    'among the wounded',
    'among those injured',
    'among those wounded',
    'left injured',
    'left wounded',
    ...HOSPITAL_PHRASES,
    ...IN_CARE_PHRASES,
    // "14 patients are under treatment", "thirty patients are still undergoing treatment at the
    // clinic" (ETV Bharat on Jaipur, The Daily Star on Gazipur): in hospital after the event, as
    // "hospitalised" is
    'under treatment',
    'undergoing treatment',
  ].map((w) => [w, 'injured'] as const),
  ...[
    'displaced',
    'uprooted',
    'homeless',
    'made homeless',
    'forced from their homes',
    'forced out of their homes',
    'driven from their homes',
    'forced to leave their homes',
    'sheltering',
    'internally displaced',
    'driven from',
    'driven out of',
    'left homeless',
    'deported',
    'in relief camps',
    'in displacement camps',
    'in camps',
    'living in relief camps',
    'living in camps',
    'living in tents',
    'in shelters',
    'among the displaced',
    // "2,000 civilians had sought shelter at the base", "74 percent are still in evacuation
    // centres" (news-dev: Asbarez on Karabakh, ReliefWeb on the Philippines)
    'sought shelter',
    'sought refuge',
    'took shelter',
    'took refuge',
    'taken shelter',
    'taken refuge',
    'found shelter',
    'in evacuation centers',
    'in evacuation centres',
  ].map((w) => [w, 'displaced'] as const),
  ...[
    'abducted',
    'kidnapped',
    'taken hostage',
    'held hostage',
    'taken captive',
    'held captive',
    'hostage',
    'captive',
    'held in captivity',
    'in captivity',
    'among the hostages',
    'among those abducted',
    'still held',
    'still being held',
    'holds hostage',
    'hold hostage',
    'holds captive',
    'hold captive',
  ].map((w) => [w, 'captive'] as const),
  ...[
    'arrested',
    'detained',
    'in custody',
    'taken prisoner',
    'taken into custody',
    'rounded up',
    'jailed',
    'imprisoned',
    'prisoner',
  ].map((w) => [w, 'detained'] as const),
  ...[
    'missing',
    'unaccounted for',
    'under the rubble',
    'trapped under the rubble',
    'buried under the rubble',
    'buried under rubble',
    'under rubble',
    'listed as missing',
    'classified as missing',
    'declared missing',
    'among the missing',
    // "nine fishermen went missing when their boats capsized", "rescued six divers while two went
    // missing" (The Indian Express on the Bay of Bengal, Hindustan Times on Gorai; The Hindu on
    // Munambam)
    'went missing',
    'gone missing',
  ].map((w) => [w, 'missing'] as const),
  ...[
    'fled',
    'flee',
    'flees',
    'fleeing',
    'escaped',
    'crossed into',
    'cross into',
    'crossing into',
    'crossed the border',
    'evacuated',
    'left the city',
    'left their homes',
    'have left',
    'on the move',
    'relocated',
    'moved to safety',
    'moved to safer places',
    "moved out of harm's way",
    ...MOVING.flatMap((m) =>
      [...DIRECTIONS, 'from the north', 'from the south', 'from the east', 'from the west'].map((d) => `${m} ${d}`),
    ),
  ].map((w) => [w, 'fled'] as const),
];

/**
 * Verbs and nouns right before a count: "*killed* 12", "*killing* at least 40", "Strike *kills* 12",
 * "*abducted* 276 students", "*arrested* 40", "the *deaths of* 12 people".
 */
export const BEFORE_COUNT: ReadonlyArray<readonly [string, Metric]> = [
  ...[
    'kill',
    'kills',
    'killed',
    'killing',
    'claimed the lives of',
    'claiming the lives of',
    'claims the lives of',
    'deaths of',
    'death of',
    'killing of',
    'killings of',
    'bodies of',
    'corpses of',
    'massacred',
    'executed',
    // "militants executing 25 captives", "the beheadings of 21 hostages": the group noun's own
    // metric is not theirs any more (IDMC kili, a CNN timeline, read as 25 captive; AP copy
    // reprinted by Hot Air on Libya, read as 21 captive; AFP via Ahram, "beheadings of at least 15
    // men", and an IBT report, "beheaded three young men", gave no figure)
    'executing',
    'executes',
    'beheaded',
    'beheading',
    'beheads',
    'beheading of',
    'beheadings of',
    'shot dead',
    'left dead',
    'murder',
    'murders',
    'murdered',
    'murdering',
    'assassinate',
    'assassinates',
    'assassinated',
    'assassinating',
    'slaughtered',
    'slaughtering',
    'massacring',
    'assassination of',
    'assassinations of',
    'massacre of',
    'massacres of',
    'murder of',
    'murders of',
    'slaying of',
    'slayings of',
    'execution of',
    'executions of',
    'slaughter of',
    // "led to the martyrdom of three guards", "resulting in Shahadat of five sepoys", "grief over
    // the Shahadat of two soldiers" (Pakistan Standard, Dawn, UrduPoint, The News on ISPR
    // statements)
    'martyrdom of',
    'shahadat of',
  ].map((w) => [w, 'killed'] as const),
  ...[
    'wound',
    'wounds',
    'wounded',
    'wounding',
    'injure',
    'injures',
    'injured',
    'injuring',
    'hurt',
    'hurting',
    'maiming',
    'maim',
    'maims',
    'maimed',
    'injury of',
    'injuries to',
    'wounding of',
  ].map((w) => [w, 'injured'] as const),
  ...['displace', 'displaces', 'displaced', 'displacing', 'uprooted', 'uprooting'].map(
    (w) => [w, 'displaced'] as const,
  ),
  ...[
    'abduct',
    'abducts',
    'abducted',
    'abducting',
    'kidnap',
    'kidnaps',
    'kidnapped',
    'kidnapping',
    'captured',
    'capturing',
    'abduction of',
    'kidnapping of',
    'holding',
    'still holding',
  ].map((w) => [w, 'captive'] as const),
  ...[
    'arrest',
    'arrests',
    'arrested',
    'arresting',
    'detain',
    'detains',
    'detained',
    'detaining',
    'rounded up',
    'rounding up',
    'jailed',
    'arrest of',
    'detention of',
  ].map((w) => [w, 'detained'] as const),
  ...['evacuate', 'evacuates', 'evacuated', 'evacuating', 'evacuation of', 'relocated', 'relocating'].map(
    (w) => [w, 'fled'] as const,
  ),
];

/**
 * Nouns that are both the counted group and its metric: "240 *hostages*", "N *detainees*".
 * The group keeps the noun: who = "hostages".
 */
export const GROUP_NOUNS: ReadonlyMap<string, Metric> = new Map([
  ['hostages', 'captive'],
  ['captives', 'captive'],
  ['abductees', 'captive'],
  ['detainees', 'detained'],
  ['prisoners', 'detained'],
  ['evacuees', 'fled'],
  ['martyrs', 'killed'],
]);

/**
 * Nouns or adjectives after a count that name the event, not the group: "1,200 *deaths*",
 * "12 *dead*", "N *displaced*". The group is not named: who = null.
 */
export const EVENT_WORDS: ReadonlyMap<string, Metric> = new Map([
  ['deaths', 'killed'],
  ['fatalities', 'killed'],
  ['dead', 'killed'],
  ['killed', 'killed'],
  ['bodies', 'killed'],
  ['corpses', 'killed'],
  ['injuries', 'injured'],
  ['injured', 'injured'],
  ['wounded', 'injured'],
  ['displaced', 'displaced'],
  ['missing', 'missing'],
  ['arrests', 'detained'],
  ['abductions', 'captive'],
]);

/** The nouns among EVENT_WORDS, which a describing word may precede: "12 civilian *deaths*" (not "12 civilian dead"). */
export const EVENT_NOUNS: ReadonlySet<string> = new Set([
  'deaths',
  'fatalities',
  'bodies',
  'corpses',
  'injuries',
  'arrests',
  'abductions',
]);

/**
 * Adjectives that may stand before the group and give the metric: "2 million *displaced* people",
 * "40 *wounded* soldiers". The group keeps the adjective: who = "displaced people".
 */
export const ATTRIBUTIVE: ReadonlyMap<string, Metric> = new Map([
  ['displaced', 'displaced'],
  ['wounded', 'injured'],
  ['injured', 'injured'],
  ['dead', 'killed'],
  ['missing', 'missing'],
  ['abducted', 'captive'],
  ['kidnapped', 'captive'],
  ['detained', 'detained'],
  ['arrested', 'detained'],
  ['uprooted', 'displaced'],
  ['homeless', 'displaced'],
  ['fleeing', 'fled'],
  ['murdered', 'killed'],
  ['slain', 'killed'],
  ['executed', 'killed'],
]);

/** Words before "toll" that change its metric: "injury toll". "casualty toll" mixes metrics: no figure. */
export const TOLL_MODIFIERS: ReadonlyMap<string, Metric | null> = new Map([
  ['death', 'killed'],
  ['injury', 'injured'],
  ['casualty', null],
  ['casualties', null],
]);

/**
 * Words that link a tally to its value: "the toll *rose to* N", "*stood at* N", "a toll *of* N",
 * "*raising* the toll *to* N", "the toll *has now climbed past* N".
 */
export const TOLL_LINKS: ReadonlySet<string> = new Set([
  'rose',
  'risen',
  'rises',
  'rising',
  'climbed',
  'climbs',
  'climbing',
  'reached',
  'reaches',
  'reaching',
  'hit',
  'hits',
  'stood',
  'stands',
  'standing',
  'is',
  'was',
  'are',
  'were',
  'has',
  'had',
  'have',
  'now',
  'to',
  'at',
  'of',
  'increased',
  'jumped',
  'surged',
  'passed',
  'topped',
  'grew',
  'soared',
  'past',
  'put',
  'puts',
  'putting',
  'reported',
  'overall',
  'total',
  'official',
  'latest',
  'new',
  'already',
  'since',
  'then',
  'been',
  'further',
  'passes',
  'passing',
  'exceeds',
  'exceeded',
  'tops',
  'surpassed',
  'surpasses',
  'probably',
  'likely',
  'around',
  'revised',
  'raised',
  'raises',
  'brought',
  'bringing',
  'brings',
  'climb',
  'rise',
  'reach',
  // "the death toll so far stands at 5,000", "the number released had been updated to 58"
  'so',
  'far',
  'updated',
  // "the death toll has gone up to eleven" (rediff on Kashmir; AFP via The Manila Times on a
  // cyclone); the number stage reads "up to" as its bound (find-trigger.ts)
  'gone',
  'went',
  // "revised the death toll down to 253", "the toll was revised downward to 45": a toll cut is
  // its value too (AFP via ABC on an earthquake's census, a Sri Lankan toll in two outlets, a
  // Philippine storm in Philstar); the earlier value after "from" is a revision, not a figure
  'down',
  'downward',
]);

/** Prepositions that may follow "toll" before its link: "the death toll *from* the quake rose to N". */
export const TOLL_PREPOSITIONS: ReadonlySet<string> = new Set(['from', 'in', 'of', 'on', 'among', 'across', 'since']);

/**
 * Triggers split around the count: a verb before it and a phrase after its group — "*forced* tens
 * of thousands of people *from their homes*", "*driven* millions *from their homes*".
 */
export const SPLIT_TRIGGERS: ReadonlyArray<{ before: ReadonlySet<string>; after: readonly string[]; metric: Metric }> =
  [
    {
      before: new Set([
        'forced',
        'forces',
        'forcing',
        'force',
        'driven',
        'drove',
        'drives',
        'driving',
        'drive',
        'pushed',
        'pushing',
        'uprooted',
      ]),
      after: [
        'from their homes',
        'out of their homes',
        'from their houses',
        'to flee',
        'from the city',
        'from their villages',
        'to evacuate',
        'to leave their homes',
        'to abandon their homes',
      ],
      metric: 'displaced',
    },
    // "the soldiers sent three terrorists to hell" (news-dev: Suchtv on ISPR; ISPR statements
    // reprinted by other Pakistani outlets)
    { before: new Set(['sent', 'sending']), after: ['to hell'], metric: 'killed' },
  ];

/**
 * Verbs and nouns before a count that count people killed only when the count names people (or
 * points back to them): "*eliminated* five of the terrorists", "*neutralised* 12 militants" — not
 * "eliminated 12 positions" (news-dev: Premium Times on the Nigerian army, Xinhua on Niger's army;
 * Indian Army and ISPR reports reprinted elsewhere).
 */
export const ARMY_VERBS_BEFORE: ReadonlyArray<readonly [string, Metric]> = [
  'neutralized',
  'neutralised',
  'neutralizing',
  'neutralising',
  'eliminated',
  'eliminating',
].map((w) => [w, 'killed'] as const);

/**
 * Verbs and nouns before a count that count people killed only when a people group is named
 * after the count: "the military *destroyed* 43 terrorists", "the army *mourned the loss of* five
 * soldiers" — not "destroyed 40 tanks" (news-dev: the Russian defence ministry via TASS, Xinhua on
 * Niger's army; Russian and Ukrainian defence ministry reports alike). A bare "lost 480
 * servicemen" in a defence ministry's tally counts losses, killed and wounded together: no figure.
 */
export const LOSS_VERBS_BEFORE: ReadonlyArray<readonly [string, Metric]> = [
  'destroyed',
  'destroying',
  'mourned the loss of',
  'mourns the loss of',
  'mourning the loss of',
].map((w) => [w, 'killed'] as const);

/**
 * Verbs of losing that count the dead only when the people lost are kin: "he *lost* 12 relatives",
 * "she *lost* three sons" (news-dev: AFP on Herat; WikiEvents and corpus survivors' accounts).
 */
export const KIN_LOSS_VERBS: ReadonlySet<string> = new Set(['lost', 'losing', 'loses']);

/** Kin, whose loss is their death: "lost 12 *relatives*". */
export const KIN_NOUNS: ReadonlySet<string> = new Set([
  'relatives',
  'sons',
  'daughters',
  'children',
  'brothers',
  'sisters',
  'parents',
  'grandchildren',
  'cousins',
  'nephews',
  'nieces',
  'uncles',
  'aunts',
]);

/** Verbs of suffering an injury: "13 people *suffered* mostly minor injuries", "an officer *sustained* gunshot wounds". */
export const SUFFER_VERBS: ReadonlySet<string> = new Set([
  'suffered',
  'suffering',
  'suffers',
  'sustained',
  'sustaining',
  'sustains',
  'received',
]);

/** Words of degree or kind between a verb of suffering and the injuries: "suffered *mostly minor* injuries", "*light to moderate shrapnel* wounds". */
export const INJURY_DEGREES: ReadonlySet<string> = new Set([
  'minor',
  'slight',
  'light',
  'moderate',
  'serious',
  'severe',
  'critical',
  'grave',
  'life-threatening',
  'life',
  'threatening',
  'mostly',
  'very',
  'relatively',
  'to',
  'multiple',
  'various',
  'shrapnel',
  'gunshot',
  'bullet',
  'burn',
  'head',
]);

/** The injuries suffered: "sustained slight *injuries*", "suffered light to moderate shrapnel *wounds*". */
export const INJURY_NOUNS: ReadonlySet<string> = new Set(['injuries', 'injury', 'wounds', 'wound', 'burns']);

/**
 * How a patient is: "three remain in critical *condition*", "1,220 in serious *condition*" — the
 * patients are wounded. "in good condition" says nothing of wounds.
 */
export const CONDITION_DEGREES: ReadonlySet<string> = new Set([
  'critical',
  'serious',
  'grave',
  'severe',
  'stable',
  'mild',
  'moderate',
  'poor',
  'life-threatening',
  'threatening',
]);

/** The noun closing such a phrase: "in critical *condition*", "in a serious *state*". */
export const CONDITION_NOUNS: ReadonlySet<string> = new Set(['condition', 'conditions', 'state']);

/** Tally links that say the tally went beyond the count: "the death toll *passes* 1,000" → more than 1,000. */
export const TOLL_PASSES: ReadonlySet<string> = new Set([
  'passes',
  'passed',
  'passing',
  'exceeds',
  'exceeded',
  'tops',
  'topped',
  'surpassed',
  'surpasses',
]);

/**
 * Verbs that make a breakdown of a tally named before them: "the dead *included* two men", "the
 * toll *includes* 14 officers", "those killed *include* four children".
 */
export const TALLY_INCLUDES: ReadonlySet<string> = new Set(['include', 'includes', 'included', 'including']);

/**
 * Words that name a tally's metric only inside a tally ("the number who *left*"): alone after a
 * count they say nothing ("12 left the meeting").
 */
export const TALLY_ONLY_WORDS: ReadonlyMap<string, Metric> = new Map([
  ['left', 'fled'],
  ['leaving', 'fled'],
  ['evacuated', 'fled'],
]);

/**
 * Verbs of freeing people from captivity: "42 people were *released* on Saturday", "troops
 * *rescued* 78 persons", "the number of people *freed* rose to 58". The people freed were captives
 * (news-dev: AP on Culiacán, Premium Times on the Nigerian army; the corpus counts "freed 61
 * civilians held captive" alike), but the same words free prisoners or save people from rubble,
 * so they count captives only in a report of captivity (find-trigger.ts freedCount). Before the
 * count the verb's other forms count too ("*rescuing* 16 villagers").
 */
export const FREEING_VERBS: ReadonlySet<string> = new Set(['released', 'freed', 'rescued', 'liberated']);
export const FREEING_VERBS_BEFORE: ReadonlySet<string> = new Set([
  ...FREEING_VERBS,
  'releasing',
  'releases',
  'freeing',
  'frees',
  'rescuing',
  'rescues',
  'liberating',
  'liberates',
]);

/**
 * Words after a tally noun that open the clause naming what it counts: "the number *who* left",
 * "the number *of* people killed", "the total *that* fled".
 */
export const TALLY_OPENERS: ReadonlySet<string> = new Set(['of', 'who', 'that', 'which']);

/**
 * Determiners that make a tally noun point back to a figure named before: "revised *that* figure to
 * 14", "raised *the* tally to 60". Its metric is that figure's.
 */
export const TALLY_BACK_DETERMINERS: ReadonlySet<string> = new Set([
  'that',
  'this',
  'the',
  'its',
  'their',
  'his',
  'her',
]);

/**
 * Verbs of leaving a place: with a place name after them ("tourists *left* Marrakech's old city",
 * "residents *abandoned* the town") a count of people fled.
 */
export const LEAVE_VERBS: ReadonlySet<string> = new Set(['left', 'leave', 'leaving', 'abandoned', 'deserted', 'quit']);

/** Nouns of places: "left *the city*", "abandoned *their village*", "9,000 of them in Kestrel *province*". */
export const PLACE_NOUNS: ReadonlySet<string> = new Set([
  'city',
  'town',
  'village',
  'villages',
  'area',
  'region',
  'country',
  'enclave',
  'district',
  'province',
  'capital',
  'neighbourhood',
  'neighborhood',
  'camp',
  'homes',
  'houses',
  'home',
  'island',
  'valley',
  'strip',
]);

/**
 * Verbs of living somewhere with a counted shelter after them: "people were *living in* 349 relief
 * camps" — the people are displaced, the camps are no figure.
 */
export const SHELTER_VERBS: ReadonlySet<string> = new Set([
  'living',
  'sheltering',
  'staying',
  'housed',
  'sleeping',
  'crammed',
]);

/**
 * Verbs of a shelter holding people, before the count: "the camp, which *housed* at least 400,000
 * people", "a school *sheltering* 2,000 people" (find-trigger.ts shelterHolds).
 */
export const HOUSING_VERBS: ReadonlySet<string> = new Set([
  'housed',
  'houses',
  'housing',
  'hosts',
  'hosted',
  'hosting',
  'shelters',
  'sheltered',
  'sheltering',
]);

/**
 * Words that may describe the shelters people stay in: "were still in *emergency* shelters",
 * "remain in *school-based* shelters" (find-trigger.ts inShelters) — not "bomb shelters", where
 * people hide from a strike.
 */
export const SHELTER_MODIFIERS: ReadonlySet<string> = new Set([
  'emergency',
  'temporary',
  'makeshift',
  'relief',
  'evacuation',
  'government',
  'school',
  'based',
  '-',
]);

/** Shelters for the displaced: "living in 349 relief *camps*", "sheltering in 80 *schools*". */
export const SHELTER_NOUNS: ReadonlySet<string> = new Set([
  'camps',
  'camp',
  'shelters',
  'tents',
  'schools',
  'sites',
  'centres',
  'centers',
]);

/** Words between a shelter and its verb: "the camp*, which is already* hosting", "camps *that now* house". */
export const SHELTER_VERB_LEAD: ReadonlySet<string> = new Set([
  ',',
  'which',
  'that',
  'is',
  'was',
  'are',
  'were',
  'already',
  'now',
  'still',
  'currently',
]);

/** Verbs of keeping people somewhere: "150 women *held* in its prisons", "*kept* in captivity". */
export const HELD_VERBS: ReadonlySet<string> = new Set([
  'held',
  'kept',
  'jailed',
  'imprisoned',
  'locked',
  'languishing',
]);

/** Verbs of taking people away: "222 people were *taken* into Gaza as hostages". */
export const TAKING_VERBS: ReadonlySet<string> = new Set(['taken', 'seized', 'carried', 'dragged', 'led', 'marched']);

/**
 * Where or as what people are held, and the metric: "in Russian *captivity*", "as *hostages*",
 * "in its *prisons*".
 */
export const CUSTODY_NOUNS: ReadonlyMap<string, Metric> = new Map([
  ['captivity', 'captive'],
  ['hostage', 'captive'],
  ['hostages', 'captive'],
  ['captives', 'captive'],
  ['captive', 'captive'],
  ['prison', 'detained'],
  ['prisons', 'detained'],
  ['jail', 'detained'],
  ['jails', 'detained'],
  ['custody', 'detained'],
  ['detention', 'detained'],
  ['prisoners', 'detained'],
  ['prisoner', 'detained'],
]);

/**
 * Trigger verbs that also take an object: right after a count and followed by one ("Four gunmen
 * *murdered* the mayor"), the count is of the agents, not the victims.
 */
export const AGENT_VERBS: ReadonlySet<string> = new Set([
  'killed',
  'drowned',
  'murdered',
  'executed',
  'massacred',
  'slain',
  'assassinated',
  'slaughtered',
  'beheaded',
  'relocated',
  'neutralized',
  'neutralised',
  'eliminated',
  'wounded',
  'injured',
  'hurt',
  'maimed',
  'abducted',
  'kidnapped',
  'arrested',
  'detained',
  'jailed',
  'imprisoned',
  'deported',
  'evacuated',
  'displaced',
  'uprooted',
]);

/**
 * Trigger phrases of several words that also take an object: "Five gunmen *shot to death* a
 * watchman" counts the gunmen, not the dead ("five villagers shot to death" keeps its count).
 */
export const AGENT_PHRASES: ReadonlySet<string> = new Set([
  'shot dead',
  'shot to death',
  'stabbed to death',
  'beaten to death',
  'hacked to death',
  'burned to death',
  'gunned down',
]);

/** Words that open the object of such a verb: "killed *the* mayor", "wounded *several* bystanders". */
export const OBJECT_STARTS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'his',
  'her',
  'their',
  'its',
  'our',
  'several',
  'many',
  'dozens',
  'hundreds',
  'thousands',
  'scores',
  'him',
  'them',
  'us',
  'me',
  'another',
]);

/**
 * Words that open such an object only before a number: "killed *at* least 12", "wounded *over* 40"
 * — not "kidnapped *over* the same period".
 */
export const OBJECT_QUALIFIERS: ReadonlySet<string> = new Set([
  'at',
  'more',
  'over',
  'nearly',
  'about',
  'around',
  'almost',
  'up',
  'some',
]);

/**
 * Verbs of intent or threat before "to" and a trigger: "threatened *to kill* 10 judges", "vowed to
 * arrest 50": nobody has been killed or arrested yet, so the count is no figure.
 */
export const INTENT_VERBS: ReadonlySet<string> = new Set([
  'threatened',
  'threatening',
  'threatens',
  'threaten',
  'threat',
  'threats',
  'vowed',
  'vowing',
  'vows',
  'vow',
  'swore',
  'sworn',
  'swear',
  'pledged',
  'promised',
  'plans',
  'planned',
  'planning',
  'plan',
  'plot',
  'plotted',
  'plotting',
  'intends',
  'intended',
  'intend',
  'tried',
  'trying',
  'try',
  'attempted',
  'attempting',
  'attempt',
  'wants',
  'wanted',
  'want',
  'sought',
  'seeking',
  'seeks',
  'aims',
  'aimed',
  'aiming',
  'order',
  'orders',
  'ordered',
  'warned',
  'enough',
  'able',
  'ready',
  'prepared',
  'preparing',
  'going',
  'expected',
  'likely',
]);

/**
 * Modals that make "have" and a trigger after them a counterfactual: "it *would* have killed 5,000
 * people" — nobody was. ("may have killed 40" is an estimate, and stays a figure.)
 */
export const COUNTERFACTUAL_MODALS: ReadonlySet<string> = new Set(['would', "'d"]);

/**
 * Verbs whose object "N lives" is a death toll: "the floods have *claimed* 40 lives", "the bombs
 * *claimed* the nine lives", "the war *cost* 3,000 lives".
 */
export const LIFE_TAKING_VERBS: ReadonlySet<string> = new Set([
  'claim',
  'claims',
  'claimed',
  'claiming',
  'take',
  'takes',
  'took',
  'taken',
  'taking',
  'cost',
  'costs',
  'costing',
  'lose',
  'lost',
  'losing',
  'sacrificed',
]);

/** The noun of such a toll: "40 *lives*". */
export const LIFE_NOUNS: ReadonlySet<string> = new Set(['lives']);

/**
 * Triggers that may follow a group's "of" phrase directly, without an auxiliary: "16 members of the
 * village defence committee *died*". Only verbs that take no object, so the phrase cannot be their
 * subject's object ("12 members of the unit killed ..." is left alone).
 */
export const INTRANSITIVE_TRIGGERS: ReadonlySet<string> = new Set(['died', 'perished', 'fled', 'escaped']);

/** Modal verbs before a trigger: "could kill 40", "will evacuate 2,000": no figure yet. */
export const MODALS: ReadonlySet<string> = new Set([
  'will',
  'would',
  'could',
  'might',
  'may',
  'can',
  'shall',
  'should',
  'must',
  "'ll",
]);
