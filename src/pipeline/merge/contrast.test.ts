// Fixtures written for these tests: a writer who dates one happening to the day and another to the month.
import { describe, expect, it } from 'vitest';
import { eventOf, storyOfTexts } from './fixtures/storyOfTexts.ts';

const a = [
  'A shop owner filed a lawsuit against the Rialto cannabis ordinance and its licence cap on Friday.',
  'The ordinance, passed earlier this month, caps cannabis licences at 17.',
];
const b = [
  'The Rialto council passed the cannabis ordinance on March 9 after a long debate about licences.',
];
const build = () => storyOfTexts('2021-03-27', a, b);

describe('merge: a day and the period around it, stated by one writer', () => {
  const story = build();
  it('keeps the month a writer sets against a day he names apart from that day', () => {
    const suit = eventOf(story, 'filed a lawsuit');
    const passed = eventOf(story, 'passed earlier this month');
    expect(suit?.date.value).toBe('2021-03-26');
    expect(passed).toBeDefined();
    expect(passed!.id).not.toBe(suit!.id);
  });
  it('still lets another article\'s day refine the month', () => {
    expect(eventOf(story, 'passed earlier this month')?.id).toBe(eventOf(story, 'on March 9')?.id);
  });
});
