/**
 * The chronology model's distributions: how far a publication day D lies from a day E the article mentions,
 * as a log-likelihood against plain background (any day of a decade, `BACKGROUND`).
 *
 * Full dates, months, year-less month-days and weekdays use distributions MEASURED on news
 * (calibration.ts, written by scripts/calibrate-chronology.ts from Timeline17 articles that the dating
 * evaluation never scores), per kind and per tense the clause tells them in. They hold the background share
 * themselves: three past full dates in four are history (a birth, "Sept. 11, 2001"), one in four is the
 * day of writing; a past month-day is mostly one to four weeks back; a weekday told in the past is today
 * (44%) or yesterday (26%). So a background date never stands in for "now" unless nothing else speaks.
 * Stamps are measured the same way: a page's stamp under its headline is its day (108 of 111); a later
 * stamp (a reader's comment, an update) mostly lies months or years after it.
 */
import type { Direction } from '../events/tense.ts';
import { BINS, binOf, MONTHDAY_REACH, perDay, WEEK } from './bins.ts';
import { CALIBRATION } from './calibration.ts';

/** Probability that a mentioned day is background: any day in about ten years. */
export const BACKGROUND = 1 / 3650;

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

/**
 * log P(D - E = delta) for a full date, a month or a year-less month-day told in a tense, as measured on
 * news (calibration.ts), against plain background: the distribution already holds the share of mentions
 * that are background (a birth, a file photo), in its outer bins.
 */
export function calibrated(kind: CalibratedKind, tense: Direction, delta: number): number {
  // The value depends on the offset's bin only (bins.ts perDay): each bin's is computed once, and the model
  // asks for it some hundred thousand times a story.
  const t = tense ?? 'none';
  let table = TABLES[kind][t];
  if (!table) table = TABLES[kind][t] = new Float64Array(BINS.length + 2).fill(Number.NaN);
  const i = binOf(delta);
  const slot = i >= 0 ? i : BINS.length + (delta < 0 ? 0 : 1);
  let v = table[slot]!;
  if (Number.isNaN(v)) v = table[slot] = Math.log(perDay(CALIBRATION[kind][t], delta, kind.startsWith('monthday') ? MONTHDAY_REACH : Infinity)) - Math.log(BACKGROUND);
  return v;
}
type CalibratedKind = 'full' | 'fullNamed' | 'month' | 'monthday' | 'monthdayNamed' | 'stamp' | 'later';
const TABLES = Object.fromEntries((['full', 'fullNamed', 'month', 'monthday', 'monthdayNamed', 'stamp', 'later'] as const).map((k) => [k, {}])) as Record<CalibratedKind, Partial<Record<'past' | 'future' | 'none', Float64Array>>>;

/**
 * log P(D - W = delta) for a named weekday W, against a day of the week taken at random. A weekday in the
 * lead is measured apart: "accused ... on Tuesday" in the first sentence is the day of writing 64% of the
 * time (body: 40%), and six days back 4% (body: 10%).
 */
export function weekdayOffset(tense: Direction, delta: number, lead = false): number {
  const dist = CALIBRATION[lead ? 'weekdayLead' : 'weekday'][tense ?? 'none'];
  const p = Math.abs(delta) <= WEEK ? dist[delta + WEEK]! : 1e-4;
  return Math.log(p * 7);
}

/**
 * log P(D - E = delta) for the month-day of a dateline ("PARIS, March 6 (AFP) -", "NEW YORK, June 24 --"),
 * against plain background. The dateline names the day the story was filed. An agency's wire moves that
 * day; a newspaper prints it the next morning (the five such datelines of the Timeline17 topics are
 * Washington Post pages, each indexed the day after its dateline). Too few to measure, so the convention:
 * an agency's the same day 0.8 and the next 0.1, a newspaper's either day 0.45; the rest of the week 0.08
 * between them; anything else 0.02, as background.
 */
export function datelineDay(delta: number, kind: 'agency' | 'paper'): number {
  const [same, next] = kind === 'agency' ? [0.8, 0.1] : [0.45, 0.45];
  const p = delta === 0 ? same : delta === 1 ? next : delta >= -1 && delta <= 7 ? 0.08 / 7 : 0.02 * BACKGROUND;
  return Math.log(p) - Math.log(BACKGROUND);
}
