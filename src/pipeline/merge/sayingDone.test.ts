// Reported speech is dated by the saying: "X has said they will ..." tells a saying done, which the stated
// day of publication dates like any past sentence; so does a saying in the present, made as the page is
// written (session 10). Without a stated day, neither is dated.
import { describe, expect, it } from 'vitest';
import { buildStory } from '../run.ts';
import { sayingTense } from '../events/tense.ts';

const story = (body: string, published?: string) =>
  buildStory({ id: 's', meta: { articles: { 'a.txt': published ? { published } : {} } }, files: [{ name: 'a.txt', bytes: new TextEncoder().encode(`Plane maker reports trouble\n\n${body}\n`) }] });
const dateOf = (s: ReturnType<typeof story>, words: string) => s.events.find((e) => e.mentions.some((m) => m.text.includes(words)))?.date.value ?? null;

describe('sayingTense: the tense of the saying, not of what was said', () => {
  it('reads a perfect or past verb of saying that governs a clause', () => {
    expect(sayingTense('Airbus has said they will continue with their tour of Asia.')).toBe('past');
    expect(sayingTense('USAF also denied that creating jobs in the US was a factor.')).toBe('past');
    expect(sayingTense('The company stated that the details will be kept confidential.')).toBe('past');
  });
  it('reads a present saying, and a saying after a quotation', () => {
    expect(sayingTense('Boeing says they must increase the tempo of production.')).toBe('present');
    expect(sayingTense("`` We plan to use the 787 to expand our business , '' says the airline's vice president.")).toBe('present');
    expect(sayingTense('“We will fly again,” said the pilot.')).toBe('past');
  });
  it('finds no saying where a verb of saying governs nothing, or is in a quotation or a noun phrase', () => {
    expect(sayingTense('The plane will fly to Sydney on its tour.')).toBeNull();
    expect(sayingTense('A spokesman will say more next week about the tour.')).toBeNull();
    expect(sayingTense('“He said they will come,” is all the note read.')).toBeNull();
    expect(sayingTense('The said aircraft will be delivered next year.')).toBeNull();
  });
});

describe('merge: a saying done takes the stated day of publication', () => {
  const body = 'The airline has said they will continue with their tour of Asia demonstrating the plane.';
  it('dates the saying by the day the page states', () => {
    expect(dateOf(story(body, '2007-09-01'), 'has said they will continue')).toBe('2007-09-01');
  });
  it('dates a present saying by the day the page states as well', () => {
    expect(dateOf(story('The airline says they will continue with their tour of Asia demonstrating the plane.', '2007-09-01'), 'says they will continue')).toBe('2007-09-01');
  });
  it('leaves any saying without a stated day undated', () => {
    expect(dateOf(story('The airline says they will continue with their tour of Asia demonstrating the plane.'), 'says they will continue')).toBeNull();
    expect(dateOf(story(body), 'has said they will continue')).toBeNull();
  });
});
