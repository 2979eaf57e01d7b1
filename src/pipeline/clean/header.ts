/**
 * Wire-page header stamps glued onto the first paragraph, as scraped Reuters pages have them:
 *
 *   "By Maggie Fox, Health and Science Editor WASHINGTON | Mon Mar 2, 2009 4:23 pm EST WASHINGTON (Reuters) - Virtually all ..."
 *   "A police woman wears a mask in Mexico City April 24, 2009. MEXICO CITY | Fri Apr 24, 2009 7:50 pm EDT MEXICO CITY (Reuters) - ..."
 *   "2009 04 25 08:50 JST By Alistair Bell and Noel Randewich MEXICO CITY (Reuters) - A strain of flu ..."
 *
 * Everything up to the end of the stamp is page furniture (byline, a photo caption or the headline); it is
 * cut, and the dateline that starts the article proper ("WASHINGTON (Reuters) -") stays with its sentence.
 */
import { parseDateExpression } from './statedDate.ts';
import type { StatedDate } from '../types.ts';

export interface Header {
  /** The line with the stamp and what stood before it cut off. */
  rest: string;
  /** The text that was cut, for the report. */
  cut: string;
  byline: string | null;
  /** What stood before the stamp when it reads like a headline (no full stop, not a byline). */
  headline: string | null;
  date: StatedDate;
}

// "WASHINGTON", "CAPE CANAVERAL, Florida", "MADRID\/GENEVA" (the scrape escaped the slash).
const PLACE = String.raw`[A-Z][A-Z.'’-]*(?:[ ][A-Z][A-Z.'’-]*)*(?:,[ ][A-Z][a-z.]+(?:[ ][A-Z][a-z.]+)?)?(?:\\?\/[A-Z][A-Z ]*[A-Z])?`;
const STAMP = String.raw`(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,? [A-Z][a-z]{2,8}\.? \d{1,2} ?, ?\d{4},? \d{1,2}:\d\d ?[ap]\.?m\.? [A-Z]{2,4}`;
const PIPE_HEADER = new RegExp(String.raw`^(.*?)\s*(${PLACE}) \| (${STAMP})\s+`);
const JST_HEADER = /^((?:19|20)\d\d \d\d \d{1,2} \d\d:\d\d [A-Z]{2,4})\s+(?:By ((?:[A-Z][\p{L}.'’-]*|and)(?: (?:[A-Z][\p{L}.'’-]*|and))*?)\s+(?=[A-Z]{2,}))?/u;
/** "By Maggie Fox, Health and Science Editor" at the end of the text before the stamp. */
const BYLINE_TAIL = /(?:^|\s)[Bb]y ([A-Z][^|]{2,80})$/;

/** Stamps are looked for in the first characters only: a 5 MB line must not feed a backtracking regex. */
const HEAD_WINDOW = 400;

export function splitHeader(line: string): Header | null {
  const head = line.slice(0, HEAD_WINDOW);
  const pipe = PIPE_HEADER.exec(head);
  if (pipe !== null) {
    const date = parseDateExpression(pipe[3] ?? '');
    if (date === null) return null;
    const before = (pipe[1] ?? '').trim();
    const by = BYLINE_TAIL.exec(before);
    const byline = by !== null ? (by[1] ?? '').trim() : null;
    const lead = by !== null ? before.slice(0, by.index).trim() : before;
    const headline = lead.length > 0 && !/[.!?]["'”’]?$/u.test(lead) && lead.split(' ').length <= 20 ? lead : null;
    return {
      rest: line.slice(pipe[0].length),
      cut: pipe[0].trim(),
      byline,
      headline,
      date: { value: date.value, text: `${pipe[2]} | ${pipe[3]}` },
    };
  }
  const jst = JST_HEADER.exec(head);
  if (jst !== null) {
    const date = parseDateExpression(jst[1] ?? '');
    if (date === null) return null;
    return {
      rest: line.slice(jst[0].length),
      cut: jst[0].trim(),
      byline: jst[2] ?? null,
      headline: null,
      date: { value: date.value, text: jst[1] ?? '' },
    };
  }
  return null;
}
