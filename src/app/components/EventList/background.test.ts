import { describe, expect, it } from 'vitest';
import { toItems } from '../../store/items.ts';
import { storyPeriod } from '../../timeline/period.ts';
import { backgroundCount, broaderIds } from './background.ts';

type Ev = Parameters<typeof toItems>[0]['events'][number];
const ev = (id: string, value: string, granularity: string, sources = 1): Ev =>
  ({ id, title: id, date: { value, granularity }, articles: Array.from({ length: sources }, (_, i) => `a${i}`) }) as unknown as Ev;

describe('backgroundCount', () => {
  const events = [
    ev('missiles-1991', '1991', 'year'),
    ev('rocket-1970', '1970', 'year'),
    ev('conflict', '2012-11-14', 'day', 5),
    ev('cabinet', '2012-11-16', 'day', 6),
    ev('visit', '2012-11-15', 'day', 4),
    ev('election', '2013-01-22', 'day'),
    ev('undated', 'PRESENT_REF', 'unknown'),
  ];
  const items = toItems({ events });

  it('counts the recalls that begin before the story period, which come first in the list', () => {
    const period = storyPeriod(items);
    expect(backgroundCount(items, period)).toBe(2);
    expect(items.slice(0, 2).map((i) => i.event.id)).toEqual(['rocket-1970', 'missiles-1991']);
  });

  it("keeps the days just before the period: they are the story's first days, not background", () => {
    const eve = toItems({ events: [ev('eve', '2012-11-01', 'day'), ...events] });
    expect(eve.slice(0, 3).map((i) => i.event.id)).toEqual(['rocket-1970', 'missiles-1991', 'eve']);
    expect(backgroundCount(eve, storyPeriod(eve))).toBe(2);
    const month = toItems({ events: [ev('month-before', '2012-10-01', 'day'), ...events] });
    expect(backgroundCount(month, storyPeriod(month))).toBe(3);
  });

  it('a long story folds the year before it, not only what lies a period length back (Iraq 2005 had opened on 2004)', () => {
    const DAY = 86_400_000;
    const period: [number, number] = [Date.UTC(2005, 0, 9), Date.UTC(2005, 11, 14)];
    const year = toItems({ events: [ev('march-2004', '2004-03', 'month'), ev('nov-2004', '2004-11-08', 'day'), ev('dec-2004', '2004-12-20', 'day'), ev('story', '2005-05-01', 'day')] });
    // A tenth of 340 days is 34: what begins before 6 December 2004 is background, the days after it are not.
    expect(backgroundCount(year, period)).toBe(2);
    expect(period[0] - 34 * DAY).toBeLessThan(Date.UTC(2004, 11, 20));
  });

  it('folds nothing when there is no period or no earlier date', () => {
    expect(backgroundCount(items, null)).toBe(0);
    expect(backgroundCount(items.slice(2), storyPeriod(items))).toBe(0);
  });
});

describe('broaderIds', () => {
  // Egypt (Timeline17) from 1 to 3 February 2011: a year, a month, a week and days overlap the range.
  const items = toItems({ events: [
    ev('australian-flag', '2011', 'year'),
    ev('february', '2011-02', 'month'),
    ev('week-31-jan', '2011-W05', 'week'),
    ev('day-1', '2011-02-01', 'day'),
    ev('day-2', '2011-02-02', 'day'),
  ] });
  const day = (d: string) => Date.parse(`${d}T00:00:00Z`);

  it('are the events of a month or a year around a range of a few days; a week stays', () => {
    expect([...broaderIds(items, { start: day('2011-02-01'), end: day('2011-02-04') })].sort()).toEqual(['australian-flag', 'february']);
  });

  it('are none for a range as long as them, a range open on a side, or when they are all there is', () => {
    expect(broaderIds(items, { start: day('2011-01-01'), end: day('2012-01-01') }).size).toBe(0);
    expect(broaderIds(items, { start: day('2011-02-01'), end: Number.POSITIVE_INFINITY }).size).toBe(0);
    const broadOnly = items.filter((i) => i.event.id === 'australian-flag' || i.event.id === 'february');
    expect(broaderIds(broadOnly, { start: day('2011-02-01'), end: day('2011-02-04') }).size).toBe(0);
  });

  it('take a month from a range of a week, never from a range of two months', () => {
    expect([...broaderIds(items, { start: day('2011-02-01'), end: day('2011-02-08') })].sort()).toEqual(['australian-flag', 'february']);
    expect([...broaderIds(items, { start: day('2011-01-15'), end: day('2011-03-15') })]).toEqual(['australian-flag']);
  });
});
