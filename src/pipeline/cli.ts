/**
 * `npm run extract -- <storyDir> [--out <file>]`: builds one story and writes its JSON (stdout without
 * --out). `npm run extract -- <storyDir>... --out-dir <dir> [--jobs N]`: builds many, one story per builder
 * on every core (this thread and worker threads, pool/storyPool.ts), each to <dir>/<id>.json, byte-identical to the one-story path.
 * Warnings go to stderr, one line each, naming the file. A story that cannot be built (no such folder, no
 * article in it, an unreadable story.json) is one line on stderr naming it; the others still build, and the
 * exit code is 1 at the end.
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuiltStory } from './buildAll.ts';
import { command, option, positionals } from './cliManners.ts';
import { storyExports } from './export/index.ts';
import { UNREADABLE } from './io.ts';
import { buildInPool, defaultJobs } from './pool/storyPool.ts';

const USAGE = `usage: npm run extract -- <storyDir> [--out <file>]
       npm run extract -- <storyDir>... --out-dir <dir> [--jobs N]

Builds the timeline JSON of each story folder (articles + optional story.json; a Timeline17 topic folder
is read as one story).
  --out <file>     one story: write its JSON to <file> (default: stdout)
  --out-dir <dir>  any number of stories: write <dir>/<story id>.json for each, building them in parallel,
                   one story per thread (this one and a worker per other core); lines print in the
                   order the folders are given
  --jobs N         threads for --out-dir, this one included (default: every core, ${defaultJobs()} here)
  --export <dir>   also write each story's exports to <dir>: <id>.timeline.json (TimelineJS), <id>.csv and
                   <id>.ics (iCalendar), and the key events alone as <id>.key.timeline.json, .key.csv and
                   .key.ics; links in them are absolute when DATELINE_SITE_URL is set
  --help           this text
Warnings go to stderr. Exit 0 when every story was built, 1 when one failed (named on stderr; the others
are still built), 2 on a bad command line.`;

const cmd = command('extract', USAGE);
const out = option(cmd, '--out');
const outDir = option(cmd, '--out-dir');
const jobsArg = option(cmd, '--jobs');
const exportDir = option(cmd, '--export');
const dirs = positionals(cmd, ['--out', '--out-dir', '--jobs', '--export']);
if (!dirs.length) cmd.fail('give a story folder (--help for usage)');
if (out !== undefined && outDir !== undefined) cmd.fail('--out and --out-dir do not go together');
if (dirs.length > 1 && outDir === undefined) cmd.fail(`${dirs.length} story folders need --out-dir <dir> (one file each)`);
if (jobsArg !== undefined && outDir === undefined) cmd.fail('--jobs goes with --out-dir');
const jobs = jobsArg === undefined ? undefined : Number(jobsArg);
if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1)) cmd.fail(`--jobs ${jobsArg}: not a whole number of at least 1`);

/** Why a built story is not a story worth writing, or null. */
function problemOf(dir: string, built: BuiltStory): string | null {
  const unreadable = built.summary.warnings.find((w) => w.code === UNREADABLE && w.file);
  if (unreadable) {
    const detail = unreadable.message.replace(`${unreadable.file}: `, '').replace(/; (built without it|no edits applied)$/, '');
    return `${join(dir, unreadable.file!)}: cannot be read: ${detail}`;
  }
  if (built.summary.articles) return null;
  const skipped = built.summary.warnings.filter((w) => w.file);
  return skipped.length
    ? `${dir}: no article in it (none of its ${skipped.length} files could be read as one; ${skipped[0]!.message})`
    : `${dir}: no article in it (an empty story folder: put .txt, .html or .md articles in it)`;
}

/** Why a path cannot be a story folder, or null. */
function notAFolder(dir: string): string | null {
  if (!existsSync(dir)) return `${dir}: no such folder`;
  if (!statSync(dir).isDirectory()) return `${dir}: not a folder (give the story's folder, not one of its files)`;
  return null;
}

function warn(built: BuiltStory, prefix: string): void {
  for (const w of built.summary.warnings) process.stderr.write(`warning: ${prefix}${w.message}\n`);
}

/** The story's TimelineJS, CSV and iCalendar files in --export's folder (src/pipeline/export). */
function writeExports(built: BuiltStory): void {
  if (exportDir === undefined) return;
  mkdirSync(exportDir, { recursive: true });
  const files = storyExports(built.story, { base: '/', siteUrl: process.env.DATELINE_SITE_URL || undefined });
  for (const f of files) writeFileSync(join(exportDir, f.fileName), f.body);
  process.stderr.write(`wrote ${files.map((f) => join(exportDir, f.fileName)).join(', ')}\n`);
}

async function one(dir: string): Promise<number> {
  const bad = notAFolder(dir);
  if (bad) cmd.fail(bad, 1);
  // The pipeline loads only once the command line is known to be good: a bad argument answers at once.
  const { buildOne } = await import('./buildAll.ts');
  const built = buildOne(dir);
  const problem = problemOf(dir, built);
  if (problem) cmd.fail(problem, 1);
  warn(built, '');
  if (out) {
    writeFileSync(out, built.json);
    process.stderr.write(`wrote ${out}: ${built.summary.articles} articles, ${built.summary.events} events\n`);
  } else process.stdout.write(built.json);
  writeExports(built);
  return 0;
}

async function many(dirs: string[], outDir: string): Promise<number> {
  mkdirSync(outDir, { recursive: true });
  // Checked once: a folder that appeared or vanished since must not leave a line unprinted.
  const unusable = new Map(dirs.map((d) => [d, notAFolder(d)]));
  const buildable = dirs.filter((d) => !unusable.get(d));
  const failed: string[] = [];
  const written = new Map<string, string>();
  const results = new Map<string, string | BuiltStory>();
  const fail = (line: string) => {
    failed.push(line);
    process.stderr.write(`extract: ${line}\n`);
  };
  // Lines print in the order the folders were given: a result waits for the ones before it.
  let next = 0;
  const flush = () => {
    for (; next < dirs.length; next++) {
      const dir = dirs[next]!;
      const bad = unusable.get(dir);
      if (bad) { fail(bad); continue; }
      const result = results.get(dir);
      if (result === undefined) return;
      if (typeof result === 'string') { fail(`${dir}: ${result}`); continue; }
      const problem = problemOf(dir, result);
      if (problem) { fail(problem); continue; }
      const earlier = written.get(result.id);
      if (earlier) { fail(`${dir}: its story id "${result.id}" is already taken by ${earlier}`); continue; }
      written.set(result.id, dir);
      const file = join(outDir, `${result.id}.json`);
      warn(result, `${result.id}: `);
      writeFileSync(file, result.bytes ?? result.json);
      process.stderr.write(`wrote ${file}: ${result.summary.articles} articles, ${result.summary.events} events\n`);
      writeExports(result);
    }
  };
  flush();
  await buildInPool(buildable, {
    jobs,
    onResult: (r) => {
      results.set(r.dir, r.ok ? r.built : r.message);
      flush();
    },
  });
  flush();
  if (failed.length && dirs.length > 1) process.stderr.write(`extract: ${failed.length} of ${dirs.length} stories failed\n`);
  return failed.length ? 1 : 0;
}

process.exitCode = outDir === undefined ? await one(dirs[0]!) : await many(dirs, outDir);
