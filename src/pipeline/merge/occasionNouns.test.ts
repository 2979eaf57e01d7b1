// Fixtures written for these tests: statements made at a funeral and during a visit, told by two outlets.
import { describe, it } from 'vitest';
import { expectApart, expectJoined, storyOfTexts } from './fixtures/storyOfTexts.ts';

const a = [
  'Prime Minister Rui Costa spoke at the funeral of three fishermen in Nazaré on Tuesday.',
  'Costa said the government would pay for new radios on every boat of the harbour.',
];
const b = [
  'At the funeral in Nazaré on Tuesday, Costa promised the families a pension for life.',
  'Harbour master Luis Sousa said the storm warnings had come too late for the small boats.',
];
const build = () => storyOfTexts('2021-03-03', a, b);

describe('merge: a funeral is an occasion at which statements are made', () => {
  const story = build();
  it('joins the statements of those who spoke at the funeral into it', () => {
    expectJoined(story, 'spoke at the funeral', 'new radios on every boat');
  });
  it('keeps a statement by someone who was not there apart', () => {
    expectApart(story, 'spoke at the funeral', 'storm warnings had come too late');
  });
});
