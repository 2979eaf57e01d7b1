/**
 * Tense of the clause around a time expression, from nearby auxiliaries and verb forms, without a
 * parser: in "on Tuesday issued new orders" the nearest marker is "issued" (past); in "will meet on
 * Friday" it is "will" (future). The nearest marker within the sentence wins.
 */
import { LEX } from './lexicon.ts';
import type { Tense } from './functions.ts';

const FUTURE = new Set(LEX.futureMarkers);
const PAST = new Set(LEX.pastMarkers);
/** -ed words that are usually adjectives or future-oriented participles, not past verbs. */
const NOT_PAST = new Set(['scheduled', 'expected', 'planned', 'proposed', 'needed', 'red', 'bed', 'hundred', 'based', 'related', 'united', 'limited', 'detailed', 'advanced', 'interested', 'concerned', 'supposed', 'indeed', 'speed', 'seed', 'feed', 'need', 'shed']);
const WORD = /[A-Za-z']+/g;

const BE = new Set(['is', 'are', 'be', 'being', 'am', "'s"]);

function classify(w: string): Tense {
  if (FUTURE.has(w)) return 'future';
  if (PAST.has(w)) return 'past';
  if (w.length > 4 && w.endsWith('ed') && !NOT_PAST.has(w)) return 'past';
  if (w === 'is' || w === 'are' || w === 'am') return 'present';
  return null;
}

/** Estimate the tense governing the expression at [start, end) of text. */
export function tenseAt(text: string, start: number, end: number): Tense {
  const left = text.slice(Math.max(0, start - 100), start);
  const right = text.slice(end, end + 80);
  // Stop at sentence or clause boundaries: the governing verb is in the same clause.
  const lcut = Math.max(left.lastIndexOf('. '), left.lastIndexOf('\n'), left.lastIndexOf('; '), left.lastIndexOf('? '));
  const rcut = right.search(/[.;?!]\s|\n|[.;?!]$/);
  const l = (lcut >= 0 ? left.slice(lcut + 1) : left).toLowerCase();
  const r = (rcut >= 0 ? right.slice(0, rcut) : right).toLowerCase();
  const lw = l.match(WORD) ?? [];
  const rw = r.match(WORD) ?? [];
  let best: Tense = null;
  let bestDist = Infinity;
  for (let i = lw.length - 1, d = 0; i >= 0 && d < 10; i--, d++) {
    let t = (i > 0 && FUTURE.has(lw[i - 1] + ' ' + lw[i])) ? 'future' : classify(lw[i]!);
    // "is heard", "be held": a passive participle after a present or bare "be" is not a past verb.
    if (t === 'past' && i > 0 && BE.has(lw[i - 1]!)) t = 'present';
    if (t && t !== 'present') { best = t; bestDist = d; break; }
  }
  for (let i = 0; i < rw.length && i < 8 && i < bestDist; i++) {
    let t = (i + 1 < rw.length && FUTURE.has(rw[i] + ' ' + rw[i + 1])) ? 'future' : classify(rw[i]!);
    if (t === 'past' && i > 0 && BE.has(rw[i - 1]!)) t = 'present';
    // "said" after the expression reports the sentence, it does not date it: "..., he said Friday".
    if (t && t !== 'present') { best = t; break; }
  }
  return best;
}
