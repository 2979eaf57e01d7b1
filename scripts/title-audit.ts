/**
 * `npm run titles:audit -- --data <shared dir> [--timeline17] [--list] [--all]`: builds the 13 gold stories as
 * `npm run eval` reads them (the seed story and every news cluster with a gold file) and prints the share of
 * event titles that open with a quotation mark, open with a pronoun, end on a function word, are cut with "…"
 * or have no verb (src/pipeline/eval/titleAudit.ts). --timeline17 builds the four Timeline17 topics instead,
 * each whole from its folder (readStoryDir: articles_index.tsv). --list prints each flagged title; --all
 * prints every title. It also counts the key events (`key: true`) whose title opens with a pronoun.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { command, option, positionals, type Command } from '../src/pipeline/cliManners.ts';
import { readStoryDir } from '../src/pipeline/io.ts';
import { buildStory } from '../src/pipeline/run.ts';
import { articlesOnly } from '../src/pipeline/eval/storyFiles.ts';
import { DATING_TOPICS, timelineStories } from '../src/pipeline/eval/battery.ts';
import { auditTitles, formatAudit, titleFlaws } from '../src/pipeline/eval/titleAudit.ts';

const USAGE = `usage: npm run titles:audit -- --data <shared dir> [--timeline17] [--list] [--all]

Builds the 13 gold stories (as npm run eval does) and prints the share of event titles that open with a
quotation mark, open with a pronoun, end on a function word, are cut with "…", or have no verb.
  --data <dir>  the shared evaluation folder (the one holding eval/, seeds/ and data/)
  --timeline17  the four Timeline17 topics instead, each built whole from its folder (about 15 s)
  --list        also print each flagged title
  --all         also print every title
  --help        this text`;

const cmd: Command = command('titles:audit', USAGE);
const extra = positionals(cmd, ['--data'], ['--list', '--all', '--timeline17']);
if (extra.length) cmd.fail(`unexpected argument ${extra[0]} (--help for usage)`);
const args = cmd.argv;
const data = option(cmd, '--data') ?? cmd.fail('give the shared folder with --data (--help for usage)');
if (!existsSync(data)) cmd.fail(`${data}: no such folder`, 1);
if (!existsSync(join(data, 'eval'))) cmd.fail(`${data}: no eval/ folder in it (give the shared evaluation folder)`, 1);
const stories = args.includes('--timeline17')
  ? DATING_TOPICS.map((id) => ({ id, story: buildStory(readStoryDir(join(data, 'data', id))) }))
  : timelineStories(data).map(({ id, dir }) => ({ id, story: buildStory(articlesOnly(readStoryDir(dir))) }));
const audit = auditTitles(stories);
if (args.includes('--all')) {
  for (const { id, story } of stories) for (const e of story.events) console.log(`${id}\t${titleFlaws(e.title).join(',') || '-'}\t${e.title}`);
} else if (args.includes('--list')) {
  for (const f of audit.flagged) console.log(`${f.story}\t${f.flaws.join(',')}\t${f.title}`);
}
console.log(formatAudit(audit));
