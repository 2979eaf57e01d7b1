import { describe, expect, it } from 'vitest';
import { clean } from './index.ts';
import { restoreBullets } from './lines.ts';

describe('bullets a scrape turned into "cents"', () => {
  it('become bullets that start their own lines', () => {
    expect(restoreBullets('cents BA cabin steward in isolation ward cents Mexico invokes special measures')).toBe('• BA cabin steward in isolation ward\n• Mexico invokes special measures');
    expect(restoreBullets('Swine flu shuts Eton as UK cases pass 200 cents Eton advised to close')).toBe('Swine flu shuts Eton as UK cases pass 200\n• Eton advised to close');
    expect(restoreBullets('The worst affected are; cents Mexico: 101 estimated deaths')).toBe('The worst affected are;\n• Mexico: 101 estimated deaths');
  });

  it('leave prices alone', () => {
    const prices = 'Shares rose 35 cents to $7.10. Gas cost 99 cents a gallon, and bonds traded at 60 cents on the dollar. It fell 5 cents.\nThe 99 Cents Only Stores chain';
    expect(restoreBullets(prices)).toBe(prices);
  });

  it('keep a standfirst item out of the sentence that follows it', () => {
    const page = 'cents Guests locked in for week tell of parties and romance cents First Asian case was traced to Hong Kong hotel\nFor many, it would have been the week from hell when the hotel was sealed on Friday.\n';
    const text = clean({ id: 'a', file: 'a.txt', text: page, meta: {} } as never).text;
    expect(text).not.toMatch(/\bcents\b/);
    expect(text).toContain('• First Asian case was traced to Hong Kong hotel\n');
  });
});
