/**
 * Where the viewer draws the days of a story whose texts never state their year ("XXXX-12-15", shown as
 * "15 December, year not stated"). They need some year to sit on the axis; the schema's NOMINAL_YEAR (2000)
 * was that year for every story, so a year-less story that also recalls real years ("founded Apotex in
 * 1974") drew its days among them: between "1995" and "2005" on mn03's "All dates" view, as if the story
 * had happened around 2000. Now the year-less days come after every real year the story names: in the
 * first leap year (so "XXXX-02-29" has a place) at least two years after the latest of them, and the axis
 * prints no year for any year after that latest real one. Background is the past, so the order reads
 * right: what the story recalls, then the story itself, with no year printed anywhere on its days.
 */
import { isYearless, NOMINAL_YEAR } from '../../schema/timexRange.ts';
import type { Item } from '../store/items.ts';

export interface YearlessFrame {
  /** The year the year-less days are drawn in. */
  year: number;
  /** Years whose ticks print no year: every year after the latest real one the story names. */
  hidesYear: (year: number) => boolean;
  /**
   * Between the latest real year and the frame (UTC ms, half-open), when the story names real years: no
   * time of the story lies there, so the axis draws no ticks in it, only a break where the frame starts
   * ("year not stated"), lest "Jan", "Apr" after "1974" read as 1975.
   */
  gap: { from: number; to: number } | null;
}

/**
 * The frame for a story's date values, or null when none is year-less: after the latest year a value
 * states (a day, a month, a year, a decade), or in NOMINAL_YEAR when none states one.
 */
export function yearlessFrame(values: Iterable<string>): YearlessFrame | null {
  let any = false;
  let latest: number | null = null;
  for (const v of values) {
    if (v.charCodeAt(0) === 88 /* X */) {
      if (isYearless(v)) any = true;
      continue;
    }
    const m = /^(\d{4})/.exec(v);
    if (m) latest = Math.max(latest ?? -Infinity, Number(m[1]));
    // A decade ("197") or a century ("19") ends later than its first digits say.
    else if (/^\d{3}$/.test(v)) latest = Math.max(latest ?? -Infinity, Number(v) * 10 + 9);
    else if (/^\d{2}$/.test(v)) latest = Math.max(latest ?? -Infinity, Number(v) * 100 + 99);
  }
  if (!any) return null;
  if (latest === null) return { year: NOMINAL_YEAR, hidesYear: (y) => y === NOMINAL_YEAR || y === NOMINAL_YEAR + 1, gap: null };
  const after = latest;
  let year = after + 2;
  while (!isLeap(year)) year++;
  return { year, hidesYear: (y) => y > after, gap: { from: Date.UTC(after + 1, 0, 1), to: Date.UTC(year, 0, 1) } };
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/**
 * The date values of the dated items, each once in a row: items come sorted by their value's place, so
 * 100,000 events at the first render are a few thousand values here.
 */
export function* distinctDated(items: readonly Item[]): Generator<string> {
  let last = '';
  for (const i of items) {
    const v = i.event.date.value;
    if (i.dated && v !== last) { last = v; yield v; }
  }
}
