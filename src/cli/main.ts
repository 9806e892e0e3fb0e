import * as evalCmd from './eval.js';
import * as extractCmd from './extract.js';

interface Command {
  usage: string;
  run(argv: string[]): Promise<number>;
}

const commands: Record<string, Command> = {
  extract: extractCmd,
  eval: evalCmd,
};

const usage = `Usage: crosscheck <command> [options]

Commands:
  extract    extract attributed figures, statements and entities from articles
  eval       score extraction against a gold folder

Run "crosscheck <command> --help" for a command's options.`;

/** Runs the CLI; resolves to the process exit status. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '-h' || name === '--help') {
    process.stdout.write(usage + '\n');
    return name ? 0 : 1;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`crosscheck: unknown command "${name}"\n\n${usage}\n`);
    return 1;
  }
  return command.run(rest);
}
