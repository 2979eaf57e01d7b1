/**
 * Calendar arithmetic on TIMEX3 values. Everything is plain integers on the proleptic Gregorian calendar
 * (UTC), so "2017-02-24" minus one week is computed without time zones: shiftDay({y:2017,m:2,d:24}, -7).
 */
import type { Granularity } from '../../schema/index.ts';
import { memoize } from '../memo.ts';

/** A calendar day. */
export interface Day { y: number; m: number; d: number }

/** Units a relative expression can count in: "two years ago" counts in 'year'. */
export type Unit = 'century' | 'decade' | 'year' | 'half' | 'season' | 'quarter' | 'month' | 'week' | 'day'
  | 'hour' | 'minute' | 'second';

/** A parsed DATE/TIME value with the precision it was stated at ("1998-Q3" -> quarter 3 of 1998). */
export interface Point {
  day: Day;
  granularity: Granularity;
  /** For quarter/season/half granularity, the index: Q3 -> 3, SU -> 'SU', H2 -> 2. */
  part?: number | string;
  /** Time of day suffix, e.g. "T15:21" or "TMO", kept when the point is a TIME. */
  time?: string;
}

const MS_DAY = 86_400_000;

export function pad(n: number, w = 2): string {
  const s = String(Math.abs(n)).padStart(w, '0');
  return n < 0 ? '-' + s : s;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isRealDate(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function toMs(x: Day): number {
  const t = new Date(Date.UTC(2000, x.m - 1, x.d));
  t.setUTCFullYear(x.y);
  return t.getTime();
}

function fromMs(ms: number): Day {
  const t = new Date(ms);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function shiftDay(x: Day, n: number): Day {
  return fromMs(toMs(x) + n * MS_DAY);
}

/** Month arithmetic clamps the day: Jan 31 + 1 month -> Feb 28. */
export function shiftMonth(x: Day, n: number): Day {
  const total = x.y * 12 + (x.m - 1) + n;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  return { y, m, d: Math.min(x.d, daysInMonth(y, m)) };
}

export function compareDay(a: Day, b: Day): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

export function diffDays(a: Day, b: Day): number {
  return Math.round((toMs(a) - toMs(b)) / MS_DAY);
}

/** ISO weekday, Monday = 1 ... Sunday = 7. */
export function isoWeekday(x: Day): number {
  const wd = new Date(toMs(x)).getUTCDay();
  return wd === 0 ? 7 : wd;
}

/** ISO 8601 week: 2017-02-24 is in 2017-W08; 2021-01-01 is in 2020-W53. */
export function isoWeek(x: Day): { year: number; week: number } {
  const thursday = shiftDay(x, 4 - isoWeekday(x));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  return { year: thursday.y, week: Math.floor(diffDays(thursday, jan1) / 7) + 1 };
}

/** Monday of an ISO week. */
export function isoWeekMonday(year: number, week: number): Day {
  const jan4 = { y: year, m: 1, d: 4 };
  const mon1 = shiftDay(jan4, 1 - isoWeekday(jan4));
  return shiftDay(mon1, (week - 1) * 7);
}

export function quarterOf(x: Day): number {
  return Math.floor((x.m - 1) / 3) + 1;
}

/** Meteorological seasons as TimeML writes them; December counts as winter of its own year. */
export function seasonOf(x: Day): 'SP' | 'SU' | 'FA' | 'WI' {
  if (x.m >= 3 && x.m <= 5) return 'SP';
  if (x.m >= 6 && x.m <= 8) return 'SU';
  if (x.m >= 9 && x.m <= 11) return 'FA';
  return 'WI';
}

export const SEASONS = ['WI', 'SP', 'SU', 'FA'] as const;

/** First month of a season, with winter starting in December of the previous year's count. */
export function seasonStart(y: number, s: string): Day {
  const m = s === 'SP' ? 3 : s === 'SU' ? 6 : s === 'FA' ? 9 : 12;
  return { y: s === 'WI' ? y - 1 : y, m, d: 1 };
}

export function fmtYear(y: number): string {
  return y < 0 ? pad(y, 4) : pad(y, 4);
}

/** Render a day at a granularity: format({2017,2,24}, 'week') -> "2017-W08". */
export function format(x: Day, g: Granularity, part?: number | string): string {
  const Y = fmtYear(x.y);
  switch (g) {
    case 'century': return Y.slice(0, 2);
    case 'decade': return Y.slice(0, 3);
    case 'year': return Y;
    case 'season': {
      const s = (part as string | undefined) ?? seasonOf(x);
      // December belongs to the next year's winter: 2016-12-20 -> "2017-WI".
      return `${fmtYear(s === 'WI' && x.m === 12 && part === undefined ? x.y + 1 : x.y)}-${s}`;
    }
    case 'quarter': return `${Y}-Q${part ?? quarterOf(x)}`;
    case 'month': return `${Y}-${pad(x.m)}`;
    case 'week': {
      const w = isoWeek(x);
      return `${fmtYear(w.year)}-W${pad(w.week)}`;
    }
    case 'day':
    case 'time': return `${Y}-${pad(x.m)}-${pad(x.d)}`;
  }
}

/** Parse the date part of a TIMEX3 value into a point; null for anything not anchored on the calendar. */
export const parsePoint: (v: string) => Point | null = memoize((v) => parsePointUncached(v));

function parsePointUncached(v: string): Point | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})(T.*)?$/.exec(v);
  if (m) {
    const day = { y: +m[1]!, m: +m[2]!, d: +m[3]! };
    if (!isRealDate(day.y, day.m, day.d)) return null;
    return m[4] ? { day, granularity: 'time', time: m[4] } : { day, granularity: 'day' };
  }
  if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(v))) return { day: isoWeekMonday(+m[1]!, +m[2]!), granularity: 'week' };
  if ((m = /^(\d{4})-(\d{2})$/.exec(v))) return +m[2]! >= 1 && +m[2]! <= 12
    ? { day: { y: +m[1]!, m: +m[2]!, d: 1 }, granularity: 'month' } : null;
  if ((m = /^(\d{4})-Q([1-4])$/.exec(v))) return { day: { y: +m[1]!, m: (+m[2]! - 1) * 3 + 1, d: 1 }, granularity: 'quarter', part: +m[2]! };
  if ((m = /^(\d{4})-H([12])$/.exec(v))) return { day: { y: +m[1]!, m: +m[2]! === 1 ? 1 : 7, d: 1 }, granularity: 'quarter', part: +m[2]! * 2 - 1 };
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(v))) return { day: { y: +m[1]!, m: { SP: 4, SU: 7, FA: 10, WI: 1 }[m[2] as 'SP']!, d: 1 }, granularity: 'season', part: m[2]! };
  if ((m = /^(\d{4})$/.exec(v))) return { day: { y: +m[1]!, m: 7, d: 1 }, granularity: 'year' };
  if ((m = /^(\d{3})X?$/.exec(v))) return { day: { y: +m[1]! * 10 + 5, m: 1, d: 1 }, granularity: 'decade' };
  if ((m = /^(\d{2})$/.exec(v))) return { day: { y: +m[1]! * 100 + 50, m: 1, d: 1 }, granularity: 'century' };
  return null;
}

