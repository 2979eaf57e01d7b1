// Excerpts of the seed story (data/stories/us-officials-in-mexico-city: 001 IANS, dated Feb 24 2017 in
// its page; 000 and 003 undated) and of Multi-News mn13 (GoBankingRates and NPR previews of O.J.
// Simpson's parole hearing, July 2017; no article states a date), and of Multi-News mn03 (Globe and Mail
// on the deaths of Barry and Honey Sherman, found Friday, December 15, 2017; no year stated anywhere).
import { describe, expect, it } from 'vitest';
import type { DateValue } from '../../schema/index.ts';
import { segment } from '../segment/index.ts';
import { resolveAgainst, tagTimexDetailed } from '../time/index.ts';
import { inferPublished } from './index.ts';

const day = (value: string): DateValue => ({ value, granularity: 'day', source: 'stated', evidence: null });
const dayOf = (v: string | undefined) => (v ? Date.parse(`${v}T00:00:00Z`) / 864e5 : NaN);
const article = (id: string, text: string, published: DateValue | null) => ({ id, text, published, ...segment(text) });
const resolver = {
  tag: (text: string, dct: string | null) => tagTimexDetailed(text, { dct }),
  resolve: (t: Parameters<typeof resolveAgainst>[0], anchor: string, tense?: 'past' | 'future' | null) => resolveAgainst(t, anchor, tense ? { tense } : {}),
};

