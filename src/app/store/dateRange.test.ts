import { describe, expect, it } from 'vitest';
import type { Story } from '../../schema/story.ts';
import { splitStory } from '../../pipeline/story/split.ts';
import { applyFilters, filtering, NO_FILTERS, toItems, type Filters } from './items.ts';
import { dayOf, dayStart, offersRange, rangeFrame, rangeOf, storyDays, unplacedWords, validDay } from './dateRange.ts';
import { createTimelineStore } from './createTimelineStore.ts';

const seed = import.meta.glob<Story>('../../../e2e/fixtures/seed-story.json', { eager: true, import: 'default' })['../../../e2e/fixtures/seed-story.json']!;
const outline = splitStory(seed).outline;

/** The seed's first event under other ids and dates: one event per value. */
function storyOf(values: string[]) {
  return { ...outline, events: values.map((value, i) => ({ ...outline.events[0]!, id: `e${i}-${value}`, key: undefined, date: { ...outline.events[0]!.date, value } })) };
}
const ids = (items: { event: { id: string } }[]) => items.map((i) => i.event.id.replace(/^e\d+-/, ''));
const range = (from?: string, to?: string): Filters => ({ ...NO_FILTERS, ...(from ? { from } : {}), ...(to ? { to } : {}) });

describe('the days a date range reads', () => {
  it('takes real calendar days only, and any year from 0001 (a year typed digit by digit passes through 0002)', () => {
    expect(dayStart('2009-04-30')).toBe(Date.UTC(2009, 3, 30));
    expect(dayStart('0002-04-30')).toBe(new Date('0002-04-30T00:00:00Z').getTime());
    expect(dayOf(dayStart('0002-04-30')!)).toBe('0002-04-30');
    for (const bad of ['2009-02-30', '2009-13-01', '2009-4-30', '30/04/2009', '', '0000-01-01', 'garbage', '2009-04-30T10:00', '+012009-04-30']) {
      expect(dayStart(bad), bad).toBeNull();
      expect(validDay(bad), bad).toBeUndefined();
    }
    expect(validDay('2008-02-29')).toBe('2008-02-29');
    expect(validDay(null)).toBeUndefined();
  });

  it('includes both days, is open on a side left empty, and calls From after To reversed', () => {
    expect(rangeOf({})).toBeNull();
    expect(rangeOf({ from: 'nonsense' })).toBeNull();
    expect(rangeOf({ from: '2009-04-25', to: '2009-05-01' })).toEqual({ start: Date.UTC(2009, 3, 25), end: Date.UTC(2009, 4, 2) });
    expect(rangeOf({ from: '2009-05-01', to: '2009-05-01' })).toEqual({ start: Date.UTC(2009, 4, 1), end: Date.UTC(2009, 4, 2) });
    expect(rangeOf({ to: '2009-05-01' })).toEqual({ start: -Infinity, end: Date.UTC(2009, 4, 2) });
    expect(rangeOf({ from: '2009-05-02', to: '2009-05-01' })).toBe('reversed');
  });
});

describe('filtering by a date range', () => {
  const values = ['1918', '2009-04-24', '2009-04-30', '2009-04-30T10:00', '2009-W18', '2009-04', '2009-Q2', '2010-WI', '2009-05-02', 'XXXX-04-30', 'PRESENT_REF'];
  const items = toItems(storyOf(values));

  it('keeps the events whose date overlaps the days: a week, a month, a quarter that holds them, not only the days inside', () => {
    // 2009-W18 is Monday 27 April to Sunday 3 May.
    expect(ids(applyFilters(items, range('2009-04-30', '2009-04-30'))).sort()).toEqual(['2009-04', '2009-04-30', '2009-04-30T10:00', '2009-Q2', '2009-W18'].sort());
    expect(ids(applyFilters(items, range('2009-05-02', '2009-05-02'))).sort()).toEqual(['2009-05-02', '2009-Q2', '2009-W18'].sort());
    // "2010-WI" is December 2009 to February 2010: a day of January 2010 is in it.
    expect(ids(applyFilters(items, range('2010-01-15')))).toEqual(['2010-WI']);
    // The day before a range ends at its midnight: 24 April is out of a range from the 25th.
    expect(ids(applyFilters(items, range('2009-04-25', '2009-04-29')))).toEqual(['2009-04', '2009-Q2', '2009-W18']);
  });

  it('is open on a side left empty', () => {
    expect(ids(applyFilters(items, range(undefined, '2009-04-24')))).toEqual(['1918', '2009-04', '2009-Q2', '2009-04-24']);
    expect(ids(applyFilters(items, range('2009-05-01')))).toEqual(['2009-Q2', '2009-W18', '2009-05-02', '2010-WI']);
  });

  it('hides year-less and undated events while either side is set, and only then', () => {
    const shown = ids(applyFilters(items, range('0001-01-01', '9999-12-31')));
    expect(shown).toHaveLength(values.length - 2);
    expect(shown).not.toContain('XXXX-04-30');
    expect(shown).not.toContain('PRESENT_REF');
    expect(applyFilters(items, NO_FILTERS)).toHaveLength(values.length);
  });

  it('does not apply a reversed range, but still the other filters; nor a bound that is no day', () => {
    expect(applyFilters(items, range('2009-05-02', '2009-04-30'))).toHaveLength(values.length);
    expect(applyFilters(items, { ...range('2009-05-02', '2009-04-30'), q: 'nothing-matches-this' })).toHaveLength(0);
    expect(applyFilters(items, { ...NO_FILTERS, from: '2009-02-30' })).toHaveLength(values.length);
    // Set, it is still a filter the bar shows and clears.
    expect(filtering(range('2009-05-02', '2009-04-30'))).toBe(true);
    expect(filtering(NO_FILTERS)).toBe(false);
  });

  it('works with the other filters, on the seed story', () => {
    const seedItems = toItems(outline);
    const day = applyFilters(seedItems, range('2017-02-22', '2017-02-22'));
    // The week of 20 February 2017 holds the 22nd; 2017-01 and 2016 do not.
    expect(ids(day).sort()).toEqual(['dhs-memos', 'videgaray-warning']);
    expect(ids(applyFilters(seedItems, { ...range('2017-02-23'), actor: 'Rex Tillerson' })).every((id) => seed.events.find((e) => e.id === id)!.date.value === '2017-02-23')).toBe(true);
  });
});

