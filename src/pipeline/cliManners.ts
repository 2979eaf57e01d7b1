/**
 * What every command line of the project does alike: `--help` (or `-h`) prints its usage on stdout and
 * exits 0; a bad argument is one line on stderr, `<command>: <what is wrong, naming it>`, and exit 2; any
 * other error that escapes is one line and exit 1, never a stack trace (DATELINE_DEBUG=1 shows the stack).
 */
export interface Command {
  /** The arguments after the script, without npm's `--` separator. */
  argv: string[];
  /** One line on stderr and exit (2 by default: a bad command line). */
  fail: (message: string, code?: number) => never;
}

export function command(name: string, usage: string, argv: string[] = process.argv.slice(2)): Command {
  const args = argv.filter((a) => a !== '--');
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(usage.endsWith('\n') ? usage : `${usage}\n`);
    process.exit(0);
  }
  const fail = (message: string, code = 2): never => {
    process.stderr.write(`${name}: ${message}\n`);
    process.exit(code);
  };
  const crash = (error: unknown) => {
    if (process.env.DATELINE_DEBUG) console.error(error);
    fail(error instanceof Error ? error.message : String(error), 1);
  };
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);
  return { argv: args, fail };
}

/** The value after `--flag`, or undefined when the flag is absent; a flag without a value fails. */
export function option(cmd: Command, flag: string): string | undefined {
  const at = cmd.argv.indexOf(flag);
  if (at < 0) return undefined;
  const value = cmd.argv[at + 1];
  if (value === undefined || value.startsWith('--')) cmd.fail(`${flag} needs a value`);
  return value;
}

/** Arguments that are neither flags nor the values of the given flags; an unknown flag fails. */
export function positionals(cmd: Command, withValue: string[], bare: string[] = []): string[] {
  const out: string[] = [];
  for (let i = 0; i < cmd.argv.length; i++) {
    const a = cmd.argv[i]!;
    if (withValue.includes(a)) i++;
    else if (bare.includes(a)) continue;
    else if (a.startsWith('--') || (a.startsWith('-') && a !== '-')) cmd.fail(`unknown option ${a} (--help lists the options)`);
    else out.push(a);
  }
  return out;
}