describe('inferPublished', () => {
  it('pins an undated article by the weekday another article dates', () => {
    const { inferred } = inferPublished([
      article('000', 'The United States Homeland Security Secretary John Kelly on Thursday promised "no mass deportations" or military force against immigrants in the U.S., AFP reported.\n\nThis comes after Kelly on Tuesday issued new orders to begin arresting and deporting illegal immigrants.', null),
      article('001', 'The assurances came on Thursday night during a joint press conference by US Secretary of State Rex Tillerson and US Secretary of Homeland Security John Kelly, reports Xinhua news agency.', day('2017-02-24')),
    ], resolver);
    const d = inferred.get('000');
    // Written on the Thursday of the conference or the next day, as 001 was (the gold range is 23 to 25 February).
    expect(['2017-02-23', '2017-02-24']).toContain(d?.value);
    expect(d?.source).toBe('inferred');
    expect(d?.evidence?.note).toContain('001');
  });

  it('reads a quotation-free clause for the direction of a weekday', () => {
    const { inferred } = inferPublished([
      article('001', 'The assurances came on Thursday night during a joint press conference by US Secretary of State Rex Tillerson and US Secretary of Homeland Security John Kelly.', day('2017-02-24')),
      article('003', 'The Department of Homeland Security (DHS) on Tuesday issued new orders to step up the arrest and deportation of illegal immigrants.\n\nKelly then promised at a news conference in Mexico City on Thursday that "there will be no, repeat, no mass deportations. Everything we do in the DHS will be done legally."', null),
    ], resolver);
    expect(['2017-02-23', '2017-02-24']).toContain(inferred.get('003')?.value);
  });

  it('dates a story with no stated date from its latest explicit date and its weekdays', () => {
    const { inferred } = inferPublished([
      article('a1', 'On Thursday, Simpson will appear before a Nevada judge to make his case for parole.\n\nThat sum is equal to more than $19 million as of May 2017.\n\nThe Nevada parole board won\'t decide his fate until July 20, but the outlook appears to be in Simpson\'s favor.', null),
      article('a3', 'O.J. Simpson will find out on Thursday if he soon will be released from the Lovelock Correctional Center in Nevada.', null),
    ], resolver);
    // A preview: written in the days before the Thursday hearing of 2017-07-20 (the gold's range for it).
    // Nothing states the year of writing ("as of May 2017" may be quoted years later), so the model may keep
    // the day to itself (MIN_WEEK); a day it does publish lies in that range.
    for (const id of ['a1', 'a3']) {
      const v = inferred.get(id)?.value;
      if (v !== undefined) expect(v >= '2017-07-14' && v <= '2017-07-19', `${id}: ${v}`).toBe(true);
    }
  });

  it('dates a yearless story near its quoted plans, not by a far-off month-day it mentions in passing', () => {
    const { inferred, frame } = inferPublished([
      article('a1', '"Looking forward to getting together in Florida. I am coming south Monday, December 18 [to]Friday, January 12," she wrote in an e-mail to friends last Monday.\n\nInstead of looking forward to socializing with Ms. Sherman on what was to be the first day of her vacation, friends of the couple are reeling – stunned that the pair were found hanging from a railing partly surrounding their basement lap pool on Friday.\n\nRhonda Lenton, the president of York University, last saw the Shermans on Oct. 28 after a concert by the Israel Philharmonic Orchestra at Toronto\'s Roy Thomson Hall.', null),
    ], resolver);
    expect(frame?.kind).toBe('nominal');
    // A working date in the nominal year (never published): mid-December, not October 28.
    // Found "on Friday" (15 December in the frame); the e-mail's plan was told "last Monday", so only mid-December is sure.
    // One article, a quoted plan and weekdays: the model may find the day too uncertain to publish
    // (MIN_WEEK); what it must never do is take the far-off month-day.
    const d = inferred.get('a1');
    if (d) expect(d.value.slice(5) >= '12-15' && d.value.slice(5) <= '12-19', d.value).toBe(true);
    else expect(inferred.size).toBe(0);
  });

  it('dates an article after a day it tells as past, however well its weekdays fit an earlier day', () => {
    // Invented: "Oct. 13, 2015" was a Tuesday, but the article tells Nov. 27 as past: it was written later.
    const { inferred } = inferPublished([
      article('b1', 'Prosecutors said on Tuesday that the gang feud began with a shooting after a police meeting.\n\nOn Nov. 27, 2015, a second man was charged with murder.', null),
      article('b2', 'The gang feud began Oct. 13, 2015, with a shooting after a police meeting, prosecutors said.', null),
    ], resolver);
    const d = dayOf(inferred.get('b1')?.value);
    expect(d).toBeGreaterThanOrEqual(dayOf('2015-11-27'));
    expect(d).toBeLessThanOrEqual(dayOf('2015-12-04'));
  });

  it('dates a year-less story told in weekdays by its working "now", the day before the plans it quotes', () => {
    // Invented: no year and no month-day anywhere but a quoted plan; each article alone is too unsure of its
    // week, together with the story's "now" they agree on the Sunday before the Monday planned.
    const { inferred, frame } = inferPublished([
      article('w1', 'Less than a week before the couple were found dead, she was making plans for their trip south.\n\n"I am flying south Monday, March 12, and back in April," she wrote in an e-mail to friends last Monday.\n\nThe bodies were found on Friday morning, and late Sunday police said the deaths were being treated as suspicious.', null),
      article('w2', 'Police said late Sunday that the deaths of the couple found on Friday were suspicious.\n\nThe family said in a statement released Saturday that the rumours were false.', null),
      article('w3', 'The couple found dead last Friday were remembered by friends on Sunday.\n\nDetectives said on Sunday night that they were treating the deaths as suspicious.', null),
    ], resolver);
    expect(frame?.kind).toBe('nominal');
    for (const id of ['w1', 'w2', 'w3']) expect(inferred.get(id)?.value.slice(5), id).toBe('03-11');
  });

  it('never dates an article after a day it announces', () => {
    // Invented, yearless: d1 announces Jan. 25; the story's latest explicit date (Jan. 31) is no date for it.
    const { inferred } = inferPublished([
      article('d1', 'The delegation will begin arriving in the capital on Jan. 25, officials said.\n\nThe two sides agreed on Wednesday to march together at the opening ceremony.', null),
      article('d2', 'The two sides agreed on Wednesday to march together at the opening ceremony, officials said.\n\nOn Jan. 31, the teams will hold a joint training session.', null),
    ], resolver);
    // On the day itself is possible: measured, one announced month-day in twenty-five is the day of writing.
    const md = inferred.get('d1')?.value.slice(5) ?? '';
    expect(md >= '01-18' && md <= '01-25', md).toBe(true);
    expect(inferred.get('d1')?.evidence?.note).toContain('"Jan. 25"');
    expect(inferred.get('d1')?.evidence?.note).toContain('told as ahead');
  });

  it('does not take a deadline in a past-tense sentence for a day already past', () => {
    const { inferred } = inferPublished([
      article('c1', 'The court ruled on Monday, Jan. 8, 2018, that the shops can stay open until at least April 27.\n\nThe owners said on Tuesday they were relieved.', null),
    ], resolver);
    // Published or not (one past full date is background three times in four), never April or later.
    const v = inferred.get('c1')?.value;
    if (v !== undefined) expect(v.slice(0, 7)).toBe('2018-01');
  });

  it('never dates an article after a deadline it tells as still open', () => {
    // Modelled on mn14 (San Bernardino cannabis rules): "can continue operating until at least April 27" was
    // still ahead when written, however well "filed Friday" fits Friday, April 27.
    const { inferred } = inferPublished([
      article('e1', 'The suit was filed Friday.\n\nSaenz said the court ruled Monday that dispensaries operating with a Measure O permit and a state license can continue operating in the city until at least April 27, 2018.', null),
    ], resolver);
    const v = inferred.get('e1')?.value;
    if (v !== undefined) expect(dayOf(v)).toBeLessThanOrEqual(dayOf('2018-04-27'));
  });

  it('reads a wire dateline\'s month-day as the day the story was filed, not a day it recaps', () => {
    // Written for this test: an agency's dateline, and a stated-date story-mate in the same week.
    const { inferred } = inferPublished([
      article('a', 'PARIS, March 6 (AFP) - French unions called a national strike, the CGT said.\n\nThe strike is expected to halt trains across the country.', null),
      article('b', 'The unions announced the strike on Wednesday after talks with the government failed.', day('2019-03-07')),
    ], resolver);
    expect(inferred.get('a')?.value).toBe('2019-03-06');
  });

  it('dates a year-less dateline by its weekday between the years the text bounds it with', () => {
    // Written for this test, on the pattern of a Timeline17 finance page of Thursday, December 4, 2008: the
    // dateline names no year; the past "May 2007" and the plan for 2009 bound it, and of the Decembers
    // between only 2008's 4th is a Thursday, the lead's weekday.
    const { inferred } = inferPublished([
      article('d1', 'Italy Plans New Tax Breaks; Banks Cut Rates ROME, Dec. 4 -- Italy announced tax breaks for families on Thursday.\n\nSince taking office in May 2007, the prime minister has promised lower taxes.\n\nThe cuts were promised for the first quarter of 2009.', null),
      article('d2', 'The central bank also cut its main interest rate, to 2.5 percent.', null),
    ], resolver);
    expect(['2008-12-04', '2008-12-05']).toContain(inferred.get('d1')?.value);
  });

  it('leaves articles with a stated date alone', () => {
    const { inferred } = inferPublished([article('001', 'Kelly spoke on Thursday.', day('2017-02-24'))], resolver);
    expect(inferred.size).toBe(0);
  });
  it('takes the year in which a month-day falls on the weekday named with it', () => {
    // Written for this test: the only year stated is the raid's, 2017; "Friday, March 23" and "Monday,
    // March 26" fall on those weekdays in 2018 (not 2017 or 2019), so the article was written late in March
    // 2018, not around the raid.
    const { inferred } = inferPublished([
      article('w1', 'The owner of a warehouse raided on Dec. 13, 2017, sued the county on Friday, March 23, over its new licensing rules, which the board approved March 7.\n\nCounty counsel Ana Ruiz said by phone Monday, March 26, that her office had received the lawsuit and would fight it.', null),
    ], resolver);
    const v = inferred.get('w1')?.value;
    expect(v !== undefined && v >= '2018-03-26' && v <= '2018-04-02', `w1: ${v}`).toBe(true);
  });
  it('never takes a date that names a thing ("the attacks of Sept. 11, 2001") as the day of writing', () => {
    // Written for this test: a profile whose only full date is the name of a historical event, in a story
    // whose other article is dated; "the attacks of Sept. 11, 2001" is the day of writing far less often
    // than a day a clause happened on (calibration.ts fullNamed), so the story and the weekday decide.
    const { inferred } = inferPublished([
      article('n1', 'Maria Ortega, who spent two decades at the agency, said she still thinks about the warnings that went unheeded before the attacks of Sept. 11, 2001.\n\nShe spoke at a forum on intelligence reform in Washington.', null),
      article('n2', 'A forum on intelligence reform opened in Washington on Tuesday with a call for new oversight.', day('2009-01-06')),
    ], resolver);
    const v = inferred.get('n1')?.value;
    expect(v === undefined || (v >= '2009-01-06' && v <= '2009-01-07'), `n1: ${v}`).toBe(true);
  });
  it('never takes a bond\'s or a contract\'s term ("debentures due Oct. 15, 1999") as the day of writing', () => {
    // TimeBank wsj_0612 (1989): a one-article story whose only full dates are terms years ahead.
    const { inferred } = inferPublished([
      article('w1', 'Sun Microsystems Inc. sold $125 million of 6 3/8% convertible subordinated debentures due Oct. 15, 1999, priced at 84.90 to yield 7.51%.\n\nThe debentures were priced through underwriters led by Goldman, Sachs & Co.', null),
    ], resolver);
    const v = inferred.get('w1')?.value;
    expect(v === undefined || v < '1999-10-15', `w1: ${v}`).toBe(true);
  });
  it('gives no day to an article whose only full date names a thing, when nothing else in the story dates it', () => {
    // Written for this test: an opinion column whose only full date is the name of a historical event, beside
    // another undated piece with no date at all. Neither tells when it was written: no day, rather than 2001.
    const { inferred } = inferPublished([
      article('c1', 'Let me begin with the caveats: I like bankers.\n\nBut the men who ignored the warnings before the attacks of Sept. 11, 2001, were not punished either, and the men who built this crisis will not be.', null),
      article('c2', 'Families across the country have watched the bailouts with growing anger, and many say the next package should go to them directly.', null),
    ], resolver);
    const v = inferred.get('c1')?.value;
    expect(v === undefined || v >= '2003', `c1: ${v}`).toBe(true);
  });
  it('does not date a story by the stated day of a page that tells nothing of it', () => {
    // Written for this test: a scraped blog page that holds only its furniture and a stamp of a later day,
    // beside two reports of an October 2008 week that state no date. The page keeps its own date; the
    // reports are not dated to it.
    const { inferred } = inferPublished([
      article('p1', 'Get the newsletter delivered to your inbox every morning.\n\nThe blog is taking a holiday break.\n\nBy Jane Roe | December 20, 2009; 11:55 PM ET | Permalink | Comments (2)', day('2009-12-20')),
      article('p2', 'REYKJAVIK, Iceland, Oct. 9 -- The bad news keeps coming for Icelanders.\n\nOn Thursday the government seized the country\'s largest bank, completing the takeover of the banking system.', null),
      article('p3', 'The candidates clashed over the bailout during the debate, and both promised relief for homeowners.', null),
    ], resolver);
    for (const id of ['p2', 'p3']) {
      const v = inferred.get(id)?.value;
      expect(v === undefined || v < '2009-06', `${id}: ${v}`).toBe(true);
    }
  });
  it('counts a recap of one past episode in several full dates as one piece of evidence, not several', () => {
    // Written for this test: a preview of a parole hearing that recounts the trial of years before day by
    // day; the other article of the story is dated. The recap's dates are one episode, not the day of writing.
    const { inferred } = inferPublished([
      article('r1', 'Jury selection began on May 13, 2013, and opening statements followed on May 15, 2013.\n\nOn Thursday, May 16, 2013, the first witness took the stand, and the verdict came on May 17, 2013.\n\nThe board will hear his case on Thursday, and he could be released as early as Oct. 1.', null),
      article('r2', 'The parole board will hear his case on Thursday, July 20, in Carson City.', day('2017-07-18')),
    ], resolver);
    const v = inferred.get('r1')?.value;
    expect(v === undefined || (v >= '2017-07-14' && v <= '2017-07-20'), `r1: ${v}`).toBe(true);
  });
  it('dates "today" by the day the story gives the happening its sentence tells, as it dates a weekday', () => {
    // Written for this test: two dated pages a day apart, each with its own happening, and an undated page
    // that tells the first one's happening "today". Its words tie it to that happening, as "on Saturday"
    // would be: it is that day's page, not the later one's.
    const { inferred } = inferPublished([
      article('t1', 'Crowds celebrated in Tahrir Square on Saturday after the army promised a swift handover to civilian rule.', day('2011-02-12')),
      article('t2', 'Troops cleared the last tents from the square on Sunday and traffic returned to central Cairo.', day('2011-02-13')),
      article('t3', 'Crowds celebrated in Tahrir Square today after the army promised a swift handover to civilian rule.\n\nBanks will reopen on Monday.', null),
    ], resolver);
    expect(inferred.get('t3')?.value).toBe('2011-02-12');
  });
});
