import { describe, expect, it } from 'vitest';
import { matchesOutOfView, matchesToFrame, padFrame } from './useFindMatches.ts';

const DAY = 86_400_000;

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

describe('matchesToFrame', () => {
  // A view of 400 days, as "All dates" shows the seed story (2016 to February 2017).
  const view = [0, 400 * DAY] as const;
  it('frames matches crowded in a part of the view', () => {
    // Two days at the view's right end: framed, they take some 17 days of a 400-day view.
    expect(matchesToFrame([{ start: 390 * DAY, end: 391 * DAY }, { start: 391 * DAY, end: 392 * DAY }], view)).toEqual([390 * DAY, 392 * DAY]);
  });
  it('keeps a view the matches already spread over, or take half of', () => {
    expect(matchesToFrame([{ start: 10 * DAY, end: 11 * DAY }, { start: 390 * DAY, end: 391 * DAY }], view)).toBeNull();
    // 100 days framed are 100 + 60 padding, over 0.7 of the width: 229 days, more than half of 400.
    expect(matchesToFrame([{ start: 200 * DAY, end: 201 * DAY }, { start: 299 * DAY, end: 300 * DAY }], view)).toBeNull();
  });
  it('keeps the view when some matches are in it and some are not (no zooming out to decades)', () => {
    expect(matchesToFrame([{ start: -5000 * DAY, end: -4999 * DAY }, { start: 100 * DAY, end: 101 * DAY }], view)).toBeNull();
  });
  it('goes to matches none of which is in view, as matchesOutOfView', () => {
    expect(matchesToFrame([{ start: -5000 * DAY, end: -4999 * DAY }], view)).toEqual([-5000 * DAY, -4999 * DAY]);
    expect(matchesToFrame([], view)).toBeNull();
  });
});

describe('padFrame', () => {
  it('pads six days, or 30% of a longer span, either side', () => {
    expect(padFrame(10 * DAY, 11 * DAY)).toEqual([4 * DAY, 17 * DAY]);
    expect(padFrame(0, 100 * DAY)).toEqual([-30 * DAY, 130 * DAY]);
  });
});
