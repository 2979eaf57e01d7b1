// Sentences that state their own date outright are candidates whatever their verb, and a coarse date
// announced ahead of the day of writing is the plan's own time, not a second happening.
import { describe, expect, it } from 'vitest';
import { segment } from '../segment/index.ts';
import { tagTimexDetailed } from '../time/index.ts';
import { candidatesOf } from './candidates.ts';

const cands = (text: string, published: string | null) => {
  const a = { id: 'a', text, published: published ? { value: published } : null, ...segment(text) };
  return candidatesOf(a, 0, tagTimexDetailed(text, { dct: published }));
};

describe('candidates: stated dates', () => {
  it('keeps a sentence that states its year, whatever its verb', () => {
    const c = cands('Boeing secured two orders.\n\nThe first flight of the 777 was in 1994.', '2005-04-27');
    const s = c.find((x) => x.sentence.text.includes('777'));
    expect(s?.own?.value).toBe('1994');
    expect(s?.excluded).toBe(false);
  });
  it('keeps a plan announced for a year ahead of the stated day of writing', () => {
    const s = cands('Aeroflot ordered 22 jets.\n\nThe first jets will be delivered in 2014.', '2007-06-10').find((x) => x.sentence.text.includes('2014'));
    expect(s?.own?.value).toBe('2014');
    expect(s?.excluded).toBe(false);
  });
  it('gives a past telling no date after the day of writing', () => {
    // On the pattern of a Timeline17 transcript: "a reporter asked Mr. Obama about ... running against him
    // ... in 2012", written in 2011, was an event of 2012.
    const text = 'The governor resigned.\n\nAnd you might recall when the governor was here at the town hall during that press conference, a reporter asked the mayor about the prospects of his deputy running against him and as a candidate in 2012.';
    const s = cands(text, '2011-01-31').find((x) => x.sentence.text.includes('2012'));
    expect(s === undefined || s.excluded).toBe(true);
    // A year the page writes and its verb tells as past stands against a stale stated date.
    const died = cands('The senator was honoured.\n\nThe senator was re-elected in November 2009 after a long campaign.', '2009-01-22').find((x) => x.sentence.text.includes('2009'));
    expect(died?.own?.value).toBe('2009-11');
    expect(died?.excluded).toBe(false);
    // The same year before the day of writing dates the sentence.
    const before = cands(text, '2013-01-31').find((x) => x.sentence.text.includes('2012'));
    expect(before?.own?.value).toBe('2012');
    expect(before?.excluded).toBe(false);
  });
  it('still sets apart a future clause that recalls a past year', () => {
    const s = cands('Cosby was sentenced.\n\nHe will serve his sentence for assaulting a woman in 2004.', '2018-09-25').find((x) => x.sentence.text.includes('2004'));
    expect(s === undefined || s.excluded).toBe(true);
  });
});

describe('candidates: a page stamp line is no happening', () => {
  // Written for these tests: a transcript's head, and a lead glued to its page's stamp.
  it('makes no event of a stamp followed by a speaker label', () => {
    const c = cands('Tuesday, February 10, 2009; 11:44 AM SEN. JOHN DOE (D-ANY.)\n\nToday the Senate votes on the recovery plan.', null);
    expect(c.some((x) => x.sentence.text.includes('JOHN DOE'))).toBe(false);
    expect(c.some((x) => x.sentence.text.includes('Senate votes'))).toBe(true);
  });
  it('keeps a lead glued to its stamp: its own words decide', () => {
    const c = cands('Thursday, October 23, 2008; Page A01 Employers are moving to cut jobs and reduce costs.', null);
    expect(c.some((x) => x.sentence.text.includes('Employers'))).toBe(true);
  });
});
