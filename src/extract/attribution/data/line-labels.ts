/**
 * Labels that open a line with a colon without naming who speaks: "UPDATE: …", "Editor's note: …",
 * "Watch: …". A "Name: claim" line whose name is one of these reports nothing. Lower case.
 */
export const LINE_LABELS: ReadonlySet<string> = new Set([
  'update', 'updated', 'watch', 'breaking', 'breaking news', 'exclusive', 'analysis', 'opinion', 'editorial', 'live',
  'video', 'photo', 'photos', 'read', 'read more', 'related', 'note', 'correction', "editor's note", 'editor’s note',
  'factbox', 'fact box', 'timeline', 'explainer', 'source', 'sources', 'credit', 'credits', 'wait', 'also', 'plus',
  'bottom line', 'q', 'a', 'background', 'context', 'summary', 'key points', 'listen', 'see also', 'pictured',
  'warning', 'caption', 'map', 'chart', 'graphic', 'transcript', 'disclaimer', 'disclosure', 'contact', 'tags',
]);
