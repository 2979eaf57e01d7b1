/**
 * `npm run --silent summarize -- <storyDir> --dates K --sentences N [--from YYYY-MM-DD] [--to YYYY-MM-DD]`
 * Builds the story and prints its K most important days with up to N sentences each, all taken from the
 * articles, as JSON [{"date": "YYYY-MM-DD", "sentences": [...]}] (src/pipeline/rank/summarize.ts: the
 * ranking the viewer shows). --from/--to keep the articles published in that window (as story.json or a
 * Timeline17 index states it) and the days in it.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { command, option, positionals, type Command } from '../src/pipeline/cliManners.ts';
import { withinWindow } from '../src/pipeline/eval/keyEventsEval.ts';
import { readStoryDir, UNREADABLE } from '../src/pipeline/io.ts';
import { summarize } from '../src/pipeline/rank/summarize.ts';
import { buildStory } from '../src/pipeline/run.ts';

const USAGE = `usage: npm run --silent summarize -- <storyDir> --dates K --sentences N [--from YYYY-MM-DD] [--to YYYY-MM-DD]

Prints the story's K most important days with up to N sentences each, taken from its articles, as JSON
[{"date": "YYYY-MM-DD", "sentences": ["..."]}], in date order: the same ranking as the events' rank.
  --dates K       how many days (a whole number, 1 or more)
  --sentences N   at most this many sentences a day (1 or more)
  --from DAY      only articles published on or after DAY, and only days from DAY on
  --to DAY        only articles published on or before DAY, and only days up to DAY
  --help          this text
A Timeline17 topic folder (articles_index.tsv) reads as one story. Warnings go to stderr.`;

const cmd: Command = command('summarize', USAGE);
const FLAGS = ['--dates', '--sentences', '--from', '--to'];
const args = positionals(cmd, FLAGS);
if (args.length !== 1) cmd.fail(`give one story folder (got ${args.length}; --help for usage)`);
const count = (flag: string): number => {
  const v = option(cmd, flag);
  if (v === undefined) return cmd.fail(`${flag} is required (--help for usage)`);
  if (!/^\d+$/.test(v) || Number(v) < 1) return cmd.fail(`${flag} ${v}: not a whole number of 1 or more`);
  return Number(v);
};
const day = (flag: string): string | undefined => {
  const v = option(cmd, flag);
  if (v === undefined) return undefined;
  const t = /^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(`${v}T00:00:00Z`) : null;
  if (!t || Number.isNaN(t.getTime()) || t.toISOString().slice(0, 10) !== v) return cmd.fail(`${flag} ${v}: not a date (YYYY-MM-DD)`);
  return v;
};
const dates = count('--dates');
const sentences = count('--sentences');
const from = day('--from');
const to = day('--to');
if (from && to && from > to) cmd.fail(`--from ${from} is after --to ${to}`);
const dir = args[0]!;
if (!existsSync(dir)) cmd.fail(`${dir}: no such folder`, 1);
if (!statSync(dir).isDirectory()) cmd.fail(`${dir}: not a folder (give the story's folder)`, 1);
const all = readStoryDir(dir);
const unreadable = all.warnings?.find((w) => w.code === UNREADABLE && w.file);
if (unreadable) cmd.fail(`${join(dir, unreadable.file!)}: cannot be read: ${unreadable.message.replace(`${unreadable.file}: `, '').replace(/; built without it$/, '')}`, 1);
const input = withinWindow(all, from, to);
if (!all.files.length) cmd.fail(`${dir}: no article in it (an empty story folder)`, 1);
if (!input.files.length) cmd.fail(`${dir}: no article published between ${from ?? 'the start'} and ${to ?? 'the end'}`, 1);
const story = buildStory(input);
for (const w of story.warnings) console.warn(`warning: ${w.message}`);
process.stdout.write(`${JSON.stringify(summarize(story, { dates, sentences, ...(from ? { from } : {}), ...(to ? { to } : {}) }), null, 1)}\n`);
