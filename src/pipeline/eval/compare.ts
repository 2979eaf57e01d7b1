/**
 * `npm run eval -- --compare <earlier results.json>`: every battery figure that moved, with how far it could
 * move by chance. The brief's rule is to keep a change only when no corpus regresses "beyond noise"; this
 * says what noise is for each figure, by a paired bootstrap over the figure's own units: the gold stories for
 * the timeline figures and key-event precision, the articles for Timeline17 dating, the gold rows for
 * SemEval anchoring, the journalists' timelines for the Timeline17 summaries. Both runs are resampled with
 * the same units drawn (so a change that moves every story a little is told apart from one story moving a
 * lot), 2,000 times with a fixed seed (the same two files always give the same intervals); a change is
 * beyond noise when the 95% interval of the difference leaves out zero. TempEval-3 keeps no per-document
 * figures: its changes are listed without an interval, as are figures whose earlier file predates the units.
 */
import type { BatteryResults, KeyEventsTask, TimelineStory } from './battery.ts';

export interface Change {
  figure: string;
  base: number;
  next: number;
  /** 95% interval of next - base over resamples of the units, or null when the units are not known. */
  interval: [number, number] | null;
  /** What was resampled, and how many. */
  units: string;
  beyond: boolean;
}

const RESAMPLES = 2000;

/** A small deterministic generator (mulberry32): the same files give the same intervals. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The 95% percentile interval of stat(next) - stat(base) over `resamples` draws of n paired units with
 * replacement. `stat` gets the drawn indices and which run to read.
 */
export function pairedInterval(n: number, stat: (idx: readonly number[], run: 'base' | 'next') => number, resamples = RESAMPLES, seed = 1): [number, number] {
  const rand = generator(seed);
  const diffs: number[] = [];
  const idx = new Array<number>(n);
  for (let b = 0; b < resamples; b++) {
    for (let i = 0; i < n; i++) idx[i] = Math.floor(rand() * n);
    diffs.push(stat(idx, 'next') - stat(idx, 'base'));
  }
  diffs.sort((x, y) => x - y);
  return [diffs[Math.floor(0.025 * (resamples - 1))]!, diffs[Math.ceil(0.975 * (resamples - 1))]!];
}

/** The unit's name, or why there is no interval: an earlier file written before the units were kept. */
const unitsOf = (name: string, known: unknown) => (known ? name : `${name}: not in both files`);

const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);

/** Units present in both runs, by key, in the earlier run's order. */
function paired<T>(base: readonly T[] | undefined, next: readonly T[] | undefined, key: (t: T) => string): Array<[T, T]> | null {
  if (!base?.length || !next?.length) return null;
  const byKey = new Map(next.map((t) => [key(t), t]));
  const out: Array<[T, T]> = [];
  for (const b of base) { const n = byKey.get(key(b)); if (n) out.push([b, n]); }
  return out.length ? out : null;
}

function change(figure: string, base: number | undefined, next: number | undefined, units: string, n: number, stat: ((idx: readonly number[], run: 'base' | 'next') => number) | null): Change | null {
  if (base === undefined || next === undefined || !Number.isFinite(base) || !Number.isFinite(next) || Math.abs(next - base) < 1e-12) return null;
  const interval = stat && n > 1 ? pairedInterval(n, stat) : null;
  return { figure, base, next, interval, units: n > 0 ? `${n} ${units}` : units, beyond: !!interval && (interval[0] > 0 || interval[1] < 0) };
}

const TIMELINE_FIGURES = ['coreRecall', 'dateAccuracyCore', 'dateAccuracyAll', 'sourceCoverage', 'overMerges', 'junk', 'articleDating', 'eventsPerMatched'] as const;

