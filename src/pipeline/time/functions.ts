/**
 * The calendar functions rule values call: "wd(dct,2,tense)" is the Tuesday before the DCT in a past-tense
 * sentence ("on Tuesday issued new orders") and after it in a future one ("will meet on Tuesday").
 * Each returns a value and a readable note; null means "cannot be a date" (February 31).
 */
import { LEX } from './lexicon.ts';
import { holidayDay, isFixedHoliday } from './holidays.ts';
import type { Day, Point } from './value.ts';
import {
  compareDay, diffDays, format, isRealDate, isoWeekday, pad, seasonStart, shiftDay, shiftMonth, SEASONS,
} from './value.ts';
import type { Granularity } from '../../schema/index.ts';

export type Tense = 'past' | 'present' | 'future' | null;

/** What relative expressions are resolved against. */
export interface ResolveCtx {
  dct: Day | null;
  /** The last date mentioned before the expression (narrative reference time), if any. */
  ref: Point | null;
  /** The last quarter mentioned ("the third quarter"), for "the year-ago quarter". */
  refQuarter: Point | null;
  tense: Tense;
  /**
   * A year the text states for the expression, whatever the tense says about the DCT's year: one stated
   * earlier in the sentence ("In 1918, there was a first wave of mild flu in April" puts April in 1918),
   * or the year given before to the same month and day ("June 4th 1989 ... the June 4 massacre").
   */
  year?: number;
}

export interface Out { value: string; note: string; anchor: 'dct' | 'ref' | null }

const UNIT_GRAN: Record<string, Granularity> = {
  century: 'century', decade: 'decade', year: 'year', half: 'quarter', quarter: 'quarter', season: 'season',
  month: 'month', week: 'week', weekend: 'week', fortnight: 'week', day: 'day', night: 'day', hour: 'day', minute: 'day', second: 'day',
};

/** Pick the anchor day: the reference date when asked for and fine enough, else the DCT. */
export function anchorDay(ctx: ResolveCtx, which: string, unit: string): { day: Day | null; used: 'dct' | 'ref' | null } {
  if (which === 'ref' && ctx.ref) {
    const order: Granularity[] = ['century', 'decade', 'year', 'season', 'quarter', 'month', 'week', 'day', 'time'];
    const need = UNIT_GRAN[unit] ?? 'day';
    if (order.indexOf(ctx.ref.granularity) >= order.indexOf(need === 'season' ? 'month' : need)) return { day: ctx.ref.day, used: 'ref' };
  }
  return ctx.dct ? { day: ctx.dct, used: 'dct' } : { day: null, used: null };
}

const UNKNOWN: Record<string, string> = {
  century: 'XX', decade: 'XXX', year: 'XXXX', half: 'XXXX-HX', quarter: 'XXXX-QX', season: 'XXXX-XX', month: 'XXXX-XX',
  week: 'XXXX-WXX', weekend: 'XXXX-WXX-WE', fortnight: 'XXXX-WXX', day: 'XXXX-XX-XX', night: 'XXXX-XX-XXTNI', hour: 'XXXX-XX-XX',
  minute: 'XXXX-XX-XX', second: 'XXXX-XX-XX',
};

