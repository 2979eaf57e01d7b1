import { describe, expect, it } from 'vitest';
import { haystack, matches, queryWords } from './search.ts';

const finds = (q: string, text: string) => matches(haystack(text), queryWords(q));

// [what it shows, query, event text, found?]
const CASES: Array<[string, string, string, boolean]> = [
  ['accents folded', 'Chávez', 'President Hugo Chavez said', true],
  ['accents folded in the text', 'Calderon', 'Felipe Calderón closed schools', true],
  ['a straight apostrophe finds a curly one', "Mubarak's", 'Mubarak’s government fell', true],
  ['a curly apostrophe finds a straight one', 'Mubarak’s', "Mubarak's government fell", true],
  ['a hyphen is a space', 'swine-flu', 'cases of swine flu rose', true],
  ['a space finds a hyphen', 'swine flu', 'the swine-flu outbreak', true],
  ['a word begins a word', 'war', 'Israeli warplanes struck', true],
  ['never inside one', 'war', 'a $6,000 reward was offered', false],
  ['every word, anywhere', 'flu mexico', 'Mexico closed schools over the flu', true],
  ['every word, or nothing', 'flu mexico', 'Mexico closed schools', false],
  ['capitals match capitals', 'WHO', 'the WHO raised its alert', true],
  ['capitals never match the pronoun', 'WHO', 'others who have visited Mexico', false],
  ['lower case matches any case', 'who', 'the WHO raised its alert', true],
  ['a name in any case', 'Tillerson', 'TILLERSON said', true],
  ['quotation marks around a word are no part of it', '"Kelly"', 'Kelly promised', true],
  ['a dotted abbreviation', 'U.S.', 'U.S. forces withdrew', true],
  ['a dotted abbreviation typed without its last stop', 'U.S', 'the U.S. embassy', true],
  ['a surname after O\'', 'Leary', "Michael O'Leary has added his words", true],
  ['the whole name too', "O'Leary", 'Michael O’Leary has added', true],
  ['a long word in capitals is a name in any case', 'MUBARAK', 'Mubarak resigned', true],
];

describe('event search', () => {
  it.each(CASES)('%s: %s in "%s"', (_why, q, text, found) => {
    expect(finds(q, text)).toBe(found);
  });
  it('punctuation alone is no word', () => {
    expect(queryWords(' " , ')).toEqual([]);
  });
});
