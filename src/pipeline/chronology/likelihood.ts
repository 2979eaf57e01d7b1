/**
 * The chronology model's distributions: how far a publication day D lies from a day E the article mentions,
 * as a log-likelihood. Every mention is a mixture of "tells a happening of the story's week" (weight w, a
 * distribution over D - E that depends on how the clause tells it) and "background" (a birth, an
 * anniversary, a deadline months ahead: any day of a decade, `BACKGROUND`). The mixture is what keeps a
 * background date from standing in for "now": one "Sept. 11, 2001" costs a day of 2008 only log(1 - w), while
 * three fresh mentions of the same week each gain log(w p / u).
 *
 * The shapes are news conventions, not fitted to any story: a past happening is told on its day or the next
 * (wire copy, then the next morning's paper), less often within the week; an announced day lies ahead, from the
 * next day to months away (a hearing set for October, told in July); a page's own stamp is its day (a time zone may move it by one).
 */
import type { Direction } from '../events/tense.ts';

/** Probability that a mentioned day is background: any day in about ten years. */
export const BACKGROUND = 1 / 3650;

/** P(D - E = delta) for a happening the clause tells in the past: written on its day or after it. */
export function afterHappening(delta: number): number {
  if (delta < 0) return delta === -1 ? 0.02 : 0; // a late-night happening dated in another time zone
  if (delta === 0) return 0.3;
  if (delta === 1) return 0.25;
  if (delta === 2) return 0.08;
  if (delta <= 7) return 0.035;
  if (delta <= 30) return 0.006;
  if (delta <= 90) return 0.001;
  return 0;
}

/** P(D - E = delta) for a day the clause announces (future, a deadline ahead): written before it. */
export function beforeHappening(delta: number): number {
  if (delta > 0) return delta === 1 ? 0.01 : 0;
  if (delta === 0) return 0.01; // announced for today is told as "today", rarely by its date
  if (delta === -1) return 0.1;
  if (delta >= -7) return 0.035;
  if (delta >= -30) return 0.012;
  if (delta >= -120) return 0.004;
  return 0;
}

/** A day told without a tense we can read: mostly the past, as news is. */
export function eitherWay(delta: number): number {
  return 0.75 * afterHappening(delta) + 0.25 * beforeHappening(delta);
}

export function byTense(tense: Direction): (delta: number) => number {
  return tense === 'past' ? afterHappening : tense === 'future' ? beforeHappening : eitherWay;
}

/** A page's own stamp ("Friday 21 January 2005 00.05 GMT" under the headline): its day, give or take a zone. */
export function stampDay(delta: number): number {
  if (delta === 0) return 0.8;
  if (Math.abs(delta) === 1) return 0.08;
  if (Math.abs(delta) <= 3) return 0.005;
  return 0;
}

/** A stamp further down (a reader's comment, an update): written at or after publication, within weeks. */
export function laterStamp(delta: number): number {
  return delta <= 0 && delta >= -60 ? 1 / 61 : delta === 1 ? 0.005 : 0;
}

/**
 * Background is history when told in the past (a birth, an acquittal in 1995): it lies before the day of
 * writing, never after it. An announced day lies after it. Untensed mentions lean the past way.
 */
export function background(tense: Direction, delta: number): number {
  if (tense === 'past') return delta >= 0 ? BACKGROUND : BACKGROUND * 0.001;
  if (tense === 'future') return delta <= 0 ? BACKGROUND : BACKGROUND * 0.05;
  return delta >= 0 ? BACKGROUND : BACKGROUND * 0.2;
}

/** log of the mixture, against plain background: a fresh mention with probability w, background otherwise. */
export function mixture(w: number, p: number, bg: number = BACKGROUND): number {
  return Math.log(w * p + (1 - w) * bg) - Math.log(BACKGROUND);
}

/** Articles of one story are written within days of each other: how likely D is given another article's day. */
export function sameStory(delta: number): number {
  return Math.exp(-Math.abs(delta) / 2) / 4;
}