/** Shift a day by n units and render it at the unit's granularity: (2017-02-24, week, -1) -> "2017-W07". */
export function shiftBy(day: Day, unit: string, n: number): string | null {
  if (!Number.isFinite(n)) return null;
  if (!Number.isInteger(n)) {
    // "2 1/2 years ago": count in the next finer unit.
    if (unit === 'year') return shiftBy(day, 'month', Math.round(n * 12));
    if (unit === 'month' || unit === 'week') return shiftBy(day, 'day', Math.round(n * (unit === 'month' ? 30 : 7)));
    n = Math.round(n);
  }
  switch (unit) {
    case 'century': return format({ ...day, y: day.y + 100 * n }, 'century');
    case 'decade': return format({ ...day, y: day.y + 10 * n }, 'decade');
    case 'year': return format({ ...day, y: day.y + n }, 'year');
    case 'half': {
      const d = shiftMonth(day, 6 * n);
      return `${d.y}-H${d.m <= 6 ? 1 : 2}`;
    }
    case 'quarter': return format(shiftMonth(day, 3 * n), 'quarter');
    case 'season': return format(shiftMonth(day, 3 * n), 'season');
    case 'month': return format(shiftMonth(day, n), 'month');
    case 'week': case 'fortnight': return format(shiftDay(day, 7 * n * (unit === 'fortnight' ? 2 : 1)), 'week');
    case 'weekend': return format(shiftDay(day, 7 * n), 'week') + '-WE';
    case 'day': return format(shiftDay(day, n), 'day');
    case 'night': return format(shiftDay(day, n), 'day') + 'TNI';
    case 'hour': return format(shiftDay(day, Math.trunc(n / 24)), 'day');
    case 'minute': case 'second': return format(day, 'day');
    default: return null;
  }
}

/** shift(anchor, unit, n): "last month" = shift(dct,month,-1) -> "2017-01" in an article of 2017-02-24. */
export function shift(ctx: ResolveCtx, which: string, unit: string, nRaw: string, quarterCtx = false): Out | null {
  const { day, used } = anchorDay(ctx, which, unit);
  if (nRaw.includes('X')) return { value: nRaw.startsWith('-') ? 'PAST_REF' : 'FUTURE_REF', note: `an unstated number of ${unit}s ${nRaw.startsWith('-') ? 'before' : 'after'} the reference`, anchor: null };
  const n = Number(nRaw);
  if (!day) return { value: UNKNOWN[unit] ?? 'XXXX-XX-XX', note: `${unit} relative to an unknown date`, anchor: null };
  // "a year earlier" in an earnings report means the year-ago quarter: 1989-Q3 -> 1988-Q3.
  if (quarterCtx && unit === 'year' && Math.abs(n) === 1 && ctx.refQuarter) {
    const value = format(shiftMonth(ctx.refQuarter.day, 12 * n), 'quarter');
    return { value, note: `same quarter ${Math.abs(n)} year(s) ${n < 0 ? 'before' : 'after'} the last mentioned quarter`, anchor: 'ref' };
  }
  // On a Sunday, "this week" in a clause that looks ahead ("the Senate will vote this week", "stories we
  // plan to follow this week") is the week that starts the next day, the next ISO week. Read by hand on the
  // four Timeline17 topics' Sunday pages (38 "this week"): of the 7 the tense reader reads as ahead, 6 mean
  // the week ahead; of the 12 it leaves untensed, 5 do and 6 mean the week ending ("thank you for being
  // part of my program this week", a Sunday talk show), so those stay with the week ending, as do past ones.
  if (unit === 'week' && n === 0 && used === 'dct' && ctx.tense === 'future' && isoWeekday(day) === 7) {
    return { value: shiftBy(day, 'week', 1)!, note: 'the week starting the day after the reference date, a Sunday (the clause looks ahead)', anchor: used };
  }
  const value = shiftBy(day, unit, n);
  if (!value) return null;
  const dir = n === 0 ? 'the same' : `${Math.abs(n)} ${unit}(s) ${n < 0 ? 'before' : 'after'}`;
  return { value, note: `${dir} ${n === 0 ? unit + ' as ' : ''}the ${used === 'ref' ? 'last mentioned date' : 'reference date'}`.replace(/\s+/g, ' '), anchor: used };
}

function tenseDir(ctx: ResolveCtx, dir: string): number {
  if (dir === 'tense') return ctx.tense === 'future' ? 1 : ctx.tense === 'past' ? -1 : 0;
  return Number(dir);
}

