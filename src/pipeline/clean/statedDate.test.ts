/** Stated publication dates. Fixtures are lines from real pages; the source is named beside each. */
import { describe, expect, it } from 'vitest';
import { dateLine, parseDateExpression } from './statedDate.ts';

describe('parseDateExpression', () => {
  it.each([
    // Business Standard (seed 001)
    ['Feb 24 2017 | 3:21 PM IST', '2017-02-24T15:21'],
    // Reuters page header (Timeline17 H1N1)
    ['Mon Mar 2, 2009 4:23 pm EST', '2009-03-02T16:23'],
    // tokenised Reuters header: a space before the comma
    ['Mon Mar 2 , 2009 4:23 pm EST', '2009-03-02T16:23'],
    // BBC blog
    ['16:10 UK time, Wednesday, 8 July 2009', '2009-07-08T16:10'],
    // Guardian
    ['Sunday 26 April 2009 11.25 BST', '2009-04-26T11:25'],
    // Reuters Japan
    ['2009 04 25 08:50 JST', '2009-04-25T08:50'],
    ['September 25, 2018', '2018-09-25'],
    ['2018-09-25T14:03:00Z', '2018-09-25T14:03'],
    ['12:02 AM, Feb 24 2017', '2017-02-24T00:02'],
  ])('reads %s as %s', (text, value) => {
    expect(parseDateExpression(text)?.value).toBe(value);
  });

  it('refuses impossible days and bare numbers', () => {
    expect(parseDateExpression('Feb 30 2017')).toBeNull();
    expect(parseDateExpression('2009 04 25')).toBeNull();
    expect(parseDateExpression('3 Months')).toBeNull();
  });
});

describe('dateLine', () => {
  it('ranks First Published above Last Updated and keeps the words as written', () => {
    const first = dateLine('First Published: Feb 24 2017 | 12:02 PM IST');
    const last = dateLine('Last Updated : Feb 24 2017 | 3:21 PM IST');
    expect(first?.date).toEqual({ value: '2017-02-24T12:02', text: 'First Published: Feb 24 2017 | 12:02 PM IST' });
    expect(last?.date.value).toBe('2017-02-24T15:21');
    expect((first?.rank ?? 9) < (last?.rank ?? 0)).toBe(true);
    expect(first?.wholeLine).toBe(true);
  });

  it('takes a line that is only a date', () => {
    expect(dateLine('Thursday 11 June 2009')?.date.value).toBe('2009-06-11');
  });

  it('ignores dates inside sentences and reader comments', () => {
    expect(dateLine('On Tuesday, Sept. 25, 2018, Cosby was sentenced to three to 10 years.')).toBeNull();
    expect(dateLine("posted on Thursday, 28 May 2009 | comment on this post Ok guys.")).toBeNull();
    expect(dateLine('Updated with new figures from the ministry on June 3, 2009')).toBeNull();
  });
});
