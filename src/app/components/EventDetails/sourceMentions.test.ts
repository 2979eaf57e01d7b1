import { describe, expect, it } from 'vitest';
import { sourceMentions } from './sourceMentions.ts';

describe('sourceMentions: one entry per article, from its text', () => {
  const lead = { articleId: 'a', start: 0, end: 120, text: 'European aircraft manufacturer, Airbus, has won an order from Qatar Airways for up to 60 of its new mid-sized A350 jets.' };
  const headline = { articleId: 'a', start: 0, end: 43, text: 'Airbus wins Qatar Airways order worth $15bn', part: 'title' as const };
  const second = { articleId: 'a', start: 121, end: 300, text: 'The order, which is believed to be worth $15 billion, has given a boost to an otherwise disappointing Paris Air Show.' };
  const other = { articleId: 'b', start: 10, end: 40, text: 'Qatar Airways ordered A350 jets.' };
  it('keeps the first sentence of each article, in order', () => {
    expect(sourceMentions([lead, second, other])).toEqual([lead, other]);
  });
  it('cites the sentence the event\'s summary comes from for its article, the first one for the others', () => {
    expect(sourceMentions([lead, second, other], second.text)).toEqual([second, other]);
    expect(sourceMentions([lead, second, other], 'a sentence no mention holds')).toEqual([lead, other]);
  });
  it('never takes a headline for the article\'s sentence, wherever it stands', () => {
    expect(sourceMentions([headline, second, other])).toEqual([second, other]);
    expect(sourceMentions([headline])).toEqual([]);
  });
});
