import { describe, expect, it } from 'vitest';
import { matchesOutOfView } from './useFindMatches.ts';

describe('matchesOutOfView', () => {
  const view = [1000, 2000] as const;
  it('is the span of the events left when none of them is in view', () => {
    // Egypt's "tornado": one event of 1886 while the view shows January 2011.
    expect(matchesOutOfView([{ start: 10, end: 20 }], view)).toEqual([10, 20]);
    expect(matchesOutOfView([{ start: 10, end: 20 }, { start: 2500, end: 2600 }], view)).toEqual([10, 2600]);
  });
  it('is null when one is in view, even in part (a month begun before it), or none is left', () => {
    expect(matchesOutOfView([{ start: 10, end: 20 }, { start: 1500, end: 1500 }], view)).toBeNull();
    expect(matchesOutOfView([{ start: 500, end: 1200 }], view)).toBeNull();
    expect(matchesOutOfView([], view)).toBeNull();
  });
});
