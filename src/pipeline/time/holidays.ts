/**
 * Holiday dates by rule, from the codes of the lexicon's holiday table: "12-25" is a fixed day
 * (Christmas), "11/4/4" the 4th Thursday of November (Thanksgiving), "05/L/1" the last Monday of May
 * (Memorial Day), "11/1/1+1" the day after the first Monday of November (US Election Day), "easter-2"
 * two days before Easter Sunday (Good Friday).
 */
import type { Day } from './value.ts';
import { daysInMonth, isoWeekday, isRealDate, shiftDay } from './value.ts';

/** Easter Sunday of the Gregorian calendar (anonymous computus): 2000 -> April 23. */
export function easter(y: number): Day {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31), day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}

/** The n-th (or last, n = 'L') weekday wd (Monday = 1) of a month. */
function nthWeekday(y: number, m: number, n: string, wd: number): Day | null {
  if (n === 'L') {
    const last = { y, m, d: daysInMonth(y, m) };
    return shiftDay(last, -((isoWeekday(last) - wd + 7) % 7));
  }
  const first = { y, m, d: 1 };
  const d = 1 + ((wd - isoWeekday(first) + 7) % 7) + 7 * (Number(n) - 1);
  return isRealDate(y, m, d) ? { y, m, d } : null;
}

/** The day a holiday code names in year y; null for a malformed code. */
export function holidayDay(code: string, y: number): Day | null {
  let m = /^(\d\d)-(\d\d)$/.exec(code);
  if (m) return isRealDate(y, +m[1]!, +m[2]!) ? { y, m: +m[1]!, d: +m[2]! } : null;
  m = /^(\d\d)\/([1-5L])\/([1-7])(?:\+(\d))?$/.exec(code);
  if (m) {
    const day = nthWeekday(y, +m[1]!, m[2]!, +m[3]!);
    return day && m[4] ? shiftDay(day, +m[4]) : day;
  }
  m = /^easter([+-]\d+)?$/.exec(code);
  if (m) return shiftDay(easter(y), m[1] ? +m[1] : 0);
  return null;
}

/** Fixed-date holidays can be written without a year ("XXXX-12-25"); floating ones cannot. */
export function isFixedHoliday(code: string): boolean {
  return /^\d\d-\d\d$/.test(code);
}
