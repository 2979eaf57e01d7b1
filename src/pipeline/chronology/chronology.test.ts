// The chronology model's failure classes, each on an invented fixture (no evaluation text): a background
// date never stands in for "now", a deadline ahead is not the day of writing, a page stamp decides, the
// story pulls an article without evidence to its neighbours, and every inferred day carries a confidence.
import { describe, expect, it } from 'vitest';
import type { DateValue } from '../../schema/index.ts';
import { segment } from '../segment/index.ts';
import { resolveAgainst, tagTimexDetailed } from '../time/index.ts';
import { inferPublished, latestExplicit } from './index.ts';
import { evidenceOf } from './evidence.ts';
import { candidatesOf } from '../events/candidates.ts';
import { CALIBRATION } from './calibration.ts';
import { MONTHDAY_REACH, binOf, binWidth } from './bins.ts';
import { calibrated, weekdayOffset } from './likelihood.ts';

const stated = (value: string): DateValue => ({ value, granularity: 'day', source: 'stated', evidence: null });
const article = (id: string, text: string, published: DateValue | null = null) => ({ id, text, published, ...segment(text) });
const resolver = {
  tag: (text: string, dct: string | null) => tagTimexDetailed(text, { dct }),
  resolve: (t: Parameters<typeof resolveAgainst>[0], anchor: string, tense?: 'past' | 'future' | null) => resolveAgainst(t, anchor, tense ? { tense } : {}),
};
const days = (a: string, b: string) => Math.round((Date.parse(a) - Date.parse(b)) / 864e5);

