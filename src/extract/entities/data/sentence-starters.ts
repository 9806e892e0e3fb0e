/**
 * Capitalised words that are not names wherever they stand: articles, pronouns, conjunctions,
 * adverbs and quantifiers that open sentences ("The", "But", "Most", "Another"), weekdays and months
 * (dates, not places), and page furniture ("VIDEO", "WATCH"). Matched case-sensitively, so "Who"
 * is listed and the acronym "WHO" is not.
 */
export const NON_NAME_WORDS: ReadonlySet<string> = new Set([
  // articles, determiners, pronouns
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'He', 'She', 'It', 'They', 'We', 'You', 'I', 'Me',
  'His', 'Her', 'Hers', 'Their', 'Theirs', 'Our', 'Its', 'My', 'Your', 'Him', 'Them', 'Us', 'Itself',
  'Such', 'Both', 'Either', 'Neither', 'Each', 'Every', 'All', 'Any', 'Some', 'No', 'None', 'Not',
  'Most', 'Many', 'Much', 'More', 'Few', 'Fewer', 'Less', 'Several', 'Other', 'Others', 'Another',
  'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Eleven', 'Twelve', 'Fifteen',
  'Twenty', 'Thirty', 'Forty', 'Fifty', 'Sixty', 'Seventy', 'Eighty', 'Ninety', 'Hundred', 'Thousand',
  'First', 'Second', 'Third',
  'Dozens', 'Hundreds', 'Thousands', 'Millions', 'Scores', 'Tens', 'Half', 'Nearly', 'Almost', 'About',
  // conjunctions, prepositions, adverbs that open sentences
  'And', 'But', 'Or', 'Nor', 'So', 'Yet', 'If', 'When', 'While', 'Whilst', 'After', 'Before', 'As', 'At',
  'In', 'On', 'Of', 'For', 'From', 'To', 'With', 'Without', 'By', 'Into', 'Over', 'Under', 'Near', 'Since',
  'Until', 'During', 'Despite', 'Although', 'Though', 'Because', 'Once', 'Then', 'Now', 'Today', 'Tonight',
  'Yesterday', 'Tomorrow', 'Meanwhile', 'However', 'Elsewhere', 'Earlier', 'Later', 'Also', 'Still',
  'Even', 'Only', 'Just', 'According', 'Asked', 'Beyond', 'Among', 'Amid', 'Across', 'Around', 'Along',
  'Inside', 'Outside', 'There', 'Here', 'What', 'Who', 'Whom', 'Whose', 'Why', 'How', 'Where', 'Which',
  'Yes', 'Please', 'Instead', 'Indeed', 'Overall', 'Separately', 'Additionally', 'Moreover', 'Further',
  'Furthermore', 'Last', 'Next', 'Every', 'Some', 'Like', 'Unlike', 'Following', 'Including', 'Against',
  'Between', 'Through', 'Throughout', 'Within', 'Upon', 'Via', 'Per', 'Let', 'Do', 'Does', 'Did', 'Is',
  'Are', 'Was', 'Were', 'Be', 'Been', 'Have', 'Has', 'Had', 'Will', 'Would', 'Can', 'Could', 'Should',
  'Must', 'May', 'Might', 'Shall',
  // weekdays and months
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'January', 'February', 'March', 'April', 'June', 'July', 'August', 'September', 'October', 'November',
  'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  // page furniture
  'VIDEO', 'Video', 'WATCH', 'LIVE', 'UPDATE', 'BREAKING', 'READ', 'MORE', 'PHOTO', 'PHOTOS', 'EXCLUSIVE',
  'ANALYSIS', 'OPINION', 'Advertisement', 'Subscribe', 'Updated', 'Published',
]);

/** Month names as written after a dateline place ("Gaza City, October 31"): the dateline cue. */
export const MONTH_WORDS: ReadonlySet<string> = new Set([
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
]);

/**
 * Small words that stay lower case in a Title Case headline ("Hamas Says Tanks Forced to Retreat
 * from Gaza"); they are ignored when deciding whether a line is a Title Case headline.
 */
export const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'but', 'or', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with',
  'as', 'into', 'over', 'vs', 'via', 'per', 'amid', 'after', 'off', 'up', 'out',
]);

/** First words of capitalised runs that name events, not people, organizations or places ("Operation al-Aqsa Storm"). */
export const EVENT_OPENERS: ReadonlySet<string> = new Set(['Operation', 'Nakba', 'Intifada', 'Resolution', 'Article']);
