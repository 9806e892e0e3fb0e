/**
 * For chrono-node 2.10.3's casual English parsers (named by class): a cue that every match of
 * the parser's pattern contains. A window of text without the cue cannot give that parser a
 * result, so chrono runs without it there and returns the same results. Each cue is matched as
 * chrono matches its own patterns (the `i` flag without `u`: only ASCII letters fold). A parser
 * listed in no group always runs. dates.test.ts checks every name against chrono's parsers.
 */
export const CHRONO_PARSER_CUES: readonly { cue: RegExp; parsers: readonly string[] }[] = [
  // "2023-11-10", "2023/11/10", "2023 Nov 10": four digits, then "-", ".", "/" or a space.
  { cue: /\d{4}[-./\s]/, parsers: ['ENYearMonthDayParser', 'ISOFormatParser'] },
  // "10/11/2023", "7.10", "11/2023": a digit, a separator, a digit.
  { cue: /\d[-./]\d/, parsers: ['SlashDateFormatParser', 'ENSlashMonthFormatParser'] },
  // "at 10 a.m.", "16:30": the hour is digits (`\d{1,4}`).
  { cue: /\d/, parsers: ['ENTimeExpressionParser'] },
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
  // "last week", "after this month", "past 24 hours", "+2 days".
  {
    cue: /this|last|past|next|after|\+|-/i,
    parsers: ['ENRelativeDateFormatParser', 'ENTimeUnitCasualRelativeFormatParser'],
  },
];
