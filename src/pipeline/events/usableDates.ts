/**
 * Which of a sentence's time expressions can date it on the timeline: not a deadline ahead ("funded through
 * Dec. 15"), a day that points back at another ("that same day"), the other side of a comparison ("compared
 * with a year earlier"), a record's base ("the worst since 1952"), a participle phrase set off by commas, a
 * bare clock time; and not the day of a closing attribution when the clause it attributes has its own.
 * candidates.ts reads the sentence's own date from what is left.
 */
import type { Sentence } from '../types.ts';
import type { TimexLike } from './candidates.ts';
import { dayNumber, TIMELINE_GRANULARITIES } from './dates.ts';

/**
 * A deadline ("asked that a decision be made before the end of the month", "funded through Dec. 15",
 * "can stay open until at least April 27") is a limit on the happening, not its time.
 */
const DEADLINE_BEFORE = /\b(?:until|till|through|by|before|no later than|not later than)(?:\s+at\s+(?:least|the\s+latest))?\s*$/i;

/**
 * "Police did not confirm until late Sunday that ...", "wasn't found until Monday": a negated clause before
 * "until" says the happening came then, not that a deadline runs to it.
 */
export const NOT_UNTIL = /\b(?:not|never|n['’]t)\b[^,;:.!?]{0,60}\b(?:until|till)\s*$/i;

/**
 * "That day", "earlier in the day", "later that night": the day of the happening being told, not the day
 * of writing the tagger resolves them to. The sentence takes its narrative date instead.
 */
export const ANAPHORIC_DAY = /^(?:(?:earlier|later)\s+(?:in\s+the|that)\s+(?:day|morning|afternoon|evening|night)|(?:that|the same)\s+(?:day|morning|afternoon|evening|night))$/i;

/**
 * The base of a comparison ("fell 32% from a year earlier", "compared with March 2008", "higher than in
 * 2007") is the time measured against, not the time of the happening.
 */
const COMPARED_BEFORE = /(?:\bcompared\s+(?:with|to)|\bversus|\bvs\.?|\bthan(?:\s+(?:in|on|at|during|for))?|\b(?:up|down|rose|risen|fell|fallen|dropped|declined|increased|decreased|jumped|slipped|climbed|grew|gained|lost|higher|lower|more|less|drop|rise|decline|increase|decrease|gain|jump|fall)\b[^.;:,]{0,40}?\bfrom(?:\s+(?:the\s+same\s+(?:period|quarter|month|week|time)\s+)?(?:in|on|of))?)\s*(?:the\s+)?$/i;

/**
 * A record's base: "the first punitive house demolitions since Israel halted the practice in 2005", "its
 * highest level since March 2008", "the first time since 1999". The happening is measured against that
 * time, as in a comparison; it happens now.
 */
const SINCE_RECORD = /\b(?:first|highest|lowest|largest|biggest|worst|best|deadliest|longest|strongest|weakest|most|fewest|least)\b[^.;:!?]{0,60}?\bsince\b[^.;:!?]{0,60}$/i;

/** The expressions that can date a sentence of the timeline. */
export function usableOf(s: Sentence, inside: readonly TimexLike[]): TimexLike[] {
  let usable = usableDates(s, inside);
  // "The council on Tuesday approved the plan, the mayor said on Wednesday": the closing attribution's day is
  // the saying's; beside a day of the clause it attributes, days or a week before it, that day is the
  // happening's ("freed a tugboat they seized 10 months ago, the ministry said Sunday" is no such pair).
  if (usable.length > 1) {
    const from = attributionStart(s.text);
    const said = from < 0 ? [] : usable.filter((x) => x.start - s.start >= from);
    const main = from < 0 ? [] : usable.filter((x) => x.start - s.start < from);
    if (said.length && main.length && main.every((x) => said.some((y) => daysBefore(x.value, y.value)))) usable = main;
  }
  // A record's base as the sentence's only date must not date it; beside another date, the clause split
  // gives the "since" clause its own mention with its own date ("... the most fraudulent election since the
  // army seized power in a 1952 coup"), as a background happening.
  if (usable.length === 1 && SINCE_RECORD.test(s.text.slice(Math.max(0, usable[0]!.start - s.start - 120), usable[0]!.start - s.start))) return [];
  return usable;
}

/** ", the mayor said on Wednesday." closing a sentence: a reporting clause after its last comma, outside quotes. */
const ATTRIBUTION = /,\s*(?:[^,"“”]{0,80}?\b)?(?:said|says|told\s+[^,]{1,40}|added|announced|reported|confirmed|wrote|stated)\b[^,"“”]{0,50}$/;

/** Whether day `a` lies on day `b` or up to a week before it (both day values, a clock time allowed). */
function daysBefore(a: string, b: string): boolean {
  const da = dayNumber(a.slice(0, 10));
  const db = dayNumber(b.slice(0, 10));
  return /^\d{4}-\d{2}-\d{2}/.test(a) && /^\d{4}-\d{2}-\d{2}/.test(b) && da !== null && db !== null && db - da >= 0 && db - da <= 7;
}

/** Where a closing attribution starts (after its comma), or -1. */
function attributionStart(text: string): number {
  const m = ATTRIBUTION.exec(text);
  return m ? m.index + 1 : -1;
}

function usableDates(s: Sentence, inside: readonly TimexLike[]): TimexLike[] {
  // A bare clock time ("following the 10 a.m. testimony") names no day: it belongs to the day in context.
  // "the same day as the hearing" points at the hearing, not at the last date mentioned before it.
  return inside.filter((x) => (x.type === 'DATE' || x.type === 'TIME') && /^\d{4}/.test(x.value) && x.granularity !== null && TIMELINE_GRANULARITIES.has(x.granularity)
    && !(DEADLINE_BEFORE.test(s.text.slice(Math.max(0, x.start - s.start - 40), x.start - s.start)) && !NOT_UNTIL.test(s.text.slice(Math.max(0, x.start - s.start - 100), x.start - s.start)))
    && !ANAPHORIC_DAY.test(x.text)
    && !inInsertion(s.text, x.start - s.start, x.end - s.start)
    && !(COMPARED_BEFORE.test(s.text.slice(Math.max(0, x.start - s.start - 60), x.start - s.start)))

    && !(x.type === 'TIME' && /^[\d:.\s]+(?:[ap]\.?m\.?|o'clock)?$/i.test(x.text))
    && !(/^(?:the )?same (?:day|time|week|month)$/i.test(x.text) && /^\s+as\b/.test(s.text.slice(x.end - s.start))));
}

/**
 * An expression inside a participle phrase set off by commas between a subject and its verb ("development
 * of a replacement, begun two years ago, has been pushed back") dates the phrase, not the clause's
 * happening. SemEval-2015 accuracy of covered 0.838 -> 0.853 (58 of 68); nothing else moved. Any
 * comma-set insertion (relative clauses too, and one followed by any verb) lost gold core recall
 * 0.987 -> 0.972, all-event dates 0.773 -> 0.765 and a SemEval row.
 */
const INSERTION_OPEN = /,\s*(?:first\s+|only\s+)?[a-z]+(?:ed|en|un)\b[^,;()]*$/i;
const INSERTION_CLOSE = /^[^,;()]*,\s*(?:has|have|had|was|were|is|are|will|would|could|did)\b/i;
function inInsertion(text: string, start: number, end: number): boolean {
  return INSERTION_OPEN.test(text.slice(0, start)) && INSERTION_CLOSE.test(text.slice(end));
}
