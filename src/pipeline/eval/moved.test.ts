import { describe, expect, it } from 'vitest';
import type { BatteryResults } from './battery.ts';
import { movedUnits } from './moved.ts';

// Two made-up runs: one desk article dated, one left as it was; one gold story whose core dates moved.
const story = (id: string, dateAccuracyCore: number) => ({ id, gold: '', dir: '', coreRecall: 1, recallAll: 1, dateAccuracyCore, dateAccuracyAll: 1, sourceCoverage: 1, overMerges: 0, junk: 0, articleDating: 1, eventsPerMatched: 1, articles: 3, events: 10, unmatched: 0 });
const run = (off: number | null, core: number) => ({
  dating: { articles: [{ story: 't17-finan-07', article: 'article_01', off }, { story: 't17-finan-07', article: 'article_02', off: null }] },
  timeline: { stories: [story('mn10', core), story('mn11', 1)] },
}) as unknown as BatteryResults;

describe('movedUnits', () => {
  it('names each desk article and gold story that moved, and nothing else', () => {
    expect(movedUnits(run(null, 0.43), run(1, 0.5))).toEqual([
      't17-finan-07/article_01: undated -> 1 day off',
      'mn10: core dates 0.43 -> 0.50',
    ]);
    expect(movedUnits(run(1, 0.5), run(1, 0.5))).toEqual([]);
  });
  it('stops at its limit and says how many more', () => {
    expect(movedUnits(run(null, 0.43), run(3, 0.5), 1)).toEqual(['t17-finan-07/article_01: undated -> 3 days off', '(1 more)']);
  });
});
