/**
 * The battery's printed table: one block per section (story rows and their mean, topic rows and the
 * pooled row, the anchoring row, the two TempEval-3 rows), a target row under each summary row, and a
 * '*' on every summary figure that misses its target. Shares print as Python's f'{x:.2f}' does.
 */
import type { BatteryResults, SectionName } from './battery.ts';
import { pyFixed2 } from './pyCompat.ts';
import type { TargetCheck } from './targets.ts';

/** Columns separated by two spaces; the first is left-aligned, the others right-aligned. */
export function formatTable(rows: string[][]): string {
  const widths: number[] = [];
  for (const r of rows) r.forEach((cell, i) => { widths[i] = Math.max(widths[i] ?? 0, cell.length); });
  return rows.map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ').trimEnd()).join('\n');
}

const f2 = pyFixed2;
const int = (x: number) => String(x);
/** A mean of counts: whole numbers as they are, else two decimals. */
const avg = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(2));
const short = (id: string, n = 20) => (id.length > n ? `${id.slice(0, n - 1)}~` : id);

/** Marks a summary figure that misses its target, and gives the target cell. */
function marker(checks: TargetCheck[], section: SectionName) {
  const find = (figure: string) => checks.find((c) => c.section === section && c.figure === figure);
  return {
    mark: (figure: string, text: string) => (find(figure)?.met === false ? `${text}*` : text),
    target: (figure: string) => { const c = find(figure); return c ? `${c.op}${c.bound}` : ''; },
  };
}

export function timelineBlock(r: NonNullable<BatteryResults['timeline']>, checks: TargetCheck[]): string {
  const { mark, target } = marker(checks, 'timeline');
  const m = r.mean;
  const figs = ['coreRecall', 'dateAccuracyCore', 'dateAccuracyAll', 'sourceCoverage', 'overMerges', 'junk', 'articleDating', 'eventsPerMatched'] as const;
  return formatTable([
    ['story', 'articles', 'events', 'core recall', 'date core', 'date all', 'coverage', 'over-merges', 'junk', 'article dating', 'events per gold'],
    ...r.stories.map((s) => [short(s.id), int(s.articles), int(s.events), f2(s.coreRecall), f2(s.dateAccuracyCore), f2(s.dateAccuracyAll), f2(s.sourceCoverage), int(s.overMerges), int(s.junk), f2(s.articleDating), f2(s.eventsPerMatched)]),
    [`mean of ${r.stories.length}`, avg(m.articles), avg(m.events), ...figs.map((k) => mark(k, k === 'overMerges' || k === 'junk' ? avg(m[k]) : f2(m[k])))],
    ['target', '', '', ...figs.map(target)],
  ]);
}

export function datingBlock(r: NonNullable<BatteryResults['dating']>, checks: TargetCheck[]): string {
  const { mark, target } = marker(checks, 'dating');
  const row = (name: string, groups: number, f: (typeof r.pooled)['figures'], m = (_: string, t: string) => t) => [
    name, int(groups), int(f.articles), m('exact', f2(f.exact)), m('within1', f2(f.within1)), m('within7', f2(f.within7)),
    f2(f.undated), f2(f.stated), int(f.failed), m('over30', int(f.over30)), f.meanConfidence === null ? '-' : f2(f.meanConfidence),
  ];
  return formatTable([
    ['topic', 'stories', 'articles', 'exact day', 'within 1', 'within 7', 'undated', 'stated', 'failed', '>30 days off', 'confidence'],
    ...r.topics.map((t) => row(t.topic, t.groups, t.figures)),
    row('pooled', r.pooled.groups, r.pooled.figures, mark),
    ['target', '', '', target('exact'), target('within1'), target('within7'), '', '', '', target('over30'), ''],
  ]);
}

export function anchoringBlock(r: NonNullable<BatteryResults['anchoring']>, checks: TargetCheck[]): string {
  const { mark, target } = marker(checks, 'anchoring');
  const f = r.figures;
  return formatTable([
    ['corpus', 'gold rows', 'events', 'covered', 'accuracy of covered', 'right overall', 'baseline (doc day) right overall', 'baseline accuracy of covered'],
    [r.corpus, int(f.rows), int(f.events), mark('covered', f2(f.covered)), mark('accuracyCovered', f2(f.accuracyCovered)), f2(f.rightOverall), f2(f.baselineRightOverall), f2(f.baselineAccuracyCovered)],
    ['target', '', '', target('covered'), target('accuracyCovered'), '', '', ''],
  ]);
}

export function timexBlock(r: NonNullable<BatteryResults['timex']>, checks: TargetCheck[]): string {
  const { mark, target } = marker(checks, 'timex');
  return formatTable([
    ['corpus', 'documents', 'value F1', 'target', 'relaxed F1'],
    ...r.corpora.map((c) => [c.corpus, int(c.documents), mark(c.corpus, c.valueF1Percent.toFixed(2)), target(c.corpus), c.relaxedF1Percent.toFixed(2)]),
  ]);
}