/** wd(anchor, weekday, dir): dir -1/+1 strictly before/after, 0 same ISO week, tense by the sentence. */
export function weekday(ctx: ResolveCtx, which: string, wdRaw: string, dirRaw: string): Out | null {
  const wd = Number(wdRaw);
  const { day, used } = anchorDay(ctx, which, 'day');
  if (!day) return { value: `XXXX-WXX-${wd}`, note: 'weekday of an unknown week', anchor: null };
  const cur = isoWeekday(day);
  let delta: number;
  const explicit = dirRaw !== 'tense';
  const dir = tenseDir(ctx, dirRaw);
  if (explicit && dir === 0) {
    delta = wd - cur;
    // "this Thursday" is the Thursday of the reference date's week, unless its clause says otherwise: on a
    // Sunday, "the OPEC meeting this Thursday ... is expected to keep output unchanged" looks ahead, to the
    // coming Thursday, and a past clause back to the last one. A clause cannot name a day on the wrong side.
    if (ctx.tense === 'future' && delta < 0) delta += 7;
    else if (ctx.tense === 'past' && delta > 0) delta -= 7;
  }
  else if (dir > 0) delta = explicit ? ((wd - cur + 6) % 7) + 1 : (wd - cur + 7) % 7;
  else delta = explicit ? -(((cur - wd + 6) % 7) + 1) : -((cur - wd + 7) % 7);
  const when = explicit ? (dir < 0 ? 'before' : dir > 0 ? 'after' : 'in the week of') : ctx.tense === 'future' ? 'on or after' : 'on or before';
  return {
    value: format(shiftDay(day, delta), 'day'),
    note: `weekday ${when} the ${used === 'ref' ? 'last mentioned date' : 'reference date'}${explicit ? '' : ` (${ctx.tense ?? 'no'} tense)`}`,
    anchor: used,
  };
}

/** Choose among years y-1..y+1 for a year-less date by tense: past -> latest not after the DCT. */
function pickYear(ctx: ResolveCtx, dirRaw: string, make: (y: number) => Day | null): Day | null {
  const dct = ctx.dct!;
  const cands = [dct.y - 1, dct.y, dct.y + 1].map(make).filter((d): d is Day => d !== null);
  if (!cands.length) return null;
  const dir = tenseDir(ctx, dirRaw);
  const strict = dirRaw !== 'tense';
  if (dir < 0) return cands.filter((d) => (strict ? compareDay(d, dct) < 0 : compareDay(d, dct) <= 0)).pop() ?? cands[0]!;
  if (dir > 0) return cands.find((d) => (strict ? compareDay(d, dct) > 0 : compareDay(d, dct) >= 0)) ?? cands[cands.length - 1]!;
  if (strict) return cands.find((d) => d.y === dct.y) ?? null;
  return cands.reduce((a, b) => (Math.abs(diffDays(b, dct)) < Math.abs(diffDays(a, dct)) ? b : a));
}

/**
 * Year-less day: the nearest candidate, unless the tense clearly points the other way by more than
 * `slack` days ("was last seen Nov. 3" in May 1999 -> 1998-11-03; "payable Dec. 14" in Oct 1989 -> 1989).
 */
function pickNearest(ctx: ResolveCtx, make: (y: number) => Day | null, slack: number): Day | null {
  const dct = ctx.dct!;
  const cands = [dct.y - 1, dct.y, dct.y + 1].map(make).filter((d): d is Day => d !== null);
  if (!cands.length) return null;
  let best = cands.reduce((a, b) => (Math.abs(diffDays(b, dct)) < Math.abs(diffDays(a, dct)) ? b : a));
  const i = cands.indexOf(best);
  if (ctx.tense === 'past' && diffDays(best, dct) > slack && i > 0) best = cands[i - 1]!;
  else if (ctx.tense === 'future' && diffDays(dct, best) > slack && i < cands.length - 1) best = cands[i + 1]!;
  return best;
}

/**
 * How far ahead of the reference date a year-less day told in the past may still be read in its own year
 * (the tense reader misreads some announcements as past). 30 days: "a popular uprising that forced him out
 * of office on Feb. 11", written Jan. 3, 2012, is Feb. 11, 2011, not five weeks ahead. 45 took it ahead;
 * 20 to 45 leave TempEval-3 value F1 unchanged (TimeBank 85.51, AQUAINT 78.32), 10 lowers it (85.43 / 78.15).
 */
