/**
 * What the date dialog of edit mode understands: the forms an editors' date is stored in (YYYY, YYYY-MM,
 * YYYY-MM-DD, YYYY-Www, YYYY-MM-DDTHH:MM; edits/editsFile.ts) and a date as people write it, read into one
 * of them:
 *
 *   "29 November 2012", "29th Nov 2012", "Thursday, 29 November 2012"  -> 2012-11-29
 *   "Nov 29, 2012", "November 29 2012", "Nov. 29, 2012"                -> 2012-11-29
 *   "29 November 2012 14:30", "Nov 29, 2012 at 14:30"                  -> 2012-11-29T14:30
 *   "November 2012", "Nov. 2012"                                       -> 2012-11
 *   "2012"                                                             -> 2012
 *
 * Day first and month first are both read because the month is a word: "3 May 2012" and "May 3, 2012" say
 * one day. Figures alone ("3/5/2012") are refused: a British and an American editor read two days in them.
 * A weekday that is not the date's ("Friday 29 November 2012": a Thursday) is refused, not dropped: one of
 * the two is a slip, and the dialog cannot know which.
 */
import { formatTimex, timexRange } from '../../../schema/timexRange.ts';

export type ReadDate = { ok: true; value: string; words: string } | { ok: false; why: string };

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const FORMS_SAID = 'Write a date such as 29 November 2012, Nov 29, 2012, November 2012 or 2012 (or 2012-11-29).';

/** A month's number from its name or a 3-letter or longer cut of it ("Sept", "Nov."), else 0. */
function monthOf(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return 0;
  return MONTHS.findIndex((m) => m.startsWith(w) || (w === 'sept' && m === 'september')) + 1;
}

/** The date in `text` as an editors' date value and its words, or why it is not one; null for no text. */
export function readWrittenDate(text: string): ReadDate | null {
  const t = text.replace(/\s+/g, ' ').trim();
  if (!t) return null;
  const iso = isoValue(t);
  if (iso !== undefined) return iso ?? { ok: false, why: `“${t}” is not a date on the calendar. ${FORMS_SAID}` };
  let rest = t.replace(/,/g, ' ').replace(/\s+/g, ' ').trim();
  // A weekday in front ("Thursday 29 November 2012"), checked against the date below.
  let weekday = -1;
  const first = rest.split(' ')[0]!.toLowerCase().replace(/\.$/, '');
  const wd = first.length >= 3 ? WEEKDAYS.findIndex((d) => d.startsWith(first)) : -1;
  if (wd >= 0) { weekday = wd; rest = rest.slice(rest.indexOf(' ') + 1); }
  // A time at the end ("14:30", "at 14:30").
  let time = '';
  const clock = /(?:\s+at)?\s+(\d{1,2}):(\d{2})$/.exec(rest);
  if (clock) {
    if (Number(clock[1]) > 23 || Number(clock[2]) > 59) return { ok: false, why: `${clock[1]}:${clock[2]} is not a time of day.` };
    time = `T${clock[1]!.padStart(2, '0')}:${clock[2]}`;
    rest = rest.slice(0, clock.index);
  }
  const words = rest.split(' ');
  const day = (w: string) => (/^\d{1,2}(?:st|nd|rd|th)?$/i.test(w) ? Number(w.replace(/\D/g, '')) : 0);
  const year = (w: string) => (/^\d{4}$/.test(w) ? Number(w) : 0);
  let y = 0, m = 0, d = 0;
  if (words.length === 3 && day(words[0]!) && monthOf(words[1]!) && year(words[2]!)) [d, m, y] = [day(words[0]!), monthOf(words[1]!), year(words[2]!)];
  else if (words.length === 3 && monthOf(words[0]!) && day(words[1]!) && year(words[2]!)) [m, d, y] = [monthOf(words[0]!), day(words[1]!), year(words[2]!)];
  else if (words.length === 2 && monthOf(words[0]!) && year(words[1]!)) [m, y] = [monthOf(words[0]!), year(words[1]!)];
  else return { ok: false, why: `“${t}” is not a date Dateline can read. ${FORMS_SAID}` };
  const pad = (n: number) => String(n).padStart(2, '0');
  if (!d && (time || weekday >= 0)) return { ok: false, why: `“${t}” gives a ${time ? 'time' : 'weekday'} but no day of the month.` };
  const value = d ? `${y}-${pad(m)}-${pad(d)}${time}` : `${y}-${pad(m)}`;
  const checked = isoValue(value);
  if (!checked) return { ok: false, why: `${MONTHS[m - 1]![0]!.toUpperCase()}${MONTHS[m - 1]!.slice(1)} ${y} has no day ${d}.` };
  if (weekday >= 0 && new Date(Date.UTC(y, m - 1, d)).getUTCDay() !== weekday) {
    return { ok: false, why: `${checked.words.split(',')[0]} is not a ${WEEKDAYS[weekday]![0]!.toUpperCase()}${WEEKDAYS[weekday]!.slice(1)}: correct the weekday or the date.` };
  }
  return checked;
}

const ISO: RegExp[] = [/^\d{4}$/, /^\d{4}-\d{2}$/, /^\d{4}-W\d{2}$/, /^\d{4}-\d{2}-\d{2}$/, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/];

/**
 * A stored form read as the build reads it (editsFile.ts granularityOf): the value and its words, null when
 * it has the form but is no date ("2017-02-30"), undefined when it is not in a stored form at all.
 */
function isoValue(t: string): { ok: true; value: string; words: string } | null | undefined {
  if (!ISO.some((re) => re.test(t))) return undefined;
  if (!timexRange(t)) return null;
  const [y, m, d] = [Number(t.slice(0, 4)), Number(t.slice(5, 7)), Number(t.slice(8, 10))];
  if (t.length >= 7 && t[5] !== 'W' && (m < 1 || m > 12)) return null;
  if (t.length >= 10) {
    const day = new Date(Date.UTC(y, m - 1, d));
    if (day.getUTCMonth() !== m - 1 || day.getUTCDate() !== d) return null;
  }
  if (t.length === 16 && (Number(t.slice(11, 13)) > 23 || Number(t.slice(14, 16)) > 59)) return null;
  return { ok: true, value: t, words: formatTimex(t) };
}
