/**
 * `npm run bench`: every benchmark section in scripts/bench/, in file-name order, each printing its own
 * figures. Speed and size targets are checked here, never in timed tests. A section may take the data
 * root as an argument (default ../shared) and skips itself with a note when its data is absent.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = join(import.meta.dirname, 'bench');
const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const sections = readdirSync(dir).filter((f) => /\.ts$/.test(f) && !f.endsWith('.test.ts')).sort();
for (const file of sections) {
  const name = file.replace(/\.ts$/, '');
  if (only.length && !only.includes(name)) continue;
  console.log(`\n## ${name}`);
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as { run: () => Promise<void> };
  await mod.run();
}