const MONTHDAY_SLACK = 30;

/** md(month, day): "Feb. 24" in the year that fits the tense around the DCT; invalid days -> null. */
export function monthDay(ctx: ResolveCtx, mRaw: string, dRaw: string, wdRaw?: string, yearRaw?: string): Out | null {
  const m = Number(mRaw), d = Number(dRaw);
  if (!isRealDate(2000, m, d)) return null;
  // md(06,03,,1989): "June 3 and 4, 1989" gives the first day the year written after the second.
  if (yearRaw) return isRealDate(Number(yearRaw), m, d) ? { value: format({ y: Number(yearRaw), m, d }, 'day'), note: 'stated outright', anchor: null } : null;
  if (!ctx.dct) return { value: `XXXX-${pad(m)}-${pad(d)}`, note: 'month and day of an unknown year', anchor: null };
  if (wdRaw && ctx.year === undefined) {
    // "Monday, March 26": of the years around the DCT, at most one has March 26 on a Monday (a date's
    // weekday moves on by one or two days a year); that year is meant, whatever the tense suggests.
    const wd = Number(wdRaw);
    const agree = [ctx.dct.y - 1, ctx.dct.y, ctx.dct.y + 1].find((y) => isRealDate(y, m, d) && isoWeekday({ y, m, d }) === wd);
    if (agree !== undefined) return { value: format({ y: agree, m, d }, 'day'), note: 'month and day in the year near the reference date where the weekday named with it agrees', anchor: 'dct' };
  }
  if (ctx.year !== undefined) return isRealDate(ctx.year, m, d) ? { value: format({ y: ctx.year, m, d }, 'day'), note: 'month and day in the year the text states for it', anchor: null } : null;
  const day = pickNearest(ctx, (y) => (isRealDate(y, m, d) ? { y, m, d } : null), MONTHDAY_SLACK);
  if (!day) return null;
  return { value: format(day, 'day'), note: `month and day in the year nearest the reference date (${ctx.tense ?? 'no'} tense)`, anchor: 'dct' };
}

/** mon(month, dir): "December" in a past-tense sentence of 1998-02-06 -> "1997-12"; "last April" dir -1. */
export function month(ctx: ResolveCtx, mRaw: string, dirRaw: string): Out | null {
  const m = Number(mRaw);
  if (!ctx.dct) return { value: `XXXX-${pad(m)}`, note: 'month of an unknown year', anchor: null };
  if (ctx.year !== undefined && dirRaw === 'tense') return { value: format({ y: ctx.year, m, d: 1 }, 'month'), note: 'month in the year the text states for it', anchor: null };
  const dct = { ...ctx.dct, d: 1 };
  const day = dirRaw === 'tense' ? pickNearest({ ...ctx, dct }, (y) => ({ y, m, d: 1 }), 45) : pickYear({ ...ctx, dct }, dirRaw, (y) => ({ y, m, d: 1 }));
  if (!day) return null;
  return { value: format(day, 'month'), note: `month nearest the reference date (${dirRaw === 'tense' ? `${ctx.tense ?? 'no'} tense` : dirRaw})`, anchor: 'dct' };
}

