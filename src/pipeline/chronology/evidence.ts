/**
 * What an undated article says about its own day, read once and independent of the day tried: every time
 * expression becomes one kind of evidence.
 *
 *   stamp      "Friday 21 January 2005 00.05 GMT" under the headline: the page's own day
 *   later      "At 07:56 am on 16 Jun 2009, NAME wrote:" far down: a comment or update, at or after it
 *   full       "On Nov. 27, 2011, Morgan was charged": a day with its year, told past, ahead or unknown
 *   month      "in May 2009": a month with its year
 *   year       "in 2013": a year, no later than the day of writing when told in the past
 *   monthday   "Sept. 17": a day whose year is the day of writing's
 *   relative   "Tuesday", "yesterday", "hours earlier": a day that moves with the day of writing
 *
 * Which clause tense a day is told in decides how it relates to the day of writing (likelihood.ts).
 */
import type { Candidate, TimexLike } from '../events/candidates.ts';
import { dayNumber, spanOf } from '../events/dates.ts';
import { clauseTense, type Direction } from '../events/tense.ts';
import type { Sentence } from '../types.ts';
import { insideQuote } from './yearFrame.ts';
import { NOT_UNTIL } from '../events/usableDates.ts';

export type EvidenceKind = 'stamp' | 'later' | 'full' | 'month' | 'year' | 'monthday' | 'relative';

export interface DayEvidence {
  kind: EvidenceKind;
  timex: TimexLike;
  /** The day (stamp, later, full) or the first day of the month (month), as day numbers. */
  day: number | null;
  /** Last day of a month. */
  to: number | null;
  tense: Direction;
  quoted: boolean;
  /** Whether the expression keeps its day whatever the reference ("today", "hours earlier"). */
  sameDay: boolean;
  /** The candidate sentence it sits in, if any. */
  cand: Candidate | null;
  /** In the article's lead (its first two event sentences), where news names the day of writing most often. */
  lead: boolean;
  /**
   * The date names a thing rather than telling when a clause happened: "the attacks of Sept. 11, 2001",
   * "the Sept. 15, 2008, collapse", "the March 22 coup". Measured apart (calibration.ts `fullNamed`,
   * `monthdayNamed`): such a date is the day of writing far less often than "on Sept. 15, 2008".
   */
  named?: boolean;
  /** The day of the week a month-day is named with ("Monday, March 26": 1), 0 = Sunday. */
  weekday?: number;
  /** Read from a photo caption the cleaning removed (index.ts captionsFrom): its words are not in the article's text. */
  caption?: boolean;
  /**
   * A month-day in a dateline: the day the story was filed. 'agency' when an agency signs it ("PARIS, March 6
   * (AFP) -": the wire moves that day), 'paper' otherwise ("NEW YORK, June 24 --": a newspaper's, printed next day).
   */
  dateline?: 'agency' | 'paper';
}

/** How many event sentences open an article as its lead. */
export const LEAD_SENTENCES = 2;

/** Words that put the day after them ahead of the clause's time: a deadline or an earliest date. */
export const DEADLINE = /\b(?:until|till|through|by|before|as early as|as soon as|no sooner than|no later than|from|starting|effective)(?:\s+at\s+(?:least|the\s+earliest|the\s+latest))?\s*$/i;

/** "had" and a participle within a few words before the preposition, in one clause (no comma but a number's, no semicolon). */
const PAST_PERFECT_BEFORE = /\bhad\s+(?:(?:[^\s,;]|,(?=\d))+\s+){1,9}$/i;

/**
 * A preposition or determiner right before a weekday-and-date: prose ("sentenced on Tuesday, Sept. 25, 2018",
 * "This Wednesday, Dec. 13, 2017, file photo shows"), not a stamp. So is a comma: the date goes on a
 * sentence ("... on the South Lawn of the White House, Friday, Oct. 17, 2008", a photo's caption; "printed in
 * the Corrections and clarifications column, Sunday March 27, 2005"). Measured on every stamp the Timeline17
 * articles and the news clusters gave (146): the 4 after a comma were all off (1, 2, 7 and 43 days), none
 * of the 140 on the day of writing followed one. As prose: training desks exact day 0.506 -> 0.511, within
 * a day 0.634 -> 0.639; battery Timeline17 within a day 0.775 -> 0.779, within 7 days 0.821 -> 0.825, more
 * than 30 days off 3 -> 2, exact 0.607 -> 0.604 (an h1n1 article now a day off); gold stories unchanged.
 */
