// "# Title", "## Title ##"
const HEADING_MARKS = /^#{1,6}[ \t]+|[ \t]+#+[ \t]*$/g;
// "**Radio Habana Cuba**", "*Title*", "__Title__", "***Title***": emphasis around the whole line.
const WRAPPED = /^(\*{1,3}|_{1,3})(\S(?:.*\S)?)\1$/;

/**
 * Removes Markdown heading marks and emphasis that wraps the whole line, and trims:
 * "# *Hamas says …*" → "Hamas says …". Emphasis inside the line is kept as printed.
 */
export function stripMarkdownLine(line: string): string {
  // Both heading marks hold a "#", which most lines lack: without one, HEADING_MARKS would try its
  // second alternative at every space of the line to remove nothing.
  let s = (line.includes('#') ? line.replace(HEADING_MARKS, '') : line).trim();
  for (let m = WRAPPED.exec(s); m; m = WRAPPED.exec(s)) s = m[2]!.trim();
  return s;
}
