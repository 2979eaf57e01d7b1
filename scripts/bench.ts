/**
 * `npm run bench`: every benchmark section in scripts/bench/, in file-name order, each printing its own
 * figures. Speed and size targets are checked here, never in timed tests. A section may take the data
 * root as an argument (default ../shared) and skips itself with a note when its data is absent.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { command, positionals } from '../src/pipeline/cliManners.ts';

const dir = join(import.meta.dirname, 'bench');
const sections = readdirSync(dir).filter((f) => /\.ts$/.test(f) && !f.endsWith('.test.ts')).sort();
const names = sections.map((f) => f.replace(/\.ts$/, ''));
const cmd = command('bench', `usage: npm run bench [-- <section>...]

Speed and size figures, each printed beside its target: ${names.join(', ')} (default: all).
The data root is DATELINE_SHARED, else ../shared beside the repository; a section without its data says
so and is skipped. BENCH_REPEAT and BENCH_POOL_ROUNDS set the rounds of the pipeline section.
  --help  this text`);
const only = positionals(cmd, []);
const unknown = only.find((n) => !names.includes(n));
if (unknown) cmd.fail(`no section "${unknown}" (the sections are ${names.join(', ')})`);
for (const file of sections) {
  const name = file.replace(/\.ts$/, '');
  if (only.length && !only.includes(name)) continue;
  console.log(`\n## ${name}`);
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as { run: () => Promise<void> };
  await mod.run();
}
