import { describe, expect, it } from 'vitest';
import { topRanked } from './ShareDialog.tsx';

describe('the "Start at" list of a long story', () => {
  it('keeps the best-ranked events, in date order, not the first by date', () => {
    // 600 events in date order; the recalls first are ranked last, the story's own days first.
    const pool = Array.from({ length: 600 }, (_, i) => ({ id: i, event: { rank: 600 - i } }));
    const kept = topRanked(pool, 500);
    expect(kept).toHaveLength(500);
    expect(kept[0]!.id).toBe(100);
    expect(kept.map((k) => k.id)).toEqual([...kept.map((k) => k.id)].sort((a, b) => a - b));
    // An event without a rank comes after every ranked one.
    expect(topRanked([{ event: {} }, { event: { rank: 2 } }], 1)).toEqual([{ event: { rank: 2 } }]);
  });
});
