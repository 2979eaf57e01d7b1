/**
 * Page header stamps glued onto the first paragraph, as scraped wire and blog pages have them:
 *
 *   "By Maggie Fox, Health and Science Editor WASHINGTON | Mon Mar 2, 2009 4:23 pm EST WASHINGTON (Reuters) - Virtually all ..."
 *   "A police woman wears a mask in Mexico City April 24, 2009. MEXICO CITY | Fri Apr 24, 2009 7:50 pm EDT MEXICO CITY (Reuters) - ..."
 *   "2009 04 25 08:50 JST By Alistair Bell and Noel Randewich MEXICO CITY (Reuters) - A strain of flu ..."
 *   "Fergus Walsh | 14:07 PM, Monday, 1 June 2009 One of the UK's leading flu experts ..."
 *   "Sunday 26 April 2009 11.25 BST An electron micrograph of ..."
 *
 * A stamp is a date with a clock time that starts the line or follows a " | ". Everything up to its end is
 * page furniture (byline, place, a photo caption or the headline) and is cut; the dateline that starts the
 * article proper ("WASHINGTON (Reuters) -") stays with its sentence.
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

/** Stamps are looked for in the first characters only: a 5 MB line must not feed the date regexes. */
const HEAD_WINDOW = 400;
const TIME_ZONE = /^\s*(?:[A-Z]{2,4}|UK time|GMT[+-]?\d*)\b/;
/** "By Maggie Fox, Health and Science Editor" (any text may stand before it: a caption, a headline). */
const BYLINE_IN = /(?:^|\s)[Bb]y ([A-Z][^|]{2,80}?)(?=\s+[A-Z]{2,}[A-Z ,.]*$|$)/;
/** "... WASHINGTON" or "CAPE CANAVERAL, Florida" at the end of the prefix. */
const PLACE_END = /\s*\b[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*(?:, [A-Z][a-z.]+(?: [A-Z][a-z.]+)?)?(?:\/[A-Z][A-Z ]*[A-Z])?$/;
/** Right after a stamp: "By Alistair Bell and Noel Randewich MEXICO CITY (Reuters) -". */
const BYLINE_AFTER = /^By ((?:[A-Z][\p{L}.'’-]*|and)(?: (?:[A-Z][\p{L}.'’-]*|and))*?)\s+(?=[A-Z]{2,})/u;

function findStamp(head: string): { pos: number; end: number; value: string } | null {
  const starts = [0];
  for (let i = head.indexOf('| '); i >= 0 && starts.length < 4; i = head.indexOf('| ', i + 2)) starts.push(i + 2);
  for (const pos of starts) {
    const m = parseDateExpression(head.slice(pos));
    if (m === null || m.start !== 0 || !m.value.includes('T')) continue;
    let end = pos + m.end;
    const tz = TIME_ZONE.exec(head.slice(end));
    if (tz !== null) end += tz[0].length;
    return { pos, end, value: m.value };
  }
  return null;
}

/** Who and what stood before the stamp: "By X, Y PLACE |", "Fergus Walsh |", "Headline PLACE |". */
function readPrefix(prefix: string): { byline: string | null; headline: string | null } {
  let rest = prefix.replace(/\s*\|\s*$/, '').trim();
  let byline: string | null = null;
  rest = rest.replace(PLACE_END, '').trim();
  const by = BYLINE_IN.exec(rest);
  if (by !== null) {
    byline = (by[1] ?? '').trim();
    rest = rest.slice(0, by.index).trim();
  } else if (/^(?:\p{Lu}[\p{L}.'’-]*\s?){2,4}$/u.test(rest)) {
    // A bare name before the pipe is the author of a blog post: "Fergus Walsh | 14:07 PM, ..."
    return { byline: rest, headline: null };
  }
  // What is left is a headline, unless it ends like a sentence (then it was a photo caption).
  const headline = rest.length > 0 && !/[.!?]["'”’]?$/u.test(rest) && rest.split(' ').length <= 20 ? rest : null;
  return { byline, headline };
}

export function splitHeader(line: string): Header | null {
  const head = line.slice(0, HEAD_WINDOW);
  const stamp = findStamp(head);
  if (stamp === null) return null;
  const prefix = head.slice(0, stamp.pos);
  // The stamp itself starts the line or follows a pipe; a prefix of more than 40 words is prose, not a header.
  if (prefix.split(' ').length > 40) return null;
  const { byline, headline } = readPrefix(prefix);
  let rest = line.slice(stamp.end).trim();
  let cutEnd = stamp.end;
  let author = byline;
  const after = BYLINE_AFTER.exec(rest);
  if (after !== null) {
    author ??= (after[1] ?? '').trim();
    cutEnd += line.slice(stamp.end).indexOf(after[0]) + after[0].length;
    rest = rest.slice(after[0].length).trim();
  }
  return {
    rest,
    cut: line.slice(0, cutEnd).trim(),
    byline: author,
    headline,
    date: { value: stamp.value, text: head.slice(stamp.pos, stamp.end).trim() },
  };
}
