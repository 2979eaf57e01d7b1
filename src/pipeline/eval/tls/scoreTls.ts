/**
 * Timeline-summarization figures as /work/shared/eval/tools/tls/score_tls.py computes them (tilse /
 * news-tls): Date-F1 on exact days, alignment-based ROUGE-1 and -2 (AR-1, AR-2, tilse's
 * "align_date_content_costs_many_to_one"), concat ROUGE, one task per gold timeline, then the mean P and
 * mean R over tasks and F of the means. Every float is computed with the same operations in the same
 * order as the Python, so `npm run eval -- --reference` can ask for equality, not closeness.
 */
import { pyStrip } from '../pyCompat.ts';
import { pySplit, type Rouge155 } from './rouge155.ts';

/** A timeline: ISO day -> its sentences. */
export type Timeline = Map<string, string[]>;
export interface PRF { precision: number; recall: number; f_score: number }
export interface TlsResult {
  date: PRF;
  ar: { rouge_1: PRF; rouge_2: PRF };
  concat: { rouge_1: PRF; rouge_2: PRF };
  n_pred_dates: number;
  n_ref_dates: number;
}
export interface TlsAverage { date: PRF; ar: { rouge_1: PRF; rouge_2: PRF }; concat: { rouge_1: PRF; rouge_2: PRF }; n_tasks: number }

/** Python's str.splitlines() separators. */
const LINE_BREAK = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/;

function isoDay(line: string): string | null {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(line);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d || y < 1) return null;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * A tilse text timeline (date line, sentence lines, a dash line), read as score_tls.py's parse_tilse: a
 * block is stored at its dash line, a later block of the same date replaces the earlier one, and a last
 * block without a dash line is kept.
 */
export function parseTilse(text: string): Timeline {
  const tl: Timeline = new Map();
  let date: string | null = null;
  let summary = '';
  const store = (d: string) => { tl.delete(d); tl.set(d, pyStrip(summary).split('\n').map(pyStrip)); };
  for (const raw of text.split(LINE_BREAK)) {
    const line = pyStrip(raw);
    if (line.length >= 3 && /^-+$/.test(line)) {
      if (date !== null) store(date);
      date = null;
      summary = '';
      continue;
    }
    const d = isoDay(line);
    if (d !== null) date = d;
    else summary += `${line}\n`;
  }
  if (date !== null) store(date);
  return tl;
}

/** A predicted timeline from summarize's JSON ([{date, sentences}]); a later entry of the same day wins. */
export function timelineOf(items: ReadonlyArray<{ date: string; sentences: readonly string[] }>): Timeline {
  const tl: Timeline = new Map();
  for (const it of items) tl.set(it.date.slice(0, 10), it.sentences.map((s) => pyStrip(String(s))));
  return tl;
}

const ordinal = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;
const PUNCT = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';

function approxCounter(sentences: readonly string[]): Map<string, number> {
  const c = new Map<string, number>();
  // `k not in string.punctuation` is a substring test in the Python, as in tilse.
  for (const s of sentences) for (const k of pySplit(s)) if (!PUNCT.includes(k)) c.set(k, (c.get(k) ?? 0) + 1);
  return c;
}

/** tilse util.compute_rouge_approximation (ROUGE-1 F on raw tokens). */
function rougeApproximation(pred: Map<string, number>, refs: Array<Map<string, number>>): number {
  let match = 0;
  for (const [tok, n] of pred) { let s = 0; for (const rc of refs) s += Math.min(n, rc.get(tok) ?? 0); match += s; }
  let predTotal = 0;
  for (const x of pred.values()) predTotal += x;
  const precDenom = refs.length * predTotal;
  const precision = precDenom === 0 ? 0 : match / precDenom;
  let recallDenom = 0;
  for (const rc of refs) { let s = 0; for (const x of rc.values()) s += x; recallDenom += s; }
  const recall = recallDenom === 0 ? 0 : match / recallDenom;
  if (precision + recall === 0) return 0;
  return 2 * precision * recall / (precision + recall);
}

const fScore = (p: number, r: number) => (p + r === 0 ? 0 : (1 + 1) * p * r / (1 * p + r));
const prf = (p: number, r: number): PRF => ({ precision: p, recall: r, f_score: fScore(p, r) });
const pySum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

function refDates(refs: readonly Timeline[]): string[] {
  const all = new Set<string>();
  for (const r of refs) for (const d of r.keys()) all.add(d);
  return [...all].sort();
}
const refDay = (refs: readonly Timeline[], date: string) => refs.map((r) => r.get(date) ?? []);

