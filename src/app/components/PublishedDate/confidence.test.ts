import { describe, expect, it } from 'vitest';
import { confidenceWords, readable } from './PublishedDate.tsx';

describe('confidenceWords', () => {
  it('says how sure the inferred day is, in words and as a share', () => {
    expect(confidenceWords(0.93)).toBe("Exact day likely (93% by the story's evidence).");
    expect(confidenceWords(0.6)).toContain('probable');
    expect(confidenceWords(0.2)).toContain('uncertain: the day may be off');
  });
});

describe('readable (the note under "date inferred")', () => {
  it('writes dates as readers do, names articles by outlet or title, and leaves the model\'s number out', () => {
    const articles = [{ id: 'article_04', title: 'Scott breaks with Trump', publisher: 'NBC News' }] as never;
    expect(readable('"Friday" here is 2018-02-23, the date of "Feb 23, 2018" in article_04; 2018-02-23 is the publication day that agrees best (confidence 0.73)', articles))
      .toBe('"Friday" here is Friday 23 February 2018, the date of "Feb 23, 2018" in NBC News; Friday 23 February 2018 is the publication day that agrees best');
    expect(readable('the story\'s other articles are dated XXXX-12-17', [])).toBe('the story\'s other articles are dated 17 December, year not stated');
  });
});
