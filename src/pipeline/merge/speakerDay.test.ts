// Fixtures written for these tests: one day of a story, told by two outlets, with no occasion named.
import { describe, expect, it } from 'vitest';
import { eventOf, storyOfTexts } from './fixtures/storyOfTexts.ts';

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
    const bridge = eventOf(story, 'bridge over the Mondego');
    expect(bridge).toBeDefined();
    expect(eventOf(story, 'compensation to every shop owner')?.id).toBe(bridge!.id);
  });
  it('keeps a statement by someone else apart', () => {
    const bridge = eventOf(story, 'bridge over the Mondego')!;
    const reis = eventOf(story, 'flood barriers had never been finished');
    if (reis) expect(reis.id).not.toBe(bridge.id);
  });
});
