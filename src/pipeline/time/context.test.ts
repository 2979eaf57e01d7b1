// Clause tense around a time expression, read through the value a weekday or year-less date gets.
import { describe, expect, it } from 'vitest';
import { tagTimex } from './index.ts';

const valueOf = (text: string, span: string, dct: string) => tagTimex(text, { dct }).find((t) => t.text === span)?.value;

describe('clause tense for bare weekdays and dates', () => {
  it('reads a possessive weekday as a day already past, whatever the modal ("would ... Wednesday\'s ruling")', () => {
    expect(valueOf('Relatives said they would look for ways to get around Wednesday\'s ruling.', 'Wednesday', '2000-01-07')).toBe('2000-01-05');
  });
  it('does not let a reporting verb after a closing quote date the quoted clause', () => {
    expect(valueOf("``He will leave at 4 a.m. EDT Thursday,'' Castro said.", '4 a.m. EDT Thursday', '2000-04-05')).toBe('2000-04-06T04:00');
  });
  it('does not let a verb inside a "that" clause after the expression date it ("warning Wednesday that Mexico would not accept")', () => {
    // Seed story, article 004 (EFE, 24 Feb 2017): the warning came on the Wednesday before, not after.
    expect(valueOf('Videgaray appeared to take aim at the plans to send non-Mexicans back across the border, warning Wednesday that Mexico would not accept immigration provisions.', 'Wednesday', '2017-02-24')).toBe('2017-02-22');
  });
  it('reads a planning verb before the expression as pointing forward ("planned a rally on Saturday")', () => {
    expect(valueOf('Supporters planned a large demonstration on Saturday.', 'Saturday', '2000-01-07')).toBe('2000-01-08');
  });
  it('reads a past planning verb after the expression as the planning itself ("On Friday, the government planned")', () => {
    expect(valueOf('On Friday, the Kenyan government planned to hold a memorial service.', 'Friday', '1998-09-30')).toBe('1998-09-25');
  });
  it('does not take the noun "plan" for a future marker ("announced the plan Aug. 21")', () => {
    expect(valueOf('The thrift announced the plan Aug. 21.', 'Aug. 21', '1989-10-27')).toBe('1989-08-21');
  });
  it('reads a plan in the past perfect as superseded ("had been due to expire Friday evening")', () => {
    expect(valueOf('It had been due to expire Friday evening.', 'Friday evening', '1989-10-30')).toBe('1989-10-27TEV');
  });
  it('reads "as soon as" and "as early as" as pointing forward', () => {
    expect(valueOf('The group might come to the U.S. as soon as Tuesday.', 'Tuesday', '2000-04-03')).toBe('2000-04-04');
    expect(valueOf('His father could come from Cuba as early as Tuesday.', 'Tuesday', '2000-04-03')).toBe('2000-04-04');
  });
  it('reads "postponed until" and "extended ... until" as pointing forward, but "extended ... Friday" as past', () => {
    expect(valueOf('Officials postponed until Tuesday morning any action.', 'Tuesday morning', '2000-03-30')).toBe('2000-04-04TMO');
    expect(valueOf('Two rival bidders extended their offers to acquire the company Friday.', 'Friday', '1989-10-30')).toBe('1989-10-27');
  });
  it('does not let a verb after "and" govern the expression before it', () => {
    expect(valueOf('They planned a rally on Saturday and were planning a drive on Monday.', 'Saturday', '2000-01-07')).toBe('2000-01-08');
  });
});

describe('clause boundaries and adjectives', () => {
  it('does not read an un- participle as a past verb ("markets untouched by the crisis")', () => {
    expect(valueOf('Qantas will almost double its flights by August in the search for new markets untouched by the crisis.', 'August', '1998-02-13')).toBe('1998-08');
  });
  it('closes the clause at a comma once a verb precedes the expression ("supposed to conclude by May, invited")', () => {
    expect(valueOf('The talks, which are supposed to conclude by May, invited Sinn Fein to rejoin.', 'May', '1998-03-22')).toBe('1998-05');
  });
});

describe('timetabled present tense', () => {
  it('reads a present-tense verb of a timetabled event as pointing forward ("meet separately Monday")', () => {
    expect(valueOf('Netanyahu and Arafat meet separately Monday with the Secretary of State.', 'Monday', '1998-05-01')).toBe('1998-05-04');
    expect(valueOf('The summit opens Wednesday in Brussels.', 'Wednesday', '2013-03-15')).toBe('2013-03-20');
    expect(valueOf('The show airs at 8 p.m. ET Friday.', '8 p.m. ET Friday', '2013-03-18')).toBe('2013-03-22T20:00');
  });
  it('leaves an infinitive to the governing verb ("were unable to meet demand into the summer")', () => {
    expect(valueOf('Shortages left it unable to meet demand well into the summer.', 'the summer', '1989-10-26')).toBe('1989-SU');
  });
});

describe('irregular past forms', () => {
  it('reads short and irregular past verbs as past ("died on Saturday", "led ... on Sunday")', () => {
    expect(valueOf('He died on Saturday at the age of 84.', 'Saturday', '2013-03-14')).toBe('2013-03-09');
    expect(valueOf('She led the march on Sunday.', 'Sunday', '2013-03-14')).toBe('2013-03-10');
  });
});

