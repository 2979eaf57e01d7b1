/**
 * Temporal tagger for English news (TIMEX3). tagTimex finds time expressions and resolves them against
 * the article's publication date (DCT), the tense of their clause and the last mentioned date:
 * in an article of 2017-02-24, "on Tuesday issued new orders" -> 2017-02-21, "last month" -> 2017-01.
 */
import type { Granularity } from '../../schema/index.ts';
import type { Tagged } from './tag.ts';
import { tag } from './tag.ts';
import { tenseAt } from './context.ts';
import type { ResolveCtx, Tense } from './resolve.ts';
import { evaluateString } from './resolve.ts';
import { isPostHeader, opensSentence, sameClause, sameSentence, sentenceDirection, YEARLESS } from './discourse.ts';
import type { Day, Point } from './value.ts';
import { granularityOf, parsePoint } from './value.ts';
import { isValidTimexValue } from './validate.ts';

export type { Granularity } from '../../schema/index.ts';
export { isValidTimexValue } from './validate.ts';
export { tag } from './tag.ts';
export type { Tagged } from './tag.ts';

export interface Timex {
  start: number; end: number; text: string; type: 'DATE' | 'TIME' | 'DURATION' | 'SET'; value: string;
  /** value precision: 'century'|'decade'|'year'|'season'|'quarter'|'month'|'week'|'day'|'time' for DATE/TIME, null otherwise */
  granularity: Granularity | null;
  /** TIMEX3 value the expression was resolved against, null if absolute */ anchor: string | null;
  /** one readable line: "weekday before the reference date (past tense)" */ note: string;
}

/** A Timex with its unresolved value expression kept, so it can be re-resolved against another anchor. */
export interface TimexDetail extends Timex { expr: string; tod?: string; tense: Tense }

/** Parse a DCT such as "2017-02-24" or "1998-03-22T14:57:00"; null if it is not a real date. */
export function parseDct(dct: string | null | undefined): Day | null {
  if (!dct) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(dct.trim()) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(dct.trim());
  if (!m) return null;
  const p = parsePoint(`${m[1]}-${m[2]}-${m[3]}`);
  return p ? p.day : null;
}

/** How near (in characters) a quarter mention must be for "a year ago" to mean the year-ago quarter. */
const QUARTER_WINDOW = 600;

function resolveOne(t: Tagged, ctx: ResolveCtx, text: string, dctValue: string | null): TimexDetail | null {
  const out = evaluateString(t.expr, ctx);
  if (!out) return null;
  let value = out.value;
  let type = t.type;
  if (t.tod && !/_REF$/.test(value) && (type === 'TIME' || type === 'DATE')) {
    value = /T/.test(value) ? value : value + t.tod;
    type = 'TIME';
  }
  if (!isValidTimexValue(value)) return null;
  const granularity = type === 'DATE' || type === 'TIME' ? granularityOf(value) : null;
  const anchor = out.anchor === 'dct' ? dctValue : out.anchor === 'ref' && ctx.ref ? refValue(ctx.ref) : null;
  return { start: t.start, end: t.end, text: text.slice(t.start, t.end), type, value, granularity, anchor, note: out.note, expr: t.expr, ...(t.tod ? { tod: t.tod } : {}), tense: ctx.tense };
}

function refValue(p: Point): string {
  return p.granularity === 'time' || p.granularity === 'day'
    ? `${String(p.day.y).padStart(4, '0')}-${String(p.day.m).padStart(2, '0')}-${String(p.day.d).padStart(2, '0')}`
    : `${p.day.y}`;
}

