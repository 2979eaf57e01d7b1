// Fixtures written for these tests: one day of a story, told by two outlets.
import { describe, expect, it } from 'vitest';
import { eventOf, storyOfTexts } from './fixtures/storyOfTexts.ts';

const a = [
  'Foreign Minister Ana Silva and Trade Secretary Paul Grant held a joint news conference in Lisbon on Monday.',
  'Silva said the two countries would sign a new fisheries agreement before the end of the year.',
  'Grant said tariffs on canned fish would fall by half once the agreement was signed.',
  'Separately, opposition leader Marta Reis said on Monday that the government had ignored the fishing towns.',
];
const b = [
  'At the news conference in Lisbon on Monday, Silva and Grant promised a new fisheries agreement.',
  '"We will not leave the fishing towns behind," Silva said.',
  'Reis spoke at a rally in Porto during a meeting with fishermen on Monday.',
];
const build = () => storyOfTexts('2021-03-01', a, b);

describe('merge: statements made at one occasion', () => {
  const story = build();
  it('joins the statements of the occasion\'s speakers into the occasion, however few words they share', () => {
    const conference = eventOf(story, 'held a joint news conference');
    expect(conference).toBeDefined();
    expect(eventOf(story, 'tariffs on canned fish')?.id).toBe(conference!.id);
    expect(eventOf(story, 'fisheries agreement before the end')?.id).toBe(conference!.id);
    expect(eventOf(story, 'leave the fishing towns behind')?.id).toBe(conference!.id);
  });
  it('titles the occasion from a sentence that names it, not from one remark', () => {
    expect(eventOf(story, 'held a joint news conference')!.title).toMatch(/news conference/);
  });
  it('keeps a statement by someone who was not there, and another occasion, apart', () => {
    const conference = eventOf(story, 'held a joint news conference')!;
    expect(eventOf(story, 'government had ignored the fishing towns')?.id).not.toBe(conference.id);
    expect(eventOf(story, 'rally in Porto')?.id).not.toBe(conference.id);
  });
});