describe('the verb "last"', () => {
  it('does not read "to last until June" as past tense', () => {
    expect(valueOf('The trial is expected to last until June.', 'June', '2013-03-14')).toBe('2013-06');
  });
});

describe('possessive days', () => {
  it('reads "ahead of Sunday\'s election" and "will watch Sunday\'s vote" as coming days', () => {
    expect(valueOf('Campaigning intensified ahead of Sunday\'s election.', 'Sunday', '2013-03-15')).toBe('2013-03-17');
    expect(valueOf('Observers will watch Sunday\'s vote closely.', 'Sunday', '2013-03-15')).toBe('2013-03-17');
  });
  it('reads "after Thursday\'s ruling" as a past day', () => {
    expect(valueOf('He asked them to end the battle after Thursday\'s ruling.', 'Thursday', '2000-06-02')).toBe('2000-06-01');
  });
});

describe('deadlines and ambiguous verb forms', () => {
  it('reads a deadline with no tense cue as ahead ("has until Monday to raise")', () => {
    expect(valueOf('Cyprus has until Monday to raise 5.8 billion euros.', 'Monday', '2013-03-22')).toBe('2013-03-25');
  });
  it('does not read present-or-past forms as past ("will remain shut until Tuesday")', () => {
    expect(valueOf('The banks will remain shut until Tuesday.', 'Tuesday', '2013-03-22')).toBe('2013-03-26');
  });
  it('reads a participle after a present copula as an adjective ("will remain closed until Thursday")', () => {
    expect(valueOf('Banks in the country will remain closed until Thursday, officials said.', 'Thursday', '2013-03-22')).toBe('2013-03-28');
    expect(valueOf('The road remained closed on Monday.', 'Monday', '2013-03-20')).toBe('2013-03-18');
  });
  it('reads a date after "postponed ... to" as ahead even with a long object between', () => {
    expect(valueOf('The band postponed its two weekend concerts in the northern city of Monterrey to July 31.', 'July 31', '2009-05-14')).toBe('2009-07-31');
  });
  it('reads a modal perfect as looking back ("you would have seen")', () => {
    expect(valueOf('If you watched the evening news on Friday you would have seen the report.', 'Friday', '2009-06-01')).toBe('2009-05-29');
  });
  it('does not let a question after a colon date the clause before it', () => {
    expect(valueOf('Here is what the host asked me on the radio on Tuesday: what should we do?', 'Tuesday', '2009-04-30')).toBe('2009-04-28');
  });
  it('reads a weekday starting or ending a stretch, with no tense cue, as ahead ("beginning on Friday", "closed through Wednesday")', () => {
    expect(valueOf('It is crucial to stop work beginning on Friday to slow the spread.', 'Friday', '2009-04-30')).toBe('2009-05-01');
    expect(valueOf('Starting Monday, passengers must wear masks.', 'Monday', '2009-04-30')).toBe('2009-05-04');
    expect(valueOf('Schools remain closed through Wednesday.', 'Wednesday', '2009-05-03')).toBe('2009-05-06');
  });
  it('stops the backward search at a relative pronoun ("ordered vaccine, some doses of which could be available by October")', () => {
    expect(valueOf('The government has ordered vaccine, some doses of which could be available by October.', 'October', '2009-06-11')).toBe('2009-10');
  });
  it('reads "should have the vaccine ready" as no perfect, and "earlier in the year" as no past cue', () => {
    expect(valueOf('The maker should have the vaccine ready in September.', 'September', '2009-06-12')).toBe('2009-09');
    expect(valueOf('If it returns earlier in the year, in September, say, there is little time.', 'September', '2009-06-14')).toBe('2009-09');
  });
  it('reads a weekday after a present copula as the coming one ("the vote is Sunday")', () => {
    expect(valueOf('The vote is Sunday, officials said.', 'Sunday', '2013-03-22')).toBe('2013-03-24');
    expect(valueOf('The next hearing is on Thursday.', 'Thursday', '2013-03-22')).toBe('2013-03-28');
    expect(valueOf('The vote was Sunday.', 'Sunday', '2013-03-22')).toBe('2013-03-17');
  });
  it('reads a timetable verb in the present as pointing forward, but not after a modal ("lawmakers vote Thursday", "could return ... Tuesday")', () => {
    expect(valueOf('Lawmakers vote Thursday on the budget bill.', 'Thursday', '2013-03-20')).toBe('2013-03-21');
    expect(valueOf('Schools, shut since Friday, reopen Monday.', 'Monday', '2013-03-20')).toBe('2013-03-25');
    expect(valueOf('It was hoped that one of them could return home on Tuesday.', 'Tuesday', '2009-04-29')).toBe('2009-04-28');
  });
  it('reads "through the weekend" with no tense cue as the coming weekend', () => {
    expect(valueOf('The festival runs through the weekend.', 'the weekend', '2013-03-20')).toBe('2013-W12-WE');
    expect(valueOf('The festival ran through the weekend.', 'the weekend', '2013-03-20')).toBe('2013-W11-WE');
  });
  it('moves a bare month against a clear tense once it lies more than about six weeks the other way', () => {
    expect(valueOf('He was elected in November and will take office in January.', 'January', '2013-03-22')).toBe('2014-01');
    expect(valueOf('The company will release its figures for February next week.', 'February', '2013-03-22')).toBe('2013-02');
  });
});
