/**
 * The few ways a news page states its own date, parsed here rather than with the time tagger: clean must not
 * depend on a stage that comes after it, and these formats are page furniture, not prose.
 *
 *   "Last Updated : Feb 24 2017 | 3:21 PM IST"      -> 2017-02-24T15:21
 *   "Mon Mar 2, 2009 4:23 pm EST"                   -> 2009-03-02T16:23
 *   "16:10 UK time, Wednesday, 8 July 2009"         -> 2009-07-08T16:10
 *   "2009 04 25 08:50 JST"                          -> 2009-04-25T08:50
 *   "2018-09-25"                                    -> 2018-09-25
 */
import type { StatedDate } from '../types.ts';

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|urday|rsday)?\\.?,?\\s*)';
const YEAR = '((?:19|20)\\d\\d)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';

/** "Feb 24 2017", "Mar 2 , 2009" (tokenised text puts a space before the comma), "September 25, 2018". */
const MONTH_DAY_YEAR = new RegExp(`${WEEKDAY}?\\b${MONTH}\\s+${DAY}\\s*,?\\s*${YEAR}\\b`, 'i');
/** "8 July 2009", "Wednesday, 8 July 2009", "11 Jun 2009". */
const DAY_MONTH_YEAR = new RegExp(`${WEEKDAY}?\\b${DAY}\\s+${MONTH}\\s*,?\\s*${YEAR}\\b`, 'i');
/** "2018-09-25", "2018-09-25T14:03". */
const ISO = /\b((?:19|20)\d\d)-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d))?/;
/** "2009 04 25 08:50 JST": Reuters Japan stamps; only with the time, so "2009 04 25" in prose is not a date. */
const SPACED = /\b((?:19|20)\d\d) (\d\d) (\d{1,2}) (\d\d):(\d\d)\b/;
/** A clock time right after the date: "| 3:21 PM IST", ", 4:23 pm EST", " at 10.30am". */
const TIME_AFTER = /^\s*(?:[|,@-]|at)?\s*(\d{1,2})[:.](\d\d)\s*([ap])?\.?\s*m?\.?\b/i;
/** A clock time right before it: "16:10 UK time, Wednesday, " or "4:30 PM Thu, ". */
const TIME_BEFORE = /(\d{1,2}):(\d\d)\s*([ap]\.?m\.?)?\s*(?:[A-Z]{2,4}(?:\s+time)?)?\s*[,|-]?\s*$/i;

const ANY_YEAR = /(?:19|20)\d\d/;

export interface DateMatch {
  /** TIMEX3 value: "2017-02-24" or "2017-02-24T15:21". */
  value: string;
  start: number;
  end: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= (days[m - 1] ?? 0);
}

function hour24(h: number, ampm: string | undefined): number {
  const half = ampm?.toLowerCase();
  if (half === 'p' && h < 12) return h + 12;
  if (half === 'a' && h === 12) return 0;
  return h;
}

function withTime(date: string, h: number, min: number): string {
  return h < 24 && min < 60 ? `${date}T${pad(h)}:${pad(min)}` : date;
}

