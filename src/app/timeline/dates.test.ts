import { describe, expect, it } from 'vitest';
import { ABOUT_BELOW, axisDate, dateWords, doubtUnit, formatDateValue, formatSpan, htmlDatetime, isAbout, isRange, parseTimex, precisionLabel, utcAsLocal } from './dates.ts';
import { confidenceWords } from '../components/PublishedDate/PublishedDate.tsx';

describe('dates for display', () => {
  it('gives HTML a datetime it can read: a year-less day as "--MM-DD", nothing for other unknown parts', () => {
    expect([htmlDatetime('2017-02-23'), htmlDatetime('XXXX-12-15'), htmlDatetime('XXXX-WXX-4'), htmlDatetime('2017-W08')]).toEqual(['2017-02-23', '--12-15', undefined, '2017-W08']);
  });
  it('never calls a date the story is unsure of precise', () => {
    expect(precisionLabel('day')).toBe('precise to the day');
    expect(precisionLabel('day', { confidence: 0.41 })).toBe('day uncertain');
    expect(precisionLabel('week', { confidence: 0.9 })).toBe('precise to the week');
    // A weekend is the week granularity with "-WE": Finan's "the weekend of 21 February 2009".
    expect(precisionLabel('week', { value: '2009-W08-WE', source: 'resolved' })).toBe('precise to the weekend');
    expect(precisionLabel('week', { value: '2009-W08-WE', confidence: 0.3 })).toBe('weekend uncertain');
    expect(doubtUnit({ granularity: 'week', value: '2009-W08-WE' })).toBe('weekend');
    expect(precisionLabel('week', { value: '2009-W08', source: 'resolved' })).toBe('precise to the week');
    // A date from the sentences around the event is never called precise; an unsure one is uncertain first.
    expect(precisionLabel('day', { confidence: 0.83, source: 'inferred' })).toBe('day from context');
    expect(precisionLabel('day', { confidence: 0.3, source: 'inferred' })).toBe('day uncertain');
    expect(precisionLabel('month', { confidence: 0.42, value: '2017-10' })).toBe('month uncertain');
    // A stated month and day counted into a year: the year is what is in doubt.
    expect(doubtUnit({ granularity: 'day', value: '2015-11-02' }, 'month and day in the year nearest the reference date (past tense)')).toBe('year');
    expect(doubtUnit({ granularity: 'day', value: '2015-11-03' }, 'weekday on or before the reference date (past tense)')).toBe('day');
    expect(doubtUnit({ granularity: 'month', value: '2017-10' })).toBe('month');
  });
  it('says a span once: the year-less note at its end only, one date when both ends are the same', () => {
    expect(formatSpan('XXXX-12-15', 'XXXX-12-17')).toBe('15 December to 17 December, year not stated');
    expect(formatSpan('2012-11-14', '2012-11-16')).toBe('Wednesday 14 November 2012 to Friday 16 November 2012');
    expect(formatSpan('2017-02-23', '2017-02-23')).toBe('Thursday 23 February 2017');
  });
  it('cuts month names on the axis only where the words would not fit a label', () => {
    expect(axisDate('about 15 December, year not stated')).toBe('about 15 Dec, year not stated');
    expect(axisDate('about the week of 20 February 2017')).toBe('about the week of 20 Feb 2017');
    // Short enough for one line: left whole.
    expect(axisDate('Wednesday 14 November 2012')).toBe('Wednesday 14 November 2012');
  });
  it('drops the weekday from a label narrowed at the screen\'s edge, so its day and month show', () => {
    // 78 px of text: "Saturday 11…" had shown on Iraq's left edge, the month left to guess.
    expect(axisDate('Saturday 11 September 2004', 78)).toBe('11 Sep 2004');
    expect(axisDate('Saturday 24 December 2005', 130)).toBe('Saturday 24 Dec 2005');
    expect(axisDate('Tuesday 4 January 2005', 180)).toBe('Tuesday 4 January 2005');
    expect(axisDate('about Saturday 11 September 2004', 78)).toBe('about 11 Sep 2004');
  });
  it('shortens June and July too, so a date at the edge keeps its year', () => {
    // H1N1 at 1920, right edge, 70 px of text: "26 June 20…" had shown ("26 June 2009" is 72 px, "26 Jun 2009" 66).
    const measured = (t: string) => t.length * 6;
    expect(axisDate('Friday 26 June 2009', 70, measured)).toBe('26 Jun 2009');
    expect(axisDate('Thursday 2 July 2009', 60, measured)).toBe('2 Jul 2009');
    expect(axisDate('Friday 26 June 2009', 200, measured)).toBe('Friday 26 June 2009');
  });
  it('keeps the year of a week narrowed at the screen\'s edge, dropping its "the"', () => {
    // 124 px of text at Iraq's right edge: "the week of 2 Jan 20…" had shown.
    expect(axisDate('the week of 2 January 2006', 124)).toBe('week of 2 Jan 2006');
    expect(axisDate('about the week of 2 January 2006', 160)).toBe('about week of 2 Jan 2006');
    expect(axisDate('the week of 2 January 2006', 180)).toBe('the week of 2 January 2006');
  });
  it('measures a label\'s date where it can, so a wide one is cut to fit rather than losing its year', () => {
    // Iraq's last event at the right edge: 169 px of text, "Wednesday 14 December 2005" drawn 172 px wide
    // (26 characters, which the count let through: "Wednesday 14 December 20…" showed).
    const drawn = (w: string) => w.length * 6.61;
    expect(axisDate('Wednesday 14 December 2005', 169, drawn)).toBe('Wednesday 14 Dec 2005');
    expect(axisDate('Saturday 11 September 2004', 169, (w) => w.length * 6.2)).toBe('Saturday 11 September 2004');
    // No measure (no canvas): characters are counted, as before.
    expect(axisDate('Wednesday 14 December 2005', 169, () => undefined)).toBe('Wednesday 14 December 2005');
  });
  it('says "about" for an inferred day the story is unsure of, never for a stated one', () => {
    expect(dateWords('Thursday 23 February 2017', { confidence: 0.41 })).toBe('about 23 February 2017');
    expect(dateWords('the week of 20 February 2017', { confidence: 0.41 })).toBe('about the week of 20 February 2017');
    expect(dateWords('Thursday 23 February 2017', { confidence: 0.57 })).toBe('Thursday 23 February 2017');
    expect(dateWords('Thursday 23 February 2017', {})).toBe('Thursday 23 February 2017');
    expect(isAbout({ confidence: ABOUT_BELOW })).toBe(false);
    // The same line as the disclosure's words: "about" exactly where it says "uncertain".
    for (const p of [0.1, 0.3, 0.49, 0.5, 0.7, 0.95]) expect(isAbout({ confidence: p })).toBe(confidenceWords(p).includes('uncertain'));
  });
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
    expect(precisionLabel('quarter', { value: '2008-H1' })).toBe('precise to the half year');
    expect(precisionLabel('quarter', { value: '2008-Q3' })).toBe('precise to the quarter');
  });
  it('keeps the UTC wall clock when handing a date to date-fns', () => {
    const d = utcAsLocal(Date.UTC(2017, 1, 24, 15, 21));
    expect([d.getDate(), d.getHours(), d.getMinutes()]).toEqual([24, 15, 21]);
  });
});
