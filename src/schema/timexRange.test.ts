import { describe, expect, it } from 'vitest';
import { formatTimex, timexRange } from './timexRange.ts';

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 16);

describe('timexRange', () => {
  it('spans one day for a day value', () => {
    const r = timexRange('2017-02-21')!;
    expect([iso(r.start), iso(r.end)]).toEqual(['2017-02-21T00:00', '2017-02-22T00:00']);
  });
  it('spans Monday to Monday for an ISO week (2017-W08 is 20-26 February)', () => {
    const r = timexRange('2017-W08')!;
    expect([iso(r.start), iso(r.end)]).toEqual(['2017-02-20T00:00', '2017-02-27T00:00']);
  });
  it('reads a winter as the one that ends in its year, as the tagger writes it (December 2016 is 2017-WI)', () => {
    const r = timexRange('2010-WI')!;
    expect([iso(r.start), iso(r.end)]).toEqual(['2009-12-01T00:00', '2010-03-01T00:00']);
    expect(formatTimex('2010-WI')).toBe('Winter 2009–10');
    expect(formatTimex('2010-SU')).toBe('Summer 2010');
  });
  it('handles the ISO week that starts in the previous year (2015-W01 starts 29 Dec 2014)', () => {
    expect(iso(timexRange('2015-W01')!.start)).toBe('2014-12-29T00:00');
  });
  it('spans months, quarters, seasons, years, decades and centuries', () => {
    expect(iso(timexRange('2017-01')!.end)).toBe('2017-02-01T00:00');
    expect(iso(timexRange('1998-Q3')!.start)).toBe('1998-07-01T00:00');
    expect(iso(timexRange('2009-SU')!.start)).toBe('2009-06-01T00:00');
    expect(iso(timexRange('2017')!.end)).toBe('2018-01-01T00:00');
    expect(iso(timexRange('199')!.start)).toBe('1990-01-01T00:00');
    expect(iso(timexRange('19')!.end)).toBe('2000-01-01T00:00');
  });
  it('places a time of day at its minute and a part of day across its hours', () => {
    expect(iso(timexRange('2017-02-24T15:21')!.start)).toBe('2017-02-24T15:21');
    expect(iso(timexRange('2017-02-23TEV')!.start)).toBe('2017-02-23T18:00');
  });
  it('places a yearless day or month in the nominal year', () => {
    expect(iso(timexRange('XXXX-12-18')!.start)).toBe('2000-12-18T00:00');
    expect(iso(timexRange('XXXX-02-29')!.start)).toBe('2000-02-29T00:00');
    expect(iso(timexRange('XXXX-03', 2017)!.end)).toBe('2017-04-01T00:00');
  });
  it('gives no range for references and unresolved values', () => {
    expect(timexRange('PRESENT_REF')).toBeNull();
    expect(timexRange('XXXX-XX-XX')).toBeNull();
  });
});

describe('formatTimex', () => {
  it('says each precision as a reader would', () => {
    expect(formatTimex('2017-02-23')).toBe('Thursday 23 February 2017');
    expect(formatTimex('2017-W08')).toBe('the week of 20 February 2017');
    expect(formatTimex('2017-01')).toBe('January 2017');
    expect(formatTimex('2017-02-24T15:21')).toBe('Friday 24 February 2017, 15:21');
    expect(formatTimex('199')).toBe('the 1990s');
    expect(formatTimex('20')).toBe('the 21st century');
    expect(formatTimex('XXXX-12-18')).toBe('18 December, year not stated');
    expect(formatTimex('XXXX-12')).toBe('December, year not stated');
  });
});
