/**
 * The event lexicon (lexicon.en.json) and the furniture patterns (nonEvents.en.json) compiled once.
 * Words are data: a new reporting verb is one line in the JSON, not code.
 */
import words from './lexicon.en.json' with { type: 'json' };
import furniture from './nonEvents.en.json' with { type: 'json' };

export interface Pattern { re: RegExp; why: string; example: string }

/**
 * Case-insensitive unless the pattern says otherwise ("flags": "u" where capitals carry the meaning); in
 * unicode mode only when it needs it (\p{...}): V8 runs case-insensitive unicode regexes several times
 * slower, and these run on every sentence.
 */
const compile = (ps: Array<{ re: string; why: string; example: string; flags?: string }>): Pattern[] =>
  ps.map((p) => ({ re: new RegExp(p.re, p.flags ?? (/\\p\{/.test(p.re) ? 'iu' : 'i')), why: p.why, example: p.example }));

export const REPORTING = new Set(words.reportingVerbs);
export const EVENT_VERBS = new Set(words.eventVerbs);
export const EVENT_NOUNS = new Set(words.eventNouns);
export const STOPWORDS = new Set(words.stopwords);
export const TITLES = new Set(words.titles);
export const FUTURE_RE = new RegExp(`\\b(?:${words.futureMarkers.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\b`, 'i');
export const PARAGRAPH_FURNITURE = compile(furniture.paragraphPatterns);
export const SENTENCE_FURNITURE = compile(furniture.sentencePatterns);
