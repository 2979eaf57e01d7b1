/**
 * A story date as a calendar can hold it. TIMEX3 values are finer or coarser than a calendar day and some
 * have no year; each export decides what to do with each kind, from this one reading:
 * - `time`: "2017-02-24T15:21", a clock time on a day;
 * - `day`: "2017-02-24" (a part of a day, "2017-02-23TNI", is its day);
 * - `month`: "2017-02"; `year`: "2017";
 * - `span`: a stretch of whole days: a week, weekend, season, quarter, half year ("2017-W08", "2010-WI");
 * - `long`: a decade or a century ("199", "20"), as whole years;
 * - null: no place on a calendar: a date whose year no article states ("XXXX-12-17"), or a value such as
 *   PRESENT_REF.
 */
import { isYearless, timexRange } from '../../schema/index.ts';

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

export type CalendarDate =
  | { kind: 'time'; date: Ymd; hour: number; minute: number }
  | { kind: 'day'; date: Ymd }
  | { kind: 'month'; year: number; month: number }
  | { kind: 'year'; year: number }
  /** first and last are both days within the span (last inclusive). */
  | { kind: 'span'; first: Ymd; last: Ymd }
  /** firstYear and lastYear inclusive. */
  | { kind: 'long'; firstYear: number; lastYear: number };

const DAY = 86_400_000;

function ymd(ms: number): Ymd {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function calendarDate(value: string): CalendarDate | null {
  if (isYearless(value)) return null;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value))) {
    return { kind: 'time', date: { year: +m[1]!, month: +m[2]!, day: +m[3]! }, hour: +m[4]!, minute: +m[5]! };
  }
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(T(MO|MI|AF|EV|NI|DT))?$/.exec(value))) {
    return { kind: 'day', date: { year: +m[1]!, month: +m[2]!, day: +m[3]! } };
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return { kind: 'month', year: +m[1]!, month: +m[2]! };
  if ((m = /^(\d{4})$/.exec(value))) return { kind: 'year', year: +m[1]! };
  const range = timexRange(value);
  if (!range) return null;
  if (/^\d{2,3}$/.test(value)) {
    return { kind: 'long', firstYear: new Date(range.start).getUTCFullYear(), lastYear: new Date(range.end - DAY).getUTCFullYear() };
  }
  return { kind: 'span', first: ymd(range.start), last: ymd(range.end - DAY) };
}

/** The day after `d`. */
export function nextDay(d: Ymd): Ymd {
  return ymd(Date.UTC(d.year, d.month - 1, d.day) + DAY);
}

export const pad = (n: number, width = 2) => String(n).padStart(width, '0');
