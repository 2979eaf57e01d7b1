// Behaviour of the public API on the seed story's sentences (article of Friday 2017-02-24) and bad input.
import { describe, expect, it } from 'vitest';
import { resolveAgainst, tagTimex } from './index.ts';
import { isValidTimexValue } from './validate.ts';

const DCT = '2017-02-24';
const one = (text: string, dct: string | null = DCT) => {
  const got = tagTimex(text, { dct });
  for (const t of got) expect(isValidTimexValue(t.value), `${t.text} -> ${t.value}`).toBe(true);
  return got;
};
const valueOf = (text: string, span: string, dct: string | null = DCT) => one(text, dct).find((t) => t.text === span)?.value;

describe('seed story, article of 2017-02-24', () => {
  it('reads "on Tuesday issued new orders" as the Tuesday before the article', () => {
    expect(valueOf('The Pentagon on Tuesday issued new orders to the troops.', 'Tuesday')).toBe('2017-02-21');
  });
  it('reads "earlier this week" as the ISO week of the article', () => {
    expect(valueOf('The department earlier this week said it would review the plan.', 'earlier this week')).toBe('2017-W08');
  });
  it('reads "last month" as the month before the article', () => {
    expect(valueOf('Arrests rose sharply last month, officials said.', 'last month')).toBe('2017-01');
  });
  it('reads "warning Wednesday" as the Wednesday before the article', () => {
    expect(valueOf('Mexico pushed back, warning Wednesday that it would not accept deportees.', 'Wednesday')).toBe('2017-02-22');
  });
  it('reads "later Thursday" as the day before a Friday article, extent included', () => {
    expect(valueOf('The secretary arrived in Mexico City later Thursday.', 'later Thursday')).toBe('2017-02-23');
  });
  it('chains joins: weekday, date and clock time ("Saturday 25 April 2009 23.24 BST")', () => {
    expect(one('Saturday 25 April 2009 23.24 BST A member of the crew was taken to hospital.', '2009-04-25')[0]).toMatchObject({ text: 'Saturday 25 April 2009 23.24 BST', type: 'TIME', value: '2009-04-25T23:24' });
    expect(valueOf('At 00:36 am on 29 May 2009, a reader wrote.', '00:36 am on 29 May 2009', '2009-05-29')).toBe('2009-05-29T00:36');
  });
  it('joins a dateline date and its clock time into one TIME', () => {
    const t = one('Last Updated : Feb 24 2017 | 3:21 PM IST')[0]!;
    expect(t).toMatchObject({ text: 'Feb 24 2017 | 3:21 PM IST', type: 'TIME', value: '2017-02-24T15:21', granularity: 'time' });
  });
  it('gives a weekday with no tense cue the direction of its sentence\'s other deictic expressions', () => {
    const s = 'He announced a return to normal, with people going back to work tomorrow and schools opening their doors on Thursday.';
    expect(valueOf(s, 'Thursday', '2009-05-05')).toBe('2009-05-07');
    expect(valueOf(s.replace('tomorrow', 'last week'), 'Thursday', '2009-05-05')).toBe('2009-04-30');
    // Another sentence's "tomorrow" says nothing of this one.
    expect(valueOf('Work resumes tomorrow. Schools opening their doors on Thursday drew crowds.', 'Thursday', '2009-05-05')).toBe('2009-04-30');
  });
  it('puts a year-less month in the year its sentence states, when that year sets the scene or shares the clause', () => {
    expect(valueOf('In 1918, there was a first wave of mild flu in April.', 'April', '2009-04-29')).toBe('1918-04');
    expect(valueOf('The 1957 pandemic peaked in October and the 1968 one in December.', 'December', '2009-04-29')).toBe('1968-12');
    // A year inside another clause does not: "approved in 1987 that ..., had purchased through Sept. 29".
    expect(valueOf('Under a program approved in 1987 that set no amount, Nashua had purchased shares through Sept. 29.', 'Sept. 29', '1989-10-30')).toBe('1989-09-29');
    // Nor does one in the sentence before.
    expect(valueOf('The virus appeared in 1918. It came back in August.', 'August', '2009-10-29')).toBe('2009-08');
  });
  it('picks the year in which a weekday named with a year-less date agrees with it', () => {
    // March 26 was a Monday in 2018, not in 2017 (the nearest March 26 before a January article).
    expect(valueOf('The city attorney said by phone Monday, March 26, his office had the suit.', 'Monday, March 26', '2018-01-05')).toBe('2018-03-26');
  });
  it('reads a timetable verb after a determiner or a possessive as a noun, not a future cue', () => {
    expect(valueOf('The conflict had erupted into the open Wednesday.', 'Wednesday', '2012-11-16')).toBe('2012-11-14');
    expect(valueOf("It comes after the military's start Wednesday of an operation.", 'Wednesday', '2012-11-16')).toBe('2012-11-14');
    expect(valueOf('The talks open Wednesday in Cairo.', 'Wednesday', '2012-11-16')).toBe('2012-11-21');
  });
  it('reads a past-told month and day more than a month ahead as last year\'s', () => {
    const s = 'Mubarak is charged over the crackdown on a popular uprising that forced him out of office on Feb. 11.';
    expect(valueOf(s, 'Feb. 11', '2012-01-03')).toBe('2011-02-11');
    // Within a month ahead a "past" reading may be a misread announcement: the nearest stays.
    expect(valueOf('The trial was adjourned until Jan. 20.', 'Jan. 20', '2012-01-03')).toBe('2012-01-20');
  });
  it('gives a month and day the year the text already stated for that same day', () => {
    const s = 'Troops cleared the square on June 4th 1989. Students still criticize the June 4 massacre.';
    expect(valueOf(s, 'June 4', '2009-06-02')).toBe('1989-06-04');
    expect(valueOf('The vote was on June 4th 1989. On Oct. 1 he may walk free.', 'Oct. 1', '2009-06-02')).toBe('2009-10-01');
  });
  it('anchors a comment\'s deictic expressions on the comment\'s own dateline', () => {
    const page = 'Officials met this morning.\nAt 07:56 am on 16 Jun 2009, sensiblegrannie wrote: I am seeing my GP tomorrow.\nHis letter of Feb 3, 2001, he wrote: it ends tomorrow.';
    const got = one(page, '2009-06-15').filter((t) => /morning|tomorrow/.test(t.text)).map((t) => t.value);
    // The page's own "this morning"; the comment's "tomorrow" is the 17th; a dated quotation mid-line is no header.
    expect(got).toEqual(['2009-06-15TMO', '2009-06-17', '2009-06-17']);
  });
  it('reads "are likely to reopen on Wednesday" as the coming Wednesday', () => {
    expect(valueOf('Schools have all been closed and are likely to reopen on Wednesday.', 'Wednesday', '2009-05-04')).toBe('2009-05-06');
  });
  it('reads "will meet on Friday" as the Friday after a Wednesday article', () => {
    expect(valueOf('The two leaders will meet on Friday in Washington.', 'Friday', '2017-02-22')).toBe('2017-02-24');
  });
  it('reads "met on Friday" as the Friday before a Wednesday article', () => {
    expect(valueOf('The two leaders met on Friday in Washington.', 'Friday', '2017-02-22')).toBe('2017-02-17');
  });
});

