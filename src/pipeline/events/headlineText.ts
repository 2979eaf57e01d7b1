/**
 * Headline mode's clean-up of a sentence before it is cut into a title (title.ts): what a reader would not
 * print above the news. Tokenized corpora's brackets and quotation marks written as a reader writes them,
 * a transcript's notice, a live page's bare update stamp, an empty "it" ("It was reported that X"), and a
 * pronoun's description of the named subject ("Its chief lobbyist, Marion Hammer, called").
 */

// Shared with the viewer's reader (src/schema/untokenize.ts): the pure string function lives there.
export { untokenize } from '../../schema/untokenize.ts';

/** What a broadcast transcript's header ends with: "... Fortune Aired THIS IS A RUSH TRANSCRIPT. THIS COPY ...". */
export const RUSH_TRANSCRIPT = /\s*THIS IS A RUSH TRANSCRIPT\b.*$/;
/**
 * A broadcast transcript's stage direction ("(COMMERCIAL BREAK)", "(END VIDEO CLIP)") or a wire's story code
 * ("(nL5956461)", "(ID: nT233823)") opening the sentence: marks of the page, not words of the happening.
 */
export const LEADING_MARK = /^\((?:(?:BEGIN|END) (?:VIDEO ?CLIP|VIDEOTAPE|AUDIO CLIP)|COMMERCIAL BREAK|CROSSTALK|LAUGHTER|APPLAUSE|(?:ID:\s*)?n[A-Z]{1,4}\d{5,}[A-Z0-9]*)\)\s+(?=\S)/;
/** A possessive the detokenizer left without its apostrophe: "Nicolas Sarkozy s defense". */
export const BARE_POSSESSIVE = /(\p{Lu}\p{Ll}+) s (?=\p{Ll})/gu;
/**
 * A live page's entry stamp with no brackets, or with a bracket inside: "Update 3:00 a.m. in Cairo U.S.
 * President ...", "(Updated 5:45 p.m. (0045 in Egypt)) Protesters ...".
 */
export const BARE_UPDATE_STAMP = /^(?:\(\s*Update[sd]?\b[^()]{0,40}\([^()]{0,30}\)\s*\)|Update[sd]?:?\s+\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?|AM|PM)(?:\s+(?:in\s+)?\p{Lu}\p{Ll}+)?(?:,\s*\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?|AM|PM)\s+[A-Z]{2,3})?\)?)\s*[-–—:]?\s*(?=\p{Lu})/u;

/** "It was reported that", "It is there that", "It is unclear whether": an empty "it" before the news. */
const EMPTY_IT = /^It\s+(?:(?:is|was|has been|had been)\s+(?:reported|announced|confirmed|learned|learnt)\s+that\s+|(?:is|was)\s+(?:there|then|here)\s+(?:[-–—]{1,2}\s[^-–—"“”]{1,200}\s[-–—]{1,2}\s+)?that\s+(?=\S)|(?:is|was|remains|remained)\s+(?=(?:unclear|not clear|uncertain|not known|unknown)\s+(?:whether|if|who|what|how|why|when|where)\b))/;

/**
 * "Its chief lobbyist in Florida, Marion Hammer, called ...", "His brother Corey Morgan vowed ...": a
 * pronoun's description of the person the sentence names, who is the subject.
 */
const POSSESSIVE_DESCRIPTION = /^(?:His|Her|Its|Their)\s+(?:[^,"“”]{2,60},\s+((?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w.'’-]*),|(?:[a-z][\w-]*(?<!ed|s)\s+){1,2}((?:[A-Z][\w.'’-]*\s+){1,2}[A-Z][\w.'’-]*))\s+(?=(?:[a-z]{2,}ed|said|says|told|has|had|was|is|will|would|could|can|may)\b)/;

/** A draft without a pronoun's description of its named subject; the same draft when there is none. */
export function dropPossessiveDescription(draft: string): string {
  const m = POSSESSIVE_DESCRIPTION.exec(draft);
  // The description is a noun phrase, no clause: not "Her upgraded condition was announced after Giffords'
  // husband, Mark Kelly, said ...".
  if (!m || /\b(?:is|are|was|were|has|have|had|be|been|after|before|when|while|said|says|that|which|who)\b/.test(m[0].slice(0, m[0].length - (m[1] ?? m[2] ?? '').length - 2))) return draft;
  return `${m[1] ?? m[2]} ${draft.slice(m[0].length)}`;
}

export function dropEmptyIt(s: string): string {
  const m = EMPTY_IT.exec(s);
  return m && s.length - m[0].length >= 20 ? s.slice(m[0].length) : s;
}
