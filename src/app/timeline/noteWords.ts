/**
 * The pipeline's notes on how a date was found, as a reader can take them. The notes are written for the
 * record ("month nearest the reference date (-1)", "6 year(s) before the reference date", "in article_04",
 * "in (removed caption)"); the viewer says the same in words: dates as readers write them, articles by
 * outlet or title, "the article's date" for the reference date, tenses and directions in plain words, and
 * the model's number left to the sentence under the note (confidenceWords).
 */
import type { OutlineArticle } from '../../schema/outline.ts';
import { formatDateValue } from './dates.ts';

const TENSE: Record<string, string> = {
  'past tense': ', looking back (the sentence tells it as past)',
  'future tense': ', looking ahead (the sentence tells it as to come)',
  'no tense': '',
  '-1': ', before it',
  '1': ', after it',
  '0': ', in the same year',
};

const PHRASES: Array<[RegExp, string | ((...m: string[]) => string)]> = [
  // Counts: "1 day(s)" is "1 day", "6 year(s)" is "6 years".
  [/\b(\d[\d,]*) (\w+)\(s\)/g, (_m, n, unit) => `${n} ${unit}${n === '1' ? '' : 's'}`],
  [/\bin \(removed caption\)/g, 'in a photo caption'],
  [/\(removed caption\)/g, 'a photo caption'],
  [/\bseason by (past|future|no) tense the reference date\b/g, (_m, t) => `the season nearest the article's date${TENSE[`${t} tense`]}`],
  [/\bmonth nearest the reference date \(([^)]*)\)/g, (_m, d) => `the month of that name nearest the article's date${TENSE[d] ?? ''}`],
  [/\bmonth and day in the year nearest the reference date \(([^)]*)\)/g, (_m, d) => `that month and day in the year nearest the article's date${TENSE[d] ?? ''}`],
  [/\bweekday (on or before|on or after|before|after|in the week of) the (reference date|publication date|last mentioned date)(?: \(([^)]*)\))?/g, (_m, when, which, t) => `the ${when === 'in the week of' ? 'day of that name in the week of' : `day of that name ${when}`} ${which === 'last mentioned date' ? 'the date mentioned before it' : "the article's date"}${t ? TENSE[t] ?? '' : ''}`],
  // "(weekdays computed in a year where "Monday, December 18", "Friday, January 12" holds)": the weekdays the
  // texts name with their days set the calendar the others are counted in; no year is claimed.
  [/\(weekdays computed in a year where ((?:"[^"]+"(?:,\s*)?)+) holds\)/g, (_m, pairs) => {
    const said = [...pairs.matchAll(/"([A-Z][a-z]+),? ([^"]+)"/g)].map((p) => `${p[2]} is a ${p[1]}`);
    return `(weekdays are counted in a calendar in which ${said.length > 1 ? `${said.slice(0, -1).join(', ')} and ${said.at(-1)}` : said[0]}, as the texts say; no year is taken from it)`;
  }],
  // The links that date a sentence without its own date, as a reader says them.
  [/\bno date in the sentence; the article's main happening is dated by\b/g, "No date in this sentence; it takes the day of the article's main news, given by"],
  [/\bno date in the sentence; the (same paragraph|sentence before) dated it by\b/g, (_m, w) => `No date in this sentence; it takes the day of ${w === 'same paragraph' ? 'its paragraph' : 'the sentence before it'}, given by`],
  [/; that expression: /g, ', read as '],
  [/\bquarter of the latest year in which it has begun\b/g, "the latest such quarter begun by the article's date"],
  [/\bthe reference date\b/g, "the article's date"],
  [/\bthe last mentioned date\b/g, 'the date mentioned before it'],
];

/**
 * `side`: where the date found lies from the date it was counted from. The reader takes the nearest month
 * and day whatever the tense (a month-day told as past may lie up to a month after the article's date:
 * time/functions.ts), so "looking back" is said only when the date does lie back; otherwise the note says
 * what was done (it had said "looking back" under 27 November counted from 3 November).
 */
export function noteWords(note: string, articles: readonly OutlineArticle[], side?: 'before' | 'after'): string {
  // Dates as readers write them ("XXXX-12-17" is "17 December, year not stated"); the confidence is said
  // in words below the note, not as the model's number inside it.
  let out = note
    .replace(/\b(?:\d{4}|XXXX)-\d{2}-\d{2}\b/g, (v) => formatDateValue({ value: v }))
    .replace(/\s*\(confidence \d(?:\.\d+)?\)/g, '');
  for (const [re, to] of PHRASES) out = out.replace(re, to as never);
  if (side === 'after') out = out.replace(TENSE['past tense']!, ", the nearest one, which falls after the article's date though the sentence tells it as past");
  if (side === 'before') out = out.replace(TENSE['future tense']!, ", the nearest one, which falls before the article's date though the sentence tells it as to come");
  // Longest ids first: "a_1" must not eat the start of "a_10".
  for (const a of [...articles].sort((x, y) => y.id.length - x.id.length)) {
    if (!out.includes(a.id)) continue;
    const name = a.publisher ?? `“${a.title.length > 48 ? `${a.title.slice(0, 47)}…` : a.title}”`;
    out = out.split(a.id).join(name);
  }
  return out.charAt(0).toUpperCase() + out.slice(1);
}
