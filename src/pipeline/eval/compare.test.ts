import { describe, expect, it } from 'vitest';
import type { BatteryResults, TimelineStory } from './battery.ts';
import { compareResults, formatComparison, pairedInterval } from './compare.ts';

const story = (id: string, dateAccuracyCore: number): TimelineStory => ({
  id, gold: `${id}.gold.json`, dir: id, articles: 3, events: 10, coreRecall: 1, recallAll: 1, dateAccuracyCore, dateAccuracyAll: 1,
  sourceCoverage: 1, overMerges: 0, junk: 0, articleDating: 1, unmatched: 0, eventsPerMatched: 1,
});

function timeline(values: number[]): BatteryResults {
  const stories = values.map((v, i) => story(`s${i}`, v));
  const mean = { ...stories[0]!, dateAccuracyCore: values.reduce((s, v) => s + v, 0) / values.length };
  return { timeline: { elapsedSeconds: 0, stories, mean } };
}

function dating(offs: Array<number | null>): BatteryResults {
  const n = offs.length;
  const count = (f: (o: number | null) => boolean) => offs.filter(f).length;
  const counts = { n, exact: count((o) => o === 0), within1: count((o) => o !== null && o <= 1), within7: count((o) => o !== null && o <= 7), undated: count((o) => o === null), stated: 0, failed: 0, over30: count((o) => o !== null && o > 30), confidenceN: 0, confidenceSum: 0 };
  const figures = { articles: n, exact: counts.exact / n, within1: counts.within1 / n, within7: counts.within7 / n, undated: counts.undated / n, stated: 0, failed: 0, over30: counts.over30, meanConfidence: null, confidenceArticles: 0 };
  return { dating: { elapsedSeconds: 0, maxGroups: 20, topics: [], pooled: { groups: 1, counts, figures }, articles: offs.map((off, i) => ({ story: 't-00', article: `article_${i}`, off })) } };
}

describe('comparing two battery runs', () => {
  it('gives the same interval for the same input (fixed seed), zero for equal runs, the shift for a uniform one', () => {
    const a = [0.2, 0.5, 0.9, 0.4, 0.7, 0.1];
    const same = (idx: readonly number[]) => idx.reduce((s, i) => s + a[i]!, 0) / idx.length;
    expect(pairedInterval(a.length, same)).toEqual([0, 0]);
    const shifted = (idx: readonly number[], run: 'base' | 'next') => same(idx) + (run === 'next' ? 0.1 : 0);
    const [lo, hi] = pairedInterval(a.length, shifted);
    expect(lo).toBeCloseTo(0.1, 9);
    expect(hi).toBeCloseTo(0.1, 9);
    expect(pairedInterval(a.length, shifted)).toEqual(pairedInterval(a.length, shifted));
  });

  it('lists only the figures that moved; every story moving is beyond noise, one story of thirteen is not', () => {
    const base = Array.from({ length: 13 }, (_, i) => (i % 4) / 4);
    expect(compareResults(timeline(base), timeline(base))).toEqual([]);
    const all = compareResults(timeline(base), timeline(base.map((v) => v + 0.2)));
    expect(all.map((c) => c.figure)).toEqual(['timeline.dateAccuracyCore']);
    expect(all[0]!.beyond).toBe(true);
    const one = compareResults(timeline(base), timeline(base.map((v, i) => (i === 0 ? v + 0.5 : v))));
    expect(one[0]!.beyond).toBe(false);
    expect(one[0]!.interval![0]).toBeLessThanOrEqual(0);
    expect(one[0]!.units).toBe('13 gold stories');
  });

  it('resamples Timeline17 articles paired by story and article, and says so when the earlier file has none', () => {
    const before = Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? null : i % 5));
    const after = before.map((o) => (o === null ? 2 : o));
    const changes = compareResults(dating(before), dating(after));
    const undated = changes.find((c) => c.figure === 'dating.undated')!;
    expect(undated.beyond).toBe(true);
    expect(undated.interval![1]).toBeLessThan(0);
    const old = dating(before);
    delete old.dating!.articles;
    expect(compareResults(old, dating(after)).find((c) => c.figure === 'dating.undated')!).toMatchObject({ interval: null, units: 'Timeline17 articles: not in both files' });
  });

  it('prints one line per moved figure, or that every figure is equal', () => {
    expect(formatComparison([], 'base.json')).toBe('Compared with base.json: every figure equal.');
    const text = formatComparison(compareResults(timeline([0, 0.5, 1, 0.5]), timeline([0.5, 1, 1, 1])), 'base.json');
    expect(text).toMatch(/timeline\.dateAccuracyCore\s+0\.500\s+0\.875\s+\+0\.375\s+\[\+0\.\d{3}, \+0\.\d{3}\]\s+beyond noise\s+4 gold stories/);
  });
});