describe('chronology: article dates', () => {
  it('never takes a birth date or an anniversary for the day of writing', () => {
    const { inferred } = inferPublished([
      article('x1', 'The mayor, who was born on May 4, 1961, opened the new bridge on Tuesday, officials said.\n\nThe ceremony marked 25 years since the flood of June 2, 1999.'),
      article('x2', 'The new bridge over the river opened on Tuesday, March 10, 2015, after three years of work.', stated('2015-03-11')),
    ], resolver);
    const v = inferred.get('x1')?.value ?? '';
    expect(Math.abs(days(v, '2015-03-11'))).toBeLessThanOrEqual(2);
  });

  it('does not take a funding deadline ahead for the day of writing', () => {
    const { inferred } = inferPublished([
      article('f1', 'Congress passed a stopgap bill on Thursday, Sept. 28, 2017, that keeps the government funded through Dec. 8, 2017.\n\nThe president signed it hours later.'),
    ], resolver);
    const v = inferred.get('f1')?.value ?? '';
    expect(days(v, '2017-09-28')).toBeGreaterThanOrEqual(0);
    expect(days(v, '2017-09-28')).toBeLessThanOrEqual(2);
  });

  it('counts two sidebar stamps of one later day once, whatever the words around them', () => {
    // A page crawled two years on shows two posts of that day in a sidebar; the comment two days after the
    // news, and the weekdays, still say when it was written.
    const text = [
      'Thousands of protesters celebrated in the capital on Saturday after the army council promised to hand power to an elected government.',
      'The council said on Saturday that the cabinet would stay in office until a new one is formed, and soldiers began clearing barricades from the square.',
      'Opposition leaders said they would meet the generals on Monday to discuss the timetable for a referendum on the constitution.',
      'Comments',
      'At 8:35 am on February 14, 2011, Hisham wrote: The square is finally quiet.',
      'Could the next pope be from Africa or Latin America? bit.ly/U6vgfT 7:01 pm ET February 11, 2013 RETWEET Could the next pope be from Africa or Latin America?',
      'Cruise ship that had a fire in its engine room towed to port. bit.ly/11BX93W 6:30 pm ET February 11, 2013 RETWEET Looking for a good car for bad winter weather?',
    ].join('\n\n');
    const v = inferPublished([article('c1', text)], resolver).inferred.get('c1')?.value ?? '';
    expect(Math.abs(days(v, '2011-02-12'))).toBeLessThanOrEqual(3);
  });

  it('never lets a comment or sidebar post years later stand for the story\'s "now"', () => {
    const head = 'Hundreds of thousands marched to the square on Sunday, the largest crowd since the curfew of January 27. '.repeat(5);
    const text = `${head}\n\nThe crackdown began in March 2010.\n\nbit.ly/U6vgfT 7:01 pm ET February 11, 2013 RETWEET Could the next pope be from Africa?\n\nAt 8:35 am on February 14, 2011, Hisham wrote: quiet at last.`;
    const tagged = tagTimexDetailed(text, { dct: null });
    expect(latestExplicit([tagged])?.value).toBe('2010-03-31');
    // Only comments: the earliest, nearest the page.
    const comments = tagged.filter((t) => /T\d{2}:\d{2}/.test(t.value));
    expect(comments).toHaveLength(2);
    expect(latestExplicit([comments])?.value).toBe('2011-02-14');
  });

  it('takes the page stamp under the headline over dates the text recalls', () => {
    const { inferred } = inferPublished([
      article('s1', 'Markets fall again Friday 21 January 2005 00.05 GMT Shares fell for a third day after the bank collapsed on Jan. 12, 2005.\n\nThe crisis began in October 2004.'),
    ], resolver);
    expect(inferred.get('s1')?.value).toBe('2005-01-21');
    expect(inferred.get('s1')?.confidence).toBeGreaterThan(0.5);
  });

  it('places an article with no date of its own beside the story, with a low confidence', () => {
    const { inferred } = inferPublished([
      article('n1', 'Residents said they were still cleaning up. Many homes were damaged.'),
      article('n2', 'The storm hit the coast on Monday, Oct. 8, 2018, officials said.', stated('2018-10-09')),
    ], resolver);
    const d = inferred.get('n1');
    expect(d?.value).toBe('2018-10-09');
    expect(d?.confidence).toBeLessThan(0.5);
    expect(d?.evidence?.note).toContain('other articles');
  });

  it('gives an article alone in its story no day from a lone date in its text, only from what the page writes for its day', () => {
    // On the pattern of TempEval-3's wire stories: one article, its creation day hidden.
    const lone = inferPublished([article('l1', 'The company said it would close the plant, which it acquired on March 3, 1998, and cut 400 jobs.')], resolver);
    expect(lone.inferred.get('l1')).toBeUndefined();
    const yearless = inferPublished([article('l2', 'Shareholders will vote on the merger at a meeting on Dec. 15, the company said.')], resolver);
    expect(yearless.inferred.get('l2')).toBeUndefined();
    const weekday = inferPublished([article('l3', 'The company said on Tuesday, March 3, 1998, that it would close the plant and cut 400 jobs.')], resolver);
    expect(weekday.inferred.get('l3')?.value).toMatch(/^1998-03-0[34]$/);
  });

  it('weighs the days after a year told as past: an anniversary piece is not dated to the day it recalls', () => {
    // On the pattern of a Timeline17 Iraq page (The Observer, 2005), built alone: a date written with its
    // weekday, decades back, and a later year told as past. The calendar weighed must reach past 1977.
    const text = 'But on Sunday, 28 May 1961, The Observer published a campaigning piece by Peter Benenson.\n\nIn 1977 Amnesty International was awarded the Nobel Peace Prize for its fight against injustice.';
    expect(inferPublished([article('a1', text)], resolver).inferred.get('a1')).toBeUndefined();
    // Without the later year nothing bounds the day, and the weekday-written date stands (as before).
    expect(inferPublished([article('a2', text.split('\n\n')[0]!)], resolver).inferred.get('a2')?.value).toMatch(/^1961-05-2[89]$/);
  });

  it('gives every inferred date a confidence between 0 and 1 and its evidence', () => {
    const { inferred } = inferPublished([
      article('c1', 'The court ruled on Monday, Jan. 8, 2018, that the shops may stay open.'),
    ], resolver);
    const d = inferred.get('c1')!;
    expect(d.confidence).toBeGreaterThan(0);
    expect(d.confidence).toBeLessThanOrEqual(1);
    expect(d.evidence?.note).toMatch(/Jan\. 8, 2018/);
  });
});

describe('chronology: one expression, one piece of evidence', () => {
  // Invented on the pattern of mn10: an undated article repeats "said Tuesday" in sentences that share
  // words with a dated happening. Repeating it adds no evidence: the day and its confidence stay the same.
  const dated = article('d', 'Prosecutors charged the landlord with arson on Tuesday, officials said.', stated('2016-03-09'));
  const said = 'Prosecutors said Tuesday that the landlord set the fire for the insurance money.';
  const decided = (times: number) => inferPublished([
    dated,
    article('u', [said, ...Array.from({ length: times - 1 }, (_, i) => `Prosecutors said Tuesday that the landlord had ${['debts', 'tenants', 'lawyers', 'buildings', 'permits'][i]} before the fire.`), 'The trial is expected to start in June.'].join('\n\n')),
  ], resolver).inferred.get('u');

  it('counts a weekday said six times as once', () => {
    const once = decided(1);
    const six = decided(6);
    expect(once?.value).toBe('2016-03-09');
    expect(six?.value).toBe(once?.value);
    expect(six?.confidence).toBe(once?.confidence);
  });
});

