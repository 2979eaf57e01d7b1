/**
 * Cleaning report: runs the clean stage (without ingest: .txt read as UTF-8) on every article of every
 * story folder under a path, and prints per story the share of lines removed. With --show it prints every
 * removed line with its reason, so a person can read what went and check that no sentence of an article
 * was cut.
 *
 *   npx tsx scripts/clean-report.ts /work/shared/data/news-clusters            # a folder of story folders
 *   npx tsx scripts/clean-report.ts /work/shared/data/news-clusters/mn02_... --show
 *   npx tsx scripts/clean-report.ts /work/shared/data/t17-h1n1/articles --sample 40 --show
 *
 * A story folder is a folder with .txt files; meta.json and summary.txt (Multi-News) are skipped.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { cleanWithTrace } from '../src/pipeline/clean/index.ts';

interface Options {
  root: string;
  show: boolean;
  kept: boolean;
  sample: number;
}

function parseArgs(argv: readonly string[]): Options {
  const opts: Options = { root: '', show: false, kept: false, sample: 0 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--show') opts.show = true;
    else if (a === '--kept') opts.kept = true;
    else if (a === '--sample') opts.sample = Number(argv[++i] ?? '0');
    else opts.root = a;
  }
  if (opts.root === '') {
    console.error('usage: clean-report.ts <folder-of-story-folders | story-folder> [--show] [--kept] [--sample N]');
    process.exit(2);
  }
  return opts;
}

const SKIP = new Set(['summary.txt']);

function articlesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt') && !SKIP.has(f))
    .sort()
    .map((f) => join(dir, f));
}

/** Story folders: the root itself when it holds articles, else its sub-folders that do. */
function storyFolders(root: string): string[] {
  if (articlesIn(root).length > 0) return [root];
  return readdirSync(root)
    .sort()
    .map((d) => join(root, d))
    .filter((d) => statSync(d).isDirectory() && articlesIn(d).length > 0);
}

/** Every k-th item, so a sample spreads over the whole story (370 H1N1 files span four months). */
function spread<T>(items: readonly T[], n: number): T[] {
  if (n <= 0 || n >= items.length) return [...items];
  const step = items.length / n;
  return Array.from({ length: n }, (_v, i) => items[Math.floor(i * step)] as T);
}

function main(): void {
  const opts = parseArgs(process.argv.slice(2));
  const folders = storyFolders(opts.root);
  let files = folders.flatMap((d) => articlesIn(d).map((f) => ({ story: basename(d), file: f })));
  files = spread(files, opts.sample);
  const perStory = new Map<string, { lines: number; removed: number; articles: number; dated: number }>();
  for (const { story, file } of files) {
    const { result, lines } = cleanWithTrace(readFileSync(file, 'utf8'));
    const s = perStory.get(story) ?? { lines: 0, removed: 0, articles: 0, dated: 0 };
    s.lines += result.stats.lines;
    s.removed += result.stats.removed;
    s.articles += 1;
    if (result.published !== null) s.dated += 1;
    perStory.set(story, s);
    if (!opts.show) continue;
    const { text: _text, stats, ...found } = result;
    console.log(`\n== ${story}/${basename(file)}  removed ${stats.removed}/${stats.lines}  ${JSON.stringify(found)}`);
    for (const l of lines) {
      if (l.removed !== null) console.log(`  - [${l.removed}] ${l.text.slice(0, 160)}${l.note ? `   <${l.note.slice(0, 80)}>` : ''}`);
      else if (l.note !== '') console.log(`  ~ ${l.note.slice(0, 160)}`);
      else if (opts.kept) console.log(`  + ${l.text.slice(0, 160)}`);
    }
  }
  console.log('\nstory\tarticles\tlines\tremoved\tshare\tstated-date');
  let lines = 0;
  let removed = 0;
  for (const [story, s] of perStory) {
    lines += s.lines;
    removed += s.removed;
    const share = s.lines === 0 ? 0 : s.removed / s.lines;
    console.log(`${story}\t${s.articles}\t${s.lines}\t${s.removed}\t${(share * 100).toFixed(1)}%\t${s.dated}/${s.articles}`);
  }
  console.log(`TOTAL\t${files.length}\t${lines}\t${removed}\t${lines === 0 ? '0.0' : ((removed / lines) * 100).toFixed(1)}%`);
}

main();
