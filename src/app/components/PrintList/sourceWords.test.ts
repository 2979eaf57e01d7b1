import { describe, expect, it } from 'vitest';
import { sourceWords, type PrintedArticle } from './sourceWords.ts';

// Egypt (Timeline17): CNN pages without an address, and pages of no known outlet, named by their titles.
const articles = new Map<string, PrintedArticle>([
  ['2011-01-25_004', { publisher: 'CNN', title: 'Protests in Egypt', url: null }],
  ['2011-01-25_007', { publisher: 'CNN', title: 'Cairo protests continue', url: null }],
  ['2011-01-26_002', { publisher: null, title: 'Unrest and Protests in Egypt Continue', url: null }],
  ['2011-01-27_001', { publisher: 'CNN', title: 'Egypt braces', url: null }],
  ['seed-1', { publisher: 'The Independent', title: 'US promises Mexico', url: 'https://example.com/independent/a' }],
  ['seed-2', { publisher: 'The Independent', title: 'Mexico talks', url: 'https://example.com/independent/b' }],
]);

describe('an event\'s sources on paper', () => {
  it('says an outlet once, with its number of articles, where paper cannot tell them apart', () => {
    expect(sourceWords(['2011-01-25_004', '2011-01-25_007', '2011-01-26_002', '2011-01-27_001'], articles))
      .toBe('CNN (3 articles); Unrest and Protests in Egypt Continue');
  });

  it('keeps each article that has an address, and names one article as before', () => {
    expect(sourceWords(['seed-1', 'seed-2'], articles))
      .toBe('The Independent (https://example.com/independent/a); The Independent (https://example.com/independent/b)');
    expect(sourceWords(['2011-01-25_004'], articles)).toBe('CNN');
    expect(sourceWords(['gone'], articles)).toBe('gone');
  });
});