describe('narrative anchoring on the last mentioned date', () => {
  it('resolves "the next day" against the date just mentioned', () => {
    expect(valueOf('He was arrested on March 3, 2016, and released the next day.', 'the next day')).toBe('2016-03-04');
  });
  it('keeps the quarter under discussion while the report goes on giving figures', () => {
    const filler = 'The maker booked a $4.2 million charge for plant closings and a $1.5 million gain on a sale. Costs rose 6% and prices fell 2%. ';
    const text = 'Acme said it expects a third-quarter loss of $12 million. ' + filler.repeat(8) + 'A year earlier, net income was $3.1 million.';
    expect(valueOf(text, 'A year earlier', '1989-11-02')).toBe('1988-Q3');
  });
  it('lets a quarter mention lapse in narrative without figures', () => {
    const filler = 'The founder walked the factory floor and spoke with the workers about their families and the town. ';
    const text = 'Acme said it expects a third-quarter loss. ' + filler.repeat(8) + 'A year ago, the founder retired.';
    expect(valueOf(text, 'A year ago', '1989-11-02')).toBe('1988');
  });
  it('resolves "a year earlier" against the quarter under discussion', () => {
    expect(valueOf('Profit rose in the third quarter from $4 million a year earlier.', 'a year earlier', '1989-10-26')).toBe('1988-Q3');
  });
});

describe('extents', () => {
  it('leaves a possessive determiner out of the extent ("for its fourth quarter", "his three decades")', () => {
    expect(one('The company reported a loss for its fourth quarter ended Jan. 31.', '2013-03-21').map((t) => t.text)).toContain('fourth quarter');
    expect(one('He spent the last ten years of his three decades in power grooming his son.', '2013-03-21').map((t) => t.text)).toContain('three decades');
  });
  it('joins a clock to one date only: a page stamp does not take the next sentence\'s date (Guardian, Iraq topic)', () => {
    const stamp = one('Tuesday 1 February 2005 02.38 GMT On September 4 1967, the regime fell.', '2005-02-01');
    expect(stamp.map((t) => [t.text, t.value])).toEqual([['Tuesday 1 February 2005 02.38 GMT', '2005-02-01T02:38'], ['September 4 1967', '1967-09-04']]);
    // A clock joined to a weekday still takes the weekday's date.
    expect(one('The blast came at 10 p.m. on Monday, May 4, 2009, police said.', '2009-05-05').map((t) => t.value)).toEqual(['2009-05-04T22:00']);
  });
  it('does not widen a bare "current" by "the end of" ("at the end of the current court term")', () => {
    expect(one('The judge plans to retire at the end of the current court term.', '2009-05-18').map((t) => t.text)).not.toContain('the end of the current');
  });
});

