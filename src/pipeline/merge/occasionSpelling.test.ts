// Fixtures written for these tests: a minister's visit told by one outlet, his words the same day by
// another, which spells his first name another way.
import { describe, expect, it } from 'vitest';
import { eventOf, storyOfTexts } from './fixtures/storyOfTexts.ts';

const a = [
  'Hisham Kandor, the trade minister, began a solidarity visit to Harbin on Monday, touring the flooded docks.',
];
const b = [
  'Floods closed the northern highway on Monday.',
  '\u201cWe will open the border within a month,\u201d Hesham Kandor said.',
];
const c = [
  'Floods closed the northern highway on Monday.',
  '\u201cWe will open the border within a month,\u201d Tarek Kandor said.',
];

describe('merge: an occasion\u2019s participant spelled two ways', () => {
  it('joins the statements of "Hesham Kandor" to the visit of "Hisham Kandor" on the same day', () => {
    const story = storyOfTexts('2021-07-06', a, b);
    const visit = eventOf(story, 'began a solidarity visit');
    expect(visit).toBeDefined();
    expect(eventOf(story, 'open the border within a month')?.id).toBe(visit!.id);
  });
  it('keeps another person of the same surname apart', () => {
    const story = storyOfTexts('2021-07-06', a, c);
    const visit = eventOf(story, 'began a solidarity visit')!;
    const words = eventOf(story, 'open the border within a month');
    expect(words).toBeDefined();
    expect(words!.id).not.toBe(visit.id);
  });
});