describe('chronology: measured likelihoods (calibration.ts)', () => {
  it('a weekday told in the past is mostly today or yesterday, never ahead', () => {
    expect(weekdayOffset('past', 0)).toBeGreaterThan(weekdayOffset('past', 1));
    expect(weekdayOffset('past', 1)).toBeGreaterThan(weekdayOffset('past', 3));
    expect(weekdayOffset('past', -2)).toBeLessThan(weekdayOffset('past', 3));
  });
  it('a past month-day is usually weeks back: newsrooms name the weekday within a week', () => {
    const mass = CALIBRATION.monthday.past;
    expect(Math.max(...mass)).toBe(mass[binOf(15)]);
    expect(calibrated('monthday', 'past', 15)).toBeGreaterThan(calibrated('monthday', 'past', -15));
  });
  it('an announced day lies ahead of the day of writing', () => {
    expect(calibrated('monthday', 'future', -10)).toBeGreaterThan(calibrated('monthday', 'future', 10));
    expect(calibrated('full', 'future', -10)).toBeGreaterThan(calibrated('full', 'future', 10));
  });
  it('a past full date is the day itself or background, rarely a day a few weeks back', () => {
    expect(calibrated('full', 'past', 0)).toBeGreaterThan(calibrated('full', 'past', 15));
    expect(calibrated('full', 'past', 0)).toBeGreaterThan(calibrated('full', 'past', -1));
  });
  it('a date that names a thing ("the attacks of Sept. 11, 2001") is the day of writing less often than "on Sept. 11"', () => {
    expect(calibrated('fullNamed', 'past', 0)).toBeLessThan(calibrated('full', 'past', 0) - 1);
  });
  it('a month-day that names a thing ("the March 22 coup") is the day of writing less often than a bare one', () => {
    expect(calibrated('monthdayNamed', 'past', 0)).toBeLessThan(calibrated('monthday', 'past', 0) - 1);
  });
  it('a weekday in the lead is today more often than one in the body', () => {
    expect(weekdayOffset('past', 0, true)).toBeGreaterThan(weekdayOffset('past', 0, false));
    expect(weekdayOffset('past', 6, true)).toBeLessThan(weekdayOffset('past', 6, false));
  });
  it('has no gap in the sample for a dip: no bin is less likely per day than both its neighbours', () => {
    for (const kind of ['full', 'fullNamed', 'monthday', 'monthdayNamed', 'month', 'stamp', 'later'] as const) {
      for (const tense of ['past', 'future', 'none'] as const) {
        const perDay = CALIBRATION[kind][tense].map((p: number, i: number) => p / binWidth(i, kind.startsWith('monthday') ? MONTHDAY_REACH : Infinity));
        for (let i = 1; i < perDay.length - 1; i++) {
          expect(perDay[i]!, `${kind}.${tense} bin ${i}`).toBeGreaterThanOrEqual(Math.min(perDay[i - 1]!, perDay[i + 1]!) * 0.99);
        }
      }
    }
  });
  it('each distribution is a probability over its bins', () => {
    for (const kind of ['full', 'fullNamed', 'monthday', 'monthdayNamed', 'month', 'weekday', 'weekdayLead', 'stamp', 'later'] as const) {
      for (const tense of ['past', 'future', 'none'] as const) {
        const total = CALIBRATION[kind][tense].reduce((s: number, p: number) => s + p, 0);
        expect(total).toBeCloseTo(1, 2);
      }
    }
  });
});

describe('chronology: saying less', () => {
  it('leaves an article undated when nothing in it points to a day', () => {
    // Months only: any day of them (or after them) is as good as another, so no day reaches MIN_WEEK.
    const { inferred } = inferPublished([
      article('h1', 'Sales fell in March 2009.\n\nThe company was founded in May 1998.\n\nProfits rose in October 2004.'),
    ], resolver);
    expect(inferred.has('h1')).toBe(false);
  });
  it('does not take the latest background date for the day of writing when nothing states the year of writing', () => {
    // Invented on the pattern of a Timeline17 finance desk: a wire dateline without a year, history told in
    // the past. Nov. 8 of any year after February 1998 fits as well as 1998's: the year is not known, and an
    // article dated 1998 (or a year later) would be months or years wrong.
    const { inferred } = inferPublished([
      article('f1', 'SAO PAULO, Brazil, Nov. 8 -- The finance ministers met on Saturday to discuss the crisis.\n\nIn late 1997, the currency collapsed.\n\nIn February 1998, the central bank raised rates to 40 percent.'),
      article('f2', 'World leaders will gather in Washington on Saturday for a summit on the crisis.\n\nThe last such meeting was held in 1998.'),
    ], resolver);
    expect(inferred.size).toBe(0);
  });
  it('publishes a day whose evidence agrees', () => {
    const { inferred } = inferPublished([
      article('h2', 'Friday 21 January 2005 00.05 GMT\n\nThe bank failed on Thursday, officials said.'),
    ], resolver);
    expect(inferred.get('h2')?.value).toBe('2005-01-21');
    expect(inferred.get('h2')!.confidence!).toBeGreaterThan(0.5);
  });
});

