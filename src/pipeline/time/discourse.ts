/**
 * The discourse around an expression, read without a parser: whether two offsets share a sentence or a
 * clause, whether a year opens its sentence, which way a sentence's deictic words point, and whether a
 * date is a comment's own dateline. index.ts uses these to pick a year, a direction or a DCT.
 */
import type { Tagged } from './tag.ts';
import type { Tense } from './resolve.ts';

/** The direction a deictic expression points to from the DCT: "tomorrow" ahead, "last week" behind. */
function deicticDirection(expr: string): Tense {
  const m = /^shift\(dct,\w+,(-?\d+)\)$/.exec(expr);
  if (m) return m[1] === '0' ? null : m[1]!.startsWith('-') ? 'past' : 'future';
  return expr.startsWith('ago(') ? 'past' : null;
}

/** How far (in characters) another expression may stand and still share the sentence. */
const SENTENCE_REACH = 250;

/** Expressions placed in a year by the sentence's stated year: year-less months, dates and seasons. */
export const YEARLESS = /^(?:md\(|mon\(\d\d,tense\)|season\(\w\w,tense\)|mon\(\d\d\)|season\(\w\w\))/;

/**
 * The year sets the scene of the whole sentence when it opens it ("In 1918, there was a first wave of
 * mild flu in April"); otherwise only of its own clause: in "a program approved in 1987 that didn't
 * specify an amount, Nashua had purchased 481,000 shares through Sept. 29" the 1987 stays with "approved".
 */
export function opensSentence(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  return /(?:^|[.!?]["'’”]?\s+|\n\s*)(?:(?:In|By|During|Since|Until|From|Throughout|Back\s+in|Early\s+in|Late\s+in|Later\s+in)\s+)?$/.test(before) && /^\s*,/.test(text.slice(end, end + 3));
}

/** No clause boundary (punctuation or a clause-opening word) between two offsets. */
export function sameClause(text: string, from: number, to: number): boolean {
  return !/[,;:()–—]|\s-\s|\b(?:that|which|who|whom|whose|when|while|but|because|although|though|after|before|since|until|if)\b/i.test(text.slice(from, to));
}

/** True when nothing between two offsets ends a sentence and they stand close. */
export function sameSentence(text: string, from: number, to: number): boolean {
  return to - from <= SENTENCE_REACH && !/[.!?]["'’”]?\s|\n/.test(text.slice(from, to));
}

/**
 * A weekday whose clause has no tense cue ("with people going back to work tomorrow, cafes reopening and
 * schools opening their doors on Thursday") takes the direction of the deictic expressions of its
 * sentence, when they all agree: the sentence speaks of what lies ahead, so does its Thursday.
 */
export function sentenceDirection(text: string, tags: readonly Tagged[], i: number): Tense {
  const t = tags[i]!;
  let found: Tense = null;
  for (const step of [-1, 1]) {
    for (let j = i + step; j >= 0 && j < tags.length; j += step) {
      const u = tags[j]!;
      const [from, to] = step < 0 ? [u.end, t.start] : [t.end, u.start];
      if (!sameSentence(text, from, to)) break;
      const d = deicticDirection(u.expr);
      if (!d) continue;
      if (found && found !== d) return null;
      found = d;
    }
  }
  return found;
}

/** A comment's or post's dateline: "At 10:13 am on 16 Jun 2009, NAME wrote:", "Posted by NAME on 2 May 2012". */
export function isPostHeader(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 60);
  const lineStart = /(?:^|\n)[ \t]*(?:(?:At|On)\s+)?$/.test(text.slice(Math.max(0, start - 12), start));
  if (lineStart && /^,?\s*[^,.\n]{1,40}?\s+(?:wrote|writes|posted|commented):/i.test(after)) return true;
  return /\bPosted\s+(?:by\s+\S+\s+)?(?:on\s+|at\s+)?$/i.test(text.slice(Math.max(0, start - 40), start));
}
