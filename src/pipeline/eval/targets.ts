/**
 * The battery's targets: timeline truth on the mean over the gold stories, article dating pooled over the
 * topics, anchoring, and the TempEval-3 value F1 (percent) of the tagger's measured baseline. A missed
 * target is a figure to work on, not an error of the run.
 */
import { DATING_TOPICS, type BatteryResults, type SectionName } from './battery.ts';

export interface Target {
  section: SectionName;
  /** Field name in the table's row of that section. */
  figure: string;
  op: '>=' | '<=';
  bound: number;
  value: (r: BatteryResults) => number | undefined;
}

const timexF1 = (r: BatteryResults, corpus: string) => r.timex?.corpora.find((c) => c.corpus === corpus)?.valueF1Percent;

export const TARGETS: Target[] = [
  { section: 'timeline', figure: 'coreRecall', op: '>=', bound: 0.95, value: (r) => r.timeline?.mean.coreRecall },
  { section: 'timeline', figure: 'dateAccuracyCore', op: '>=', bound: 0.9, value: (r) => r.timeline?.mean.dateAccuracyCore },
  { section: 'timeline', figure: 'dateAccuracyAll', op: '>=', bound: 0.85, value: (r) => r.timeline?.mean.dateAccuracyAll },
  { section: 'timeline', figure: 'sourceCoverage', op: '>=', bound: 0.85, value: (r) => r.timeline?.mean.sourceCoverage },
  { section: 'timeline', figure: 'overMerges', op: '<=', bound: 0.3, value: (r) => r.timeline?.mean.overMerges },
  { section: 'timeline', figure: 'junk', op: '<=', bound: 0, value: (r) => r.timeline?.mean.junk },
  { section: 'timeline', figure: 'articleDating', op: '>=', bound: 0.9, value: (r) => r.timeline?.mean.articleDating },
  // Issue 12: one event per happening.
  { section: 'timeline', figure: 'eventsPerMatched', op: '<=', bound: 1.3, value: (r) => r.timeline?.mean.eventsPerMatched },
  { section: 'dating', figure: 'exact', op: '>=', bound: 0.6, value: (r) => r.dating?.pooled.figures.exact },
  { section: 'dating', figure: 'within1', op: '>=', bound: 0.8, value: (r) => r.dating?.pooled.figures.within1 },
  { section: 'dating', figure: 'within7', op: '>=', bound: 0.95, value: (r) => r.dating?.pooled.figures.within7 },
  { section: 'dating', figure: 'over30', op: '<=', bound: 0, value: (r) => r.dating?.pooled.figures.over30 },
  { section: 'anchoring', figure: 'covered', op: '>=', bound: 0.6, value: (r) => r.anchoring?.figures.covered },
  { section: 'anchoring', figure: 'accuracyCovered', op: '>=', bound: 0.85, value: (r) => r.anchoring?.figures.accuracyCovered },
  { section: 'timex', figure: 'TimeBank', op: '>=', bound: 85.5, value: (r) => timexF1(r, 'TimeBank') },
  { section: 'timex', figure: 'AQUAINT', op: '>=', bound: 78.3, value: (r) => timexF1(r, 'AQUAINT') },
  // DATEWISE, the best non-LLM system on the full Timeline17, and the bar for the gold stories.
  { section: 'keyEvents', figure: 'ar1', op: '>=', bound: 0.12, value: (r) => r.keyEvents?.dataset.ar.rouge_1.f_score },
  { section: 'keyEvents', figure: 'ar2', op: '>=', bound: 0.035, value: (r) => r.keyEvents?.dataset.ar.rouge_2.f_score },
  ...DATING_TOPICS.flatMap((topic): Target[] => (['ar1', 'ar2'] as const).map((fig) => ({
    // Ours minus the publication-day-count baseline's, on each topic.
    section: 'keyEvents', figure: `${topic} ${fig}`, op: '>=', bound: 0,
    value: (r) => {
      const t = r.keyEvents?.topics.find((x) => x.topic === topic);
      const n = fig === 'ar1' ? 'rouge_1' : 'rouge_2';
      return t ? t.average.ar[n].f_score - t.baseline.ar[n].f_score : undefined;
    },
  }))),
  { section: 'keyEvents', figure: 'goldPrecision', op: '>=', bound: 0.8, value: (r) => r.keyEvents?.gold?.meanPrecision },
];

export interface TargetCheck { section: SectionName; figure: string; op: '>=' | '<='; bound: number; value: number; met: boolean }

/** The targets of the sections that ran, each with its figure (unrounded) and whether it is met. */
export function checkTargets(r: BatteryResults, targets: Target[] = TARGETS): TargetCheck[] {
  const out: TargetCheck[] = [];
  for (const t of targets) {
    const value = t.value(r);
    if (value === undefined) continue;
    out.push({ section: t.section, figure: t.figure, op: t.op, bound: t.bound, value, met: t.op === '>=' ? value >= t.bound : value <= t.bound });
  }
  return out;
}
