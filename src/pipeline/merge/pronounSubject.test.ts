// Sentences from news reports (Occupy LA, November 2011; a marijuana raid in San Bernardino, December
// 2017; Florida's gun plan, February 2018): a sentence whose actor is only a pronoun or a title goes on
// telling the sentence before it.
import { describe, expect, it } from 'vitest';
import { expectApart, expectJoined, storyOfTexts } from './fixtures/storyOfTexts.ts';
import { REFERRED_SUBJECT } from './pronounSubject.ts';

describe('merge: a sentence whose subject is only referred to', () => {
  it('reads a pronoun or a bare title as the subject, not a negation or a state', () => {
    for (const t of [
      'But he added in a statement: "It is time for Occupy LA to move on."',
      'He said he hoped to avoid the sporadic violence that erupted in other cities.',
      'They first gave a 4 a.m. deadline to arrest protesters who were in the street, then pushed the time to 4:30 a.m.',
      'The governor also called for tougher background checks and waiting periods to buy firearms.',
      'He appeared in court in an orange jumpsuit.',
    ]) expect(REFERRED_SUBJECT.test(t), t).toBe(true);
    for (const t of [
      'She was not arrested or charged with a crime.',
      'He had almost no outside interests and no taste for luxury.',
      'The couple had listed their home at 50 Old Colony Rd. shortly before they died.',
      'Hebron was quiet on Tuesday.',
      'He would not say when the camp would be cleared.',
    ]) expect(REFERRED_SUBJECT.test(t), t).toBe(false);
  });

  const la = [
    'Mayor Antonio Villaraigosa gave protesters until just after midnight on Sunday to remove their tents.',
    'The mayor complimented the protesters on Sunday for staying peaceful.',
    'But he added in a statement: "It is time for Occupy LA to move from focusing their efforts to hold a particular patch of park land to spreading the message of economic justice."',
    'He said he hoped to avoid the sporadic violence that erupted in other cities when police used force against Occupy protesters.',
  ];
  const raid = [
    'Police raided a warehouse in San Bernardino on Wednesday and seized thousands of marijuana plants.',
    'Police are investigating the owner, identified as 43-year-old Stephanie Smith.',
    'She was not arrested or charged with a crime.',
  ];
  const story = storyOfTexts('2011-11-28', la, raid);
  it('joins the sentence to the happening the sentence before it tells', () => {
    expectJoined(story, 'complimented the protesters', 'But he added in a statement');
    expectJoined(story, 'complimented the protesters', 'hoped to avoid the sporadic violence');
  });
  it('joins a quotation attributed by a pronoun at its end to the sentence before it', () => {
    const vigil = storyOfTexts('2017-12-18', [
      'A steady stream of neighbours, Apotex workers and well-wishers dropped off flowers in honour of the Shermans on Sunday.',
      '\u201cI was shocked. I couldn\u2019t sleep the last few days because of the memories,\u201d he said on his way to visit the memorial.',
    ], ['Toronto police said on Sunday that the couple both died from ligature neck compression.']);
    expectJoined(vigil, 'dropped off flowers', 'I was shocked');
  });
  it('leaves a negated sentence apart', () => {
    expectApart(story, 'identified as 43-year-old Stephanie Smith', 'She was not arrested', true);
  });
});

describe('merge: the sentence before a referred-to one, told by its article alone', () => {
  // Sentences from reports of 15-16 November 2012 (Gaza): the officials' second statement is told by two
  // outlets, their first by one.
  const a = [
    'Military officials said on Friday that Israel\u2019s aerial assaults had hit more than 450 sites in Gaza.',
    'The officials also said militants in Gaza had fired more than 300 rockets into southern Israel and at least 130 more had been intercepted.',
  ];
  const b = [
    'Militants in Gaza had fired more than 300 rockets into southern Israel by Friday, and 130 more had been intercepted, Israeli officials said.',
  ];
  const story = storyOfTexts('2012-11-17', a, b);
  it('joins it to the referring sentence\u2019s event though another outlet tells that one', () => {
    expectJoined(story, 'more than 300 rockets into southern Israel and', 'hit more than 450 sites');
  });
});
