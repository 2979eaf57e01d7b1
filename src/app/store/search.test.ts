import { describe, expect, it } from 'vitest';
import { haystack, matches, queryWords } from './search.ts';

const finds = (q: string, text: string) => matches(haystack(text), queryWords(q));

describe('event search', () => {
  it('folds accents, apostrophes and hyphens on both sides', () => {
    expect(finds('Chávez', 'President Hugo Chavez said')).toBe(true);
    expect(finds('Calderon', 'Felipe Calderón closed schools')).toBe(true);
    expect(finds("Mubarak's", 'Mubarak’s government fell')).toBe(true);
    expect(finds('Mubarak’s', "Mubarak's government fell")).toBe(true);
    expect(finds('swine-flu', 'cases of swine flu rose')).toBe(true);
    expect(finds('swine flu', 'the swine-flu outbreak')).toBe(true);
  });

  it('matches where a word begins, never inside one', () => {
    expect(finds('war', 'Israeli warplanes struck')).toBe(true);
    expect(finds('war', 'a $6,000 reward was offered')).toBe(false);
    expect(finds('flu mexico', 'Mexico closed schools over the flu')).toBe(true);
    expect(finds('flu mexico', 'Mexico closed schools')).toBe(false);
  });

  it('a word typed in capitals matches only in capitals; otherwise case is ignored', () => {
    expect(finds('WHO', 'the WHO raised its alert')).toBe(true);
    expect(finds('WHO', 'others who have visited Mexico')).toBe(false);
    expect(finds('who', 'the WHO raised its alert')).toBe(true);
    expect(finds('Tillerson', 'TILLERSON said')).toBe(true);
  });

  it('punctuation alone is no word', () => {
    expect(queryWords(' " , ')).toEqual([]);
    expect(finds('"Kelly"', 'Kelly promised')).toBe(true);
  });
});