const PROSE_BEFORE = /(?:\b(?:on|since|until|till|by|from|before|after|of|to|through|between|and|that|this|last|next)\s*,?|,)\s*$/i;
const WEEKDAY_NAME = /\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b/i;
/**
 * A term's end right before a date: "debentures due Oct. 15, 1999", "notes that mature on Nov. 1, 2004",
 * "until the restriction expires on Dec. 31, 1990". A bond's or a contract's term runs months or decades
 * ahead of the writing, so the date bounds the day of writing (before it) and says nothing of how far.
 */
const TERM_BEFORE = /\b(?:due|matur(?:e|es|ing)|expir(?:e|es|ing))(?:\s+(?:on|in))?\s*$/i;
/** "of" or "the" right before a date: it names a thing ("the attacks of Sept. 11, 2001"). */
const NAMED_BEFORE = /\b(?:of|the)\s*$/i;
/** A month-day named with its weekday: "Monday, March 26", "Wed., Dec. 13". */
const WEEKDAY_LEAD = /^(sun|mon|tue|wed|thu|fri|sat)[a-z]*\.?,?\s/i;
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
/** Where a page prints its own stamp: under the headline and byline. */
export const HEAD_CHARS = 400;

export interface ArticleText { id: string; text: string; sentences: Sentence[] }

export function evidenceOf(a: ArticleText, timexes: readonly TimexLike[], cands: readonly Candidate[], sameDay: (t: TimexLike) => boolean): DayEvidence[] {
  const out: DayEvidence[] = [];
  let seenStamp = false;
  const lead = new Set(cands.filter((c) => !c.excluded).slice(0, LEAD_SENTENCES));
  for (const t of timexes) {
    if (t.type !== 'DATE' && t.type !== 'TIME') continue;
    if (/^[A-Z]{3,}$/.test(t.text)) continue; // "USA TODAY": a masthead
    const s = a.sentences.find((x) => t.start >= x.start && t.start < x.end);
    const cand = cands.find((c) => t.start >= c.sentence.start && t.start < c.sentence.end) ?? null;
    const before = s ? a.text.slice(s.start, t.start) : a.text.slice(Math.max(0, t.start - 40), t.start);
    let tense = s ? clauseTense(a.text.slice(s.start, s.end), t.start - s.start, t.end - s.start) : null;
    // "until", "by", "before" put the day ahead of the clause's time ("must leave by Friday"), except after a
    // past perfect in the same clause: "had grown to 2,000 by late Sunday", "had been closed until Monday" tell
    // a bound in the narrated past.
    if (DEADLINE.test(before) && !(tense === 'past' && PAST_PERFECT_BEFORE.test(before)) && !NOT_UNTIL.test(before)) tense = 'future';
    const quoted = insideQuote(a, t.start);
    const base = { timex: t, tense, quoted, cand, sameDay: false, to: null, lead: cand !== null && lead.has(cand) };
    const full = /^(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2})?/.exec(t.value);
    if (full && t.anchor === null) {
      const day = dayNumber(full[1]!)!;
      const clock = !!full[2];
      const prose = PROSE_BEFORE.test(a.text.slice(Math.max(0, t.start - 20), t.start));
      const stampLike = !prose && (clock || WEEKDAY_NAME.test(t.text) || /^\s*\|/.test(a.text.slice(t.end, t.end + 3)));
      if (stampLike && t.start < HEAD_CHARS && !seenStamp) { out.push({ ...base, kind: 'stamp', day }); seenStamp = true; }
      else if (stampLike && clock) out.push({ ...base, kind: 'later', day });
      else if (TERM_BEFORE.test(a.text.slice(Math.max(0, t.start - 20), t.start))) out.push({ ...base, tense: 'future', kind: 'full', day, named: true });
      else out.push({ ...base, kind: 'full', day, ...(NAMED_BEFORE.test(a.text.slice(Math.max(0, t.start - 12), t.start)) ? { named: true } : {}) });
      continue;
    }
    if (/^\d{4}-\d{2}$/.test(t.value) && t.anchor === null) {
      const span = spanOf(t.value);
      const from = dayNumber(`${t.value}-01`);
      if (span && from !== null) out.push({ ...base, kind: 'month', day: from, to: from + monthLength(t.value) - 1 });
      continue;
    }
    if (/^\d{4}$/.test(t.value) && t.anchor === null) {
      out.push({ ...base, kind: 'year', day: dayNumber(`${t.value}-01-01`) });
      continue;
    }
    if (/^XXXX-\d{2}-\d{2}$/.test(t.value)) {
      const w = WEEKDAY_LEAD.exec(t.text);
      const dateline = datelineOf(a.text, t);
      if (dateline) { out.push({ ...base, kind: 'monthday', day: null, dateline }); continue; }
      out.push({ ...base, kind: 'monthday', day: null, ...(w ? { weekday: WEEKDAYS.indexOf(w[1]!.slice(0, 3).toLowerCase()) } : {}), ...(NAMED_BEFORE.test(a.text.slice(Math.max(0, t.start - 12), t.start)) ? { named: true } : {}) });
      continue;
    }
    // Weekdays and day offsets; a bare clock ("the 4 a.m. deadline") belongs to the narrative's day.
    if (/^XXXX-(?:WXX-\d|XX-XX)/.test(t.value) && !/^XXXX-XX-XXT\d/.test(t.value)) {
      out.push({ ...base, kind: 'relative', day: null, sameDay: sameDay(t) });
    }
  }
  return once(out);
}

