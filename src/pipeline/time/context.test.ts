// Clause tense around a time expression, read through the value a weekday or year-less date gets.
// Each row: why, sentence, expression, article date (DCT), the value the expression must get.
import { describe, expect, it } from 'vitest';
import { tagTimex } from './index.ts';

type Row = [why: string, text: string, span: string, dct: string, want: string];

const valueOf = (text: string, span: string, dct: string) => tagTimex(text, { dct }).find((t) => t.text === span)?.value;

/** One test per row, named by its reason and sentence. */
function rows(name: string, cases: Row[]): void {
  describe(name, () => {
    it.each(cases)('%s: %s', (_why, text, span, dct, want) => {
      expect(valueOf(text, span, dct)).toBe(want);
    });
  });
}

rows('clause tense for bare weekdays and dates', [
  ['reads a state that still holds "until at least" a weekday as lasting into the days ahead', 'Schools have been closed until at least Thursday.', 'Thursday', '2009-05-04', '2009-05-07'],
  ['reads "was closed until Monday" as over', 'The shop was closed until Monday.', 'Monday', '2009-05-06', '2009-05-04'],
  ['reads "this winter" from May on as the coming winter, named by its January', 'There could be an epidemic of ordinary flu this winter.', 'this winter', '2009-05-01', '2010-WI'],
  ['reads "this winter" in January as the winter under way', 'Heating bills rose this winter.', 'this winter', '2009-01-20', '2009-WI'],
  ['reads an -ed word after a determiner as an adjective ("attended the scheduled meeting on Friday")', 'He attended the scheduled meeting on Friday.', 'Friday', '2009-05-07', '2009-05-01'],
  ['lets a present verb nearer than the reporting verb govern ("said a helpline is opened in the autumn")', 'Officials said a dedicated flu helpline is opened in the autumn.', 'the autumn', '2009-05-07', '2009-FA'],
  ['reads a present-tense condition as looking forward ("if he is granted parole on Thursday")', 'Simpson could be released by Oct. 1 if he is granted parole on Thursday.', 'Thursday', '2017-07-19', '2017-07-20'],
  ['reads a possessor day whose noun looks forward as ahead ("Thursday\'s hearing will cover")', "Thursday's hearing will cover four sentences.", 'Thursday', '2017-07-19', '2017-07-20'],
  ['reads a possessive weekday as a day already past, whatever the modal ("would ... Wednesday\'s ruling")', 'Relatives said they would look for ways to get around Wednesday\'s ruling.', 'Wednesday', '2000-01-07', '2000-01-05'],
  ['does not let a reporting verb after a closing quote date the quoted clause', "``He will leave at 4 a.m. EDT Thursday,'' Castro said.", '4 a.m. EDT Thursday', '2000-04-05', '2000-04-06T04:00'],
  // Seed story, article 004 (EFE, 24 Feb 2017): the warning came on the Wednesday before, not after.
  ['does not let a verb inside a "that" clause after the expression date it ("warning Wednesday that Mexico would not accept")', 'Videgaray appeared to take aim at the plans to send non-Mexicans back across the border, warning Wednesday that Mexico would not accept immigration provisions.', 'Wednesday', '2017-02-24', '2017-02-22'],
  ['reads a planning verb before the expression as pointing forward ("planned a rally on Saturday")', 'Supporters planned a large demonstration on Saturday.', 'Saturday', '2000-01-07', '2000-01-08'],
  ['reads a past planning verb after the expression as the planning itself ("On Friday, the government planned")', 'On Friday, the Kenyan government planned to hold a memorial service.', 'Friday', '1998-09-30', '1998-09-25'],
  ['does not take the noun "plan" for a future marker ("announced the plan Aug. 21")', 'The thrift announced the plan Aug. 21.', 'Aug. 21', '1989-10-27', '1989-08-21'],
  ['reads a plan in the past perfect as superseded ("had been due to expire Friday evening")', 'It had been due to expire Friday evening.', 'Friday evening', '1989-10-30', '1989-10-27TEV'],
  ['reads "as soon as" and "as early as" as pointing forward', 'The group might come to the U.S. as soon as Tuesday.', 'Tuesday', '2000-04-03', '2000-04-04'],
  ['reads "as soon as" and "as early as" as pointing forward', 'His father could come from Cuba as early as Tuesday.', 'Tuesday', '2000-04-03', '2000-04-04'],
  ['reads "postponed until" and "extended ... until" as pointing forward, but "extended ... Friday" as past', 'Officials postponed until Tuesday morning any action.', 'Tuesday morning', '2000-03-30', '2000-04-04TMO'],
  ['reads "postponed until" and "extended ... until" as pointing forward, but "extended ... Friday" as past', 'Two rival bidders extended their offers to acquire the company Friday.', 'Friday', '1989-10-30', '1989-10-27'],
  ['does not let a verb after "and" govern the expression before it', 'They planned a rally on Saturday and were planning a drive on Monday.', 'Saturday', '2000-01-07', '2000-01-08'],
  ['reads a plan in the present passive after the expression as ahead ("On Friday, the Senate is expected to vote")', 'On Friday, the Senate is expected to vote on the budget.', 'Friday', '2013-03-20', '2013-03-22'],
  ['keeps a plan in the past passive after the expression as past ("On Friday, the ministers were expected to")', 'On Friday, the ministers were expected to vote.', 'Friday', '2013-03-20', '2013-03-15'],
  ['does not take an "and" that joins two names for a clause opener ("the Central Bank and the Monetary Fund plan to")', 'On Thursday, the European Central Bank and the International Monetary Fund plan to meet.', 'Thursday', '2013-03-20', '2013-03-21'],
  ['does not take an "and" inside a name for a clause opener ("the Abortion and Reproductive Rights League plans to")', 'On Tuesday, the National Abortion and Reproductive Rights League plans to hold a news conference.', 'Tuesday', '2013-03-20', '2013-03-26'],
  ['still stops at an "and" that opens a clause ("on Saturday and were planning")', 'They met on Saturday and were planning a drive.', 'Saturday', '2000-01-07', '2000-01-01'],
  ['reads "may" with a bare verb as looking forward ("may be overtaken ... on Friday")', 'Social media may be overtaken as an organizing tool on Friday by the mosques.', 'Friday', '2013-03-20', '2013-03-22'],
  ['reads "might" with a bare verb as looking forward ("might only last until the autumn")', 'The lull might only last until the autumn.', 'the autumn', '2013-05-04', '2013-FA'],
  ['reads "can" with a bare verb as looking forward ("so he can appoint a new government Saturday")', 'He asked the cabinet to resign so he can appoint a new government Saturday.', 'Saturday', '2013-03-20', '2013-03-23'],
  ['keeps a modal perfect as looking back ("may have left on Monday")', 'The suspect may have left the country on Monday.', 'Monday', '2013-03-20', '2013-03-18'],
  ['reads "this weekend" on a Wednesday as the weekend of the same ISO week ("forecast for this weekend")', 'Heavy rain is forecast for this weekend.', 'this weekend', '2013-03-20', '2013-W12-WE'],
  ['reads "this weekend" in a past clause on a Tuesday as the weekend just gone', 'The backlash continued this weekend.', 'this weekend', '2013-03-19', '2013-W11-WE'],
  ['reads "this weekend" on a Monday as the weekend just gone unless the clause looks forward', 'Clinton is back from a visit this weekend to Haiti.', 'this weekend', '2013-03-18', '2013-W11-WE'],
  ['reads "this weekend" on a Monday in a forward-looking clause as the weekend ahead', 'The president may face mass protests this weekend.', 'this weekend', '2013-03-18', '2013-W12-WE'],
  ['reads "this week" on a Sunday in a clause that looks ahead as the week starting the next day', 'The Senate will vote on the bill this week.', 'this week', '2011-11-27', '2011-W48'],
  ['reads a timetable word after "the <date>" as the noun the date names ("the March 3 vote"), not a verb', 'Two weeks after the March 3 vote, the council approved the budget.', 'March 3', '2005-04-04', '2005-03-03'],
  ['still reads a timetable verb after its subject as looking ahead ("the council votes Tuesday")', 'The council votes Tuesday on the budget.', 'Tuesday', '2005-04-04', '2005-04-05'],
  ['reads "needs to" as looking ahead ("needs to erect fencing this week", said on a Sunday)', 'The city has said it needs to erect fencing this week for work at the plaza.', 'this week', '2011-11-27', '2011-W48'],
  ['keeps "this week" on a Sunday in a past clause as the week ending that day', 'Talks stalled this week.', 'this week', '2011-11-27', '2011-W47'],
  ['keeps "this week" on a Sunday with no tense as the week ending that day ("my program this week")', 'Thank you all for being part of my program this week.', 'this week', '2011-11-27', '2011-W47'],
  ['reads "this Thursday" on a Sunday in a clause that looks ahead as the coming Thursday', 'The ministers will meet in Vienna this Thursday.', 'this Thursday', '2009-05-31', '2009-06-04'],
  ['reads "this Monday" on a Wednesday in a past clause as the Monday gone', 'The talks collapsed this Monday.', 'this Monday', '2009-06-03', '2009-06-01'],
  ['keeps "this Thursday" with no tense in the reference date\'s week', 'Pictures from this Thursday.', 'this Thursday', '2009-05-31', '2009-05-28'],
  ['reads "this Thursday" as the predicate of a present copula as the coming one', 'The minister said the vote is this Thursday.', 'this Thursday', '2009-05-31', '2009-06-04'],
  ['keeps "this week" on a Saturday in a clause that looks ahead as the ISO week of the day', 'The Senate will vote on the bill this week.', 'this week', '2011-11-26', '2011-W47'],
]);

