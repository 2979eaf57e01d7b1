import { describe, expect, it } from 'vitest';
import { otherSentences, sourceMentions } from './sourceMentions.ts';

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

describe('otherSentences: the rest of what each article says about the event', () => {
  const a1 = { articleId: 'a', start: 0, end: 10, text: 'First.' };
  const a2 = { articleId: 'a', start: 50, end: 60, text: 'Merged in.' };
  const a0 = { articleId: 'a', start: 20, end: 30, text: 'Between.' };
  const title = { articleId: 'a', start: 0, end: 5, text: 'Head', part: 'title' as const };
  const b1 = { articleId: 'b', start: 5, end: 9, text: 'Other.' };
  it('lists each cited article\'s other sentences in text order, never the cited one or a headline', () => {
    const cited = sourceMentions([title, a1, a2, b1, a0]);
    expect(cited).toEqual([a1, b1]);
    expect(otherSentences([title, a1, a2, b1, a0], cited)).toEqual(new Map([['a', [a0, a2]]]));
  });
});
