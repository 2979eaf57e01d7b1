// Fixtures written for these tests: a paragraph that goes on telling the happening its first sentence dates.
import { describe, it } from 'vitest';
import { expectApart, expectJoined, storyOfTexts } from './fixtures/storyOfTexts.ts';

const a = [
  'A fire destroyed the covered market of Coimbra on Monday. Firefighters from three towns fought the blaze in the market until the roof collapsed. The council postponed its vote on the new parking rules.',
  'Mayor Ana Silva visited the harbour on Tuesday.',
];
const build = () => storyOfTexts('2021-03-02', a);

describe('merge: a sentence dated by the one before it in its paragraph', () => {
  const story = build();
  it('joins the happening of that sentence when it shares its wording, however little', () => {
    expectJoined(story, 'destroyed the covered market', 'fought the blaze');
  });
  it('keeps a sentence of the same paragraph that shares nothing with it apart', () => {
    expectApart(story, 'destroyed the covered market', 'parking rules');
  });
});
