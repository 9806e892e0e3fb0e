/**
 * The one validator for what a user types after a command: every command declares its options
 * here, in one vocabulary, and one parser checks them all the same way ("unknown option --metrc;
 * did you mean --metric?", "--from 2025-02-30 is no calendar day (February 2025 has 28 days)",
 * "--jobs 99 is more than the 2 cores here; using 2"). Values are read with node:util's parseArgs
 * (its tokens, so that the reasons are ours) and checked by kind; dates by src/calendar.ts.
 */
import { availableParallelism } from 'node:os';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { closest, distance } from 'fastest-levenshtein';
import { dayProblem } from '../calendar.js';

/** A user's mistake on the command line: printed with the command's usage, exit status 1. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * What an option takes: `flag` nothing; `text` any words; `date` a calendar day `YYYY-MM-DD`;
 * `whole` a whole number of at least `min` (default 1); `seconds` a positive number; `choice` one
 * of `choices`; `jobs` a thread count, capped at the cores of this machine; `number` a number of at
 * least 0 (a tolerance: 0.1).
 */
export type OptionKind = 'flag' | 'text' | 'date' | 'whole' | 'seconds' | 'choice' | 'jobs' | 'number';

export interface OptionSpec {
  kind: OptionKind;
  /** One line of help (the default included). */
  help: string;
  /** Placeholder for the value in the help: `DATE`, `N`, `PATH`. */
  arg?: string;
  short?: string;
  choices?: readonly string[];
  /** Least value of a `whole` option (default 1). */
  min?: number;
  /** May be given more than once; the values are collected in order. */
  multiple?: boolean;
  /**
   * Other words a user reaches for when meaning this option ("--speaker" or "--claimant" for
   * `--source`): typed, or typed with a slip, they are refused with this option's name, never
   * taken silently.
   */
  also?: readonly string[];
}

export type OptionSpecs = Record<string, OptionSpec>;

type ValueOf<O extends OptionSpec> = O['kind'] extends 'flag'
  ? boolean
  : O['kind'] extends 'whole' | 'seconds' | 'jobs' | 'number'
    ? number
    : O extends { multiple: true }
      ? string[]
      : O extends { kind: 'choice'; choices: readonly (infer C)[] }
        ? C
        : string;

/** The checked values of a command line: options not given are absent. */
export type OptionValues<S extends OptionSpecs> = { -readonly [K in keyof S]?: ValueOf<S[K]> };

export interface ParsedCommandLine<S extends OptionSpecs> {
  values: OptionValues<S>;
  positionals: string[];
  /** Adjustments worth telling the user ("--jobs 99 is more than the 2 cores here; using 2"). */
  notes: string[];
}

/** `-h, --help`, which every command takes. */
export const HELP: OptionSpec = { kind: 'flag', short: 'h', help: 'show this help' };

/** Cores of this machine: the most extraction threads worth starting. */
export function coreCount(): number {
  return Math.max(1, availableParallelism());
}

/**
 * The edit distance under which a typed word is taken for a known one: a slip of one or two
 * letters ("metrc", "fromm", "oulet"), never a different word ("who" for "to").
 */
function nearEnough(typed: string, known: string): boolean {
  const d = distance(typed, known);
  return d <= (known.length > 5 ? 2 : 1) || (d === 2 && swapsTwo(typed, known));
}

/** Two neighbouring letters swapped, one slip of the fingers that edit distance counts twice: "prot" for "port". */
function swapsTwo(typed: string, known: string): boolean {
  if (typed.length !== known.length) return false;
  for (let i = 0; i + 1 < typed.length; i++)
    if (typed.slice(0, i) + typed[i + 1] + typed[i] + typed.slice(i + 2) === known) return true;
  return false;
}

/** The known word a user probably meant by `typed`, or null: "metrc" → "metric". */
export function suggest(typed: string, known: readonly string[]): string | null {
  if (known.length === 0) return null;
  const prefixed = known.filter((k) => k.startsWith(typed));
  if (typed.length >= 2 && prefixed.length === 1) return prefixed[0]!;
  const best = closest(typed, known as string[]);
  return nearEnough(typed, best) ? best : null;
}