rows('clause boundaries and adjectives', [
  ['does not read an un- participle as a past verb ("markets untouched by the crisis")', 'Qantas will almost double its flights by August in the search for new markets untouched by the crisis.', 'August', '1998-02-13', '1998-08'],
  ['closes the clause at a comma once a verb precedes the expression ("supposed to conclude by May, invited")', 'The talks, which are supposed to conclude by May, invited Sinn Fein to rejoin.', 'May', '1998-03-22', '1998-05'],
]);

rows('timetabled present tense', [
  ['reads a present-tense verb of a timetabled event as pointing forward ("meet separately Monday")', 'Netanyahu and Arafat meet separately Monday with the Secretary of State.', 'Monday', '1998-05-01', '1998-05-04'],
  ['reads a present-tense verb of a timetabled event as pointing forward ("meet separately Monday")', 'The summit opens Wednesday in Brussels.', 'Wednesday', '2013-03-15', '2013-03-20'],
  ['reads a present-tense verb of a timetabled event as pointing forward ("meet separately Monday")', 'The show airs at 8 p.m. ET Friday.', '8 p.m. ET Friday', '2013-03-18', '2013-03-22T20:00'],
  ['leaves an infinitive to the governing verb ("were unable to meet demand into the summer")', 'Shortages left it unable to meet demand well into the summer.', 'the summer', '1989-10-26', '1989-SU'],
]);

