/**
 * The words of a text as the comparisons in blocks.ts and dedupe.ts see them: `lineKey(s)` split at every
 * run of characters that are neither letters nor digits. Computed by a character scan when the text holds
 * only ASCII and common punctuation (quotes, dashes, ellipsis, bullets): the same words, without four
 * regex passes and a Unicode split per sentence. Any other character takes the exact slow path, so Greek
 * final sigma or a dotted capital I lower-case just as String.prototype.toLowerCase does in context.
 */
import { lineKey } from './lexicon.ts';

const NON_WORD = /[^\p{L}\p{N}]+/u;

function slowTokens(s: string): string[] {
  return lineKey(s).split(NON_WORD).filter((t) => t.length > 0);
}

/** Non-ASCII characters that are neither letters nor digits and lower-case to themselves. */
const PUNCT = new Set([
  0x00a0, 0x00a9, 0x00ab, 0x00ae, 0x00b0, 0x00b7, 0x00bb, 0x2013, 0x2014, 0x2015, 0x2018, 0x2019, 0x201a, 0x201b,
  0x201c, 0x201d, 0x201e, 0x201f, 0x2022, 0x2026, 0x2032, 0x2033, 0x2122, 0x2212, 0x20ac, 0x00a3, 0x20b9, 0x25cf,
]);

export function keyTokens(s: string): string[] {
  const out: string[] = [];
  let start = -1;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    let word: boolean;
    if (c < 128) word = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
    else if (PUNCT.has(c)) word = false;
    else return slowTokens(s);
    if (word) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(s.slice(start, i));
      start = -1;
    }
  }
  if (start >= 0) out.push(s.slice(start));
  for (let i = 0; i < out.length; i++) out[i] = (out[i] as string).toLowerCase();
  return out;
}