const didYouMean = (typed: string, known: readonly string[]) => {
  const s = suggest(typed, known);
  return s === null ? '' : `; did you mean ${s}?`;
};

/** Checks one option's value and returns it in its kind's type, or throws {@link UsageError}. */
function checkValue(name: string, spec: OptionSpec, raw: string, notes: string[]): string | number {
  const opt = `--${name}`;
  switch (spec.kind) {
    case 'date': {
      const problem = dayProblem(raw);
      if (problem) throw new UsageError(`${opt}: ${problem}`);
      return raw;
    }
    case 'whole': {
      const min = spec.min ?? 1;
      if (!/^\d+$/.test(raw) || Number(raw) < min || !Number.isSafeInteger(Number(raw)))
        throw new UsageError(`${opt} takes a whole number of at least ${min}, not "${raw}"`);
      return Number(raw);
    }
    case 'jobs': {
      if (!/^\d+$/.test(raw) || Number(raw) < 1)
        throw new UsageError(`${opt} takes a whole number of threads of at least 1, not "${raw}"`);
      const cores = coreCount();
      if (Number(raw) > cores) {
        notes.push(`${opt} ${raw} is more than the ${cores} cores here; using ${cores}`);
        return cores;
      }
      return Number(raw);
    }
    case 'seconds': {
      const n = Number(raw);
      if (!/^\d+(\.\d+)?$/.test(raw) || !(n > 0))
        throw new UsageError(`${opt} takes a positive number of seconds, not "${raw}"`);
      return n;
    }
    case 'number': {
      if (!/^\d+(\.\d+)?$/.test(raw)) throw new UsageError(`${opt} takes a number of at least 0, not "${raw}"`);
      return Number(raw);
    }
    case 'choice': {
      const choices = spec.choices ?? [];
      if (!choices.includes(raw))
        throw new UsageError(`${opt} must be one of ${choices.join(', ')}, not "${raw}"${didYouMean(raw, choices)}`);
      return raw;
    }
    default:
      if (raw === '') throw new UsageError(`${opt} needs a value`);
      return raw;
  }
}

/**
 * Reads `argv` against `specs`: every option must be one of them, each value is checked by its
 * kind, and `--` ends the options. Throws {@link UsageError} with a one-line reason.
 */