/** season(code, dir): "last fall" in 1998-02 -> "1997-FA"; "this summer" -> the DCT year's summer. */
export function season(ctx: ResolveCtx, s: string, dirRaw: string): Out | null {
  if (!SEASONS.includes(s as 'SP')) return null;
  if (!ctx.dct) return { value: `XXXX-${s}`, note: 'season of an unknown year', anchor: null };
  if (ctx.year !== undefined && dirRaw === 'tense') return { value: `${ctx.year}-${s}`, note: 'season in the year the text states for it', anchor: null };
  const dct = ctx.dct;
  const cands = [dct.y - 1, dct.y, dct.y + 1].map((y) => ({ y, start: seasonStart(y, s), end: shiftMonth(seasonStart(y, s), 3) }));
  const dir = tenseDir(ctx, dirRaw);
  let pick;
  // "this winter" said from May on is the coming one (named by its January, so next year's); said in
  // December to April it is the one under way or just ended.
  if (dirRaw === '0') pick = s === 'WI' && dct.m >= 5 ? cands[2]! : cands[1]!;
  else if (dirRaw !== 'tense' && dir < 0) pick = [...cands].reverse().find((c) => compareDay(c.end, dct) <= 0)!;
  else if (dirRaw !== 'tense' && dir > 0) pick = cands.find((c) => compareDay(c.start, dct) > 0)!;
  else if (dir < 0) pick = [...cands].reverse().find((c) => compareDay(c.start, dct) <= 0)!;
  else if (dir > 0) pick = cands.find((c) => compareDay(c.end, dct) > 0)!;
  else pick = cands.reduce((a, b) => (Math.abs(diffDays(b.start, dct)) < Math.abs(diffDays(a.start, dct)) ? b : a));
  return { value: `${pick.y}-${s}`, note: `season ${dirRaw === 'tense' ? `by ${ctx.tense ?? 'no'} tense` : dir < 0 ? 'before' : dir > 0 ? 'after' : 'of the year of'} the reference date`, anchor: 'dct' };
}

/** weekend(dir): "over the weekend" on a Monday -> the weekend just past, as "1989-W43-WE". */
export function weekend(ctx: ResolveCtx, dirRaw: string): Out {
  if (!ctx.dct) return { value: 'XXXX-WXX-WE', note: 'weekend of an unknown week', anchor: null };
  const cur = isoWeekday(ctx.dct);
  const dir = tenseDir(ctx, dirRaw);
  let sat: Day;
  // "this weekend" (dir 0 named outright) from Tuesday on is the weekend of the reference date's own ISO
  // week (TIMEX3 "-WE"), the one ahead, unless its clause is past ("the backlash continued this weekend");
  // on a Monday, the day after, it is the weekend just gone unless the clause looks forward ("may face
  // protests this weekend"). Thursday and Friday already took the one ahead. "the weekend" keeps to the tense.
  const thisWeekend = dirRaw === '0' && (ctx.tense === 'future' || (cur >= 2 && ctx.tense !== 'past'));
  if (cur >= 6) sat = shiftDay(ctx.dct, 6 - cur);
  else sat = shiftDay(ctx.dct, dir > 0 || (dir === 0 && (cur >= 4 || thisWeekend)) ? 6 - cur : -1 - cur);
  if (dirRaw !== 'tense' && cur >= 6) sat = shiftDay(sat, 7 * dir);
  return { value: format(sat, 'week') + '-WE', note: `weekend ${dir < 0 ? 'before' : 'around'} the reference date`, anchor: 'dct' };
}

/** qord(q): "the fourth quarter" is of the DCT year, or of the year before when it has not begun yet. */
export function quarterOrdinal(ctx: ResolveCtx, qRaw: string): Out {
  const q = Number(qRaw);
  if (!ctx.dct) return { value: `XXXX-Q${q}`, note: 'quarter of an unknown year', anchor: null };
  const y = q > Math.floor((ctx.dct.m - 1) / 3) + 1 && ctx.tense !== 'future' ? ctx.dct.y - 1 : ctx.dct.y;
  return { value: `${y}-Q${q}`, note: 'quarter of the latest year in which it has begun', anchor: 'dct' };
}

