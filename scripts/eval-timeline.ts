/**
 * `npm run eval:timeline -- <storyDir> <gold.json>`: builds the story and prints the figures of
 * /work/shared/eval/README.md (scoring in src/pipeline/eval/timelineScore.ts) with a line per gold event.
 * For a Multi-News cluster folder only article_NN.txt files are read (summary.txt is not an article).
 */
import { readFileSync } from 'node:fs';
import { readStoryDir } from '../src/pipeline/io.ts';
import { buildStory } from '../src/pipeline/run.ts';
import { articlesOnly } from '../src/pipeline/eval/storyFiles.ts';
import { scoreTimeline, type Gold } from '../src/pipeline/eval/timelineScore.ts';
import { formatScore } from '../src/pipeline/eval/report.ts';

const [dir, goldPath] = process.argv.slice(2).filter((a) => a !== '--');
if (!dir || !goldPath) {
  console.error('usage: npm run eval:timeline -- <storyDir> <gold.json>');
  process.exit(2);
}
const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Gold;
const story = buildStory(articlesOnly(readStoryDir(dir)));
const ids = new Set(story.articles.map((a) => a.id));
const missing = Object.keys(gold.articles).filter((id) => !ids.has(id));
if (missing.length) console.warn(`warning: gold articles not in the built story: ${missing.join(', ')}`);
console.log(`${story.id}: ${story.articles.length} articles, ${story.events.length} events, ${story.context.length} context sentences`);
console.log(formatScore(scoreTimeline(story, gold)));
if (process.argv.includes('--events')) {
  for (const e of story.events) console.log(`${e.date.value.padEnd(10)} [${e.sources}] ${e.id}: ${e.title}`);
}
