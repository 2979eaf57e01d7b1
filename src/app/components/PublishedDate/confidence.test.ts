import { describe, expect, it } from 'vitest';
import { confidenceWords } from './PublishedDate.tsx';

describe('confidenceWords', () => {
  it('says how sure the inferred day is, in words and as a share', () => {
    expect(confidenceWords(0.93)).toBe("Exact day likely: the story's evidence gives this day a 93% chance.");
    expect(confidenceWords(0.6)).toContain('probable');
    expect(confidenceWords(0.2)).toBe("Exact day uncertain (the day may be off): the story's evidence gives this day a 20% chance.");
    // In the date's own unit: a month is never "the exact day".
    expect(confidenceWords(0.42, 'month')).toBe("Month uncertain (it may be off): the story's evidence gives this month a 42% chance.");
  });
  it('says "an" before a share read with a vowel first', () => {
    // H1N1's "World Health Organisation said that the virus had "pandemic potential"" had read "a 83% chance".
    expect(confidenceWords(0.83)).toBe("Exact day likely: the story's evidence gives this day an 83% chance.");
    for (const p of [0.08, 0.11, 0.18, 0.8, 0.89]) expect(confidenceWords(p)).toMatch(/ an \d+% chance/);
    for (const p of [0.01, 0.1, 0.28, 0.7, 0.9, 1]) expect(confidenceWords(p)).toMatch(/ a \d+% chance/);
  });
});
