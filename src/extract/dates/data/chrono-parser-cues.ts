/**
 * For chrono-node 2.10.3's casual English parsers (named by class): cues that every match of the
 * parser's pattern contains. A parser listed in several groups needs the cue of each ("5 March"
 * needs a month and a day number); a window of text without one of them cannot give that parser a
 * result, so chrono runs without it there and returns the same results. Each cue is matched as
 * chrono matches its own patterns (the `i` flag without `u`: only ASCII letters fold). A parser
 * listed in no group always runs. Groups are tested in order, and a group is not tested once every
 * parser it lists has lost another cue: the digit group comes first, the month group before the
 * day-number group. dates.test.ts checks every name against chrono's parsers.
 */
export const CHRONO_PARSER_CUES: readonly { cue: RegExp; parsers: readonly string[] }[] = [
  // "at 10 a.m.", "16:30": the hour is digits (`\d{1,4}`); "2024 Mar": the year is digits (`[1-9][0-9]{3}`,
  // or `[1-9][0-9]{0,3}` before "BC"/"AD"); and every ISO and slashed date below.
  {
    cue: /\d/,
    parsers: [
      'ENTimeExpressionParser',
      'ENYearMonthNameParser',
      'ENYearMonthDayParser',
      'ISOFormatParser',
      'SlashDateFormatParser',
      'ENSlashMonthFormatParser',
    ],
  },
  // "2023-11-10", "2023/11/10", "2023 Nov 10": four digits, then "-", ".", "/" or a space.
  { cue: /\d{4}[-./\s]/, parsers: ['ENYearMonthDayParser', 'ISOFormatParser'] },
  // "10/11/2023", "7.10", "11/2023": a digit, a separator, a digit.
  { cue: /\d[-./]\d/, parsers: ['SlashDateFormatParser', 'ENSlashMonthFormatParser'] },
  // Every month spelling holds one of these ("Sept." holds "sep", "March" holds "mar").
  {
    cue: /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i,
    parsers: [
      'ENMonthNameLittleEndianParser',
      'ENMonthNameMiddleEndianParser',
      'ENYearMonthNameParser',
      'ENMonthNameParser',
    ],
  },
  // "5 March", "the fifth of March", "March 21st", "March twenty-first": the day is digits
  // (`[0-9]{1,2}`) or an ordinal word, each of which holds one of these ("twenty-first" holds
  // "first", "thirteenth" holds "teenth"). "in March" has neither: only the month-name parser runs.
  {
    cue: /\d|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|teenth|twentieth|thirtieth/i,
    parsers: ['ENMonthNameLittleEndianParser', 'ENMonthNameMiddleEndianParser'],
  },
  // Weekday spellings ("Thurs." holds "thu"), "weekend" and "weekday".
  { cue: /mon|tue|wed|thu|fri|sat|sun|week/i, parsers: ['ENWeekdayParser'] },
  // "three days ago", "two weeks earlier".
  { cue: /ago|before|earlier/i, parsers: ['ENTimeUnitAgoFormatParser'] },
  // "two days later", "a week from now", "three days out".
  { cue: /later|after|from now|henceforth|forward|out/i, parsers: ['ENTimeUnitLaterFormatParser'] },
  // "now", "today", "tmrw", "last night"; "this morning", "midnight", "noon".
  {
    cue: /now|today|tonight|tomorrow|overmorrow|tmr|yesterday|night|morning|afternoon|evening|midday|noon/i,
    parsers: ['ENCasualDateParser', 'ENCasualTimeParser'],
  },
  // "end of the month", "last day of month".
  { cue: /month/i, parsers: ['ENEndOfCurrentMonthParser'] },
  // "last week", "next month", "after this year": a modifier word, never a sign.
  { cue: /this|last|past|next|after/i, parsers: ['ENRelativeDateFormatParser'] },
  // "past 24 hours", "+2 days", "-3 weeks": a modifier word or a sign ("-" is in most windows).
  { cue: /this|last|past|next|after|\+|-/i, parsers: ['ENTimeUnitCasualRelativeFormatParser'] },
];
