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
});
