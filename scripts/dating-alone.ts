/**
 * `npx tsx scripts/dating-alone.ts [--data <shared dir>]`: article dating of articles each built alone, as
 * a one-article story from its text, its day hidden, with no story-mate to agree with:
 * - the TempEval-3 documents (TimeBank and AQUAINT: wire and newspaper stories of 1989 to 2000), held out
 *   from everything the chronology was built on; their texts have no stamps or datelines, so most of them
 *   rightly get no day, and the figure to watch is how many get a wrong one (each listed with its evidence);
 * - the Timeline17 articles of the four topics (scraped pages, stamps included), each alone;
 * - the 13 gold stories' articles, each alone, against their gold publication range.
 * A year-less day counts as right when its month and day are within a day of the real one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildStory } from '../src/pipeline/run.ts';
import { DATING_TOPICS, readTopic, timelineStories } from '../src/pipeline/eval/battery.ts';
import { readStoryDir } from '../src/pipeline/io.ts';
import { articlesOnly } from '../src/pipeline/eval/storyFiles.ts';
import { datingGroups, groupStory } from '../src/pipeline/eval/datingEval.ts';
import { dataArg } from './dataArg.ts';

const { data } = dataArg('usage: npx tsx scripts/dating-alone.ts [--data <shared dir>]\nArticle dating of articles each built alone, their day hidden: the TempEval-3 documents, then the Timeline17 articles.\n');
process.env.DATELINE_LOCKS = 'frozen';
type Counts = { n: number; exact: number; w1: number; w7: number; undated: number; yearless: number; yearlessDay: number; over30: number };
const fresh = (): Counts => ({ n: 0, exact: 0, w1: 0, w7: 0, undated: 0, yearless: 0, yearlessDay: 0, over30: 0 });

/** Builds `text` alone and counts its published day against `real`; returns a line when more than 30 days off. */
function count(c: Counts, name: string, text: string, real: string): string | null {
  const story = buildStory({ id: 'alone', meta: {}, files: [{ name: 'article.txt', bytes: new TextEncoder().encode(text) }] });
  const p = story.articles[0]?.published ?? null;
  c.n++;
  if (!p) { c.undated++; return null; }
  if (p.value.startsWith('XXXX')) {
    c.yearless++;
    if ([-1, 0, 1].some((k) => new Date(Date.parse(real) + k * 864e5).toISOString().slice(4, 10) === p.value.slice(4, 10))) c.yearlessDay++;
    return null;
  }
  const off = Math.round((Date.parse(p.value.slice(0, 10)) - Date.parse(real)) / 864e5);
  if (off === 0) c.exact++;
  if (Math.abs(off) <= 1) c.w1++;
  if (Math.abs(off) <= 7) c.w7++;
  if (Math.abs(off) <= 30) return null;
  c.over30++;
  return `  ${name}: ${p.value} for ${real} (${off} days): ${p.evidence?.note ?? ''}`;
}

function report(title: string, c: Counts, far: string[]): void {
  const r = (x: number) => (x / Math.max(1, c.n)).toFixed(3);
  console.log(`${title}: ${c.n} articles: exact ${r(c.exact)}  within 1 ${r(c.w1)}  within 7 ${r(c.w7)}  undated ${r(c.undated)}  year not stated ${r(c.yearless)} (month and day within 1: ${c.yearlessDay} of ${c.yearless})  >30 days off ${c.over30}`);
  for (const line of far) console.log(line);
}

const tempeval = fresh();
const far: string[] = [];
for (const corpus of ['TimeBank', 'AQUAINT']) {
  const dir = join(data, 'data', 'tempeval3', corpus);
  for (const file of readdirSync(dir).filter((x) => x.endsWith('.tml')).sort()) {
    const xml = readFileSync(join(dir, file), 'utf8');
    const dct = /<DCT>[\s\S]*?value="(\d{4}-\d{2}-\d{2})/.exec(xml)?.[1];
    const body = /<TEXT>([\s\S]*)<\/TEXT>/.exec(xml)?.[1];
    if (!dct || body === undefined) continue;
    const text = body.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    const line = count(tempeval, `${corpus}/${file}`, text, dct);
    if (line) far.push(line);
  }
}
report('TempEval-3, each document alone', tempeval, far);

const t17 = fresh();
const far17: string[] = [];
for (const topic of DATING_TOPICS) {
  for (const desk of datingGroups(readTopic(join(data, 'data', topic)), Infinity)) {
    for (const a of desk) {
      // The text exactly as the dating protocol gives it (groupStory), the article alone.
      const text = new TextDecoder().decode(groupStory(topic, 0, [a]).files[0]!.bytes);
      const line = count(t17, `${topic} ${a.pubDate}`, text, a.pubDate);
      if (line) far17.push(line);
    }
  }
}
report('Timeline17, each article alone', t17, far17);

// The gold stories' articles, each alone: right when the day falls in the gold range (a year-less day
// counts as its month and day only, as the gold scorer counts them in a story that states no year).
const gold = { n: 0, dated: 0, right: 0, yearless: 0 };
/** Each article dated outside its gold range, with the evidence its note gives. */
const outside: string[] = [];
for (const story of timelineStories(data)) {
  const g = JSON.parse(readFileSync(story.gold, 'utf8')) as { articles: Record<string, { published?: string | null; published_range?: string[] }> };
  const input = articlesOnly(readStoryDir(story.dir));
  for (const file of input.files) {
    const a = buildStory({ ...input, files: [file] }).articles[0];
    const ga = a ? g.articles[a.id] : undefined;
    const range = ga?.published_range?.length ? ga.published_range : ga?.published ? [ga.published, ga.published] : null;
    if (!a || !range) continue;
    gold.n++;
    const v = a.published?.value;
    if (!v) continue;
    gold.dated++;
    const day = v.startsWith('XXXX') ? null : v.slice(0, 10);
    if (!day) gold.yearless++;
    const md = (x: string) => x.slice(5, 10);
    if (day ? day >= range[0]! && day <= range[1]! : md(v) >= md(range[0]!) && md(v) <= md(range[1]!)) gold.right++;
    else outside.push(`  ${story.id.slice(0, 24)} ${a.id}: ${v} for ${range[0]} to ${range[1]}: ${a.published?.evidence?.note ?? ''}`);
  }
}
console.log(`gold stories, each article alone: ${gold.n} articles: ${gold.dated} dated (${gold.yearless} year not stated), ${gold.right} in their gold range, ${gold.dated - gold.right} outside it`);
for (const line of outside) console.log(line);