/** qref(n): the quarter under discussion (last mentioned, else the latest completed one) shifted by n. */
export function quarterRef(ctx: ResolveCtx, nRaw: string, yearRaw = ''): Out {
  const n = Number(nRaw);
  if (/^\d{4}$/.test(yearRaw)) {
    // "the 1988 period": the quarter under discussion, in the stated year.
    const q = ctx.refQuarter ? ctx.refQuarter.part : ctx.dct ? ((Math.floor((ctx.dct.m - 1) / 3) + 3) % 4) + 1 : 'X';
    return { value: `${yearRaw}-Q${q}`, note: 'the quarter under discussion in the stated year', anchor: ctx.refQuarter ? 'ref' : 'dct' };
  }
  if (ctx.refQuarter) return { value: format(shiftMonth(ctx.refQuarter.day, 3 * n), 'quarter'), note: `last mentioned quarter shifted by ${n}`, anchor: 'ref' };
  if (!ctx.dct) return { value: 'XXXX-QX', note: 'quarter of an unknown year', anchor: null };
  return { value: format(shiftMonth(ctx.dct, 3 * (n - 1)), 'quarter'), note: `latest completed quarter before the reference date shifted by ${n}`, anchor: 'dct' };
}

/** hol(code): "Christmas" -> 12-25 in the year fitting the tense; "Thanksgiving" -> 4th Thursday of November. */
export function holiday(ctx: ResolveCtx, code: string, yearRaw: string): Out | null {
  if (/^\d{4}$/.test(yearRaw)) {
    const day = holidayDay(code, +yearRaw);
    return day ? { value: format(day, 'day'), note: 'holiday in a stated year', anchor: null } : null;
  }
  if (!ctx.dct) return isFixedHoliday(code) ? { value: `XXXX-${code}`, note: 'holiday of an unknown year', anchor: null } : null;
  // Nearest, with the same tense slack as a year-less date: "as Easter week began" days before Easter.
  const day = pickNearest(ctx, (y) => holidayDay(code, y), 45);
  return day ? { value: format(day, 'day'), note: 'holiday in the year nearest the reference date', anchor: 'dct' } : null;
}

/** dur(n, unit): "2 1/2 years" -> "P2Y6M", "a few days" -> "PXD", "16-hour" -> "PT16H". */
export function duration(nRaw: string, unit: string): string | null {
  if (nRaw === 'X') {
    const u: Record<string, string> = { year: 'PXY', month: 'PXM', week: 'PXW', day: 'PXD', hour: 'PTXH', minute: 'PTXM', second: 'PTXS', decade: 'PXE', century: 'PXC', quarter: 'PXQ', night: 'PXD', weekend: 'PXW', fortnight: 'PXW', millennium: 'PXL' };
    return u[unit] ?? null;
  }
  let n = Number(nRaw);
  if (!Number.isFinite(n) || n <= 0 || n > 1e6) return null;
  const map: Record<string, [number, string]> = {
    millennium: [1000, 'Y'], century: [100, 'Y'], decade: [10, 'Y'], year: [1, 'Y'], quarter: [1, 'Q'], month: [1, 'M'],
    fortnight: [2, 'W'], week: [1, 'W'], day: [1, 'D'], night: [1, 'D'], weekend: [2, 'D'], hour: [1, 'H'], minute: [1, 'M'], second: [1, 'S'],
  };
  const u = map[unit];
  if (!u) return null;
  n *= u[0];
  const time = u[1] === 'H' || (u[1] === 'M' && unit === 'minute') || u[1] === 'S';
  if (Number.isInteger(n)) return `P${time ? 'T' : ''}${n}${u[1]}`;
  const whole = Math.floor(n), frac = n - whole;
  const finer: Record<string, [number, string, boolean]> = { Y: [12, 'M', false], M: [30, 'D', false], W: [7, 'D', false], D: [24, 'H', true], H: [60, 'M', true], Q: [3, 'M', false] };
  const f = unit === 'minute' ? [60, 'S', true] as const : finer[u[1]];
  if (!f) return `P${time ? 'T' : ''}${n}${u[1]}`;
  const sub = Math.round(frac * f[0]);
  const head = whole ? `${whole}${u[1]}` : '';
  if (time) return `PT${head}${sub}${f[1]}`;
  return f[2] ? `P${head}T${sub}${f[1]}` : `P${head}${sub}${f[1]}`;
}

export function unitOf(word: string): string | undefined {
  return LEX.unit[word.toLowerCase()];
}
