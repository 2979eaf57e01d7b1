/**
 * "two years later", "three days earlier": a length of time counted from a date the text has just given.
 * TimeML tags such phrases as a DURATION ("two years", P2Y) with "later" outside the tag, which is right
 * for the tagger's benchmark but leaves the happening undated; the timeline needs the date it points at:
 *   "acquitted Oct. 3, 1995, but found responsible two years later" -> 1997.
 * The result is only as precise as the unit: years give a year, months a month, weeks an ISO week, days a
 * day, and only when the anchor is at least that precise ("two months later" after "in 1995" is no month).
 */
import type { Granularity } from '../../schema/index.ts';
import type { TimexLike } from './candidates.ts';

/**
 * Not "three days later than originally planned": a comparison measures a delay, it points at no date
 * (SemEval-2015 covered 64 -> 65 rows, right 53 -> 54; nothing else moved).
 */
const AFTER = /^\s+(later|earlier|afterwards?)\b(?!\s+than\b)/i;

/** Length of the direction word right after a duration ("later"), with its sign; null when none follows. */
export function directionAfter(textAfter: string): { length: number; sign: 1 | -1 } | null {
  const m = AFTER.exec(textAfter);
  if (!m) return null;
  return { length: m[0].length, sign: m[1]!.toLowerCase() === 'earlier' ? -1 : 1 };
}

/** `anchor` (a TIMEX3 date value) moved by `duration` (P2Y, P3M, P1W, P5D) in direction `sign`. */
export function offsetDate(anchor: string, duration: string, sign: 1 | -1): { value: string; granularity: Granularity } | null {
  const d = /^P(\d{1,3})([YMWD])$/.exec(duration);
  const a = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(anchor.slice(0, 10));
  if (!d || !a) return null;
  const n = Number(d[1]) * sign;
  const year = Number(a[1]);
  const month = a[2] ? Number(a[2]) : null;
  const day = a[3] ? Number(a[3]) : null;
  if (year + n < 1 || year + n > 9998) return null;
  switch (d[2]) {
    case 'Y':
      return { value: pad4(year + n), granularity: 'year' };
    case 'M': {
      if (month === null) return null;
      const m0 = year * 12 + (month - 1) + n;
      return { value: `${pad4(Math.floor(m0 / 12))}-${pad2((m0 % 12) + 1)}`, granularity: 'month' };
    }
    case 'W': {
      if (day === null || month === null) return null;
      return { value: isoWeek(Date.UTC(year, month - 1, day) + n * 7 * 864e5), granularity: 'week' };
    }
    default: {
      if (day === null || month === null) return null;
      const t = new Date(Date.UTC(year, month - 1, day) + n * 864e5);
      return { value: `${pad4(t.getUTCFullYear())}-${pad2(t.getUTCMonth() + 1)}-${pad2(t.getUTCDate())}`, granularity: 'day' };
    }
  }
}

function isoWeek(ms: number): string {
  const t = new Date(ms);
  const dow = t.getUTCDay() || 7;
  const thursday = new Date(ms + (4 - dow) * 864e5);
  const y = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(y, 0, 1)) / (7 * 864e5)) + 1;
  return `${pad4(y)}-W${pad2(week)}`;
}

const pad2 = (n: number) => String(n).padStart(2, '0');
const pad4 = (n: number) => String(n).padStart(4, '0');

/** "after the " / "before the " between a length of time and the date of the happening it counts from. */
const NAMED_AFTER = /^\s+(after|before)\s+the\s+/i;
/** A length of time given roughly. */
const APPROXIMATE = /^(?:more than|over|nearly|almost|about|around|some|roughly|less than|under|just over|just under|at least)\b/i;
/** The month of a day or a month counted, as a date value; a year stays a year. */
function monthOf(at: { value: string; granularity: Granularity } | null): { value: string; granularity: Granularity } | null {
  return at && /^\d{4}-\d{2}/.test(at.value) ? { value: at.value.slice(0, 7), granularity: 'month' } : at;
}
/** The name after such a date: a word, or two before a comma ("elections", "military coup,"). */
const NAMED_NOUN = /^\s+[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*(?=,))?/;

/**
 * The sentence's expressions with each "two years later" (a DURATION followed by later/earlier) turned into
 * the date it points at, counted from a date the same sentence states before it. Not from an earlier
 * sentence: "the jury was dishing out payback for his acquittal 13 years earlier" counts from the jury's
 * time, which the previous sentence need not state. And each "three days after the January 30 elections"
 * (a DURATION, "after" or "before", then the date of a named happening) counted from that date.
 */
export function countedFrom(text: string, inside: readonly TimexLike[]): TimexLike[] {
  let out = [...inside];
  for (let k = 0; k < out.length; k++) {
    const x = out[k]!;
    if (x.type !== 'DURATION') continue;
    // "Three days after the January 30 elections, officials announced a recount": a length of time after
    // a happening its date names counts from that date, and the date only names the happening.
    const named = NAMED_AFTER.exec(text.slice(x.end, x.end + 20));
    const base = named ? out[k + 1] : undefined;
    if (named && base && base.type === 'DATE' && base.start === x.end + named[0].length && /^\d{4}-\d{2}-\d{2}$/.test(base.value) && /^\s+[a-z]/.test(text.slice(base.end, base.end + 3))) {
      const sign = named[1]!.toLowerCase() === 'before' ? -1 : 1;
      // "More than nine weeks after", "nearly a month after": only the month is sure (counted in days).
      const weeks = /^P(\d{1,3})W$/.exec(x.value);
      const at = APPROXIMATE.test(x.text) ? monthOf(offsetDate(base.value, weeks ? `P${Number(weeks[1]) * 7}D` : x.value, sign)) : offsetDate(base.value, x.value, sign);
      if (at) {
        // The expression reaches over the happening's name ("... the January 30 elections"), so that a title
        // leaves it out whole.
        const noun = NAMED_NOUN.exec(text.slice(base.end, base.end + 40));
        const end = base.end + (noun ? noun[0].length : 0);
        out[k] = { ...x, end, text: text.slice(x.start, end), type: 'DATE', value: at.value, granularity: at.granularity, anchor: base.value, note: `counted from ${base.value}` };
        out = out.filter((_, j) => j !== k + 1);
        continue;
      }
    }
    const dir = directionAfter(text.slice(x.end, x.end + 16));
    if (!dir) continue;
    let anchor: string | null = null;
    for (let j = k - 1; j >= 0; j--) if (out[j]!.type === 'DATE' && /^\d{4}/.test(out[j]!.value)) { anchor = out[j]!.value; break; }
    const at = anchor ? offsetDate(anchor, x.value, dir.sign) : null;
    if (!at) continue;
    const end = x.end + dir.length;
    out[k] = { ...x, end, text: text.slice(x.start, end), type: 'DATE', value: at.value, granularity: at.granularity, anchor, note: `counted from ${anchor}` };
  }
  return out;
}
