/**
 * How the event search reads words. A journalist types names as they are spelt and punctuation as the
 * keyboard gives it; stories are scraped with curly or straight quotes, accents kept or lost. So both sides
 * are folded alike: accents dropped ("Chávez" finds "Chavez"), curly apostrophes and quotes made straight
 * ("Mubarak's" finds "Mubarak’s"), hyphens and dashes made spaces ("swine-flu" finds "swine flu"), case
 * ignored. A word matches where a word of the event's text begins ("war" finds "warplanes", never
 * "reward"); a short word typed in capitals (two to four letters: "WHO", "UN", "NATO") matches only in
 * capitals, so the World Health Organization is not every "who"; a longer one ("MUBARAK") is a name, any case.
 */

/** Accents, quotes and dashes folded; case kept (see `wordsOf` for the search's own reading). */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[\u2018\u2019\u201b\u2032`´]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/[-\u2010-\u2015\u2212]/g, ' ');
}

/** The query's words, each with whether it must match in capitals. */
export type QueryWord = { text: string; caps: boolean };

/** The longest word typed in capitals that is taken for an acronym ("WHO", "NATO"); "MUBARAK" is a name. */
const ACRONYM_MAX = 4;

/**
 * Each word as the text is read (punctuation and apostrophes are spaces, so "U.S." is "u s" and "O'Leary"
 * "o leary"): a typed word may span several of the text's ("U.S." finds "U.S."; "Mubarak's" finds
 * "Mubarak’s"), matched as a phrase from the start of a word.
 */
export function queryWords(q: string): QueryWord[] {
  const out: QueryWord[] = [];
  for (const w of fold(q).split(/\s+/)) {
    const text = w.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    if (!text) continue;
    const letters = text.replace(/ /g, '');
    const caps = letters.length >= 2 && letters.length <= ACRONYM_MAX && /\p{Lu}/u.test(letters) && letters === letters.toUpperCase();
    out.push({ text: caps ? text : text.toLowerCase(), caps });
  }
  return out;
}

/** A text made searchable once: folded, with a space before every word so a word start is " " + word. */
export type Haystack = { cased: string; lower: string };

export function haystack(text: string): Haystack {
  const cased = ` ${fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ')}`;
  return { cased, lower: cased.toLowerCase() };
}

/** Every query word begins a word of the text. */
export function matches(h: Haystack, words: readonly QueryWord[]): boolean {
  for (const w of words) {
    const hay = w.caps ? h.cased : h.lower;
    if (!hay.includes(` ${w.text}`)) return false;
  }
  return true;
}
