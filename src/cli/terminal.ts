import { terminalWidth, useColor } from './format.js';

/** How text for people is laid out: in colour or not, and how wide. */
export interface Terminal {
  color: boolean;
  /** Columns to fill, at least {@link MIN_WIDTH}. */
  width: number;
}

/** Narrower than this, nothing lines up anyway. */
export const MIN_WIDTH = 40;

/**
 * The layout for standard output: colour on a terminal unless `NO_COLOR` is set, or as `--color` /
 * `--no-color` say; the terminal's width, else `COLUMNS`, else 100 (see format.ts).
 */
export function terminalFor(flags: { color?: boolean; 'no-color'?: boolean }): Terminal {
  return { color: useColor(process.stdout, flags), width: Math.max(MIN_WIDTH, terminalWidth()) };
}

/** SGR codes of the styles the tool uses. */
export const STYLE = {
  bold: '1',
  dim: '2',
  figure: '1;33',
  statement: '36',
  claimant: '35',
  cue: '34',
  date: '32',
  warning: '33',
} as const;
export type Style = keyof typeof STYLE;

/** `s` in `style` when colour is on, else `s` as it is. */
export function paint(t: Pick<Terminal, 'color'>, style: Style, s: string): string {
  return t.color && s ? `\x1b[${STYLE[style]}m${s}\x1b[0m` : s;
}