describe('chronology: what is a page stamp (evidence.ts)', () => {
  const kinds = (text: string) => {
    const art = { id: 'a', text, ...segment(text) };
    const tx = tagTimexDetailed(text, { dct: null });
    const same = (t: Parameters<typeof resolveAgainst>[0]) => resolveAgainst(t, '2000-01-05').value.startsWith('2000-01-05');
    return evidenceOf(art, tx, candidatesOf(art, 0, tx), same).filter((e) => e.day !== null).map((e) => `${e.kind} ${e.timex.text}`);
  };
  it('reads a weekday-and-date under the headline as the page\'s stamp', () => {
    expect(kinds('Swine flu reaches Scotland\nSunday 26 April 2009 18.45 BST\n\nTwo people were admitted to hospital with flu symptoms.')).toContain('stamp Sunday 26 April 2009 18.45 BST');
  });
  it('reads one after a comma as prose: a caption or a sentence goes on there', () => {
    // Written for this test: an agency photo caption at the head of a page, the day before the report.
    const found = kinds('The president speaks to reporters on the South Lawn of the White House, Friday, Oct. 17, 2008.\n\nThe Treasury announced a new plan on Saturday to buy stakes in banks.');
    expect(found.some((k) => k.startsWith('stamp'))).toBe(false);
    expect(found.some((k) => k.startsWith('full') && k.includes('Oct. 17, 2008'))).toBe(true);
  });
});

describe('chronology: a wire dateline (evidence.ts datelineOf)', () => {
  const datelines = (text: string) => {
    const art = { id: 'a', text, ...segment(text) };
    const tx = tagTimexDetailed(text, { dct: null });
    const same = (t: Parameters<typeof resolveAgainst>[0]) => resolveAgainst(t, '2000-01-05').value.startsWith('2000-01-05');
    return evidenceOf(art, tx, candidatesOf(art, 0, tx), same).filter((e) => e.dateline).map((e) => `${e.dateline} ${e.timex.text}`);
  };
  // Written for these tests, on the pattern of Washington Post pages in Timeline17's finance topic, whose
  // scrape glued the headline to the dateline on the first line.
  it('reads a dateline glued after the headline on the first line', () => {
    expect(datelines('Italy Plans New Tax Breaks; Banks Cut Rates ROME, Dec. 4 -- Italy announced tax breaks Thursday.\n\nThe plan needs a vote.')).toEqual(['paper Dec. 4']);
  });
  it('reads no dateline mid-line below the first line', () => {
    expect(datelines('Italy announced tax breaks on Thursday.\n\nThe minister spoke in ROME, Dec. 4 -- and left.')).toEqual([]);
  });
});

describe('chronology: the tense of a day after "by" or "until" (evidence.ts)', () => {
  const tenses = (text: string) => {
    const art = { id: 'a', text, ...segment(text) };
    const tx = tagTimexDetailed(text, { dct: null });
    const same = (t: Parameters<typeof resolveAgainst>[0]) => resolveAgainst(t, '2000-01-05').value.startsWith('2000-01-05');
    return evidenceOf(art, tx, candidatesOf(art, 0, tx), same).map((e) => `${e.timex.text}: ${e.tense}`);
  };
  // Written for these tests.
  it.each([
    ['a deadline ahead of the clause', 'The mayor said protesters must leave the park by Sunday.', 'Sunday: future'],
    ['a bound in the narrated past, after a past perfect', 'The crowd had grown to at least 2,000 by late Sunday, police estimated.', 'late Sunday: past'],
    ['the same with "until"', 'The bridge had been closed to traffic until Monday, officials said.', 'Monday: past'],
  ])('%s', (_what, text, expected) => {
    expect(tenses(text)).toContain(expected);
  });
});