rows('irregular past forms', [
  ['reads short and irregular past verbs as past ("died on Saturday", "led ... on Sunday")', 'He died on Saturday at the age of 84.', 'Saturday', '2013-03-14', '2013-03-09'],
  ['reads short and irregular past verbs as past ("died on Saturday", "led ... on Sunday")', 'She led the march on Sunday.', 'Sunday', '2013-03-14', '2013-03-10'],
]);

rows('the verb "last"', [
  ['does not read "to last until June" as past tense', 'The trial is expected to last until June.', 'June', '2013-03-14', '2013-06'],
]);

rows('possessive days', [
  ['reads "ahead of Sunday\'s election" and "will watch Sunday\'s vote" as coming days', 'Campaigning intensified ahead of Sunday\'s election.', 'Sunday', '2013-03-15', '2013-03-17'],
  ['reads "ahead of Sunday\'s election" and "will watch Sunday\'s vote" as coming days', 'Observers will watch Sunday\'s vote closely.', 'Sunday', '2013-03-15', '2013-03-17'],
  ['reads "after Thursday\'s ruling" as a past day', 'He asked them to end the battle after Thursday\'s ruling.', 'Thursday', '2000-06-02', '2000-06-01'],
]);

rows('deadlines and ambiguous verb forms', [
  ['reads a deadline with no tense cue as ahead ("has until Monday to raise")', 'Cyprus has until Monday to raise 5.8 billion euros.', 'Monday', '2013-03-22', '2013-03-25'],
  ['does not read present-or-past forms as past ("will remain shut until Tuesday")', 'The banks will remain shut until Tuesday.', 'Tuesday', '2013-03-22', '2013-03-26'],
  ['reads a participle after a present copula as an adjective ("will remain closed until Thursday")', 'Banks in the country will remain closed until Thursday, officials said.', 'Thursday', '2013-03-22', '2013-03-28'],
  ['reads a participle after a present copula as an adjective ("will remain closed until Thursday")', 'The road remained closed on Monday.', 'Monday', '2013-03-20', '2013-03-18'],
  ['reads a date after "postponed ... to" as ahead even with a long object between', 'The band postponed its two weekend concerts in the northern city of Monterrey to July 31.', 'July 31', '2009-05-14', '2009-07-31'],
  ['reads a modal perfect as looking back ("you would have seen")', 'If you watched the evening news on Friday you would have seen the report.', 'Friday', '2009-06-01', '2009-05-29'],
  ['does not let a question after a colon date the clause before it', 'Here is what the host asked me on the radio on Tuesday: what should we do?', 'Tuesday', '2009-04-30', '2009-04-28'],
  ['reads a weekday starting or ending a stretch, with no tense cue, as ahead ("beginning on Friday", "closed through Wednesday")', 'It is crucial to stop work beginning on Friday to slow the spread.', 'Friday', '2009-04-30', '2009-05-01'],
  ['reads a weekday starting or ending a stretch, with no tense cue, as ahead ("beginning on Friday", "closed through Wednesday")', 'Starting Monday, passengers must wear masks.', 'Monday', '2009-04-30', '2009-05-04'],
  ['reads a weekday starting or ending a stretch, with no tense cue, as ahead ("beginning on Friday", "closed through Wednesday")', 'Schools remain closed through Wednesday.', 'Wednesday', '2009-05-03', '2009-05-06'],
  ['stops the backward search at a relative pronoun ("ordered vaccine, some doses of which could be available by October")', 'The government has ordered vaccine, some doses of which could be available by October.', 'October', '2009-06-11', '2009-10'],
  ['reads "should have the vaccine ready" as no perfect, and "earlier in the year" as no past cue', 'The maker should have the vaccine ready in September.', 'September', '2009-06-12', '2009-09'],
  ['reads "should have the vaccine ready" as no perfect, and "earlier in the year" as no past cue', 'If it returns earlier in the year, in September, say, there is little time.', 'September', '2009-06-14', '2009-09'],
  ['reads a weekday after a present copula as the coming one ("the vote is Sunday")', 'The vote is Sunday, officials said.', 'Sunday', '2013-03-22', '2013-03-24'],
  ['reads a weekday after a present copula as the coming one ("the vote is Sunday")', 'The next hearing is on Thursday.', 'Thursday', '2013-03-22', '2013-03-28'],
  ['reads a weekday after a present copula as the coming one ("the vote is Sunday")', 'The vote was Sunday.', 'Sunday', '2013-03-22', '2013-03-17'],
  ['reads a timetable verb in the present as pointing forward, but not after a modal ("lawmakers vote Thursday", "could return ... Tuesday")', 'Lawmakers vote Thursday on the budget bill.', 'Thursday', '2013-03-20', '2013-03-21'],
  ['reads a timetable verb in the present as pointing forward, but not after a modal ("lawmakers vote Thursday", "could return ... Tuesday")', 'Schools, shut since Friday, reopen Monday.', 'Monday', '2013-03-20', '2013-03-25'],
  ['reads a timetable verb in the present as pointing forward, but not after a modal ("lawmakers vote Thursday", "could return ... Tuesday")', 'It was hoped that one of them could return home on Tuesday.', 'Tuesday', '2009-04-29', '2009-04-28'],
  ['reads "through the weekend" with no tense cue as the coming weekend', 'The festival runs through the weekend.', 'the weekend', '2013-03-20', '2013-W12-WE'],
  ['reads "through the weekend" with no tense cue as the coming weekend', 'The festival ran through the weekend.', 'the weekend', '2013-03-20', '2013-W11-WE'],
  ['moves a bare month against a clear tense once it lies more than about six weeks the other way', 'He was elected in November and will take office in January.', 'January', '2013-03-22', '2014-01'],
  ['moves a bare month against a clear tense once it lies more than about six weeks the other way', 'The company will release its figures for February next week.', 'February', '2013-03-22', '2013-02'],
]);
