// Sentences from a news report of 23 February 2017 (US officials in Mexico City) in a fixture article: a
// finding of "a recent report" is data the article recalls, not a happening of its news day; the day's
// statements keep the news peg's day.
import { describe, expect, it } from 'vitest';
import { eventOf, storyOfTexts } from './fixtures/storyOfTexts.ts';

const a = [
  'Kelly then promised at a news conference in Mexico City on Thursday that "there will be no, repeat, no mass deportations."',
  'Tillerson and Kelly met with Mexican ministers who expressed "concern and irritation" over the new policies.',
  'The Pew Research Center counts about 11 million immigrants living in the country illegally.',
  'More than half of those living in America illegally are from Mexico, the organisation in a recent report found.',
];
const b = [
  'The US Secretary of Homeland Security John Kelly said on Thursday there will be no mass deportations.',
];

describe('merge: a document\u2019s finding with no date of its own', () => {
  const story = storyOfTexts('2017-02-24', a, b);
  it('is story context, not an event of the news day', () => {
    expect(eventOf(story, 'More than half of those living in America')).toBeUndefined();
    expect(story.context.some((m) => m.text.includes('More than half of those living in America'))).toBe(true);
  });
  it('leaves the day\u2019s statements on the news peg\u2019s day', () => {
    expect(eventOf(story, 'expressed "concern and irritation"')?.date.value).toBe('2017-02-23');
  });
});
