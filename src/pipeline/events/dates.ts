/**
 * Calendar spans of TIMEX3 values, so "2017-W08" is known to contain "2017-02-21" and "2018-09" to
 * contain "2018-09-25": two mentions with nested dates may be one happening, two with disjoint dates never.
 */
import type { Granularity } from '../../schema/index.ts';
import { memoize } from '../memo.ts';

/** Inclusive day span as integers yyyymmdd. */
export interface Span { from: number; to: number }

const ymd = (y: number, m: number, d: number) => y * 10000 + m * 100 + d;
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Span of a value, memoised: merging asks for the same few values thousands of times. */
export const spanOf: (value: string) => Span | null = memoize((value) => computeSpan(value));

function computeSpan(value: string): Span | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) return { from: ymd(+m[1]!, +m[2]!, +m[3]!), to: ymd(+m[1]!, +m[2]!, +m[3]!) };
  if ((m = /^(\d{4})-W(\d{2})$/.exec(value))) {
    const y = +m[1]!;
    const jan4 = Date.UTC(y, 0, 4);
    const dow = new Date(jan4).getUTCDay() || 7;
    const monday = jan4 - (dow - 1) * 864e5 + (+m[2]! - 1) * 7 * 864e5;
    const a = new Date(monday);
    const b = new Date(monday + 6 * 864e5);
    return { from: ymd(a.getUTCFullYear(), a.getUTCMonth() + 1, a.getUTCDate()), to: ymd(b.getUTCFullYear(), b.getUTCMonth() + 1, b.getUTCDate()) };
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return { from: ymd(+m[1]!, +m[2]!, 1), to: ymd(+m[1]!, +m[2]!, daysIn(+m[1]!, +m[2]!)) };
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) {
    const q = +m[2]!;
    return { from: ymd(+m[1]!, q * 3 - 2, 1), to: ymd(+m[1]!, q * 3, daysIn(+m[1]!, q * 3)) };
  }
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) {
    const y = +m[1]!;
    const s = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [0, 2] }[m[2] as 'SP']!;
    return s[0] === 0 ? { from: ymd(y - 1, 12, 1), to: ymd(y, 2, daysIn(y, 2)) } : { from: ymd(y, s[0]!, 1), to: ymd(y, s[1]!, daysIn(y, s[1]!)) };
  }
  if ((m = /^(\d{4})-H([12])$/.exec(value))) return m[2] === '1' ? { from: ymd(+m[1]!, 1, 1), to: ymd(+m[1]!, 6, 30) } : { from: ymd(+m[1]!, 7, 1), to: ymd(+m[1]!, 12, 31) };
  if ((m = /^(\d{4})$/.exec(value))) return { from: ymd(+m[1]!, 1, 1), to: ymd(+m[1]!, 12, 31) };
  return null;
}

/** Granularities fine enough to place an event on a timeline; decades and centuries are background. */
export const TIMELINE_GRANULARITIES: ReadonlySet<Granularity> = new Set(['year', 'season', 'quarter', 'month', 'week', 'day', 'time']);

const ORDER: Granularity[] = ['century', 'decade', 'year', 'season', 'quarter', 'month', 'week', 'day', 'time'];
export const finer = (a: Granularity, b: Granularity) => ORDER.indexOf(a) > ORDER.indexOf(b);

/** True when one span contains the other: "2017-W08" and "2017-02-21"; false for disjoint or overlapping. */
export function nested(a: string, b: string): boolean {
  if (a.slice(0, 10) === b.slice(0, 10)) return true;
  const x = spanOf(a);
  const y = spanOf(b);
  if (!x || !y) return false;
  return (x.from <= y.from && y.to <= x.to) || (y.from <= x.from && x.to <= y.to);
}

/** "2017-02-23" as a UTC day number, for distances. */
export function dayNumber(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return m ? Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!) / 864e5 : null;
}

export function fromDayNumber(n: number): string {
  return new Date(n * 864e5).toISOString().slice(0, 10);
}
