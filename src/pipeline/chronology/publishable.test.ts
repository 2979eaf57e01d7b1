// An inferred day is published when the model is sure of its week, or, less sure, when it lies within a day
// of a story-mate's published day: the story backs it from outside the article.
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../events/dates.ts';
import { MIN_WEEK, publishable } from './index.ts';

const day = (v: string) => dayNumber(v)!;

describe('publishable', () => {
  it('publishes a sure week on its own', () => {
    expect(publishable({ day: day('2017-07-19'), week: MIN_WEEK }, 'a1', new Map())).toBe(true);
  });

  it('publishes a less sure day next to a story-mate’s published day, and not far from it or alone', () => {
    const shown = new Map([['a2', '2017-07-18']]);
    expect(publishable({ day: day('2017-07-19'), week: 0.15 }, 'a1', shown)).toBe(true);
    expect(publishable({ day: day('2017-07-25'), week: 0.15 }, 'a1', shown)).toBe(false);
    expect(publishable({ day: day('2017-07-19'), week: 0.15 }, 'a1', new Map([['a1', '2017-07-19']]))).toBe(false);
  });

  it('never publishes a day the model gives under a tenth of its week', () => {
    expect(publishable({ day: day('2017-07-19'), week: 0.05 }, 'a1', new Map([['a2', '2017-07-19']]))).toBe(false);
  });
});
