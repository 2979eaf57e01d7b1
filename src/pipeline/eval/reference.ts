/**
 * Agreement with the Python reference scorers (/work/shared/eval/tools): parses what score_timeline.py
 * --json, dating_eval.py and anchoring_eval.py print and sets each of their figures beside ours. The
 * printed shares are compared as printed (two decimals); the JSON figures must be equal.
 */
import type { AnchoringSection, DatingSection, KeyEventsSection, TimelineStory } from './battery.ts';
import { pyFixed2 } from './pyCompat.ts';

/** One figure compared: ours and the reference's, as text. */
export interface Agreement { what: string; ours: string; ref: string; ok: boolean }

/** One line of dating_eval.py: '<topic>: N articles; exact day 0.43, ..., failed 0' (no 'stated' on 'all'). */
export type DatingLine = Record<string, string>;

const LINE = /^(\S+): (\d+) articles; (.*)$/;

export function parseDatingOutput(stdout: string): Map<string, DatingLine> {
  const out = new Map<string, DatingLine>();
  for (const line of stdout.split('\n')) {
    const m = LINE.exec(line.trim());
    if (!m) continue;
    const fields: DatingLine = { articles: m[2]! };
    for (const part of m[3]!.split(', ')) {
      const f = /^(.*) (\S+)$/.exec(part);
      if (f) fields[f[1]!] = f[2]!;
    }
    out.set(m[1]!, fields);
  }
  return out;
}

/** anchoring_eval.py: '<corpus>: N dated gold rows; covered 0.28, accuracy of covered 0.60, right overall 0.17; 62 events'. */
export function parseAnchoringOutput(stdout: string): Map<string, Record<string, string>> {
  const out = new Map<string, Record<string, string>>();
  for (const line of stdout.split('\n')) {
    const m = /^(\S+): (\d+) (?:dated gold )?rows; covered (\S+), accuracy of covered (\S+), right overall ([^;\s]+)(?:; (\d+) events)?$/.exec(line.trim());
    if (m) out.set(m[1]!, { rows: m[2]!, covered: m[3]!, 'accuracy of covered': m[4]!, 'right overall': m[5]!, ...(m[6] ? { events: m[6] } : {}) });
  }
  return out;
}

const cmp = (what: string, ours: string, ref: string | undefined): Agreement => ({ what, ours, ref: ref ?? 'missing', ok: ours === ref });

export function compareDating(ours: DatingSection, ref: Map<string, DatingLine>): Agreement[] {
  const rows = [...ours.topics.map((t) => ({ name: t.topic, f: t.figures })), { name: 'all', f: ours.pooled.figures }];
  return rows.flatMap(({ name, f }) => {
    const r = ref.get(name) ?? {};
    const list = [
      cmp(`dating ${name} articles`, String(f.articles), r.articles), cmp(`dating ${name} exact day`, pyFixed2(f.exact), r['exact day']),
      cmp(`dating ${name} within 1 day`, pyFixed2(f.within1), r['within 1 day']), cmp(`dating ${name} within 7 days`, pyFixed2(f.within7), r['within 7 days']),
      cmp(`dating ${name} undated`, pyFixed2(f.undated), r.undated), cmp(`dating ${name} failed`, String(f.failed), r.failed),
    ];
    return name === 'all' ? list : [...list, cmp(`dating ${name} stated`, pyFixed2(f.stated), r.stated)];
  });
}

export function compareAnchoring(ours: AnchoringSection, ref: Map<string, Record<string, string>>): Agreement[] {
  const f = ours.figures;
  return [ours.corpus, 'all'].flatMap((name) => {
    const r = ref.get(name) ?? {};
    const list = [
      cmp(`anchoring ${name} rows`, String(f.rows), r.rows), cmp(`anchoring ${name} covered`, pyFixed2(f.covered), r.covered),
      cmp(`anchoring ${name} accuracy of covered`, pyFixed2(f.accuracyCovered), r['accuracy of covered']),
      cmp(`anchoring ${name} right overall`, pyFixed2(f.rightOverall), r['right overall']),
    ];
    return name === 'all' ? list : [...list, cmp(`anchoring ${name} events`, String(f.events), r.events)];
  });
}

