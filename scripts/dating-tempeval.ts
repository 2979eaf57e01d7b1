/**
 * `npx tsx scripts/dating-tempeval.ts [--data <shared dir>]`: article dating held out from everything the
 * chronology was built on. Each TempEval-3 document (TimeBank and AQUAINT: wire and newspaper stories of
 * 1989 to 2000) is built as a one-article story from its text alone, its creation time (DCT) hidden, and
 * the published day compared with the DCT. A lone article has no story-mates to agree with, and these texts
 * have no stamps or datelines: most of them rightly get no day; the figure to watch is how many get a
 * wrong one (more than 30 days off), each listed with the evidence the model gave.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildStory } from '../src/pipeline/run.ts';
import { dataArg } from './dataArg.ts';

const { data } = dataArg('usage: npx tsx scripts/dating-tempeval.ts [--data <shared dir>]\nArticle dating on the TempEval-3 documents, each alone with its creation time hidden.\n');
process.env.DATELINE_LOCKS = 'frozen';
const c = { n: 0, exact: 0, w1: 0, w7: 0, undated: 0, yearless: 0, yearlessDay: 0, over30: 0 };
const far: string[] = [];
for (const corpus of ['TimeBank', 'AQUAINT']) {
  const dir = join(data, 'data', 'tempeval3', corpus);
  for (const file of readdirSync(dir).filter((x) => x.endsWith('.tml')).sort()) {
    const xml = readFileSync(join(dir, file), 'utf8');
    const dct = /<DCT>[\s\S]*?value="(\d{4}-\d{2}-\d{2})/.exec(xml)?.[1];
    const body = /<TEXT>([\s\S]*)<\/TEXT>/.exec(xml)?.[1];
    if (!dct || body === undefined) continue;
    const text = body.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    const story = buildStory({ id: 'tempeval', meta: {}, files: [{ name: 'article.txt', bytes: new TextEncoder().encode(text) }] });
    const p = story.articles[0]?.published ?? null;
    c.n++;
    if (!p) { c.undated++; continue; }
    if (p.value.startsWith('XXXX')) {
      // A year-less day is right when its month and day are the creation day's, or the day before or after.
      c.yearless++;
      const near = [-1, 0, 1].some((k) => new Date(Date.parse(dct) + k * 864e5).toISOString().slice(4, 10) === p.value.slice(4, 10));
      if (near) c.yearlessDay++;
      continue;
    }
    const off = Math.round((Date.parse(p.value.slice(0, 10)) - Date.parse(dct)) / 864e5);
    if (off === 0) c.exact++;
    if (Math.abs(off) <= 1) c.w1++;
    if (Math.abs(off) <= 7) c.w7++;
    if (Math.abs(off) > 30) { c.over30++; far.push(`  ${corpus}/${file}: ${p.value} for ${dct} (${off} days): ${p.evidence?.note ?? ''}`); }
  }
}
const r = (x: number) => (x / Math.max(1, c.n)).toFixed(3);
console.log(`${c.n} documents: exact ${r(c.exact)}  within 1 ${r(c.w1)}  within 7 ${r(c.w7)}  undated ${r(c.undated)}  year not stated ${r(c.yearless)} (month and day within 1: ${c.yearlessDay} of ${c.yearless})  >30 days off ${c.over30}`);
for (const line of far) console.log(line);
