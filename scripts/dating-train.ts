/**
 * `npx tsx scripts/dating-train.ts [--data <shared dir>]`: article dating on the Timeline17 TRAINING desks,
 * where the chronology's global weights are chosen (never on the battery). The desks are cut from each
 * topic as the dating protocol cuts them (datingEval.ts: the articles published within 3 days of the
 * first, at most 6), from the desks the protocol does NOT score (its 20 a topic are left out), keeping
 * those of two articles or more; each is built with its dates hidden and scored like the battery's.
 * The same articles are the ones scripts/calibrate-chronology.ts measures its distributions on.
 */
import { join } from 'node:path';
import { buildStory } from '../src/pipeline/run.ts';
import { DATING_TOPICS, readTopic } from '../src/pipeline/eval/battery.ts';
import { addDating, countGroup, datingFigures, datingGroups, groupStory, NO_COUNTS, type DatingCounts } from '../src/pipeline/eval/datingEval.ts';
import { dataArg } from './dataArg.ts';

const { data } = dataArg('usage: npx tsx scripts/dating-train.ts [--data <shared dir>]\nArticle dating on the Timeline17 desks the dating evaluation does not score (where global weights are chosen).\n');

let pooled: DatingCounts = NO_COUNTS;
const line = (name: string, c: DatingCounts) => {
  const f = datingFigures(c);
  const r = (x: number) => x.toFixed(3);
  process.stdout.write(`${name.padEnd(10)} ${String(f.articles).padStart(4)} articles  exact ${r(f.exact)}  within 1 ${r(f.within1)}  within 7 ${r(f.within7)}  undated ${r(f.undated)}  >30 days off ${f.over30}\n`);
};
for (const topic of DATING_TOPICS) {
  const all = readTopic(join(data, 'data', topic));
  const scored = new Set(datingGroups(all).map((g) => g[0]!.idx));
  const desks = datingGroups(all, Infinity).filter((g) => !scored.has(g[0]!.idx) && g.length > 1);
  let counts = NO_COUNTS;
  desks.forEach((g, gi) => {
    let story = null;
    try { story = buildStory(groupStory(topic, gi, g)); } catch { story = null; }
    counts = addDating(counts, countGroup(g, story));
  });
  line(topic, counts);
  pooled = addDating(pooled, counts);
}
line('pooled', pooled);
