// Invented sentences in the shapes news uses for two happenings in one sentence.
import { describe, expect, it } from 'vitest';
import { candidatesOf, type TimexLike } from './candidates.ts';
import { splitClauses } from './clauses.ts';
import { offsetDate } from './relative.ts';
import { segment } from '../segment/index.ts';
import { eventTitle } from '../merge/eventTitle.ts';
import { namedArticles } from '../merge/fixtures/namedArticles.ts';

const tx = (text: string, phrase: string, value: string, granularity: TimexLike['granularity'], type: TimexLike['type'] = 'DATE'): TimexLike => {
  const start = text.indexOf(phrase);
  return { start, end: start + phrase.length, text: phrase, type, value, granularity, anchor: null, note: '' };
};
const mentions = (text: string, timexes: TimexLike[]) => candidatesOf({ id: 'a', text, ...segment(text) }, 0, timexes)
  .map((c) => [c.sentence.text, c.own?.value ?? null, c.excluded]);

describe('clauses of a sentence that tells two happenings', () => {
  it('cuts at ", but" and counts "two years later" from the sentence\'s date', () => {
    const t = 'The mayor was cleared of fraud charges March 4, 2009, but was found liable for the losses two years later in a civil court.';
    expect(mentions(t, [tx(t, 'March 4, 2009', '2009-03-04', 'day'), tx(t, 'two years', 'P2Y', null, 'DURATION')])).toEqual([
      ['The mayor was cleared of fraud charges March 4, 2009', '2009-03-04', false],
      ['was found liable for the losses two years later in a civil court.', '2011', false],
    ]);
  });

  it('counts no date from "three days later than planned": a delay, not a time', () => {
    const t = 'The jet will wear the new livery when it arrives on November 11, three days later than originally planned.';
    expect(mentions(t, [tx(t, 'November 11', '2005-11-11', 'day'), tx(t, 'three days', 'P3D', null, 'DURATION')])).toEqual([[t, '2005-11-11', false]]);
    const u = 'The jet arrived in Sydney on November 11, and it flew on to Melbourne three days later.';
    expect(mentions(u, [tx(u, 'November 11', '2005-11-11', 'day'), tx(u, 'three days', 'P3D', null, 'DURATION')]).map((m) => m[1])).toEqual(['2005-11-11', '2005-11-14']);
  });

  it('keeps a subordinator with its clause: "if" makes it conditional', () => {
    const t = 'The prisoner could walk free on Dec. 1 if the board approves his request following a Tuesday hearing.';
    const got = mentions(t, [tx(t, 'Dec. 1', '2020-12-01', 'day'), tx(t, 'Tuesday', '2020-06-09', 'day')]);
    expect(got).toEqual([
      ['The prisoner could walk free on Dec. 1', '2020-12-01', false],
      ['if the board approves his request following a Tuesday hearing.', '2020-06-09', false],
    ]);
    // "by Dec. 1" is a deadline, not the release's time (candidates.ts): the sentence has one date, the hearing's.
    const d = 'The prisoner could walk free by Dec. 1 if the board approves his request following a Tuesday hearing.';
    expect(mentions(d, [tx(d, 'Dec. 1', '2020-12-01', 'day'), tx(d, 'Tuesday', '2020-06-09', 'day')])).toEqual([[d, '2020-06-09', false]]);
  });

  it('cuts before a noun phrase with its own year, even one the tagger left as a number', () => {
    const t = 'The driver was convicted by a jury in 2012 of the 2010 crash that killed three cyclists on the coast road.';
    expect(mentions(t, [tx(t, '2012', '2012', 'year')])).toEqual([
      ['The driver was convicted by a jury in 2012', '2012', false],
      ['of the 2010 crash that killed three cyclists on the coast road.', '2010', false],
    ]);
  });

  it('cuts at ", and he" where only one clause is dated', () => {
    const t = 'A dispute with two landlords in Denver led to fraud charges, and he was sentenced to four years in 2015.';
    expect(mentions(t, [tx(t, '2015', '2015', 'year')])).toEqual([
      ['A dispute with two landlords in Denver led to fraud charges', null, false],
      ['he was sentenced to four years in 2015.', '2015', false],
    ]);
  });

  it('cuts a second predicate of one subject at a bare "and" before its auxiliary', () => {
    // On the pattern of a SemEval-2015 Wikinews sentence: no word of the event lexicon, two dates of its own.
    const t = 'The jet will make a charity flight on October 25 from Singapore to Sydney and will begin regular service on the route on October 28.';
    expect(mentions(t, [tx(t, 'October 25', '2007-10-25', 'day'), tx(t, 'October 28', '2007-10-28', 'day')])).toEqual([
      ['The jet will make a charity flight on October 25 from Singapore to Sydney', '2007-10-25', false],
      ['will begin regular service on the route on October 28.', '2007-10-28', false],
    ]);
    // A state after "and are" tells no second happening (the seed story's DHS memos): not cut there.
    const m = 'The memos that were issued earlier this week and are based on orders the president signed last month say that no one is exempt.';
    expect(splitClauses({ start: 0, end: m.length, text: m, paragraph: 0 }, [[m.indexOf('week') + 4, m.indexOf('last month')]])).toBeNull();
    // Two dates joined by "and" in one phrase are no second predicate: the sentence is not cut.
    const u = 'The jet will make charity flights on October 25 and October 28 from Singapore to Sydney.';
    expect(splitClauses({ start: 0, end: u.length, text: u, paragraph: 0 }, [[u.indexOf('25') + 2, u.indexOf('October 28')]])).toBeNull();
  });

  it('cuts at a bare "and" before a new subject and its auxiliary; keeps a clause that states its date', () => {
    // On the pattern of SemEval-2015 Wikinews sentences, with their headline: a lead that restates the headline
    // stands for it, and the two-date sentences are read whatever the lead (they had been dropped with it).
    const lead = 'Officials in Beijing have agreed to buy 60 Boeing 787 jets in a deal worth US$7.2 bn.';
    const t = 'Boeing will begin production in 2006 and the aircraft should enter airline service in 2008.';
    const u = 'The airline was to take delivery in May 2008, but will now receive the jet next month.';
    const text = `${lead}\n\n${t}\n\n${u}`;
    const next = { ...tx(text, 'next month', '2005-02', 'month'), anchor: '2005-01-29' };
    const got = candidatesOf({ id: 'a', text, ...segment(text), headline: 'Beijing agrees to buy 60 Boeing 787 jets', published: { value: '2005-01-29' } }, 0, [
      tx(text, '2006', '2006', 'year'), tx(text, '2008', '2008', 'year'), tx(text, 'May 2008', '2008-05', 'month'), next,
    ]).map((c) => [c.sentence.text, c.own?.value ?? null]);
    expect(got).toEqual([
      [lead, null],
      ['Boeing will begin production in 2006', '2006'],
      ['the aircraft should enter airline service in 2008.', '2008'],
      // Stated outright ("in May 2008"), as a whole sentence would be; "next month" alone, with no word of
      // the event lexicon, is not.
      ['The airline was to take delivery in May 2008', '2008-05'],
    ]);
  });

  it('titles a clause cut without its subject with the subject its sentence opens with', () => {
    const t = 'The mayor was cleared of fraud charges March 4, 2009, but was found liable for the losses two years later in a civil court.';
    const cands = candidatesOf({ id: 'a0', text: t, ...segment(t) }, 0, [tx(t, 'March 4, 2009', '2009-03-04', 'day'), tx(t, 'two years', 'P2Y', null, 'DURATION')]);
    expect(cands.map((c) => c.subject)).toEqual([undefined, 'The mayor']);
    // The mention stays the clause as written; only its title takes the subject.
    expect(cands[1]!.sentence.text).toBe('was found liable for the losses two years later in a civil court.');
    expect(eventTitle([cands[1]!], namedArticles(t).names)).toBe('The mayor was found liable for the losses in a civil court');
    // An aside between commas is left out of the subject ("Businesswoman Azza Zaki, 45, left ...").
    const u = 'Businesswoman Azza Zaki, 45, left Egypt in 2009 and has been protesting outside the embassy since Monday.';
    const cu = candidatesOf({ id: 'a0', text: u, ...segment(u) }, 0, [tx(u, '2009', '2009', 'year'), tx(u, 'Monday', '2011-01-24', 'day')]);
    expect(cu.map((c) => c.subject)).toEqual([undefined, 'Businesswoman Azza Zaki']);
  });

  it('counts "three days after the January 30 elections" from the date that names the happening', () => {
    const t = 'Three days after the January 30 elections, officials announced a recount.';
    expect(mentions(t, [tx(t, 'Three days', 'P3D', null, 'DURATION'), tx(t, 'January 30', '2005-01-30', 'day')])).toEqual([[t, '2005-02-02', false]]);
    // A length given roughly ("more than nine weeks") is sure of its month only, counted in days (3 April).
    const u = 'More than nine weeks after the January 30 elections, the parliament voted in Mr Talabani.';
    expect(mentions(u, [tx(u, 'More than nine weeks', 'P9W', null, 'DURATION'), tx(u, 'January 30', '2005-01-30', 'day')])).toEqual([[u, '2005-04', false]]);
    // With no length of time before it, the named date stays the sentence's (the happening it names).
    const v = 'The January 30 elections were marred by violence.';
    expect(mentions(v, [tx(v, 'January 30', '2005-01-30', 'day')])).toEqual([[v, '2005-01-30', false]]);
  });

  it('does not cut before a gerund, inside a quotation, or where no boundary lies between the dates', () => {
    const a = 'The senator spent an hour at the court Monday before flying to Ottawa, which she visited two weeks ago.';
    expect(mentions(a, [tx(a, 'Monday', '2021-05-10', 'day'), tx(a, 'two weeks ago', '2021-W17', 'week')])).toEqual([[a, '2021-05-10', true]]);
    const b = 'On Friday the coach said: "We lost when it mattered in 2019, and we learned."';
    const s = { start: 0, end: b.length, text: b, paragraph: 0 };
    const friday = b.indexOf('Friday');
    const y2019 = b.indexOf('2019');
    expect(splitClauses(s, [[friday + 6, y2019]])).toBeNull();
    const c = 'On Tuesday the manager was sentenced for dumping waste in 2016.';
    expect(mentions(c, [tx(c, 'Tuesday', '2018-03-06', 'day'), tx(c, '2016', '2016', 'year')])).toEqual([[c, '2018-03-06', true]]);
  });
});

describe('offsetDate', () => {
  it('moves a date by a length of time, no finer than the unit', () => {
    expect(offsetDate('1995-10-03', 'P2Y', 1)).toEqual({ value: '1997', granularity: 'year' });
    expect(offsetDate('2016-11', 'P3M', 1)).toEqual({ value: '2017-02', granularity: 'month' });
    expect(offsetDate('2017-02-23', 'P3D', -1)).toEqual({ value: '2017-02-20', granularity: 'day' });
    expect(offsetDate('2017-01-02', 'P1W', -1)).toEqual({ value: '2016-W52', granularity: 'week' });
    expect(offsetDate('1995', 'P2M', 1)).toBeNull();
    expect(offsetDate('2017-W08', 'P2D', 1)).toBeNull();
  });
});
