/**
 * `npx tsx scripts/calibrate-chronology.ts [--data ../shared]`: measures how far a news article's day of
 * writing D lies from each kind of day it mentions (D - E), and writes the smoothed distributions to
 * src/pipeline/chronology/calibration.ts, which the chronology model reads (likelihood.ts).
 *
 * Data: the Timeline17 topics' real articles with their real publication days (t17-*), EXCEPT every article
 * the development battery's dating protocol evaluates (datingGroups, the same cut as dating_eval.py): the
 * distributions are learnt on one part of the corpus and judged on another. Each article is read exactly as
 * the pipeline reads an undated article (ingest, clean, segment, tag without a date, evidence.ts), so the
 * distributions describe the evidence the model actually sees.
 *
 * The figures are corpus statistics of news writing (a weekday named in the past is usually today or
 * yesterday; a bare "Oct. 13" told in the past is usually one to four weeks back, since newsrooms name the
 * weekday within a week), never a rule about one story.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { clean } from '../src/pipeline/clean/index.ts';
import { evidenceOf } from '../src/pipeline/chronology/evidence.ts';
import { datingGroups } from '../src/pipeline/eval/datingEval.ts';
import { readTopic } from '../src/pipeline/eval/battery.ts';
import { pyStrip } from '../src/pipeline/eval/pyCompat.ts';
import { candidatesOf } from '../src/pipeline/events/candidates.ts';
import { dayNumber } from '../src/pipeline/events/dates.ts';
import { ingest } from '../src/pipeline/ingest/index.ts';
import { segment } from '../src/pipeline/segment/index.ts';
import { resolveAgainst, tagTimexDetailed } from '../src/pipeline/time/index.ts';
import { BINS, MONTHDAY_REACH, WEEK, binOf, binWidth, occurrence } from '../src/pipeline/chronology/bins.ts';

const args = process.argv.slice(2);
if (args.includes('--help')) {
  process.stdout.write('usage: npx tsx scripts/calibrate-chronology.ts [--data <shared dir>]\nWrites src/pipeline/chronology/calibration.ts from the Timeline17 articles outside the dating evaluation sample.\n');
  process.exit(0);
}
const at = args.indexOf('--data');
const data = at >= 0 && args[at + 1] ? args[at + 1]! : '../shared';
const TOPICS = ['h1n1', 'egypt', 'finan', 'iraq'];

/** Counts per key: per bin (day kinds) or per exact offset -7..7 (weekdays). */
const counts = new Map<string, number[]>();
const bump = (key: string, size: number, i: number) => {
  const c = counts.get(key) ?? new Array<number>(size).fill(0);
  counts.set(key, c);
  if (i >= 0) c[i]! += 1;
};

const sameDay = (t: Parameters<typeof resolveAgainst>[0]) => resolveAgainst(t, '2000-01-05').value.startsWith('2000-01-05') && resolveAgainst(t, '2000-01-06').value.startsWith('2000-01-06');

let articles = 0;
for (const topic of TOPICS) {
  const all = readTopic(join(data, 'data', `t17-${topic}`));
  const evaluated = new Set(datingGroups(all).flat().map((a) => a.idx));
  for (const a of all) {
    if (evaluated.has(a.idx)) continue;
    const { doc } = ingest({ name: 'article.txt', bytes: new TextEncoder().encode(`${pyStrip(a.text)}\n`) });
    if (!doc) continue;
    const cleaned = clean(doc);
    const { sentences, paragraphs } = segment(cleaned.text);
    const art = { id: 'article', text: cleaned.text, sentences, paragraphs, published: null };
    const timexes = tagTimexDetailed(cleaned.text, { dct: null });
    const evidence = evidenceOf(art, timexes, candidatesOf(art, 0, timexes), sameDay);
    const D = dayNumber(a.pubDate)!;
    articles++;
    for (const e of evidence) {
      const tense = e.tense ?? 'none';
      // A page's stamp, whatever the tense of the words around it: how often it is the day itself.
      if (e.kind === 'stamp' || e.kind === 'later') bump(`${e.kind}.none`, BINS.length, binOf(D - e.day!));
      else if (e.kind === 'full') bump(`${e.named ? 'fullNamed' : 'full'}.${tense}`, BINS.length, binOf(D - e.day!));
      else if (e.kind === 'monthday') {
        const best = occurrence(e.timex.value, D);
        if (best !== null) bump(`${e.named ? 'monthdayNamed' : 'monthday'}.${tense}`, BINS.length, binOf(D - best));
      } else if (e.kind === 'month') {
        // The month's first day stands for E; D inside the month lands in bins 0..30.
        bump(`month.${tense}`, BINS.length, binOf(D - e.day!));
      } else if (e.kind === 'relative' && /^XXXX-WXX-\d$/.test(e.timex.value)) {
        const v = resolveAgainst(e.timex, a.pubDate, e.tense ? { tense: e.tense } : {}).value;
        const d = dayNumber(v.slice(0, 10));
        if (d !== null && Math.abs(D - d) <= WEEK) bump(`${e.lead ? 'weekdayLead' : 'weekday'}.${tense}`, 2 * WEEK + 1, D - d + WEEK);
      }
    }
  }
}

