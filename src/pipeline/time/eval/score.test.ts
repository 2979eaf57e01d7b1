import { describe, expect, it } from 'vitest';
import { addCounts, countDoc, metrics, pairSpans, ZERO } from './score.ts';

const s = (start: number, end: number, value = 'v', type = 'DATE') => ({ start, end, value, type });

describe('TempEval-3 timex scoring', () => {
  it('pairs a gold expression with an overlapping system one (relaxed) but not strict when extents differ', () => {
    const c = countDoc([s(0, 14, '1998-02-22TMO', 'TIME')], [s(0, 6, '1998-02-22', 'DATE')]);
    expect(c).toEqual({ gold: 1, system: 1, relaxed: 1, strict: 0, valueMatch: 0, typeMatch: 0 });
  });
  it('pairs one to one: two gold spans inside one system span count once', () => {
    expect(pairSpans([s(0, 5), s(6, 10)], [s(0, 10)])).toHaveLength(1);
  });
  it('prefers the system span with the largest overlap', () => {
    const pairs = pairSpans([s(5, 15)], [s(0, 6), s(8, 20)]);
    expect(pairs[0]![1]).toMatchObject({ start: 8 });
  });
  it('computes value F1 as value accuracy times relaxed F1', () => {
    // gold 4, system 2, both paired, one value right: P 1, R .5, F1 2/3, value accuracy .5 -> value F1 1/3.
    const c = countDoc([s(0, 2, 'a'), s(3, 5, 'b'), s(6, 8), s(9, 10)], [s(0, 2, 'a'), s(3, 5, 'x')]);
    const m = metrics(c);
    expect(m.relaxed.p).toBe(1);
    expect(m.relaxed.r).toBe(0.5);
    expect(m.relaxed.f1).toBeCloseTo(2 / 3);
    expect(m.valueAccuracy).toBe(0.5);
    expect(m.valueF1).toBeCloseTo(1 / 3);
    expect(m.strict.f1).toBeCloseTo(2 / 3);
  });
  it('pools counts over documents before computing figures', () => {
    const a = countDoc([s(0, 2)], [s(0, 2)]);
    const b = countDoc([s(0, 2)], []);
    expect(metrics(addCounts(addCounts(ZERO, a), b)).relaxed.r).toBe(0.5);
  });
  it('returns zeros rather than NaN when there is nothing to score', () => {
    expect(metrics(ZERO)).toMatchObject({ valueF1: 0, relaxed: { p: 0, r: 0, f1: 0 } });
  });
});
