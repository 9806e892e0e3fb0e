import { parseArgs, type ParseArgsConfig } from 'node:util';

type Parsed<T extends ParseArgsConfig['options']> = ReturnType<
  typeof parseArgs<{ args: string[]; allowPositionals: true; options: T }>
>;

/**
 * A script's command line read by node:util's parseArgs with positionals allowed and `-h`/`--help`
 * added; or the exit status once it has printed the usage (`--help`: 0) or the parser's one-line
 * complaint and the usage (1).
 */
export function scriptArgs<T extends NonNullable<ParseArgsConfig['options']>>(
  argv: string[],
  options: T,
  usage: string,
): Parsed<T & { help: { type: 'boolean'; short: 'h' } }> | number {
  const all = { ...options, help: { type: 'boolean', short: 'h' } } as T & { help: { type: 'boolean'; short: 'h' } };
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: all });
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n${usage}\n`);
    return 1;
  }
  if ((parsed.values as { help?: boolean }).help) {
    process.stdout.write(usage + '\n');
    return 0;
  }
  return parsed;
}
