import { describe, expect, it } from 'vitest';
import { keywords, stem } from './keywords.ts';
import { STOPWORDS } from './lexicon.ts';

/** The definition the character scan must equal: regex words, minus stopwords, numbers and one-letter words. */
function byRegex(text: string): string[] {
  return [...text.matchAll(/[\p{L}][\p{L}\d'’-]*|\d+/gu)]
    .map((m) => m[0])
    .filter((w) => w.toLowerCase().length >= 2 && !STOPWORDS.has(w.toLowerCase()) && !/^\d+$/.test(w))
    .map((w) => stem(w.toLowerCase()));
}

describe('keywords', () => {
  it('stems content words and drops stopwords, numbers and single letters', () => {
    expect(keywords('The deportations of 2017 were deported, Kelly’s aides said.')).toEqual(['deport', 'deport', 'kelly', 'aid']);
  });
  it('takes no indefinite pronoun and no form of "tell" for a content word', () => {
    // Timeline17 Iraq: "No one tells him anything.", "Everyone is going to be scared to do anything." and
    // "There was something telling me to go back" had joined one event of seven sources on these words alone.
    expect(keywords('No one tells him anything.')).toEqual([]);
    const k = keywords('There was something telling me to go back and make another movie');
    for (const w of ['something', 'telling', 'tell', 'everyone', 'nothing']) expect(k).not.toContain(stem(w));
    expect(k).toContain(stem('movie'));
  });
  it('reads words exactly as the regex definition does, Unicode included', () => {
    const texts = [
      'H1N1 swine-flu cases rose to 1,000 in the 1990s; Peña Nieto’s government said.',
      'İstanbul ΣΊΣΥΦΟΣ straße ǅemal 日本語 ٣٣ 𝐀𝐁c 😀word a\u0301b',
      "rock 'n' roll -- don't ''' ’s Ⅻ ﬁle \ud835 lone \udc00 surrogates",
    ];
    for (const t of texts) expect(keywords(t)).toEqual(byRegex(t));
  });
  it('gives the same keys when the same words come again (its table of common words holds them)', () => {
    // Enough distinct words that slots of the table are taken by one word, then another.
    const words = Array.from({ length: 40_000 }, (_, i) => `w${i.toString(36)}ords`.replace(/\d/g, (d) => 'abcdefghij'[+d]!));
    const text = words.join(' ');
    const first = keywords(text);
    expect(first).toEqual(byRegex(text));
    expect(keywords(text)).toEqual(first);
    expect(keywords(`${text} ${text.toUpperCase()}`)).toEqual(byRegex(`${text} ${text.toUpperCase()}`));
  });
});
