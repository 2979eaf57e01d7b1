/**
 * The measuring scripts' shared command line: `--help` prints `usage` and exits, `--data <dir>` names the
 * shared evaluation folder (default ../shared). Returns the folder and the arguments as given.
 */
export function dataArg(usage: string): { data: string; args: string[] } {
  const args = process.argv.slice(2);
  if (args.includes('--help')) {
    process.stdout.write(usage.endsWith('\n') ? usage : `${usage}\n`);
    process.exit(0);
  }
  const at = args.indexOf('--data');
  return { data: at >= 0 && args[at + 1] ? args[at + 1]! : '../shared', args };
}