/** Granularity of any TIMEX3 DATE/TIME value ("1998-Q3" -> quarter, "PRESENT_REF" -> null). */
export const granularityOf: (v: string) => Granularity | null = memoize((v) => granularityUncached(v));

function granularityUncached(v: string): Granularity | null {
  if (/^\d{4}-\d{2}-\d{2}T/.test(v) || /^XXXX-XX-XXT/.test(v)) return 'time';
  if (/^[\dX]{4}-[\dX]{2}-[\dX]{2}$/.test(v) || /^[\dX]{4}-W[\dX]{2}-\d$/.test(v)) return 'day';
  if (/^[\dX]{4}-W[\dX]{2}(-WE)?$/.test(v)) return 'week';
  if (/^[\dX]{4}-[\dX]{2}$/.test(v)) return 'month';
  if (/^[\dX]{4}-Q[\dX]$/.test(v) || /^[\dX]{4}-H[\dX]$/.test(v)) return 'quarter';
  if (/^[\dX]{4}-(SP|SU|FA|WI)$/.test(v)) return 'season';
  if (/^[\dX]{4}$/.test(v)) return 'year';
  if (/^\d{3}X?$/.test(v)) return 'decade';
  if (/^\d{2}X{0,2}$/.test(v)) return 'century';
  return null;
}
