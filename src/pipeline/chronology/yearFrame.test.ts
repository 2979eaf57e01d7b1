// Excerpts of Multi-News development clusters whose texts state no year: mn03 (Globe and Mail and CBC on
// the deaths of Barry and Honey Sherman, Toronto, December 2017) and mn18 (Le Monde/Worldcrunch and AP on
// the Mali coup, March-April 2012). The sentences are quoted as published; the invented one is marked.
import { describe, expect, it } from 'vitest';
import type { DateValue } from '../../schema/index.ts';
import { segment } from '../segment/index.ts';
import { tagTimexDetailed } from '../time/index.ts';
import { frameDate, yearFrame } from './yearFrame.ts';

const story = (texts: string[]) => {
  const articles = texts.map((text, i) => ({ id: `a${i}`, text, ...segment(text) }));
  const tagged = new Map(articles.map((a) => [a.id, tagTimexDetailed(a.text, { dct: null })]));
  return yearFrame(articles, tagged, () => false);
};
const resolved = (value: string): DateValue => ({ value, granularity: 'day', source: 'resolved', evidence: null });

describe('yearFrame', () => {
  it('keeps the year unknown when the only year mentioned contradicts "Monday, December 18"', () => {
    const f = story([
      '"Looking forward to getting together in Florida. I am coming south Monday, December 18 [to]Friday, January 12," she wrote in an e-mail to friends last Monday.',
      'Rhonda Lenton, the president of York University, last saw the Shermans on Oct. 28 after a concert.',
      'He worked with the company, founded in 1974, for 23 years.',
    ]);
    expect(f.kind).toBe('nominal');
    // The nominal year makes December 18 a Monday, so weekday arithmetic agrees with the text.
    expect(new Date(Date.UTC(f.year, 11, 18)).getUTCDay()).toBe(1);
    // "Oct. 28" is the only month-day told outside the quoted e-mail, but it lies weeks from every
    // weekday-named one, and those are plans: writing precedes them, so "now" is the day before the first.
    expect(f.now.slice(5)).toBe('12-17');
    expect(f.nowNote).toContain('Oct. 28');
  });

  it('never takes a holiday for the week of the news (invented)', () => {
    const f = story([
      'Shoppers cut back on gifts last Christmas, and retailers said on Tuesday that sales fell again on March 31.',
      'The chain closed 40 stores on April 2, its chief executive said.',
    ]);
    expect(f.now.slice(5)).toBe('04-02');
    const holidayOnly = story(['Shoppers cut back on gifts last Christmas, retailers said on Tuesday.']);
    expect(holidayOnly.months).toBe(false);
  });

  it('places "now" the day before the earliest day announced when every month-day is a plan (invented)', () => {
    const articles = ['The delegation will arrive on Jan. 25 and the teams will train together from Jan. 31.', 'The opening ceremony is set for Feb. 9.'].map((text, i) => ({ id: `p${i}`, text, ...segment(text) }));
    const tagged = new Map(articles.map((a) => [a.id, tagTimexDetailed(a.text, { dct: null })]));
    const f = yearFrame(articles, tagged, () => true);
    expect(f.now.slice(5)).toBe('01-24');
    expect(f.nowNote).toContain('Jan. 25');
  });

  it('places "now" just before the quoted plans when the only told month-day is far from them (mn03)', () => {
    // mn03 article_01 (Globe and Mail), sentences as published, in their order in the article.
    const f = story([
      'Less than a week before the billionaire businessman Barry Sherman and his wife, Honey, were found dead in their Toronto mansion, Ms. Sherman was cheerfully making plans for the couple\'s annual trip south.\n\n' +
        '"Looking forward to getting together in Florida. I am coming south Monday, December 18 [to]Friday, January 12," she wrote in an e-mail to friends last Monday.\n\n' +
        'Instead of looking forward to socializing with Ms. Sherman on what was to be the first day of her vacation, friends of the couple are reeling – stunned that the pair were found hanging from a railing partly surrounding their basement lap pool on Friday.\n\n' +
        'Late Sunday, Toronto police said the couple both died from "ligature neck compression."\n\n' +
        'Rhonda Lenton, the president of York University, last saw the Shermans on Oct. 28 after a concert by the Israel Philharmonic Orchestra at Toronto\'s Roy Thomson Hall.',
    ]);
    expect(f.kind).toBe('nominal');
    const now = new Date(`${f.now}T00:00:00Z`);
    // Between what is told (Oct. 28) and the plan (Monday, December 18): the Sunday before it, so "on
    // Friday" and "Late Sunday" land in the days just before the trip, not in late October.
    expect(f.now.slice(5)).toBe('12-17');
    expect(now.getUTCDay()).toBe(0);
  });

  it('keeps the latest told month-day as "now" when it lies near the weekday-named ones', () => {
    // Invented test sentences in the style of mn03: the told "Dec. 14" is in the week of the plan.
    const f = story([
      '"I am coming south Monday, December 18," she wrote in an e-mail to friends.',
      'The couple attended a reception on Dec. 14, friends said.',
    ]);
    expect(f.now.slice(5)).toBe('12-14');
    expect(f.nowNote).toBeUndefined();
  });

  it('takes the latest year mentioned when every weekday pair agrees with it', () => {
    // Invented test sentence in the style of mn03: Monday, December 18 is a Monday in 2017.
    const f = story(['The company opened its new plant in 2017. The trip started Monday, December 18, friends said.']);
    expect(f.kind).toBe('inferred');
    expect(f.year).toBe(2017);
    expect(frameDate(f, resolved('2017-12-15'))?.source).toBe('inferred');
  });

  it('masks the nominal year as XXXX and never invents one', () => {
    const f = story(['President Amadou Toumani Touré was ousted on March 22 by a junta of captains.']);
    expect(f.kind).toBe('nominal');
    const d = frameDate(f, resolved(`${f.year}-03-22`));
    expect(d?.value).toBe('XXXX-03-22');
    expect(d?.granularity).toBe('day');
    expect(frameDate(f, { ...resolved(`${f.year}-03`), granularity: 'month' })?.value).toBe('XXXX-03');
    // A year alone has no yearless form: the sentence becomes story context.
    expect(frameDate(f, { ...resolved(`${f.year}`), granularity: 'year' })).toBeNull();
    // Counted from the frame into another year ("Six years ago"): no year of the story, no date at all.
    const counted = (value: string, anchor: string): DateValue => ({ value, granularity: 'year', source: 'resolved', evidence: { articleId: 'a0', text: 'Six years ago', start: 0, end: 13, anchor, note: '6 year(s) before the reference date' } });
    expect(frameDate(f, counted(`${f.year - 6}`, `${f.year}-04-13`))).toBeNull();
    // A year the text states stays what it is.
    expect(frameDate(f, { ...counted('1957', '1957'), source: 'stated', evidence: null })?.value).toBe('1957');
    expect(frameDate(f, { ...resolved('1957'), granularity: 'year' })?.value).toBe('1957');
  });

  it('gives weekday-only values when the story names no month and day', () => {
    const f = story(['The LAPD early Monday declared an unlawful assembly on the streets surrounding City Hall.']);
    expect(f.months).toBe(false);
    // Whatever day of the frame year the arithmetic lands on, only its weekday is kept.
    const monday = new Date(Date.UTC(f.year, 5, 12));
    const iso = `${f.year}-06-${String(12 + ((8 - monday.getUTCDay()) % 7)).padStart(2, '0')}`;
    expect(frameDate(f, resolved(iso))?.value).toBe('XXXX-WXX-1');
  });
});