const f3 = (x: number) => x.toFixed(3);

/**
 * One row per journalist's timeline and per topic (score_tls.py's mean P, mean R, F of the means), the
 * dataset row (all tasks), each with the publication-day-count baseline's AR figures beside ours; then the
 * gold stories' key-event precision.
 */
export function keyEventsBlock(r: NonNullable<BatteryResults['keyEvents']>, checks: TargetCheck[]): string {
  const { mark, target } = marker(checks, 'keyEvents');
  const cells = (res: { date: { f_score: number }; ar: { rouge_1: { f_score: number }; rouge_2: { f_score: number } } }, base: typeof res, m = (_: string, t: string) => t, prefix = '') => [
    f3(res.date.f_score), m(`${prefix}ar1`, f3(res.ar.rouge_1.f_score)), m(`${prefix}ar2`, f3(res.ar.rouge_2.f_score)), f3(base.ar.rouge_1.f_score), f3(base.ar.rouge_2.f_score),
  ];
  const rows: string[][] = [['timeline', 'articles', 'k', 'n', 'Date-F1', 'AR-1 F', 'AR-2 F', 'baseline AR-1', 'baseline AR-2']];
  for (const t of r.topics) {
    if (t.tasks.length > 1) for (const task of t.tasks) rows.push([`  ${t.topic}/${task.gold}`, int(task.articles), int(task.k), int(task.n), ...cells(task.result, task.baseline)]);
    const one = t.tasks.length === 1 ? t.tasks[0]! : null;
    rows.push([`${t.topic} (${t.tasks.length} tl)`, one ? int(one.articles) : '', one ? int(one.k) : '', one ? int(one.n) : '', ...cells(t.average, t.baseline, mark, `${t.topic} `)]);
  }
  rows.push([`dataset (${r.topics.reduce((n, t) => n + t.tasks.length, 0)} tasks)`, '', '', '', ...cells(r.dataset, r.baselineDataset, mark)]);
  rows.push(['target', '', '', '', '', target('ar1'), target('ar2'), '', '']);
  const out = [formatTable(rows), `AR-1 and AR-2 above the baseline on every topic: ${r.topics.every((t) => t.average.ar.rouge_1.f_score > t.baseline.ar.rouge_1.f_score && t.average.ar.rouge_2.f_score > t.baseline.ar.rouge_2.f_score) ? 'yes' : 'NO*'} (baseline: the k days with most articles, each told by its articles' first sentences)`];
  if (r.gold) {
    out.push('', 'Key events on the gold stories: of the top-ranked events (as many as the gold has core events), those that match a core gold event');
    out.push(formatTable([
      ['story', 'core', 'matched', 'precision'],
      ...r.gold.stories.map((s) => [short(s.id), int(s.core), int(s.matched), f2(s.precision)]),
      [`mean of ${r.gold.stories.length}`, '', '', mark('goldPrecision', f2(r.gold.meanPrecision))],
      ['target', '', '', target('goldPrecision')],
    ]));
  }
  return out.join('\n');
}

/** The whole printed report: a heading per section that ran, with its elapsed seconds, then its block. */
export function formatBattery(r: BatteryResults, checks: TargetCheck[]): string {
  const out: string[] = [];
  const head = (title: string, s: number) => out.push('', `${title} (${s.toFixed(1)} s)`);
  if (r.timeline) { head(`1. Timeline truth: ${r.timeline.stories.length} gold stories`, r.timeline.elapsedSeconds); out.push(timelineBlock(r.timeline, checks)); }
  if (r.dating) { head(`2. Article dating, Timeline17 with the dates hidden (up to ${r.dating.maxGroups} stories a topic)`, r.dating.elapsedSeconds); out.push(datingBlock(r.dating, checks)); }
  if (r.anchoring) { head('3. Event anchoring, SemEval-2015 Task 4', r.anchoring.elapsedSeconds); out.push(anchoringBlock(r.anchoring, checks)); }
  if (r.timex) { head('4. Time expressions, TempEval-3 Task A', r.timex.elapsedSeconds); out.push(timexBlock(r.timex, checks)); }
  if (r.keyEvents) { head('5. Key events: Timeline17 timeline summarization (summarize, scored as tools/tls/score_tls.py)', r.keyEvents.elapsedSeconds); out.push(keyEventsBlock(r.keyEvents, checks)); }
  const missed = checks.filter((c) => !c.met).length;
  out.push('', `targets: ${checks.length - missed} of ${checks.length} met${missed ? ' (* marks a figure that misses its target)' : ''}`);
  return out.join('\n');
}
