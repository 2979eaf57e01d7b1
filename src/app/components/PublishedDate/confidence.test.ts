import { describe, expect, it } from 'vitest';
import { confidenceWords } from './PublishedDate.tsx';

describe('confidenceWords', () => {
  it('says how sure the inferred day is, in words and as a share', () => {
    expect(confidenceWords(0.93)).toBe("Exact day likely (93% by the story's evidence).");
    expect(confidenceWords(0.6)).toContain('probable');
    expect(confidenceWords(0.2)).toContain('uncertain: the day may be off');
  });
});
