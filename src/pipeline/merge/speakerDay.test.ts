// Fixtures written for these tests: one day of a story, told by two outlets, with no occasion named.
import { describe, it } from 'vitest';
import { expectApart, expectJoined, storyOfTexts } from './fixtures/storyOfTexts.ts';

const a = [
  'The river flooded the old town of Coimbra on Monday. Mayor Ana Silva said the bridge over the Mondego was closed to all traffic.',
  'Opposition leader Marta Reis said the flood barriers had never been finished.',
];
const b = [
  'Water covered the streets of Coimbra on Monday. Silva promised compensation to every shop owner whose stock was ruined.',
];
const build = () => storyOfTexts('2021-03-02', a, b);

describe('merge: one speaker\'s statements of one day', () => {
  const story = build();
  it('joins the same speaker\'s statements of the day, however differently each outlet words them', () => {
    expectJoined(story, 'bridge over the Mondego', 'compensation to every shop owner');
  });
  it('keeps a statement by someone else apart', () => {
    expectApart(story, 'bridge over the Mondego', 'flood barriers had never been finished', true);
  });
});
