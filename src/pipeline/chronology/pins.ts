/**
 * Pins: happenings whose day is known without the article's own publication date, either because their
 * article states its date ("Thursday night" in an article of 2017-02-24) or because the text gives the day
 * outright ("Tuesday, Sept. 25, 2018"). Undated articles are dated by agreeing with pins.
 */
import type { Candidate } from '../events/candidates.ts';

export interface Pin {
  /** The day, "2017-02-23". */
  value: string;
  cand: Candidate;
  /** The expression that gave it. */
  text: string;
  articleId: string;
  /** True when the pin's article has a stated publication date. */
  stated: boolean;
  /** True when the day came from a relative expression ("Thursday") resolved against an inferred date. */
  relative: boolean;
  /** Offset of the expression in its article, where known. */
  at?: number;
}

export function pinsOf(cands: readonly Candidate[], articleDated: boolean): Pin[] {
  const out: Pin[] = [];
  for (const c of cands) {
    if (!c.own || c.own.granularity !== 'day') continue;
    if (!articleDated && c.own.timex.anchor !== null) continue;
    out.push({ value: c.own.value.slice(0, 10), cand: c, text: c.own.timex.text, articleId: c.articleId, stated: articleDated, relative: false, at: c.own.timex.start });
  }
  return out;
}

/** Cosine of two stem sets: how much two sentences talk about the same thing. */
export function overlap(a: readonly string[], b: readonly string[]): number {
  if (!a.length || !b.length) return 0;
  const s = new Set(b);
  let n = 0;
  for (const k of a) if (s.has(k)) n++;
  return n / Math.sqrt(a.length * b.length);
}
