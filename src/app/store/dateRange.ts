/**
 * The filters' date range ("From", "To"): which events lie between two days.
 *
 * Decisions, and why:
 * - A bound is a calendar day, "YYYY-MM-DD": what <input type="date"> gives and the URL carries
 *   (`?from=2009-04-25&to=2009-05-01`). Anything else (a half-typed date, "2009-02-30", a hand-edited
 *   URL) is no bound, never an error: the filter then simply does not narrow on that side.
 * - Both days are included, in the UTC frame every event's range is computed in (timexRange):
 *   From 25 April To 1 May 2009 is [25 April 00:00, 2 May 00:00).
 * - An event is kept when its date's span overlaps the range, not only when it lies inside it: "2009-W18"
 *   (27 April to 3 May) is kept by a range of 1 May alone, "2009-04" by any day of April, "2010-WI"
 *   (December 2009 to February 2010) by a day of January 2010. A broad date may be any of its days, and
 *   its row says how broad it is ("April 2009"), so the reader sees why it is there; hiding it would hide
 *   what the articles say happened in those days.
 * - A date whose year no article states ("XXXX-04-13", "13 April, year not stated") and a value that is no
 *   calendar date (PRESENT_REF) cannot be placed between two days: they are hidden while either bound is
 *   set, and the filter bar says so, with how many (unplacedWords), in the inputs' description.
 * - From after To is not applied (the other filters still are) and is said beside the inputs and in the
 *   count's status. It is not swapped: a date typed digit by digit passes through years like 0002 and 0020,
 *   and a swap would rewrite the other field under the reader's fingers. Nor does it show nothing: the list
 *   would blink empty at each of those transient years.
 */
import { isYearless } from '../../schema/timexRange.ts';
import type { Item } from './items.ts';

const DAY = 86_400_000;

/** Epoch ms (UTC) of a day's start, or null when `s` is not a real calendar day "YYYY-MM-DD" (years 0001-9999). */
export function dayStart(s: string | null | undefined): number | null {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(s) : null;
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  if (y < 1) return null;
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0-99 as 1900-1999, and a year typed digit by digit
  // passes through them ("0002").
  const t = new Date(0);
  t.setUTCFullYear(y, mo, d);
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo && t.getUTCDate() === d ? t.getTime() : null;
}

/** `s` when it is a real calendar day, else undefined (what the filters keep of an input's or a URL's value). */
export function validDay(s: string | null | undefined): string | undefined {
  return dayStart(s) === null ? undefined : s!;
}

/** The day (UTC) an instant falls on, as "YYYY-MM-DD"; null outside years 0001-9999. */
export function dayOf(t: number): string | null {
  const d = new Date(t);
  const y = d.getUTCFullYear();
  if (!Number.isFinite(t) || y < 1 || y > 9999) return null;
  return `${String(y).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

/** The bounds asked for, as the filters carry them. */
export type DayBounds = { from?: string; to?: string };

/** A range to filter by, in ms, half-open; an open side is infinite. */
export type TimeRange = { start: number; end: number };

/**
 * What the bounds ask for: null when neither is a day (nothing to filter), 'reversed' when From is after
 * To (not applied, see above), else the range from From's first instant to the end of To's day.
 */
export function rangeOf(b: DayBounds): TimeRange | 'reversed' | null {
  const from = dayStart(b.from);
  const to = dayStart(b.to);
  if (from === null && to === null) return null;
  if (from !== null && to !== null && from > to) return 'reversed';
  return { start: from ?? Number.NEGATIVE_INFINITY, end: to === null ? Number.POSITIVE_INFINITY : to + DAY };
}

/** Whether an event can be placed between two days: a calendar date with a stated year. */
export function placeable(item: Item): boolean {
  if (!item.dated) return false;
  const v = item.event.date.value;
  // Year-less values begin with "X"; the test is cheap for the rest (100,000 events per range change).
  return v.charCodeAt(0) !== 88 || !isYearless(v);
}

/** Whether an item's span overlaps the range (the range's end is exclusive, as the item's is). */
export function inRange(item: Item, r: TimeRange): boolean {
  return placeable(item) && item.start < r.end && item.end > r.start;
}

/** What the date inputs offer: the first and last day of the story's placeable dates, and what a range hides. */
export type StoryDays = { min: string | null; max: string | null; yearless: number; undated: number; /** Events a range can place. */ placed: number };

/**
 * The span of every placeable date of the story (recalls included: "1918" of the H1N1 story is filterable,
 * so the inputs' min and max must not stop at the story's own period), and how many events cannot be placed.
 */
export function storyDays(items: readonly Item[]): StoryDays {
  let start = Number.POSITIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  let yearless = 0;
  let undated = 0;
  let placed = 0;
  for (const i of items) {
    if (!i.dated) undated++;
    else if (!placeable(i)) yearless++;
    else {
      placed++;
      if (i.start < start) start = i.start;
      if (i.end > end) end = i.end;
    }
  }
  return { min: start < end ? dayOf(start) : null, max: start < end ? dayOf(end - 1) : null, yearless, undated, placed };
}

/**
 * Whether the filter bar offers From and To: when a range can tell two events apart, that is when two events
 * or more can be placed and their dates are not all one day. A story whose own dates state no year (mn11's
 * 40 events of "30 June" and "1 July"; mn03's 24 of December and one recall of 1974) had offered inputs whose
 * every date emptied the list, or left the one recall, as the Source menu is left out when it offers one choice.
 */
export function offersRange(d: Pick<StoryDays, 'min' | 'max' | 'placed'>): boolean {
  return d.placed >= 2 && d.min !== null && d.min !== d.max;
}

/**
 * What a date range hides besides the dates outside it, in words for the inputs' description, or null
 * when every event has a place: "While a date is set, the 12 events whose year is not stated and the 3
 * undated events are hidden: they cannot be placed between two days."
 */
export function unplacedWords(d: Pick<StoryDays, 'yearless' | 'undated'>): string | null {
  const parts: string[] = [];
  if (d.yearless) parts.push(d.yearless === 1 ? 'the event whose year is not stated' : `the ${d.yearless} events whose year is not stated`);
  if (d.undated) parts.push(d.undated === 1 ? 'the undated event' : `the ${d.undated} undated events`);
  if (!parts.length) return null;
  const one = d.yearless + d.undated === 1;
  return `While a date is set, ${parts.join(' and ')} ${one ? 'is' : 'are'} hidden: ${one ? 'it cannot' : 'they cannot'} be placed between two days.`;
}

/**
 * The stretch of time the timeline frames for a range, in ms, or null when there is none to frame (no range,
 * a From after To, or days wholly outside every date of the story). A range asked for is what the reader
 * wants to see: From 1 to 3 February had left the axis on the story's three weeks, its 339 events in two
 * "+N" at one edge. An open side ends where the story's own period does when the bound lies within it (From
 * 1 February: to the period's last day), else at the story's first or last date (a range of recalls);
 * either way no further than the story's dates.
 */
export function rangeFrame(range: TimeRange | 'reversed' | null, period: readonly [number, number] | null, domain: readonly [number, number] | null): [number, number] | null {
  if (!range || range === 'reversed' || !domain) return null;
  const [lo, hi] = domain;
  const start = Number.isFinite(range.start) ? range.start : period && period[0] < range.end ? period[0] : lo;
  const end = Number.isFinite(range.end) ? range.end : period && period[1] > range.start ? period[1] : hi;
  const a = Math.max(start, lo);
  const b = Math.min(end, hi);
  return b > a ? [a, b] : null;
}
