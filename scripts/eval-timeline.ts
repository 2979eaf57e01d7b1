/**
 * `npm run eval:timeline -- <storyDir> <gold.json>`: builds the story and prints the figures of
 * /work/shared/eval/README.md (scoring in src/pipeline/eval/timelineScore.ts) with a line per gold event.
 * For a Multi-News cluster folder only article_NN.txt files are read (summary.txt is not an article).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { command, positionals, type Command } from '../src/pipeline/cliManners.ts';
import { readStoryDir, UNREADABLE } from '../src/pipeline/io.ts';
import { buildStory } from '../src/pipeline/run.ts';
import { articlesOnly } from '../src/pipeline/eval/storyFiles.ts';
import { scoreTimeline, type Gold } from '../src/pipeline/eval/timelineScore.ts';
import { formatScore } from '../src/pipeline/eval/report.ts';

const USAGE = `usage: npm run eval:timeline -- <storyDir> <gold.json> [--events]

Builds the story and scores it against a gold timeline (../shared/eval/README.md): core recall, date
accuracy, source coverage, over-merges, junk, article dating, with a line per gold event.
  --events  also list the built events
  --help    this text`;

const cmd: Command = command('eval:timeline', USAGE);
const args = positionals(cmd, [], ['--events']);
if (args.length !== 2) cmd.fail(`give a story folder and a gold file (got ${args.length} argument${args.length === 1 ? '' : 's'}; --help for usage)`);
const [dir, goldPath] = args as [string, string];
if (!existsSync(dir)) cmd.fail(`${dir}: no such folder`, 1);
if (!statSync(dir).isDirectory()) cmd.fail(`${dir}: not a folder (give the story's folder)`, 1);
if (!existsSync(goldPath)) cmd.fail(`${goldPath}: no such file`, 1);
let gold: Gold;
try {
  gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Gold;
  if (typeof gold !== 'object' || gold === null || typeof gold.articles !== 'object' || !Array.isArray(gold.events)) throw new Error('not a gold timeline (it needs "articles" and "events")');
} catch (error) {
  cmd.fail(`${goldPath}: ${(error as Error).message}`, 1);
}
const input = articlesOnly(readStoryDir(dir));
const unreadable = input.warnings?.find((w) => w.code === UNREADABLE && w.file);
if (unreadable) cmd.fail(`${join(dir, unreadable.file!)}: cannot be read: ${unreadable.message.replace(`${unreadable.file}: `, '').replace(/; built without it$/, '')}`, 1);
if (!input.files.length) cmd.fail(`${dir}: no article in it (an empty story folder)`, 1);
const story = buildStory(input);
for (const w of story.warnings) console.warn(`warning: ${w.message}`);
const ids = new Set(story.articles.map((a) => a.id));
const missing = Object.keys(gold.articles).filter((id) => !ids.has(id));
if (missing.length) console.warn(`warning: gold articles not in the built story: ${missing.join(', ')}`);
console.log(`${story.id}: ${story.articles.length} articles, ${story.events.length} events, ${story.context.length} context sentences`);
console.log(formatScore(scoreTimeline(story, gold)));
if (process.argv.includes('--events')) {
  for (const e of story.events) console.log(`${e.date.value.padEnd(10)} [${e.sources}] ${e.id}: ${e.title}`);
}
