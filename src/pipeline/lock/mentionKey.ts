/**
 * A mention's key in the lock file: its article id and a hash of its sentence text, normalized so that a
 * re-cleaned article (offsets shifted, a curly quote now straight, spacing changed) still gives the same
 * key. "001_2158e08e2ff1cba3 k3v9x0q1d2a" stands for "Tillerson and Kelly were to meet later Thursday …" in
 * that article. Offsets are never part of a key: they move whenever the text above them does.
 */
import type { Mention } from '../../schema/index.ts';

/** Lower case, letters and digits only, one space between words: what survives any cleaning change. */
export function normalizeSentence(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * cyrb53 (a public-domain 53-bit string hash), in base 36: a few bytes per sentence instead of the
 * sentence, so the lock file stays small, and collisions within one article are practically impossible.
 */
export function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

export function mentionKey(m: Pick<Mention, 'articleId' | 'text'>): string {
  return `${m.articleId} ${hash53(normalizeSentence(m.text))}`;
}