describe('what the inputs offer', () => {
  it('spans every placeable date, recalls included, and counts what cannot be placed', () => {
    const d = storyDays(toItems(storyOf(['1918', '2009-04-30', '2010-WI', 'XXXX-04-30', 'XXXX-05', 'PRESENT_REF'])));
    expect(d).toEqual({ min: '1918-01-01', max: '2010-02-28', yearless: 2, undated: 1, placed: 3 });
    expect(storyDays([])).toEqual({ min: null, max: null, yearless: 0, undated: 0, placed: 0 });
  });

  it('are offered only when a range can tell two events apart', () => {
    expect(offersRange(storyDays(toItems(storyOf(['1918', '2009-04-30', 'XXXX-04-30']))))).toBe(true);
    // mn11: every date year-less; mn03: year-less but for one recall; two events of one day.
    expect(offersRange(storyDays(toItems(storyOf(['XXXX-06-30', 'XXXX-07-01']))))).toBe(false);
    expect(offersRange(storyDays(toItems(storyOf(['XXXX-12-15', 'XXXX-12-16', '1974']))))).toBe(false);
    expect(offersRange(storyDays(toItems(storyOf(['2017-02-23', '2017-02-23', 'XXXX-12-16']))))).toBe(false);
    expect(offersRange(storyDays(toItems(storyOf(['2017-02-23', '2017-W08']))))).toBe(true);
  });

  it('says what a range hides besides the days outside it', () => {
    expect(unplacedWords({ yearless: 0, undated: 0 })).toBeNull();
    expect(unplacedWords({ yearless: 1, undated: 0 })).toBe('While a date is set, the event whose year is not stated is hidden: it cannot be placed between two days.');
    expect(unplacedWords({ yearless: 12, undated: 3 })).toBe('While a date is set, the 12 events whose year is not stated and the 3 undated events are hidden: they cannot be placed between two days.');
  });
});

describe('the store with a date range', () => {
  it('filters the shown and the dated parts, and clears with the rest', () => {
    const store = createTimelineStore(outline);
    store.getState().setFilters({ from: '2017-02-22', to: '2017-02-22' });
    expect(ids(store.getState().shown).sort()).toEqual(['dhs-memos', 'videgaray-warning']);
    expect(store.getState().shownDated).toEqual(store.getState().shown);
    store.getState().setFilters({ source: null, actor: null, q: '', key: false, from: undefined, to: undefined });
    expect(store.getState().shown).toHaveLength(outline.events.length);
  });
});

describe('the stretch the timeline frames for a range', () => {
  const d = (s: string) => dayStart(s)!;
  // Egypt: dates from 1683 to 2013, its own period 25 January to 11 February 2011.
  const domain = [d('1683-01-01'), d('2014-01-01')] as const;
  const period = [d('2011-01-25'), d('2011-02-12')] as const;
  const frame = (from?: string, to?: string) => rangeFrame(rangeOf({ from, to }), period, domain);

  it('is the days asked for when both are set', () => {
    expect(frame('2011-02-01', '2011-02-03')).toEqual([d('2011-02-01'), d('2011-02-04')]);
    expect(frame('2011-02-02', '2011-02-02')).toEqual([d('2011-02-02'), d('2011-02-03')]);
  });

  it('ends an open side at the period when the bound lies within it, else at the story\'s dates', () => {
    expect(frame('2011-02-01')).toEqual([d('2011-02-01'), period[1]]);
    expect(frame(undefined, '2011-02-01')).toEqual([period[0], d('2011-02-02')]);
    // Recalls: To before the period, From after it.
    expect(frame(undefined, '1990-12-31')).toEqual([domain[0], d('1991-01-01')]);
    expect(frame('2012-06-01')).toEqual([d('2012-06-01'), domain[1]]);
  });

  it('stays within the story\'s dates, and is nothing without a range to frame', () => {
    expect(frame('1000-01-01', '1700-01-01')).toEqual([domain[0], d('1700-01-02')]);
    expect(frame('2020-01-01', '2020-12-31')).toBeNull();
    expect(frame()).toBeNull();
    expect(frame('2011-02-03', '2011-02-01')).toBeNull();
    expect(rangeFrame(rangeOf({ from: '2011-02-01' }), null, null)).toBeNull();
    expect(rangeFrame(rangeOf({ from: '2011-02-01' }), null, domain)).toEqual([d('2011-02-01'), domain[1]]);
  });
});
