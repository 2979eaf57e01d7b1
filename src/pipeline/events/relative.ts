/**
 * "two years later", "three days earlier": a length of time counted from a date the text has just given.
 * TimeML tags such phrases as a DURATION ("two years", P2Y) with "later" outside the tag, which is right
 * for the tagger's benchmark but leaves the happening undated; the timeline needs the date it points at:
 *   "acquitted Oct. 3, 1995, but found responsible two years later" -> 1997.
 * The result is only as precise as the unit: years give a year, months a month, weeks an ISO week, days a
 * day, and only when the anchor is at least that precise ("two months later" after "in 1995" is no month).
 */
import type { Granularity } from '../../schema/index.ts';

/**
 * Not "three days later than originally planned": a comparison measures a delay, it points at no date
 * (SemEval-2015 covered 64 -> 65 rows, right 53 -> 54; nothing else moved).
 */
const AFTER = /^\s+(later|earlier|afterwards?)\b(?!\s+than\b)/i;

/** Length of the direction word right after a duration ("later"), with its sign; null when none follows. */
export function directionAfter(textAfter: string): { length: number; sign: 1 | -1 } | null {
  const m = AFTER.exec(textAfter);
  if (!m) return null;
  return { length: m[0].length, sign: m[1]!.toLowerCase() === 'earlier' ? -1 : 1 };
}

/** `anchor` (a TIMEX3 date value) moved by `duration` (P2Y, P3M, P1W, P5D) in direction `sign`. */
export function offsetDate(anchor: string, duration: string, sign: 1 | -1): { value: string; granularity: Granularity } | null {
  const d = /^P(\d{1,3})([YMWD])$/.exec(duration);
  const a = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(anchor.slice(0, 10));
  if (!d || !a) return null;
  const n = Number(d[1]) * sign;
  const year = Number(a[1]);
  const month = a[2] ? Number(a[2]) : null;
  const day = a[3] ? Number(a[3]) : null;
  if (year + n < 1 || year + n > 9998) return null;
  switch (d[2]) {
    case 'Y':
      return { value: pad4(year + n), granularity: 'year' };
    case 'M': {
      if (month === null) return null;
      const m0 = year * 12 + (month - 1) + n;
      return { value: `${pad4(Math.floor(m0 / 12))}-${pad2((m0 % 12) + 1)}`, granularity: 'month' };
    }
    case 'W': {
      if (day === null || month === null) return null;
      return { value: isoWeek(Date.UTC(year, month - 1, day) + n * 7 * 864e5), granularity: 'week' };
    }
    default: {
      if (day === null || month === null) return null;
      const t = new Date(Date.UTC(year, month - 1, day) + n * 864e5);
      return { value: `${pad4(t.getUTCFullYear())}-${pad2(t.getUTCMonth() + 1)}-${pad2(t.getUTCDate())}`, granularity: 'day' };
    }
  }
}

function isoWeek(ms: number): string {
  const t = new Date(ms);
  const dow = t.getUTCDay() || 7;
  const thursday = new Date(ms + (4 - dow) * 864e5);
  const y = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(y, 0, 1)) / (7 * 864e5)) + 1;
  return `${pad4(y)}-W${pad2(week)}`;
}

const pad2 = (n: number) => String(n).padStart(2, '0');
const pad4 = (n: number) => String(n).padStart(4, '0');