/** The first absolute calendar date in `s`, with a clock time when one stands next to it. */
export function parseDateExpression(s: string): DateMatch | null {
  // Every form below has a four-digit year: most lines have none and skip the four date regexes.
  if (!ANY_YEAR.test(s)) return null;
  const found: DateMatch[] = [];
  const iso = ISO.exec(s);
  if (iso !== null) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (validDay(y, m, d)) {
      const date = `${y}-${pad(m)}-${pad(d)}`;
      const value = iso[4] !== undefined ? withTime(date, Number(iso[4]), Number(iso[5])) : date;
      found.push({ value, start: iso.index, end: iso.index + iso[0].length });
    }
  }
  const spaced = SPACED.exec(s);
  if (spaced !== null) {
    const [y, m, d] = [Number(spaced[1]), Number(spaced[2]), Number(spaced[3])];
    if (validDay(y, m, d)) {
      const value = withTime(`${y}-${pad(m)}-${pad(d)}`, Number(spaced[4]), Number(spaced[5]));
      found.push({ value, start: spaced.index, end: spaced.index + spaced[0].length });
    }
  }
  for (const [re, order] of [[MONTH_DAY_YEAR, 'md'], [DAY_MONTH_YEAR, 'dm']] as const) {
    const m = re.exec(s);
    if (m === null) continue;
    const monthWord = order === 'md' ? m[1] : m[2];
    const dayWord = order === 'md' ? m[2] : m[1];
    const month = MONTHS[(monthWord ?? '').slice(0, 3).toLowerCase()];
    const [y, d] = [Number(m[3]), Number(dayWord)];
    if (month === undefined || !validDay(y, month, d)) continue;
    found.push({ value: `${y}-${pad(month)}-${pad(d)}`, start: m.index, end: m.index + m[0].length });
  }
  if (found.length === 0) return null;
  found.sort((a, b) => a.start - b.start);
  const first = found[0] as DateMatch;
  if (first.value.includes('T')) return first;
  const after = TIME_AFTER.exec(s.slice(first.end));
  if (after !== null) {
    const value = withTime(first.value, hour24(Number(after[1]), after[3]), Number(after[2]));
    return { value, start: first.start, end: first.end + after[0].length };
  }
  const before = TIME_BEFORE.exec(s.slice(Math.max(0, first.start - 30), first.start));
  if (before !== null) {
    const value = withTime(first.value, hour24(Number(before[1]), before[3]?.[0]), Number(before[2]));
    return { value, start: first.start - before[0].length, end: first.end };
  }
  return first;
}

/**
 * How much a stated date is trusted as the publication date, lower is better. "First Published" beats
 * "Last Updated": relative expressions in the text ("on Thursday") were written against the first
 * publication, and an update can come days later. A page header stamp ("WASHINGTON | Mon Mar 2, 2009 4:23
 * pm EST") or a line that is only a date comes between.
 */
export type DateRank = 0 | 1 | 2;

const LABEL = /^\s*[/|•*-]?\s*(last updated|updated|first published|published|posted|date(?:d)?|on)\b\s*(?:on|at)?\s*[:|-]?\s*/i;

export interface DateLine {
  date: StatedDate;
  rank: DateRank;
  /** The line holds nothing else ("Last Updated : Feb 24 2017 | 3:21 PM IST"), so it can be removed. */
  wholeLine: boolean;
}

/** Words that may stand beside a date on a date-only line: time zones, "IST", "UK time", "Updated". */
const LEFTOVER = /^[\s|,.:;()@/•*-]*(?:(?:[aApP]\.?[mM]\.?|[A-Z]{2,4}|UK time|GMT[+-]?\d*|[Bb]y\s.*)[\s|,.:;()/-]*)*$/;

/**
 * A date line: a labelled stamp ("First Published: Feb 24 2017 | 12:02 PM IST", "Updated 3:21 PM, Feb 24")
 * or a line that is nothing but a date. Dates inside sentences are the time tagger's business, not this.
 */
export function dateLine(line: string): DateLine | null {
  if (line.length > 160) return null;
  const label = LABEL.exec(line);
  const rest = label === null ? line : line.slice(label[0].length);
  const m = parseDateExpression(rest);
  if (m === null) return null;
  const leftover = rest.slice(0, m.start) + ' ' + rest.slice(m.end);
  const only = LEFTOVER.test(leftover);
  const text = line.trim();
  if (label !== null && label[1] !== undefined && label[1].toLowerCase() !== 'on') {
    // "Updated with ... on June 3, 2009" is prose; "posted on Thursday, 28 May 2009 | comment on this post
    // Ok guys." is a reader comment (a blog page's comments come weeks later): only a stamp standing alone counts.
    if (m.start > 12 || !only) return null;
    const rank: DateRank = /updated/i.test(label[1]) ? 2 : 0;
    return { date: { value: m.value, text }, rank, wholeLine: only };
  }
  if (!only) return null;
  return { date: { value: m.value, text }, rank: 1, wholeLine: true };
}
