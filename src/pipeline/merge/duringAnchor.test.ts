// Fixture written for this test: a report of one evening whose background recalls a campaign; a sentence
// placed "during" another happening is not dated by the article's news peg, one placed during the peg's own
// happening is.
import { describe, expect, it } from 'vitest';
import { eventOf, storyOfTexts } from './fixtures/storyOfTexts.ts';

const a = [
  'Governor Ana Ruiz announced a new water plan at a press conference in Dalton on Thursday.',
  'She also answered questions from farmers during the press conference and promised new wells.',
  'Ruiz spoke during the election campaign about building a dam, and her party later dropped the idea.',
];
const b = [
  'The governor of the state unveiled a water plan on Thursday in Dalton.',
];

describe('merge: a sentence placed during a happening of its own', () => {
  const story = storyOfTexts('2021-06-11', a, b);
  it('does not take the news peg\u2019s day for a sentence placed during another happening', () => {
    expect(eventOf(story, 'during the election campaign')).toBeUndefined();
  });
  it('still dates a sentence placed during the peg\u2019s own happening', () => {
    const plan = eventOf(story, 'announced a new water plan');
    expect(plan?.date.value).toBe('2021-06-10');
    expect(eventOf(story, 'answered questions from farmers')?.date.value).toBe('2021-06-10');
  });
});
