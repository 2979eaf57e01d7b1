import { dayNumber, fromDayNumber } from '../events/dates.ts';

/**
 * The offsets D - E (day of writing minus mentioned day) the calibrated distributions are measured in:
 * exact near the day, wider further away, and "background" beyond four months either way (ten years wide).
 */
export const BINS: ReadonlyArray<readonly [number, number]> = [
  [-3650, -121], [-120, -31], [-30, -8], [-7, -2], [-1, -1], [0, 0], [1, 1], [2, 2], [3, 7], [8, 30], [31, 120], [121, 3650],
];

/** Weekdays are measured per exact offset within a week either way. */
export const WEEK = 7;


/**
 * The day a year-less "XXXX-11-27" names, seen from day D: the nearest on the calendar, whatever the tense.
 * Not the last one before D for a past clause: the tense reader misreads about a third of announced
 * month-days (measured: as many "future" month-days lie months before D as weeks after it), and the
 * nearest occurrence is robust to that, while the tense still shapes the distribution around it.
 */
export function occurrence(value: string, day: number): number | null {
  const y = Number(fromDayNumber(day).slice(0, 4));
  const all = [y - 1, y, y + 1].map((year) => dayNumber(`${String(year).padStart(4, '0')}${value.slice(4, 10)}`)).filter((d): d is number => d !== null);
  return all.reduce<number | null>((best, d) => (best === null || Math.abs(d - day) < Math.abs(best - day) ? d : best), null);
}

/** The bin of an offset, or -1 beyond ten years. */
export function binOf(delta: number): number {
  for (let i = 0; i < BINS.length; i++) if (delta >= BINS[i]![0] && delta <= BINS[i]![1]) return i;
  return -1;
}

/**
 * A year-less month-day is read as its occurrence nearest the day of writing (occurrence()), so its offset
 * never exceeds half a year: the outer bins hold days 121 to 183 either way, not ten years.
 */
export const MONTHDAY_REACH = 183;

/** Width in days of bin i, for offsets that never exceed `reach` either way. */
export function binWidth(i: number, reach = Infinity): number {
  const [lo, hi] = BINS[i]!;
  return Math.max(1, Math.min(hi, reach) - Math.max(lo, -reach) + 1);
}

/** Probability per day of an offset under a binned distribution; a small floor beyond ten years. */
export function perDay(dist: readonly number[], delta: number, reach = Infinity): number {
  const i = binOf(delta);
  if (i < 0) return dist[delta < 0 ? 0 : BINS.length - 1]! / 36500;
  return dist[i]! / binWidth(i, reach);
}