/** A place in capitals and a comma before the month-day, a dash after it (an agency between): a wire dateline. */
const DATELINE_BEFORE = /^\s*[A-Z][A-Z .'’\/-]{1,40},\s*$/;
const GLUED_DATELINE_BEFORE = /\s[A-Z]{2}[A-Z .'’\/-]{0,38},\s*$/;
const DATELINE_AFTER = /^\s*(\([^()]{2,30}\)\s*)?(?:--|-|—|–)/;

/** "PARIS, March 6 (AFP) -" at the start of a line: the filing day of the story, not a happening it recaps. */
export function datelineOf(text: string, t: { start: number; end: number }): 'agency' | 'paper' | null {
  const lineStart = text.lastIndexOf('\n', Math.max(0, t.start - 1)) + 1;
  const after = DATELINE_AFTER.exec(text.slice(t.end, t.end + 40));
  if (!after) return null;
  const before = text.slice(lineStart, t.start);
  // "France Plans $33 Billion in Economic Stimulus PARIS, Dec. 4 -- Facing ...": on the article's first line a
  // scrape may glue the headline before the dateline (a headline has lower-case words; the place has none).
  const glued = lineStart === 0 && GLUED_DATELINE_BEFORE.exec(before);
  if (!DATELINE_BEFORE.test(before) && !(glued && /\p{Ll}/u.test(before.slice(0, glued.index)))) return null;
  return after[1] ? 'agency' : 'paper';
}

/**
 * A day repeated is one piece of evidence, not several: "eligible for release Oct. 1" three times in one
 * article says no more about the day of writing than once. The first mention of each value and kind stays.
 */
function once(list: DayEvidence[]): DayEvidence[] {
  const seen = new Set<string>();
  return list.filter((e) => {
    if (e.kind === 'relative') return true;
    // A stamp's tense is the words around it, not its relation to the day of writing (likelihood.ts reads
    // stamps whatever the tense): two comments stamped the same day are one day, whatever precedes them.
    const key = `${e.kind}|${e.timex.value.slice(0, 10)}|${e.kind === 'stamp' || e.kind === 'later' ? '' : e.tense}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function monthLength(ym: string): number {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}