describe('one day off a named day', () => {
  it('reads "the day before last Tuesday" and "the day after Christmas" as one expression', () => {
    expect(valueOf('The day before last Tuesday\'s court hearing, he flew to Miami.', 'The day before last Tuesday', '2000-02-24')).toBe('2000-02-21');
    expect(valueOf('Stores reopened the day after Christmas.', 'the day after Christmas', '2013-01-03')).toBe('2012-12-26');
    expect(valueOf('He left the day before yesterday.', 'the day before yesterday', '2013-01-03')).toBe('2013-01-01');
  });
  it('keeps X placeholders without a DCT', () => {
    expect(valueOf('The day before last Tuesday\'s hearing, he flew home.', 'The day before last Tuesday', null)).toBe('XXXX-XX-XX');
  });
});

describe('granularity, anchor and note', () => {
  it('reports week granularity and the DCT as anchor for "last week"', () => {
    const t = one('Talks stalled last week.')[0]!;
    expect(t).toMatchObject({ granularity: 'week', anchor: DCT, value: '2017-W07' });
    expect(t.note).toMatch(/before the reference date/);
  });
  it('words a shift of nought as the same day or week as the reference date', () => {
    expect(one('Officials met hours earlier.')[0]!.note).toBe('the same day as the reference date');
    expect(one('Talks stalled this week.')[0]!.note).toBe('the same week as the reference date');
  });
  it('reports no anchor and no granularity for a duration', () => {
    expect(one('The strike lasted three days.')[0]).toMatchObject({ type: 'DURATION', value: 'P3D', granularity: null, anchor: null });
  });
  it('re-resolves an expression against another anchor with resolveAgainst', () => {
    const t = one('Talks stalled last week.')[0]!;
    expect(resolveAgainst(t, '2017-03-15').value).toBe('2017-W10');
  });
});

describe('without a DCT', () => {
  it('still tags relative expressions, with X placeholders', () => {
    expect(valueOf('The Pentagon on Tuesday issued new orders.', 'Tuesday', null)).toBe('XXXX-WXX-2');
    expect(valueOf('Prices fell last month.', 'last month', null)).toBe('XXXX-XX');
    expect(valueOf('It happened on Feb. 24.', 'Feb. 24', null)).toBe('XXXX-02-24');
  });
  it('keeps absolute dates absolute', () => {
    expect(valueOf('It happened on Feb. 24, 2017.', 'Feb. 24, 2017', null)).toBe('2017-02-24');
  });
});

describe('bad input never throws and never yields an invalid value', () => {
  it('returns nothing for empty text', () => {
    expect(tagTimex('', { dct: DCT })).toEqual([]);
  });
  // Dense on purpose (an expression every 50 characters), so every rule scans the whole line: this checks
  // robustness and linear behaviour, not speed (that is measured by `npm run bench`).
  it('survives 1 MB of one line', () => {
    const big = 'On Tuesday the market fell 3% and, a year ago, rose; '.repeat(20_000).slice(0, 1_000_000);
    const got = one(big);
    expect(got.length).toBeGreaterThan(1000);
  }, 60_000);
  it('survives control characters and non-English text', () => {
    one('\u0000\u0001\u0007 am 24. Februar 2017 \u202e\uFFFF 二〇一七年二月二十四日 le 24 février\r\n\t');
  });
  it('drops absurd dates instead of inventing them', () => {
    expect(one('It happened on February 31, 2017.').map((t) => t.value)).not.toContain('2017-02-31');
    expect(one('It happened on February 30.').some((t) => /02-30/.test(t.value))).toBe(false);
    expect(one('He finished the 99th race.')).toEqual([]);
  });
  it('survives an invalid DCT by treating it as absent', () => {
    expect(valueOf('Prices fell last month.', 'last month', 'not-a-date')).toBe('XXXX-XX');
  });
  it('does not read the verb "may" or "march" as a month', () => {
    expect(one('Prices may fall as protesters march on.')).toEqual([]);
  });
});

describe('a range of two months', () => {
  const values = (s: string, dct: string) => tagTimex(s, { dct }).map((t) => t.value);
  it('puts its first month before its last, whatever tense each reads alone', () => {
    // mn12: "November" had been read ahead (2012-11) and "December" back (2011-12).
    expect(values("Mubarak's ruling party won all but a handful of seats in the November-December vote.", '2012-01-02')).toEqual(['2011-11', '2011-12']);
    expect(values('Sales rose from March to May.', '2012-01-02')).toEqual(['2011-03', '2011-05']);
    // Over New Year, the first month is the year before the last.
    expect(values('The December-January holidays were long.', '2012-03-02')).toEqual(['2011-12', '2012-01']);
  });
});

describe('a hundred years ago or more', () => {
  it('is its century: a round figure names no year', () => {
    const t = (s: string) => tagTimex(s, { dct: '2005-11-04' }).map((x) => [x.value, x.granularity]);
    expect(t('excuses from the Crusades 1,000 years ago')).toEqual([['10', 'century']]);
    expect(t('who was charged 130 years ago')).toEqual([['18', 'century']]);
    expect(t('41 years ago')).toEqual([['1964', 'year']]);
  });
});