export function evaluateDates(pred: Timeline, refs: readonly Timeline[]): PRF {
  const ref = new Set(refDates(refs));
  const shared = [...pred.keys()].filter((d) => ref.has(d)).length;
  const prec = pred.size ? shared / pred.size : 0;
  const rec = ref.size ? shared / ref.size : 0;
  return { precision: prec, recall: rec, f_score: prec + rec === 0 ? 0 : 2 * prec * rec / (prec + rec) };
}

/** tilse evaluate_align_date_content_costs_many_to_one. */
export function alignManyToOne(rouge: Rouge155, pred: Timeline, refs: readonly Timeline[]): { rouge_1: PRF; rouge_2: PRF } {
  const pd = [...pred.keys()].sort();
  const rd = refDates(refs);
  const num = { 1: { p: [] as number[], r: [] as number[] }, 2: { p: [] as number[], r: [] as number[] } };
  const den = { 1: { p: [] as number[], r: [] as number[] }, 2: { p: [] as number[], r: [] as number[] } };
  const add = (p: string, r: string, side: 'p' | 'r') => {
    const c = rouge.counts(pred.get(p)!, refDay(refs, r));
    const w = 1 / (Math.abs(ordinal(p) - ordinal(r)) + 1);
    for (const n of [1, 2] as const) { num[n][side].push(w * c[n][0]); den[n][side].push(side === 'p' ? c[n][1] : c[n][2]); }
  };
  if (pd.length && rd.length) {
    const pc = new Map(pd.map((d) => [d, approxCounter(pred.get(d)!)]));
    const rc = new Map(rd.map((d) => [d, refDay(refs, d).map(approxCounter)]));
    const cost = pd.map((p) => rd.map((r) => (1 - 1 / (Math.abs(ordinal(p) - ordinal(r)) + 1)) * (1 - rougeApproximation(pc.get(p)!, rc.get(r)!))));
    const argmin = (xs: number[]) => xs.reduce((best, x, i) => (x < xs[best]! ? i : best), 0);
    pd.forEach((p, i) => add(p, rd[argmin(cost[i]!)]!, 'p'));
    rd.forEach((r, j) => add(pd[argmin(cost.map((row) => row[j]!))]!, r, 'r'));
  } else if (rd.length) {
    for (const r of rd) {
      const c = rouge.counts([], refDay(refs, r));
      for (const n of [1, 2] as const) den[n].r.push(c[n][2]);
    }
  }
  const out = (n: 1 | 2) => {
    const dp = pySum(den[n].p);
    const dr = pySum(den[n].r);
    return prf(dp === 0 ? 0 : pySum(num[n].p) / dp, dr === 0 ? 0 : pySum(num[n].r) / dr);
  };
  return { rouge_1: out(1), rouge_2: out(2) };
}

/** tilse evaluate_concat. */
export function concat(rouge: Rouge155, pred: Timeline, refs: readonly Timeline[]): { rouge_1: PRF; rouge_2: PRF } {
  const flat = (tl: Timeline) => [...tl.keys()].sort().flatMap((d) => tl.get(d)!);
  const c = rouge.counts(flat(pred), refs.map(flat));
  const out = (n: 1 | 2) => { const [h, pc, mc] = c[n]; return prf(pc ? h / pc : 0, mc ? h / mc : 0); };
  return { rouge_1: out(1), rouge_2: out(2) };
}

/** One task: a prediction against its reference timeline(s) (news-tls passes exactly one). */
export function evaluateTls(rouge: Rouge155, pred: Timeline, refs: readonly Timeline[]): TlsResult {
  return {
    date: evaluateDates(pred, refs),
    ar: alignManyToOne(rouge, pred, refs),
    concat: concat(rouge, pred, refs),
    n_pred_dates: pred.size,
    n_ref_dates: refDates(refs).length,
  };
}

/** news-tls get_average_results: mean P and mean R over tasks, F of the means. */
export function averageTls(results: readonly TlsResult[]): TlsAverage {
  const n = results.length;
  const mean = (get: (r: TlsResult) => PRF): PRF => {
    let p = 0;
    let r = 0;
    for (const res of results) { p += get(res).precision; r += get(res).recall; }
    p /= n;
    r /= n;
    return { precision: p, recall: r, f_score: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
  };
  return {
    date: mean((r) => r.date),
    ar: { rouge_1: mean((r) => r.ar.rouge_1), rouge_2: mean((r) => r.ar.rouge_2) },
    concat: { rouge_1: mean((r) => r.concat.rouge_1), rouge_2: mean((r) => r.concat.rouge_2) },
    n_tasks: n,
  };
}