/** score_timeline.py --json keys and ours. Numbers must be equal (same arithmetic in the same order). */
const TIMELINE_KEYS: Array<[string, keyof TimelineStory]> = [
  ['events_predicted', 'events'], ['core_recall', 'coreRecall'], ['recall_all', 'recallAll'], ['date_acc_core', 'dateAccuracyCore'],
  ['date_acc_all', 'dateAccuracyAll'], ['source_coverage', 'sourceCoverage'], ['over_merges', 'overMerges'], ['junk', 'junk'],
  ['unmatched', 'unmatched'], ['article_dating', 'articleDating'],
];

const COUNTS = new Set(['events_predicted', 'over_merges', 'junk', 'unmatched']);

export function compareTimeline(ours: TimelineStory, ref: Record<string, unknown>): Agreement[] {
  return TIMELINE_KEYS.map(([py, ts]) => {
    const o = ours[ts] as number;
    const r = ref[py];
    const ok = r === o;
    // Counts as they are, shares with two decimals, all digits when they differ.
    const show = (x: number) => (COUNTS.has(py) || !ok ? String(x) : pyFixed2(x));
    return { what: `timeline ${ours.id} ${py}`, ours: show(o), ref: typeof r === 'number' ? show(r) : 'missing', ok };
  });
}

/** Our in-process build of each story against the JSON `npm run extract` wrote for the scorer: byte-equal. */
export function compareBuilds(kind: string, ours: Map<string, string>, theirs: (name: string) => string | null): Agreement[] {
  return [...ours].map(([name, hash]) => {
    const ref = theirs(name);
    return { what: `build ${kind} ${name}`, ours: hash, ref: ref ?? 'missing', ok: ref === hash };
  });
}

/** A cell of the side-by-side table: "ours/reference", '!' when they differ. */
export const sideBySide = (a: Agreement | undefined): string => (!a ? '-' : `${a.ours}/${a.ref}${a.ok ? '' : '!'}`);

type TlsLike = { date: { f_score: number }; ar: Record<'rouge_1' | 'rouge_2', { precision: number; recall: number; f_score: number }>; concat: Record<'rouge_1' | 'rouge_2', { f_score: number }> };

/** Our Timeline17 figures against score_tls.py --batch --json: every task, every topic's mean and the dataset's, equal to the last digit. */
export function compareKeyEvents(ours: KeyEventsSection, ref: unknown): Agreement[] {
  const r = (ref ?? {}) as { topics?: Record<string, { tasks?: Array<TlsLike & { gold: string }>; average?: TlsLike }>; dataset?: TlsLike };
  const figures = (row: string, o: TlsLike, x: TlsLike | undefined): Agreement[] => {
    const pick: Array<[string, (t: TlsLike) => number]> = [
      ['date f', (t) => t.date.f_score],
      ...(['rouge_1', 'rouge_2'] as const).flatMap((n) => (['precision', 'recall', 'f_score'] as const).map((q): [string, (t: TlsLike) => number] => [`ar ${n} ${q}`, (t) => t.ar[n][q]])),
      ['concat rouge_1 f', (t) => t.concat.rouge_1.f_score], ['concat rouge_2 f', (t) => t.concat.rouge_2.f_score],
    ];
    return pick.map(([what, get]) => {
      const a = get(o);
      let b: number | undefined;
      try { b = x ? get(x) : undefined; } catch { b = undefined; }
      const ok = a === b;
      const show = (v: number) => (ok ? v.toFixed(3) : String(v));
      return { what: `keyEvents ${row} ${what}`, ours: show(a), ref: b === undefined ? 'missing' : show(b), ok };
    });
  };
  const out: Agreement[] = [];
  for (const t of ours.topics) {
    const rt = r.topics?.[t.topic];
    for (const task of t.tasks) out.push(...figures(`${t.topic}/${task.gold}`, task.result, rt?.tasks?.find((x) => x.gold === task.gold)));
    out.push(...figures(t.topic, t.average, rt?.average));
  }
  out.push(...figures('dataset', ours.dataset, r.dataset));
  return out;
}
