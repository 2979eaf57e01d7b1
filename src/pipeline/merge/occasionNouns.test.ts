// Fixtures written for these tests: statements made at a funeral and during a visit, told by two outlets.
import { describe, expect, it } from 'vitest';
import { eventOf, storyOfTexts } from './fixtures/storyOfTexts.ts';

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
    const funeral = eventOf(story, 'spoke at the funeral');
    expect(funeral).toBeDefined();
    expect(eventOf(story, 'new radios on every boat')?.id).toBe(funeral!.id);
  });
  it('keeps a statement by someone who was not there apart', () => {
    const funeral = eventOf(story, 'spoke at the funeral')!;
    const sousa = eventOf(story, 'storm warnings had come too late');
    expect(sousa).toBeDefined();
    expect(sousa!.id).not.toBe(funeral.id);
  });
});
