/**
 * The event lexicon (lexicon.en.json) and the furniture patterns (nonEvents.en.json) compiled once.
 * Words are data: a new reporting verb is one line in the JSON, not code.
 */
import words from './lexicon.en.json' with { type: 'json' };
import furniture from './nonEvents.en.json' with { type: 'json' };

export interface Pattern {
  re: RegExp; why: string; example: string;
  /** A character every match contains (requiredChar), or null: a text without it is not tested at all. */
  needs: string | null;
}

/**
 * Case-insensitive unless the pattern says otherwise ("flags": "u" where capitals carry the meaning); in
 * unicode mode only when it needs it (\p{...}): V8 runs case-insensitive unicode regexes several times
 * slower, and these run on every sentence.
 */
const compile = (ps: Array<{ re: string; why: string; example: string; flags?: string }>): Pattern[] =>
  ps.map((p) => ({ re: new RegExp(p.re, p.flags ?? (/\\p\{/.test(p.re) ? 'iu' : 'i')), why: p.why, example: p.example, needs: requiredChar(p.re) }));

/** Characters a regex source writes only escaped; any other non-alphanumeric, non-space one is itself. */
const META = new Set('\\^$.|?*+()[]{}');

/**
 * A punctuation mark every match of the regex `source` must contain, or null when none is sure: a mark
 * written outside any group or class (escaped or not) and not made optional by a quantifier, in a
 * pattern with no top-level alternation. A letter never counts (case-insensitive flags). Why: the
 * end-anchored paragraph patterns ("... / AP file" at the end) are tried at every position of every
 * paragraph, in V8's slow case-insensitive unicode mode; a paragraph without a "/" cannot match.
 */
export function requiredChar(source: string): string | null {
  let depth = 0;
  let found: string | null = null;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    let literal: string | null = null;
    if (c === '\\') {
      const e = source[++i] ?? '';
      if (META.has(e) || e === '/' || e === '-' || e === ':' || e === '@') literal = e;
      else if ((e === 'p' || e === 'P' || e === 'u') && source[i + 1] === '{') i = source.indexOf('}', i);
      if (i < 0) return null;
    } else if (c === '[') {
      // A class: skip to its closing bracket (escapes inside it included).
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
    } else if (c === '{') {
      // A quantifier's bounds ("{0,30}"): no character of the text.
      i = source.indexOf('}', i);
      if (i < 0) return null;
    } else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return null;
    else if (!META.has(c) && !/[\p{L}\p{N}\s]/u.test(c)) literal = c;
    const next = source[i + 1];
    if (literal !== null && depth === 0 && found === null && next !== '?' && next !== '*' && next !== '{') found = literal;
  }
  return found;
}

export const REPORTING = new Set(words.reportingVerbs);
export const EVENT_VERBS = new Set(words.eventVerbs);
export const EVENT_NOUNS = new Set(words.eventNouns);
export const STOPWORDS = new Set(words.stopwords);
export const TITLES = new Set(words.titles);
export const FUTURE_RE = new RegExp(`\\b(?:${words.futureMarkers.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\b`, 'i');
export const PARAGRAPH_FURNITURE = compile(furniture.paragraphPatterns);
export const SENTENCE_FURNITURE = compile(furniture.sentencePatterns);