export function compareResults(base: BatteryResults, next: BatteryResults): Change[] {
  const out: Array<Change | null> = [];
  const stories = paired(base.timeline?.stories, next.timeline?.stories, (s) => s.id);
  if (base.timeline && next.timeline && stories) {
    for (const f of TIMELINE_FIGURES) {
      // The mean of events per matched gold event is over the stories with a match, as battery.ts takes it.
      const counted = (s: TimelineStory) => f !== 'eventsPerMatched' || s.recallAll > 0;
      const stat = (idx: readonly number[], run: 'base' | 'next') => mean(idx.map((i) => stories[i]![run === 'base' ? 0 : 1]).filter(counted).map((s) => s[f]));
      out.push(change(`timeline.${f}`, base.timeline.mean[f], next.timeline.mean[f], 'gold stories', stories.length, stat));
    }
  }
  const articles = paired(base.dating?.articles, next.dating?.articles, (a) => `${a.story}/${a.article}`);
  if (base.dating && next.dating) {
    const shares: Array<['exact' | 'within1' | 'within7' | 'undated', (off: number | null) => boolean]> = [
      ['exact', (o) => o === 0], ['within1', (o) => o !== null && o <= 1], ['within7', (o) => o !== null && o <= 7], ['undated', (o) => o === null],
    ];
    for (const [f, hit] of shares) {
      const stat = articles ? (idx: readonly number[], run: 'base' | 'next') => mean(idx.map((i) => Number(hit(articles[i]![run === 'base' ? 0 : 1].off)))) : null;
      out.push(change(`dating.${f}`, base.dating.pooled.figures[f], next.dating.pooled.figures[f], unitsOf('Timeline17 articles', articles), articles?.length ?? 0, stat));
    }
    const far = articles ? (idx: readonly number[], run: 'base' | 'next') => idx.filter((i) => (articles[i]![run === 'base' ? 0 : 1].off ?? 0) > 30).length : null;
    out.push(change('dating.over30', base.dating.pooled.counts.over30, next.dating.pooled.counts.over30, unitsOf('Timeline17 articles', articles), articles?.length ?? 0, far));
  }
  if (base.anchoring && next.anchoring) {
    const rows = base.anchoring.rows && next.anchoring.rows && base.anchoring.rows.length === next.anchoring.rows.length ? base.anchoring.rows.map((r, i) => [r, next.anchoring!.rows![i]!] as const) : null;
    const pick = (i: number, run: 'base' | 'next') => rows![i]![run === 'base' ? 0 : 1];
    const covered = rows ? (idx: readonly number[], run: 'base' | 'next') => mean(idx.map((i) => Number(pick(i, run).covered))) : null;
    const accuracy = rows ? (idx: readonly number[], run: 'base' | 'next') => {
      const c = idx.filter((i) => pick(i, run).covered);
      return c.filter((i) => pick(i, run).right).length / Math.max(1, c.length);
    } : null;
    out.push(change('anchoring.covered', base.anchoring.figures.covered, next.anchoring.figures.covered, unitsOf('SemEval rows', rows), rows?.length ?? 0, covered));
    out.push(change('anchoring.accuracyCovered', base.anchoring.figures.accuracyCovered, next.anchoring.figures.accuracyCovered, unitsOf('SemEval rows', rows), rows?.length ?? 0, accuracy));
  }
  if (base.timex && next.timex) {
    for (const c of base.timex.corpora) {
      const n = next.timex.corpora.find((x) => x.corpus === c.corpus);
      out.push(change(`timex.${c.corpus}.valueF1`, c.valueF1Percent, n?.valueF1Percent, 'TempEval-3 documents: not kept per document', 0, null));
    }
  }
  if (base.keyEvents && next.keyEvents) {
    const tasks = paired(base.keyEvents.topics.flatMap((t) => t.tasks), next.keyEvents.topics.flatMap((t) => t.tasks), (t) => `${t.topic}/${t.gold}`);
    const f = (list: KeyEventsTask[], get: (t: KeyEventsTask) => { precision: number; recall: number }) => {
      const p = mean(list.map((t) => get(t).precision));
      const r = mean(list.map((t) => get(t).recall));
      return p + r === 0 ? 0 : (2 * p * r) / (p + r);
    };
    const figures: Array<[string, (t: KeyEventsTask) => { precision: number; recall: number }, number | undefined, number | undefined]> = [
      ['keyEvents.dateF1', (t) => t.result.date, base.keyEvents.dataset.date.f_score, next.keyEvents.dataset.date.f_score],
      ['keyEvents.ar1', (t) => t.result.ar.rouge_1, base.keyEvents.dataset.ar.rouge_1.f_score, next.keyEvents.dataset.ar.rouge_1.f_score],
      ['keyEvents.ar2', (t) => t.result.ar.rouge_2, base.keyEvents.dataset.ar.rouge_2.f_score, next.keyEvents.dataset.ar.rouge_2.f_score],
    ];
    for (const [name, get, b, n] of figures) {
      const stat = tasks ? (idx: readonly number[], run: 'base' | 'next') => f(idx.map((i) => tasks[i]![run === 'base' ? 0 : 1]), get) : null;
      out.push(change(name, b, n, unitsOf('journalists\' timelines', tasks), tasks?.length ?? 0, stat));
    }
    const gold = paired(base.keyEvents.gold?.stories, next.keyEvents.gold?.stories, (s) => s.id);
    const stat = gold ? (idx: readonly number[], run: 'base' | 'next') => mean(idx.map((i) => gold[i]![run === 'base' ? 0 : 1].precision)) : null;
    out.push(change('keyEvents.goldPrecision', base.keyEvents.gold?.meanPrecision, next.keyEvents.gold?.meanPrecision, unitsOf('gold stories', gold), gold?.length ?? 0, stat));
  }
  return out.filter((c): c is Change => c !== null);
}

const num = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(3));
const signed = (x: number) => `${x >= 0 ? '+' : ''}${x.toFixed(3)}`;

/** The table printed after the battery's: one line per figure that moved. */
export function formatComparison(changes: readonly Change[], against: string): string {
  if (!changes.length) return `Compared with ${against}: every figure equal.`;
  const rows = changes.map((c) => [c.figure, num(c.base), num(c.next), signed(c.next - c.base),
    c.interval ? `[${signed(c.interval[0])}, ${signed(c.interval[1])}]` : 'no interval', c.interval ? (c.beyond ? 'beyond noise' : 'within noise') : '', c.units]);
  const head = ['figure', 'before', 'now', 'change', '95% interval', '', 'resampled'];
  const width = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((x, i) => x.padEnd(width[i]!)).join('  ').trimEnd();
  return [`Compared with ${against} (paired bootstrap, ${RESAMPLES} resamples):`, line(head), ...rows.map(line)].join('\n');
}
