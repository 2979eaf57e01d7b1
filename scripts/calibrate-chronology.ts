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
import { dayNumber, fromDayNumber } from '../src/pipeline/events/dates.ts';
import { ingest } from '../src/pipeline/ingest/index.ts';
import { segment } from '../src/pipeline/segment/index.ts';
import { resolveAgainst, tagTimexDetailed } from '../src/pipeline/time/index.ts';
import { BINS, MONTHDAY_REACH, WEEK, binOf, binWidth, occurrence } from '../src/pipeline/chronology/bins.ts';
import { articleInputs, storyInputs, type DatingArticle } from '../src/pipeline/chronology/index.ts';
import { pinsByDay, relativeGroups } from '../src/pipeline/chronology/publication.ts';
import { overlap, type Pin } from '../src/pipeline/chronology/pins.ts';
import type { DayEvidence } from '../src/pipeline/chronology/evidence.ts';
import { publishedOf } from '../src/pipeline/story/published.ts';
import { timeReader } from '../src/pipeline/time/reader.ts';
import type { Direction } from '../src/pipeline/events/tense.ts';
import { dataArg } from './dataArg.ts';

const { data, args } = dataArg('usage: npx tsx scripts/calibrate-chronology.ts [--data <shared dir>] [--links]\nWrites src/pipeline/chronology/calibration.ts from the Timeline17 articles outside the dating evaluation sample\n(--links: print the measured discourse links instead, writing nothing).\n');
const links = args.includes('--links');
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
      // A dateline's month-day is the filing day, read by convention (likelihood.ts datelineDay), not measured here.
      else if (e.kind === 'monthday' && !e.dateline) {
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
 * `--links`: the two discourse links of publication.ts measured and printed, nothing written (decide() keeps
 * its hand-set gains: the measured ratios did not pay on the battery nor on the training desks; README,
 * session 12). Measured on desks of the same articles read as the pipeline reads a story whose
 * dates are hidden (every three days' unscored articles, by six): what the story then dates (pins) is what
 * the model sees. For each undated article with its real day D*:
 *  - agreement: each relative expression ("Tuesday", "yesterday"; its mentions of one value and tense
 *    together, as one piece of evidence) is read against D* and against the days within a week either side;
 *    the days it lands on at D* are its right readings, the others (a week off for a weekday, one to seven days
 *    for "yesterday") its wrong ones. Per level of agreement (publication.ts agreementAt), how often a right
 *    reading lands on a pin at that level against how often a wrong one does: the likelihood ratio
 *    P(level | right day) / P(level | wrong day), with the weekday arithmetic itself left to `weekday`.
 *  - told: a past sentence without a day of its own sharing words with a fresh pin (index.ts toldOf): how far
 *    D* lies from the pin's day, in bins.ts bins.
 */
/**
 * How a relative expression read as day v agrees with the story's dated happenings on v: a same-day word
 * ("today") on a pin, else by the words its sentence shares with the best pin's (cosine: none, up to 0.2,
 * more); 'none' when no pin lies on v.
 */
const AGREE_LEVELS = ['none', 'same', 'o0', 'o1', 'o2'] as const;
type AgreeLevel = typeof AGREE_LEVELS[number];
function agreementAt(e: DayEvidence, v: number, pinsOn: ReadonlyMap<number, readonly Pin[]>): AgreeLevel {
  const same = pinsOn.get(v);
  if (!same?.length) return 'none';
  if (e.sameDay) return 'same';
  const best = Math.max(...same.map((p) => (e.cand ? overlap(e.cand.keys, p.cand.keys) : 0)));
  return best <= 0 ? 'o0' : best <= 0.2 ? 'o1' : 'o2';
}
/** Agreement counts per position and level ("body.o1"): at the right readings and at the wrong ones. */
const agreeRight = new Map<string, number>();
const agreeWrong = new Map<string, number>();
const add = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
/** Told links per kind of pin (its article dated or not): D* - pin day per bin, and the same at the days around D*. */
const toldAt = new Map<string, number[]>();
const toldNear = new Map<string, number[]>();
const addBin = (m: Map<string, number[]>, k: string, delta: number, w: number) => {
  const c = m.get(k) ?? new Array<number>(BINS.length).fill(0);
  m.set(k, c);
  const b = binOf(delta);
  if (b >= 0) c[b]! += w;
};
let deskArticles = 0;
if (links) for (const topic of TOPICS) {
  const all = readTopic(join(data, 'data', `t17-${topic}`));
  const evaluated = new Set(datingGroups(all).flat().map((a) => a.idx));
  const rest = all.filter((a) => !evaluated.has(a.idx)).sort((a, b) => (a.pubDate < b.pubDate ? -1 : a.pubDate > b.pubDate ? 1 : a.idx - b.idx));
  for (let i = 0; i < rest.length;) {
    const d0 = dayNumber(rest[i]!.pubDate)!;
    const window: typeof rest = [];
    for (; i < rest.length && dayNumber(rest[i]!.pubDate)! - d0 <= 2; i++) window.push(rest[i]!);
    for (let k = 0; k < window.length; k += 6) measureDesk(window.slice(k, k + 6));
  }
}

function measureDesk(desk: ReturnType<typeof readTopic>): void {
  const articles: DatingArticle[] = [];
  const truth = new Map<string, number>();
  const rawTexts: string[] = [];
  desk.forEach((a, k) => {
    const { doc } = ingest({ name: `article_${k}.txt`, bytes: new TextEncoder().encode(`${pyStrip(a.text)}\n`) });
    if (!doc) return;
    const cleaned = clean(doc);
    if (!cleaned.text.trim()) return;
    rawTexts.push(doc.text);
    articles.push({ id: doc.id, text: cleaned.text, ...segment(cleaned.text), published: publishedOf(doc, cleaned).published });
    truth.set(doc.id, dayNumber(a.pubDate)!);
  });
  if (!articles.some((a) => !a.published)) return;
  const r = timeReader(rawTexts);
  const tagged = new Map(articles.map((a) => [a.id, r.tag(a.text, a.published?.value.slice(0, 10) ?? null)]));
  const s = storyInputs(articles, r, tagged);
  for (const a of s.undated) {
    const D = truth.get(a.id)!;
    deskArticles++;
    const x = articleInputs(s, a, []);
    const pinsOn = pinsByDay(x.pins);
    for (const list of relativeGroups(x.evidence)) {
      const landed = (day: number) => new Set(list.flatMap((e) => readings(e, day)));
      const right = landed(D);
      const wrong = new Set<number>();
      for (let k = -WEEK; k <= WEEK; k++) for (const v of landed(D + k)) if (!right.has(v)) wrong.add(v);
      const key = (v: number) => `${list[0]!.lead ? 'lead' : 'body'}.${bestLevel(list, v, pinsOn)}`;
      const level = (v: number) => AGREE_LEVELS.indexOf(bestLevel(list, v, pinsOn));
      if (right.size) add(agreeRight, key([...right].reduce((b, v) => (level(v) > level(b) ? v : b))));
      for (const v of wrong) add(agreeWrong, key(v));
    }
    for (const t of x.told) {
      const kind = t.pin.stated ? 'stated' : 'unstated';
      const delta = D - dayNumber(t.pin.value)!;
      addBin(toldAt, kind, delta, 1);
      for (let k = -WEEK; k <= WEEK; k++) if (k) addBin(toldNear, kind, delta + k, 1 / (2 * WEEK));
    }
  }
  function readings(e: DayEvidence, day: number): number[] {
    const tenses: Direction[] = e.tense ? [e.tense] : ['past', 'future'];
    return tenses.flatMap((tense) => { const d = dayNumber(resolveAgainst(e.timex as Parameters<typeof resolveAgainst>[0], fromDayNumber(day), { tense }).value.slice(0, 10)); return d === null ? [] : [d]; });
  }
}
/** The best level any mention of one expression reaches on day v. */
function bestLevel(list: readonly DayEvidence[], v: number, pinsOn: Map<number, Pin[]>): AgreeLevel {
  let top = 0;
  for (const e of list) top = Math.max(top, AGREE_LEVELS.indexOf(agreementAt(e, v, pinsOn)));
  return AGREE_LEVELS[top]!;
}

/** Agreement ratios per position, P(level | right reading) / P(level | wrong reading), add-one smoothed. */
function agreeRatios(): Record<string, Record<AgreeLevel, number>> {
  const out: Record<string, Record<AgreeLevel, number>> = {};
  for (const pos of ['lead', 'body']) {
    const n = (m: Map<string, number>) => AGREE_LEVELS.reduce((t, l) => t + (m.get(`${pos}.${l}`) ?? 0), 0);
    const p = (m: Map<string, number>, l: string) => ((m.get(`${pos}.${l}`) ?? 0) + 1) / (n(m) + AGREE_LEVELS.length);
    out[pos] = Object.fromEntries(AGREE_LEVELS.map((l) => [l, round(p(agreeRight, l) / p(agreeWrong, l))])) as Record<AgreeLevel, number>;
  }
  return out;
}
/**
 * Told ratios per bin, P(D* - pin day in bin) / P(same for a day within a week of D*), half a link added to
 * every bin. A bin the days around D* hardly reach (less than one link) takes the ratio of the next bin towards
 * the day itself (a told happening months from the writing is as unlikely as one eight to thirty days from it).
 */
function toldRatios(kind: string): number[] {
  const at = toldAt.get(kind) ?? new Array<number>(BINS.length).fill(0);
  const near = toldNear.get(kind) ?? new Array<number>(BINS.length).fill(0);
  const [na, nn] = [at.reduce((t, x) => t + x, 0), near.reduce((t, x) => t + x, 0)];
  const ratio = at.map((c, i) => ((c + 0.5) / (na + BINS.length / 2)) / ((near[i]! + 0.5) / (nn + BINS.length / 2)));
  const zero = binOf(0);
  return ratio.map((_, i) => {
    let j = i;
    while (j !== zero && near[j]! < 1) j += j < zero ? 1 : -1;
    return round(ratio[j]!);
  });
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

if (links) {
  for (const k of [...new Set([...agreeRight.keys(), ...agreeWrong.keys()])].sort()) process.stdout.write(`agree.${k.padEnd(10)} right ${agreeRight.get(k) ?? 0} wrong ${agreeWrong.get(k) ?? 0}\n`);
  process.stdout.write(`agreement ratios ${JSON.stringify(agreeRatios())}\n`);
  for (const k of ['stated', 'unstated']) process.stdout.write(`told.${k.padEnd(9)} ${(toldAt.get(k) ?? []).join(' ')}\n     near   ${(toldNear.get(k) ?? []).map((x) => x.toFixed(1)).join(' ')}\n     ratio  ${toldRatios(k).join(' ')}\n`);
  process.stdout.write(`(${deskArticles} undated desk articles)\n`);
  process.exit(0);
}
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
