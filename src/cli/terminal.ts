/** How text for people is laid out on an output stream: in colour or not, and how wide. */
export interface Terminal {
  color: boolean;
  /** Columns to fill, at least {@link MIN_WIDTH}. */
  width: number;
}

/** Narrower than this, nothing lines up anyway. */
export const MIN_WIDTH = 40;
/** Width off a terminal (a pipe, a file) when `COLUMNS` does not say. */
const DEFAULT_WIDTH = 100;

/**
 * The layout for `stream`: colour on a terminal unless `NO_COLOR` is set (https://no-color.org),
 * or as `--color` / `--no-color` say (`flag`); the terminal's width, else `COLUMNS`, else 100.
 */
export function terminalOf(
  stream: { isTTY?: boolean; columns?: number },
  env: NodeJS.ProcessEnv = process.env,
  flag?: boolean,
): Terminal {
  const color = flag ?? (Boolean(stream.isTTY) && !env.NO_COLOR);
  const columns = stream.isTTY && stream.columns ? stream.columns : Number(env.COLUMNS) || DEFAULT_WIDTH;
  return { color, width: Math.max(MIN_WIDTH, columns) };
}

/** The `--color` / `--no-color` pair as one optional flag; `--no-color` wins when both are given. */
export function colorFlag(values: { color?: boolean; 'no-color'?: boolean }): boolean | undefined {
  if (values['no-color']) return false;
  return values.color;
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