export function parseCommandLine<S extends OptionSpecs>(argv: string[], specs: S): ParsedCommandLine<S> {
  const shorts: Record<string, string> = {};
  for (const [name, spec] of Object.entries(specs)) if (spec.short) shorts[spec.short] = name;
  // Non-strict parsing, so that every token comes back and the reasons are ours: node's own
  // ("Unknown option '--metrc'. To specify a positional argument starting with a '-' …") are long.
  const { tokens } = parseArgs({
    args: argv,
    options: Object.fromEntries(
      Object.entries(specs).map(([name, s]) => [
        name,
        { type: s.kind === 'flag' ? 'boolean' : 'string', ...(s.short ? { short: s.short } : {}) },
      ]),
    ) as ParseArgsConfig['options'],
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const values: Record<string, unknown> = {};
  const positionals: string[] = [];
  const notes: string[] = [];
  const names = Object.keys(specs);
  for (const t of tokens) {
    if (t.kind === 'positional') positionals.push(t.value);
    if (t.kind !== 'option') continue;
    const name = t.rawName.startsWith('--') ? t.name : (shorts[t.name] ?? t.name);
    const spec = specs[name];
    if (!spec) {
      const typed = t.rawName.startsWith('--') ? t.name : t.rawName.slice(1);
      // A slip of the option's name or of a word it is also known by ("--speakr" → --source).
      const byWord = new Map(
        names.flatMap((n) => [[n, n] as const, ...(specs[n]!.also ?? []).map((w) => [w, n] as const)]),
      );
      const near = suggest(typed, [...byWord.keys()]);
      throw new UsageError(
        `unknown option ${t.rawName}${near === null ? '' : `; did you mean --${byWord.get(near)}?`}`,
      );
    }
    if (spec.kind === 'flag') {
      if (t.value !== undefined) throw new UsageError(`--${name} takes no value, not "${t.value}"`);
      values[name] = true;
      continue;
    }
    // "--limit --db x": an option where the value should be means the value was left out ("-5" is a value).
    const missing = t.value === undefined || (!t.inlineValue && /^--?[a-z]/i.test(t.value));
    if (missing) throw new UsageError(`--${name} needs a value${spec.arg ? ` (${spec.arg})` : ''}`);
    const v = checkValue(name, spec, t.value, notes);
    if (spec.multiple) ((values[name] ??= []) as unknown[]).push(v);
    else if (name in values && values[name] !== v) throw new UsageError(`--${name} is given twice`);
    else values[name] = v;
  }
  return { values: values as OptionValues<S>, positionals, notes };
}

/** The options part of a usage text: one aligned line per option, `-h, --help` last. */
export function optionsHelp(specs: OptionSpecs): string {
  const rows = Object.entries(specs)
    .sort(([a], [b]) => (a === 'help' ? 1 : b === 'help' ? -1 : 0))
    .map(([name, s]) => [`${s.short ? `-${s.short}, ` : ''}--${name}${s.arg ? ` ${s.arg}` : ''}`, s.help] as const);
  const width = Math.max(...rows.map(([left]) => left.length)) + 2;
  return rows
    .map(([left, help]) => `  ${left.padEnd(width)}${help.replace(/\n/g, '\n' + ' '.repeat(width + 2))}`)
    .join('\n');
}

/** What a command needs to be run by {@link defineCommand}. */
export interface CommandSpec<S extends OptionSpecs> {
  name: string;
  /** What follows the name in the usage line: "DOC_ID ... [options]". */
  synopsis: string;
  /** A paragraph: what the command does. */
  summary: string;
  options: S;
  /** Positional arguments: how many, and what they are ("a gold folder"), for an error. */
  positionals?: { min?: number; max?: number; name: string };
  /** Text after the options (exit status, examples). */
  epilogue?: string;
  run(values: OptionValues<S>, positionals: string[]): Promise<number>;
}

/** A command as main.ts runs it. */
export interface Command {
  usage: string;
  run(argv: string[]): Promise<number>;
}

/**
 * A command that parses its line with {@link parseCommandLine}, prints its usage for `--help`,
 * checks the number of positional arguments and prints notes on standard error before running.
 */
export function defineCommand<const S extends OptionSpecs>(spec: CommandSpec<S>): Command {
  const specs = { ...spec.options, help: HELP };
  const usage = [
    `Usage: crosscheck ${spec.name} ${spec.synopsis}`,
    spec.summary,
    `Options:\n${optionsHelp(specs)}`,
    ...(spec.epilogue ? [spec.epilogue] : []),
  ].join('\n\n');
  return {
    usage,
    async run(argv: string[]): Promise<number> {
      const { values, positionals, notes } = parseCommandLine(argv, specs);
      if ((values as { help?: boolean }).help) {
        process.stdout.write(usage + '\n');
        return 0;
      }
      const p = spec.positionals ?? { max: 0, name: 'no arguments' };
      if (positionals.length < (p.min ?? 0)) throw new UsageError(`needs ${p.name}`);
      if (p.max !== undefined && positionals.length > p.max)
        throw new UsageError(
          p.max === 0
            ? `unexpected argument "${positionals[0]}" (it takes options only)`
            : `too many arguments (${positionals.length}); it takes ${p.name}`,
        );
      for (const n of notes) process.stderr.write(`crosscheck ${spec.name}: ${n}\n`);
      return spec.run(values as OptionValues<S>, positionals);
    },
  };
}
