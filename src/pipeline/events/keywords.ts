/**
 * Content words of a sentence, stemmed crudely so that "deportations", "deported" and "deporting" meet:
 * the comparison keys of event similarity and of event ids.
 *
 * Speed: keywords() runs on every candidate sentence of a story. Its words are found by a character scan
 * equal to the WORD regex below (no match object per word), and each distinct word's key is computed once
 * per story and remembered (the same few thousand words recur in every article).
 */
import { memoize } from '../memo.ts';
import { STOPWORDS } from './lexicon.ts';

/** A word: a letter then letters, digits, apostrophes and hyphens; or a number. keywords() scans by hand. */
const WORD = /[\p{L}][\p{L}\d'’-]*|\d+/gu;

/** "deportations" -> "deport", "promised" -> "promis", "issues" -> "issu": only equal stems matter. */
export function stem(word: string): string {
  let w = word.toLowerCase();
  // Both replacements are no-ops on a word without an apostrophe, the common case.
  if (w.includes("'") || w.includes('’')) w = w.replace(/['’]s$/, '').replace(/['’]/g, '');
  if (w.length > 5 && w.endsWith('ations')) w = w.slice(0, -6);
  else if (w.length > 5 && w.endsWith('ation')) w = w.slice(0, -5);
  else if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 4 && w.endsWith('es') && !w.endsWith('ees')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  // Truncating at seven letters joins what suffix stripping misses: "acquittal" and "acquitted".
  return w.slice(0, 7);
}

/** The key of one word as written (it starts with a letter), or '' when it is no keyword. */
const keyOf = memoize((raw: string): string => {
  const lower = raw.toLowerCase();
  return lower.length < 2 || STOPWORDS.has(lower) ? '' : stem(lower);
}, 50_000);

/** Stems of the content words, in order, without stopwords, numbers or one-letter words. */
export function keywords(text: string): string[] {
  const out: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      // "\d+": a number, never a keyword.
      do i++; while (i < n && isDigit(text.charCodeAt(i)));
      continue;
    }
    const first = letterLength(text, i, c);
    if (first === 0) {
      i += codePointLength(text, i, c);
      continue;
    }
    let j = i + first;
    let h = c;
    for (let x = i + 1; x < j; x++) h = (h * 31 + text.charCodeAt(x)) | 0;
    while (j < n) {
      const d = text.charCodeAt(j);
      const len = isDigit(d) || d === 39 /* ' */ || d === 0x2019 /* ’ */ || d === 45 /* - */ ? 1 : letterLength(text, j, d);
      if (len === 0) break;
      h = (h * 31 + d) | 0;
      if (len === 2) h = (h * 31 + text.charCodeAt(j + 1)) | 0;
      j += len;
    }
    const key = hotKey(text, i, j, h);
    if (key) out.push(key);
    i = j;
  }
  return out;
}

/**
 * The commonest words' keys, in a table indexed by a hash of the word's characters taken during the scan:
 * a word found there is compared in place, with no string cut out of the text and no lookup in the large
 * keyOf cache. That lookup, one per word of every candidate sentence, was the build's costliest line: its
 * keys lie all over the heap, while a slot's characters lie together in one typed array. A slot holds the
 * last word that hashed to it; any other word, or a longer one, goes to keyOf as before.
 */
const HOT = 16384;
/** Words up to this many UTF-16 units are kept in the table, their characters in one typed array. */
const WIDTH = 16;
const hotChars = new Uint16Array(HOT * WIDTH);
/** Length of the word in each slot, 0 for an empty slot. */
const hotLength = new Uint8Array(HOT);
const hotKeys: string[] = new Array<string>(HOT).fill('');

function hotKey(text: string, i: number, j: number, h: number): string {
  const slot = h & (HOT - 1);
  const len = j - i;
  if (hotLength[slot] === len) {
    const base = slot * WIDTH;
    let x = 0;
    while (x < len && hotChars[base + x] === text.charCodeAt(i + x)) x++;
    if (x === len) return hotKeys[slot]!;
  }
  const key = keyOf(text.slice(i, j));
  if (len <= WIDTH) {
    const base = slot * WIDTH;
    for (let x = 0; x < len; x++) hotChars[base + x] = text.charCodeAt(i + x);
    hotLength[slot] = len;
    hotKeys[slot] = key;
  }
  return key;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

const LETTER = /^\p{L}$/u;

/** UTF-16 length of the letter (\p{L}) starting at i, 0 if none: ASCII by range, the rest by the regex. */
function letterLength(text: string, i: number, c: number): number {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0;
  const len = codePointLength(text, i, c);
  return LETTER.test(text.slice(i, i + len)) ? len : 0;
}

/** 2 for a surrogate pair (one code point, as the u-flag regex reads it), else 1. */
function codePointLength(text: string, i: number, c: number): number {
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

/** The words of a text with their offsets, for the title builder and actor finder. */
export function words(text: string): Array<{ w: string; start: number; end: number }> {
  return [...text.matchAll(WORD)].map((m) => ({ w: m[0], start: m.index!, end: m.index! + m[0].length }));
}
