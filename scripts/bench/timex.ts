/**
 * Bench section "timex": throughput (characters/s, documents/s) and TempEval-3 value F1 of our tagger and
 * of chrono-node over the same TimeBank + AQUAINT texts, in one run. chrono's results are mapped to
 * TIMEX3 values by the fields it reports as certain (hour -> TIME, day, month, year). Speed is the median of
 * several alternating rounds (BENCH_ROUNDS, default 5), so a loaded machine slows both taggers alike.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as chrono from 'chrono-node';
import { tagTimex } from '../../src/pipeline/time/index.ts';
import { parseTml, type TmlDoc } from '../../src/pipeline/time/eval/tml.ts';
import { addCounts, countDoc, metrics, ZERO, type Span } from '../../src/pipeline/time/eval/score.ts';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Map one chrono result to a TIMEX3 span, at the precision chrono is certain of. */
function chronoSpan(r: chrono.ParsedResult): Span {
  const c = r.start;
  const y = c.get('year'), m = c.get('month'), d = c.get('day');
  let value: string, type = 'DATE';
  if (c.isCertain('hour')) { value = `${pad(y ?? 0, 4)}-${pad(m ?? 1)}-${pad(d ?? 1)}T${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}`; type = 'TIME'; }
  else if (c.isCertain('day') || c.isCertain('weekday')) value = `${pad(y ?? 0, 4)}-${pad(m ?? 1)}-${pad(d ?? 1)}`;
  else if (c.isCertain('month')) value = `${pad(y ?? 0, 4)}-${pad(m ?? 1)}`;
  else value = `${pad(y ?? 0, 4)}`;
  return { start: r.index, end: r.index + r.text.length, type, value };
}

function refDate(dct: string | null): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(dct ?? '');
  return m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, 12)) : new Date();
}

/** One timed pass over all documents; scores are computed outside the timed part. */
function time(docs: TmlDoc[], run: (d: TmlDoc) => Span[]): { ms: number; f1: number; relaxed: number } {
  let counts = ZERO;
  const t0 = performance.now();
  const outs = docs.map(run);
  const ms = performance.now() - t0;
  docs.forEach((d, i) => { counts = addCounts(counts, countDoc(d.gold, outs[i]!)); });
  const m = metrics(counts);
  return { ms, f1: m.valueF1, relaxed: m.relaxed.f1 };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

export async function run(): Promise<void> {
  const root = resolve(import.meta.dirname, '..', '..');
  const shared = resolve(root, process.env.DATELINE_SHARED ?? '../shared');
  const dirs = ['TimeBank', 'AQUAINT'].map((c) => join(shared, 'data', 'tempeval3', c)).filter((d) => existsSync(d));
  if (!dirs.length) {
    console.log(`skipped: no TempEval-3 data under ${shared}/data/tempeval3 (set DATELINE_SHARED)`);
    return;
  }
  const docs = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.tml')).sort().map((f) => parseTml(readFileSync(join(d, f), 'utf8'))));
  const chars = docs.reduce((n, d) => n + d.text.length, 0);
  const oursRun = (d: TmlDoc) => tagTimex(d.text, { dct: d.dct });
  const chronoRun = (d: TmlDoc) => chrono.parse(d.text, refDate(d.dct)).map(chronoSpan);
  // The machine is shared and loaded: warm both up (regex compilation, JIT), then alternate rounds of
  // ours and chrono over the same text so load spikes hit both alike.
  const rounds = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 5) || 5);
  // Three warm-up passes each: the first timed rounds otherwise still include JIT tier-up.
  for (let i = 0; i < 3; i++) { time(docs, oursRun); time(docs, chronoRun); }
  const ours: number[] = [], theirs: number[] = [];
  let oursLast = { ms: 0, f1: 0, relaxed: 0 }, theirsLast = oursLast;
  for (let i = 0; i < rounds; i++) {
    // Alternate who goes first, so neither always runs right after the other's garbage.
    if (i % 2 === 0) { oursLast = time(docs, oursRun); theirsLast = time(docs, chronoRun); }
    else { theirsLast = time(docs, chronoRun); oursLast = time(docs, oursRun); }
    ours.push(oursLast.ms); theirs.push(theirsLast.ms);
  }
  // The two runs of a round are seconds apart and see the same load: their ratio is the robust figure.
  const ratio = median(ours.map((o, i) => theirs[i]! / o));
  const mo = median(ours), mt = median(theirs);
  const line = (name: string, ms: number, all: number[], r: { f1: number; relaxed: number }) =>
    console.log(`${name.padEnd(12)} ${(chars / (ms / 1000) / 1000).toFixed(0).padStart(7)} kchar/s ${(docs.length / (ms / 1000)).toFixed(1).padStart(8)} docs/s  (median of ${all.length}: ${all.map((x) => x.toFixed(0)).join(', ')} ms)   relaxed F1 ${(r.relaxed * 100).toFixed(1)}   value F1 ${(r.f1 * 100).toFixed(1)}`);
  console.log(`${docs.length} documents, ${(chars / 1000).toFixed(0)} kchar (TimeBank + AQUAINT), ${rounds} alternating rounds after warm-up`);
  line('dateline', mo, ours, oursLast);
  line('chrono-node', mt, theirs, theirsLast);
  console.log(`speed ratio dateline/chrono (median of per-round ratios): ${ratio.toFixed(2)}x ${ratio >= 1 ? '(target met)' : '(TARGET MISSED: slower than chrono-node)'}`);
}
