/**
 * `npx tsx scripts/link-precision.ts [--data <shared dir>]`: how often a date taken from a sentence's
 * context (src/pipeline/merge/linkPrecision.ts: the same paragraph, the sentence before, a clock time, the
 * article's main happening, the page's day of publication) is the right day, against the same count for dates
 * the sentence's own words give. Counted over the gold events of the 13 gold stories (as `npm run eval` builds
 * them; each matched gold event, by the one event that matches it best) and the dated SemEval-2015 rows an
 * event matches (every document there states its date). "article right": the event's article has the right
 * day of writing (gold article dating; stated on SemEval), the case the link's share stands for, since an
 * event's confidence is the link's share times its article's own.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildStory } from '../src/pipeline/run.ts';
import { articlesOnly } from '../src/pipeline/eval/storyFiles.ts';
import { readStoryDir } from '../src/pipeline/io.ts';
import { ANCHORING_CORPUS, timelineStories } from '../src/pipeline/eval/battery.ts';
import { scoreTimeline, type Gold } from '../src/pipeline/eval/timelineScore.ts';
import { agrees, anchorDocs, anchorNorm, anchorStory, goldRows } from '../src/pipeline/eval/anchoringEval.ts';
import { linkOf, linkShare, LINKS, type Link } from '../src/pipeline/merge/linkPrecision.ts';
import { dataArg } from './dataArg.ts';

const { data } = dataArg('usage: npx tsx scripts/link-precision.ts [--data <shared dir>]\nHow often each link that dates a sentence from its context gives the right day (gold stories, SemEval-2015).\n');

type Row = 'own' | Link;
const counts = new Map<Row, { right: number; n: number; rightOk: number; nOk: number }>();
const count = (row: Row, right: boolean, articleRight: boolean) => {
  const c = counts.get(row) ?? { right: 0, n: 0, rightOk: 0, nOk: 0 };
  c.n += 1;
  c.right += Number(right);
  if (articleRight) { c.nOk += 1; c.rightOk += Number(right); }
  counts.set(row, c);
};

for (const { dir, gold } of timelineStories(data)) {
  const g = JSON.parse(readFileSync(gold, 'utf8')) as Gold;
  const story = buildStory(articlesOnly(readStoryDir(dir)));
  const s = scoreTimeline(story, g);
  const articleOk = new Map(s.articleLines.map((l) => [l.id, l.ok]));
  for (const line of s.lines) {
    if (line.dateOk === null || !line.bestEvent) continue;
    const e = story.events.find((x) => x.id === line.bestEvent)!;
    const note = e.date.evidence?.note ?? '';
    const article = e.date.evidence?.articleId ?? e.mentions[0]!.articleId;
    count(linkOf(note) ?? 'own', line.dateOk, articleOk.get(article) ?? false);
  }
}

const sem = join(data, 'data', ANCHORING_CORPUS);
const docs = anchorDocs(readFileSync(join(sem, 'docs_index.tsv'), 'utf8'));
const story = buildStory(anchorStory(ANCHORING_CORPUS, docs, (f) => readFileSync(join(sem, 'docs', f), 'utf8')));
const rows = goldRows(readdirSync(join(sem, 'gold_resolved')).filter((f) => f.endsWith('.tsv')).map((f) => readFileSync(join(sem, 'gold_resolved', f), 'utf8')));
for (const r of rows) {
  for (const e of story.events) {
    const hit = e.mentions.some((m) => { const t = anchorNorm(m.text); return m.articleId === r.doc && !!t && (r.sentence.includes(t) || t.includes(r.sentence)); });
    if (hit) count(linkOf(e.date.evidence?.note ?? '') ?? 'own', agrees(e.date.value, r.date), true);
  }
}

process.stdout.write('link        right / measured (article right)   all articles   share used\n');
for (const row of ['own', ...Object.keys(LINKS)] as Row[]) {
  const c = counts.get(row) ?? { right: 0, n: 0, rightOk: 0, nOk: 0 };
  const share = row === 'own' ? '' : linkShare(row).toFixed(2);
  process.stdout.write(`${row.padEnd(11)} ${`${c.rightOk} / ${c.nOk}`.padStart(10)}${' '.repeat(26)}${`${c.right} / ${c.n}`.padStart(8)}   ${share}\n`);
}