/** Words and figures that keep a reported quarter under discussion: "the quarter", "$2.1 million", "56%". */
const QUARTER_WORD = /\b(?:quarter|quarterly)\b|[$£€#]\s?\d|\d\s?%|\d\s+(?:percent|cents)\b/gi;

/** End of the last quarter word or reported figure in text[from, to), or -1. */
function lastQuarterWord(text: string, from: number, to: number): number {
  const piece = text.slice(Math.max(0, from), to);
  let at = -1;
  QUARTER_WORD.lastIndex = 0;
  for (let m = QUARTER_WORD.exec(piece); m; m = QUARTER_WORD.exec(piece)) at = Math.max(0, from) + m.index + m[0].length;
  return at;
}

/** Value expressions whose resolution depends on the clause tense (see functions.ts). */
const NEEDS_TENSE = /tense|md\(|hol\(|qord\(|weekend\(0\)|shift\(dct,week,0\)|wd\(dct,\d,0\)/;

const DAY_EXPR = /^(?:wd|md)\(|^\d{4}-\d\d-\d\d$|^(?:shift|this)\(dct,day,/;

/**
 * "at 3:45 p.m. local time (1245 GMT) on Friday": a clock time the tagger could not join to its day
 * takes the day named later in the same sentence, not the last day mentioned before it.
 */
function dayLaterInSentence(text: string, clock: Tagged, next: Tagged | undefined, ctx: ResolveCtx): Point | null {
  if (!next || next.tod || !DAY_EXPR.test(next.expr) || next.start - clock.end > 60) return null;
  if (/[.!?;]\s|\n/.test(text.slice(clock.end, next.start))) return null;
  const out = evaluateString(next.expr, { ...ctx, tense: tenseAt(text, next.start, next.end) });
  const p = out ? parsePoint(out.value) : null;
  return p && p.granularity === 'day' ? p : null;
}

/** Tag and resolve, keeping the unresolved expressions (see TimexDetail). */
/**
 * `scans`: where the caller keeps the scans of the texts it tags. Finding the expressions does not depend on
 * the reference date, only resolving them does, and a story's undated articles are tagged once to infer
 * their dates and again against the dates found. The caller owns the map (one build), so nothing is kept
 * between builds or benchmark rounds. Scans are never mutated (resolveOne only reads them).
 */
export type ScanCache = Map<string, readonly Tagged[]>;

export function tagTimexDetailed(text: string, opts: { dct: string | null; scans?: ScanCache }): TimexDetail[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  let dct = parseDct(opts?.dct ?? null);
  let dctValue = dct ? `${String(dct.y).padStart(4, '0')}-${String(dct.m).padStart(2, '0')}-${String(dct.d).padStart(2, '0')}` : null;
  const out: TimexDetail[] = [];
  let ref: Point | null = null;
  let refQuarter: { p: Point; at: number } | null = null;
  let sentenceYear: { y: number; end: number; opener: boolean } | null = null;
  const statedDays = new Map<string, number>();
  let tags = opts.scans?.get(text);
  if (!tags) {
    tags = tag(text);
    opts.scans?.set(text, tags);
  }
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!;
    // Only weekdays, year-less dates, months, seasons, quarters, holidays and "this week" read the clause tense.
    let tense = NEEDS_TENSE.test(t.expr) ? tenseAt(text, t.start, t.end) : null;
    if (tense === null && t.expr.startsWith('wd(')) tense = sentenceDirection(text, tags, i);
    // "earlier this week" is the part of the week already gone, whatever its clause.
    if (tense === 'future' && t.expr === 'shift(dct,week,0)' && /^earlier\b/i.test(text.slice(t.start, t.end))) tense = 'past';
    // The quarter stays under discussion while the text keeps speaking of it or reporting figures: "a year
    // earlier" next to "$2.1 million" compares with the year-ago quarter, however long the report.
    if (refQuarter && t.start - refQuarter.at >= QUARTER_WINDOW) {
      const seen = lastQuarterWord(text, t.start - QUARTER_WINDOW, t.start);
      if (seen > refQuarter.at) refQuarter = { p: refQuarter.p, at: seen };
    }
    let ctx: ResolveCtx = { dct, ref, refQuarter: refQuarter && t.start - refQuarter.at < QUARTER_WINDOW ? refQuarter.p : null, tense };
    if (sentenceYear && tense !== 'future' && YEARLESS.test(t.expr) && sameSentence(text, sentenceYear.end, t.start) && (sentenceYear.opener || sameClause(text, sentenceYear.end, t.start))) ctx = { ...ctx, year: sentenceYear.y };
    // "the crackdown on June 4th, 1989 ... the June 4 massacre": a month and day the text has already
    // given with its year are that same day again.
    const md = ctx.year === undefined ? /^md\((\d\d),(\d\d)\)$/.exec(t.expr) : null;
    const told = md ? statedDays.get(`${md[1]}-${md[2]}`) : undefined;
    if (told !== undefined) ctx = { ...ctx, year: told };
    const day = t.tod && t.expr === 'refday()' ? dayLaterInSentence(text, t, tags[i + 1], ctx) : null;
    if (day) ctx = { ...ctx, ref: day };
    let r: TimexDetail | null = null;
    try { r = resolveOne(t, ctx, text, dctValue); } catch { r = null; }
    if (!r) continue;
    out.push(r);
    monthRange(out, text);
    // "In the nine months, net rose 13% ... compared with 40% a year earlier": a period of six months or
    // more now under discussion means the comparison is with the year-ago period, not the quarter.
    if (r.type === 'DURATION' && /^P(?:[6-9]M|1[0-2]M|\d+Y)$/.test(r.value)) refQuarter = null;
    if (r.type === 'DATE' || r.type === 'TIME') {
      const p = parsePoint(r.value);
      // "At 07:56 am on 16 Jun 2009, sensiblegrannie wrote:": a comment carries its own time of writing,
      // and "this morning" in it is that day's; the page's date stays for text before any such header.
      if (p && dct && (p.granularity === 'day' || p.granularity === 'time') && !t.expr.includes('(') && isPostHeader(text, t.start, t.end)) {
        dct = p.day;
        dctValue = r.value.slice(0, 10);
      }
      const full = /^(\d{4})-(\d\d-\d\d)/.exec(r.value);
      if (full && (!t.expr.includes('(') || /^md\(\d\d,\d\d,\w*,\d{4}\)$/.test(t.expr))) statedDays.set(full[2]!, Number(full[1]));
      // A year stated outright (not the DCT's) sets the sentence's year; so does a month placed in it.
      if (p && dct && p.day.y !== dct.y && (!t.expr.includes('(') || ctx.year !== undefined) && /^\d{4}(?:-|$)/.test(r.value)) sentenceYear = { y: p.day.y, end: t.end, opener: opensSentence(text, t.start, t.end) };
      // "a year ago" ... "compared with a year earlier": comparisons are with the period under
      // discussion, never with each other, so a derived date does not become the reference.
      if (p && !/^(ago|earlier|later)\(/.test(r.expr)) {
        ref = p;
        // Only a quarter named in the text anchors "the year-ago quarter"; derived ones would chain.
        if (p.granularity === 'quarter' && /Q/.test(r.value) && !/^(qref|earlier|ago|later)\(/.test(r.expr)) refQuarter = { p, at: t.end };
      }
    }
  }
  return out;
}

/**
 * Find and normalize the time expressions of English text. Offsets are string indices; values are valid
 * TIMEX3 values. With dct null, relative expressions keep X placeholders ("XXXX-WXX-2" for "Tuesday").
 */
export function tagTimex(text: string, opts: { dct: string | null }): Timex[] {
  return tagTimexDetailed(text, opts).map(({ start, end, text: s, type, value, granularity, anchor, note }) => ({ start, end, text: s, type, value, granularity, anchor, note }));
}

/**
 * Re-resolve one expression against an explicit anchor (a day such as "2017-02-24"), e.g. the date of the
 * event an expression is attached to. The anchor serves as both DCT and last mentioned date.
 */
export function resolveAgainst(timex: Timex | TimexDetail, anchor: string, opts: { tense?: Tense } = {}): Timex {
  const detail = 'expr' in timex ? timex : tagTimexDetailed(timex.text, { dct: anchor }).find((t) => t.text === timex.text);
  const day = parseDct(anchor);
  const point = parsePoint(anchor);
  if (!detail || !day) return { ...timex };
  const ctx: ResolveCtx = { dct: day, ref: point, refQuarter: null, tense: opts.tense ?? ('tense' in detail ? detail.tense : null) };
  // Resolve the expression on its own text (offsets 0..length) and put the offsets back below: padding
  // the text out to timex.start would cost O(start) per call, quadratic over a 5 MB article.
  const t: Tagged = { start: 0, end: timex.text.length, type: timex.type, expr: detail.expr, rule: 'resolveAgainst', priority: 0, ...(detail.tod ? { tod: detail.tod } : {}) };
  const r = resolveOne(t, ctx, timex.text, anchor);
  if (!r) return { ...timex };
  return { start: timex.start, end: timex.end, text: timex.text, type: r.type, value: r.value, granularity: r.granularity, anchor: r.anchor, note: r.note };
}

/** Two months joined as a range: "the November-December vote", "from March to May", "June through August". */
const MONTH_EXPR = /^mon\(\d\d,/;
const RANGE_JOIN = /^\s*(?:-|–|—|to|through|until|and)\s*$/i;

/**
 * A range of two months is one stretch: its first month is the one before its last, whatever tense each
 * reads alone ("won ... in the November-December vote" had "November" read ahead, 2012-11, and "December"
 * back, 2011-12). The last month is resolved as usual; the first is put in its year, or the year before when
 * the range runs over New Year ("December-January").
 */
function monthRange(out: TimexDetail[], text: string): void {
  const b = out[out.length - 1]!;
  const a = out[out.length - 2];
  if (!a || !MONTH_EXPR.test(a.expr) || !MONTH_EXPR.test(b.expr) || !RANGE_JOIN.test(text.slice(a.end, b.start))) return;
  const ma = /^(\d{4})-(\d\d)$/.exec(a.value);
  const mb = /^(\d{4})-(\d\d)$/.exec(b.value);
  if (!ma || !mb) return;
  const year = Number(mb[1]) - (Number(ma[2]) > Number(mb[2]) ? 1 : 0);
  if (Number(ma[1]) !== year) out[out.length - 2] = { ...a, value: `${String(year).padStart(4, '0')}-${ma[2]}`, note: `the month that opens a range ending in ${b.value}` };
}
