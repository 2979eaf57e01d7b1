import { describe, expect, it } from 'vitest';
import { formatDateValue, isRange, parseTimex, precisionLabel, utcAsLocal } from './dates.ts';

describe('dates for display', () => {
  it('spans a week from its Monday', () => {
    const r = parseTimex('2017-W08')!;
    expect(new Date(r.start).toISOString()).toBe('2017-02-20T00:00:00.000Z');
    expect((r.end - r.start) / 86_400_000).toBe(7);
  });
  it('says the date at its own precision', () => {
    expect(formatDateValue({ value: '2017-02-21' })).toBe('Tuesday 21 February 2017');
    expect(formatDateValue({ value: '2017-01' })).toBe('January 2017');
  });
  it('tells ranges from days', () => {
    expect(isRange('week')).toBe(true);
    expect(isRange('day')).toBe(false);
    expect(precisionLabel('month')).toBe('precise to the month');
  });
  it('keeps the UTC wall clock when handing a date to date-fns', () => {
    const d = utcAsLocal(Date.UTC(2017, 1, 24, 15, 21));
    expect([d.getDate(), d.getHours(), d.getMinutes()]).toEqual([24, 15, 21]);
  });
});