/**
 * Smoothing, two levels. A key's prior is what the kinds of its family say in the same tense (a full date
 * and a year-less month-day announced ahead behave alike; few full dates are told as ahead), with one
 * pseudo-mention spread evenly so no offset is impossible; the key then counts with 5 pseudo-mentions of it.
 * The prior respects the tense: a day told in the past lies on or before the day of writing, an announced
 * one on or after it; only the data itself (a tense misread) puts mass on the wrong side.
 */
function smooth(kinds: readonly string[], kind: string, size: number): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const tense of ['past', 'future', 'none']) {
    const pooled = new Array<number>(size).fill(0);
    for (const k of kinds) counts.get(`${k}.${tense}`)?.forEach((n, i) => (pooled[i]! += n));
    const total = pooled.reduce((s, n) => s + n, 0);
    const masked = pooled.map((n, i) => ((n + 1 / size) / (total + 1)) * (against(kind, tense, i) ? 0.01 : 1));
    const z = masked.reduce((s, p) => s + p, 0);
    const c = counts.get(`${kind}.${tense}`) ?? new Array<number>(size).fill(0);
    const n = c.reduce((s, x) => s + x, 0);
    out[tense] = fillDips(kind, c.map((x, i) => (x + (5 * masked[i]!) / z) / (n + 5))).map(round);
  }
  return out;
}

/**
 * A bin no mention happened to fall in ("two days before" among 215 past month-days) is a gap in the sample,
 * not a day of writing a thousand times less likely than its neighbours either side: a bin whose density per
 * day lies below both neighbours' is raised to the lower of the two, and the distribution renormalised.
 */
function fillDips(kind: string, dist: number[]): number[] {
  const width = (i: number) => (kind.startsWith('weekday') ? 1 : binWidth(i, kind.startsWith('monthday') ? MONTHDAY_REACH : Infinity));
  const density = dist.map((p, i) => p / width(i));
  const filled = density.map((d, i) => (i > 0 && i < density.length - 1 ? Math.max(d, Math.min(density[i - 1]!, density[i + 1]!)) : d));
  const mass = filled.map((d, i) => d * width(i));
  const z = mass.reduce((s, p) => s + p, 0);
  return mass.map((p) => p / z);
}
/** Whether bin i lies on the side of the day of writing that the tense rules out. */
function against(kind: string, tense: string, i: number): boolean {
  if (kind.startsWith('weekday')) {
    const delta = i - WEEK;
    return (tense === 'past' && delta < 0) || (tense === 'future' && delta > 0);
  }
  const [lo, hi] = BINS[i]!;
  return (tense === 'past' && hi < 0) || (tense === 'future' && lo > 0);
}
const round = (x: number) => Number(x.toPrecision(4));

const table = {
  articles,
  full: smooth(['full', 'fullNamed', 'monthday', 'monthdayNamed'], 'full', BINS.length),
  fullNamed: smooth(['full', 'fullNamed', 'monthday', 'monthdayNamed'], 'fullNamed', BINS.length),
  monthday: smooth(['full', 'fullNamed', 'monthday', 'monthdayNamed'], 'monthday', BINS.length),
  monthdayNamed: smooth(['full', 'fullNamed', 'monthday', 'monthdayNamed'], 'monthdayNamed', BINS.length),
  month: smooth(['month'], 'month', BINS.length),
  weekday: smooth(['weekday', 'weekdayLead'], 'weekday', 2 * WEEK + 1),
  weekdayLead: smooth(['weekday', 'weekdayLead'], 'weekdayLead', 2 * WEEK + 1),
  stamp: smooth(['stamp'], 'stamp', BINS.length),
  later: smooth(['later'], 'later', BINS.length),
  mentions: Object.fromEntries([...counts].sort().map(([k, c]) => [k, c.reduce((s, x) => s + x, 0)])),
};
/** The table with each distribution on one line: a row of bins reads as a row, and the file stays short. */
function compact(value: unknown, indent = ''): string {
  if (Array.isArray(value) || typeof value !== 'object' || value === null) return JSON.stringify(value);
  const inner = `${indent}  `;
  const lines = Object.entries(value).map(([k, v]) => `${inner}${JSON.stringify(k)}: ${compact(v, inner)}`);
  return `{\n${lines.join(',\n')}\n${indent}}`;
}
const out = join(import.meta.dirname, '../src/pipeline/chronology/calibration.ts');
writeFileSync(out, `/**
 * Generated by scripts/calibrate-chronology.ts (do not edit): for each kind of mentioned day and the tense
 * it is told in, the probability that the day of writing D lies in each bin of D - E (bins.ts), measured on
 * ${articles} Timeline17 articles outside the dating evaluation sample. \`weekday\` (named in the body) and \`weekdayLead\`
 * (named in the article's first two event sentences) are per exact offset -7..7. \`fullNamed\` and
 * \`monthdayNamed\`: a date that names a thing ("the attacks of Sept. 11, 2001", "the March 22 coup").
 * \`stamp\` (a page's own stamp) and \`later\` (a comment's or an update's) are measured whatever the tense: their
 * \`none\` row is the one read.
 */
export const CALIBRATION = ${compact(table)} as const;
`);
process.stdout.write(`wrote ${out} from ${articles} articles\n`);
for (const [k, c] of [...counts].sort()) process.stdout.write(`${k.padEnd(16)} ${c.join(' ')}\n`);
