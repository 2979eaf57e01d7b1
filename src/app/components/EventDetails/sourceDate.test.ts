import { describe, expect, it } from 'vitest';
import { sourceDateWords } from './sourceDate.ts';

describe('sourceDateWords', () => {
  it('says when a named outlet\'s article came out', () => {
    expect(sourceDateWords({ publisher: 'Business Standard (IANS)', published: { value: '2017-02-24', granularity: 'day', source: 'stated', evidence: null } }))
      .toBe('Friday 24 February 2017');
  });
  it('names the outlet as unknown where the name line is the title, and says an inferred date is one', () => {
    expect(sourceDateWords({ publisher: null, published: { value: '2017-02-23', granularity: 'day', source: 'inferred', confidence: 0.9, evidence: null } }))
      .toBe('Unknown outlet · Thursday 23 February 2017, date inferred');
  });
  it('keeps "about" and "year not stated" as the article list says them', () => {
    expect(sourceDateWords({ publisher: null, published: { value: 'XXXX-12-17', granularity: 'day', source: 'inferred', confidence: 0.3, evidence: null } }))
      .toMatch(/^Unknown outlet · about 17 December, year not stated, date inferred$/);
  });
  it('says an article without a date is undated', () => {
    expect(sourceDateWords({ publisher: 'EFE', published: null })).toBe('undated');
  });
});
