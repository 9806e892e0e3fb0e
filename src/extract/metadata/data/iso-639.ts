/**
 * ISO 639-3 codes that franc returns, mapped to ISO 639-1 (the contract's `language`). Languages
 * without a two-letter code are not listed; the stage then keeps the three-letter code.
 */
export const ISO_639_3_TO_1: ReadonlyMap<string, string> = new Map([
  ['eng', 'en'], ['fra', 'fr'], ['deu', 'de'], ['spa', 'es'], ['por', 'pt'], ['ita', 'it'], ['nld', 'nl'],
  ['arb', 'ar'], ['ara', 'ar'], ['heb', 'he'], ['rus', 'ru'], ['ukr', 'uk'], ['bel', 'be'], ['pol', 'pl'],
  ['ces', 'cs'], ['slk', 'sk'], ['slv', 'sl'], ['hrv', 'hr'], ['srp', 'sr'], ['bos', 'bs'], ['bul', 'bg'],
  ['mkd', 'mk'], ['ron', 'ro'], ['hun', 'hu'], ['ell', 'el'], ['tur', 'tr'], ['azj', 'az'], ['aze', 'az'],
  ['hye', 'hy'], ['kat', 'ka'], ['pes', 'fa'], ['fas', 'fa'], ['prs', 'fa'], ['urd', 'ur'], ['hin', 'hi'],
  ['ben', 'bn'], ['pan', 'pa'], ['tam', 'ta'], ['tel', 'te'], ['mar', 'mr'], ['guj', 'gu'], ['npi', 'ne'],
  ['sin', 'si'], ['pbu', 'ps'], ['pus', 'ps'], ['kmr', 'ku'], ['ckb', 'ku'], ['cmn', 'zh'], ['zho', 'zh'],
  ['jpn', 'ja'], ['kor', 'ko'], ['vie', 'vi'], ['tha', 'th'], ['ind', 'id'], ['zlm', 'ms'], ['msa', 'ms'],
  ['tgl', 'tl'], ['swh', 'sw'], ['swa', 'sw'], ['amh', 'am'], ['som', 'so'], ['hau', 'ha'], ['yor', 'yo'],
  ['ibo', 'ig'], ['zul', 'zu'], ['xho', 'xh'], ['afr', 'af'], ['swe', 'sv'], ['nob', 'nb'], ['nno', 'nn'],
  ['dan', 'da'], ['fin', 'fi'], ['est', 'et'], ['lvs', 'lv'], ['lav', 'lv'], ['lit', 'lt'], ['cat', 'ca'],
  ['glg', 'gl'], ['eus', 'eu'], ['gle', 'ga'], ['cym', 'cy'], ['sqi', 'sq'], ['als', 'sq'], ['uzn', 'uz'],
  ['kaz', 'kk'], ['kir', 'ky'], ['tgk', 'tg'], ['tuk', 'tk'], ['mon', 'mn'], ['khk', 'mn'], ['mya', 'my'],
  ['khm', 'km'], ['lao', 'lo'], ['tir', 'ti'], ['kin', 'rw'], ['lin', 'ln'], ['lug', 'lg'], ['mlg', 'mg'],
  ['epo', 'eo'], ['lat', 'la'], ['isl', 'is'], ['mlt', 'mt'], ['ltz', 'lb'], ['yid', 'yi'], ['ydd', 'yi'],
]);

/** Below this many UTF-16 code units franc is unreliable (STACK.md): the default language is used. */
export const MIN_LANGUAGE_TEXT = 200;

/** Language when the text is too short to tell and nothing else says. */
export const DEFAULT_LANGUAGE = 'en';

/**
 * Very common English words that are rare as words in other languages. When they make up at
 * least ENGLISH_SHARE of the words sampled, the text is English without asking franc, which costs
 * several milliseconds per document (it compares against hundreds of language models).
 */
export const ENGLISH_MARKERS: ReadonlySet<string> = new Set([
  'the', 'of', 'and', 'to', 'was', 'were', 'said', 'that', 'for', 'with', 'by', 'has', 'have', 'had',
  'from', 'it', 'its', 'which', 'they', 'their', 'is', 'are', 'been', 'this', 'who', 'after', 'at',
]);

/** Share of sampled words that must be ENGLISH_MARKERS for the English fast path. */
export const ENGLISH_SHARE = 0.18;

/** How many UTF-16 code units of the text are sampled for language detection. */
export const LANGUAGE_SAMPLE = 1500;
