/** `npm run add -- <storyDir> <url>... [--replace]`: see command.ts; `--help` says it all. */
import { main } from './command.ts';

main(process.argv.slice(2), (s) => process.stdout.write(s), (s) => process.stderr.write(s)).then(
  (code) => { process.exitCode = code; },
  (error: unknown) => { process.stderr.write(`add: ${(error as Error).message}\n`); process.exitCode = 1; },
);
