/**
 * Content words of a sentence, stemmed crudely so that "deportations", "deported" and "deporting" meet:
 * the comparison keys of event similarity and of event ids.
 */
import { STOPWORDS } from './lexicon.ts';

const WORD = /[\p{L}][\p{L}\d'’-]*|\d+/gu;

/** "deportations" -> "deport", "promised" -> "promis", "issues" -> "issu": only equal stems matter. */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, '').replace(/['’]/g, '');
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

/** Stems of the content words, in order, without stopwords, numbers or one-letter words. */
export function keywords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    const lower = raw.toLowerCase();
    if (lower.length < 2 || STOPWORDS.has(lower) || /^\d+$/.test(raw)) continue;
    out.push(stem(lower));
  }
  return out;
}

/** The words of a text with their offsets, for the title builder and actor finder. */
export function words(text: string): Array<{ w: string; start: number; end: number }> {
  return [...text.matchAll(WORD)].map((m) => ({ w: m[0], start: m.index!, end: m.index! + m[0].length }));
}
