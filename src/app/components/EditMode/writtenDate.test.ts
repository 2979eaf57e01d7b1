import { describe, expect, it } from 'vitest';
import { readWrittenDate } from './writtenDate.ts';

const value = (text: string) => { const r = readWrittenDate(text); return r?.ok ? r.value : r; };

describe('the date dialog reads a date as people write it', () => {
  it('reads day-first and month-first written dates into the stored form, with the words it understood', () => {
    expect(readWrittenDate('29 November 2012')).toEqual({ ok: true, value: '2012-11-29', words: 'Thursday 29 November 2012' });
    for (const t of ['Nov 29, 2012', 'November 29 2012', 'Nov. 29, 2012', '29th Nov 2012', 'Thursday, 29 November 2012', 'thu 29 nov 2012', '  29   November   2012 ']) expect(value(t), t).toBe('2012-11-29');
    expect(value('Sept 3, 2012')).toBe('2012-09-03');
    expect(value('29 November 2012 14:30')).toBe('2012-11-29T14:30');
    expect(value('Nov 29, 2012 at 9:05')).toBe('2012-11-29T09:05');
  });

  it('reads a month and a year alone at their precision', () => {
    expect(readWrittenDate('November 2012')).toEqual({ ok: true, value: '2012-11', words: 'November 2012' });
    expect(value('Nov. 2012')).toBe('2012-11');
    expect(readWrittenDate('2012')).toEqual({ ok: true, value: '2012', words: '2012' });
  });

  it('keeps the stored forms as they are', () => {
    for (const t of ['2012-11-29', '2012-11', '2012-W48', '2012-11-29T14:30']) expect(value(t)).toBe(t);
    expect(readWrittenDate('2012-W48')).toMatchObject({ words: 'the week of 26 November 2012' });
  });

  it('refuses what is no date, saying why and how to write one', () => {
    expect(readWrittenDate('')).toBeNull();
    expect(readWrittenDate('2017-02-30')).toMatchObject({ ok: false, why: expect.stringContaining('not a date on the calendar') });
    expect(readWrittenDate('30 February 2017')).toEqual({ ok: false, why: 'February 2017 has no day 30.' });
    expect(readWrittenDate('Friday 29 November 2012')).toEqual({ ok: false, why: 'Thursday 29 November 2012 is not a Friday: correct the weekday or the date.' });
    expect(readWrittenDate('3/5/2012')).toMatchObject({ ok: false, why: expect.stringContaining('29 November 2012, Nov 29, 2012') });
    expect(readWrittenDate('last Tuesday')).toMatchObject({ ok: false });
    expect(readWrittenDate('29 November 2012 25:10')).toEqual({ ok: false, why: '25:10 is not a time of day.' });
    expect(readWrittenDate('November 2012 14:30')).toMatchObject({ ok: false, why: expect.stringContaining('no day of the month') });
  });
});
