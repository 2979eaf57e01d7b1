/**
 * Dates for display. Ranges and words come from the schema's timexRange/formatTimex (UTC, half-open), so
 * the viewer, the share pages and accessible names all say a date the same way: "2017-W08" spans Monday
 * 20 to Sunday 26 February 2017 and reads "the week of 20 February 2017".
 */
import type { DateValue, Granularity } from '../../schema/story.ts';
import { formatTimex, timexRange, type TimexRange } from '../../schema/timexRange.ts';
import { aboutWords, isAbout } from '../../schema/about.ts';
import { spanWords } from '../../schema/period.ts';

export type { TimexRange };

/** The range a TIMEX3 value covers (UTC epoch ms), or null when it is not a calendar value. */
export const parseTimex = timexRange;

/** "about" where the story is unsure: one rule for the viewer and the exports (src/schema/about.ts). */
export { ABOUT_BELOW, isAbout } from '../../schema/about.ts';

/** One event's or article's date in words, "about" when unsure: "about 23 February 2017" (schema aboutWords). */
export function dateWords(label: string, date: Pick<DateValue, 'confidence'>): string {
  return aboutWords(label, date);
}

/**
 * A date for the axis's narrow labels: as dateWords, with month names cut to three letters when the words
 * would not fit one line of a label ("about 15 Dec, year not stated", not "about 15 December, year not …").
 * A label narrowed at the screen's edge (`room`, its text's width in px) drops the weekday too, so its day
 * and month still show: "11 Sep 2004", where "Saturday 11…" had left the month to guess (Iraq's left edge),
 * and a week its "the": "week of 2 Jan 2006", where "the week of 2 Jan 20…" had lost the year (review 24).
 * The event's details and the list say it in full. `width` measures a text as drawn, where it can.
 */
export function axisDate(words: string, room = Infinity, width?: (text: string) => number | undefined): string {
  const chars = Math.min(AXIS_CHARS, Math.floor(room / CHAR_PX));
  // Measured where the browser can (Timeline/labelFont.ts), else counted.
  const fits = (w: string) => { const px = room === Infinity ? undefined : width?.(w); return px === undefined ? w.length <= chars : px <= room && w.length <= AXIS_CHARS; };
  // "Jun" and "Jul" as the axis's ticks: at H1N1's right edge "26 June 20…" had lost its year (review 25).
  const short = (w: string) => w.replace(/\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]+\b/g, '$1');
  if (fits(words)) return words;
  if (room === Infinity) return short(words);
  const noDay = words.replace(/\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day /, '');
  // A week loses its article before its year: "the week of 2 Jan 20…" had hidden which January (Iraq).
  const week = short(noDay).replace(/\bthe week of /, 'week of ');
  return [short(words), noDay, short(noDay), week].find(fits) ?? week;
}
/** About as many characters as one line of an axis label holds at its small size (206 px). */
const AXIS_CHARS = 30;
/** The width of a character of a label's date, measured (Iraq's axis: "Saturday 11 September 2004", 26 in 161 px). */
const CHAR_PX = 6.3;

/** The date as a reader sees it, at its own precision: "Tuesday 21 February 2017", "January 2017". */
export function formatDateValue(date: Pick<DateValue, 'value'>): string {
  return formatTimex(date.value);
}

/**
 * A span of two dates as a reader says it: "Wednesday 14 November 2012 to Friday 16 November 2012", but
 * "15 December to 17 December, year not stated" rather than the note twice.
 */
export function formatSpan(from: string, to: string, about: readonly [boolean, boolean] = [false, false]): string {
  return spanWords(from, to, about);
}

/**
 * Words for the precision, shown beside the date: "precise to the week". A date the story is unsure of
 * (dateWords says "about") is not called precise: "day uncertain", as the disclosure explains.
 */
export function precisionLabel(g: Granularity, date?: Pick<DateValue, 'confidence'> & Partial<Pick<DateValue, 'value' | 'source'>>): string {
  const unit = dateUnit(g, date?.value);
  if (date && isAbout(date)) return `${g === 'time' ? 'time' : unit} uncertain`;
  // A date its sentence does not say, taken from the sentences around it or the article's news: never
  // "precise", however sure the link (a review found "Smith's home also was raided" shown "precise to the
  // day" on the article's Friday, where the text says "late last year").
  if (date?.source === 'inferred') return `${g === 'time' ? 'time' : unit} from context`;
  return `precise to the ${unit}`;
}

/**
 * What a date's doubt is about: a month and day the text states ("On the afternoon of Nov. 2"), its year
 * taken from an article's inferred date, is sure of its day and unsure of its year (it had read "the day
 * may be off"); otherwise the date's own unit.
 */
export function doubtUnit(date: Pick<DateValue, 'granularity' | 'value'>, note?: string): string {
  if (note && /\bmonth and day in the year (?:nearest|near)\b/.test(note) && date.granularity === 'day') return 'year';
  return dateUnit(date.granularity, date.value);
}

/**
 * What a date is precise to, in words: "day", "month", "half year" (a half year, "2008-H1", is carried as
 * the quarter granularity, the nearest the schema has), "weekend" (a weekend, "2009-W08-WE", is carried as
 * the week granularity: "the weekend of 21 February 2009" had been called "precise to the week"), "minute"
 * for a time.
 */
export function dateUnit(g: Granularity, value?: string): string {
  if (g === 'week' && value && /-WE$/.test(value)) return 'weekend';
  return g === 'time' ? 'minute' : g === 'quarter' && value && /-H[12]$/.test(value) ? 'half year' : g;
}

/** Whether an event spans a visible range (week, month, ...) rather than marking a day or an instant. */
export function isRange(g: Granularity): boolean {
  return g !== 'day' && g !== 'time';
}

/** A UTC instant as a local Date with the same wall-clock fields, so date-fns formats it as UTC. */
export function utcAsLocal(ms: number): Date {
  const d = new Date(ms);
  return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes());
}

/**
 * A TIMEX value as an HTML `datetime`: the same for calendar values; a day without its year ("XXXX-12-15")
 * is HTML's year-less date ("--12-15"); other values with unknown parts have no HTML form (undefined).
 */
export function htmlDatetime(value: string): string | undefined {
  if (!value.includes('X')) return value;
  const m = /^XXXX-(\d{2})-(\d{2})$/.exec(value);
  return m ? `--${m[1]}-${m[2]}` : undefined;
}
