/**
 * The days the chronology model weighs for an undated article's day of writing (publication.ts decide):
 * the days the evidence names, the same days other years, and a grid over the decade around them.
 */
import { dayNumber, fromDayNumber } from '../events/dates.ts';
import type { Inputs } from './publication.ts';

export const yearOf = (day: number) => new Date(day * 864e5).getUTCFullYear();
/** Day of the week of a day number, 0 = Sunday. */
export const weekdayOfDay = (d: number) => new Date(`${fromDayNumber(d)}T00:00:00Z`).getUTCDay();

/**
 * The days weighed, each with how many days of the calendar it stands for. The days the evidence points at
 * (candidateDays) are tried one by one; but the day of writing may be none of them (an article that recaps
 * October and November, written in March), so the rest of the calendar is weighed too: the same days one to
 * five years either way (a month-day or a weekday fits them as well), and a coarse grid five years either
 * way, each grid day standing for the week around it: the decade the likelihoods' background is spread over
 * (likelihood.ts, BACKGROUND). Without them the confidence was the share of the chosen day among the days
 * the evidence happened to name, and an article whose only dates were background got its background day with
 * confidence near 1. (Two years either way, first, cut the background's long tail short and left a later
 * stamp or a lone past date more sure of itself than it is: on the training desks, 15 articles more than 30
 * days off against 4 with five years and the week floor re-chosen, the exact-day share unchanged.)
 */
export const SPAN_YEARS = 5;
const GRID = 7;
const FAR_GRID = 28;
export function hypotheses(days: readonly number[], nominalYear: boolean, bounds: readonly number[] = []): Array<[number, number]> {
  const out = new Map<number, number>(days.map((d) => [d, 1]));
  const span = nominalYear ? 182 : 366 * SPAN_YEARS;
  for (const d of nominalYear ? [] : days) {
    const [y, md] = [Number(fromDayNumber(d).slice(0, 4)), fromDayNumber(d).slice(4)];
    for (let k = -SPAN_YEARS; k <= SPAN_YEARS; k++) {
      const shifted = k ? dayNumber(`${String(y + k).padStart(4, '0')}${md}`) : null;
      if (shifted !== null && !out.has(shifted)) out.set(shifted, 1);
    }
  }
  const lo = Math.min(...days) - span;
  const hi = Math.max(...days) + span;
  for (let d = lo; d <= hi; d += GRID) {
    let taken = 0;
    for (let i = d - 3; i <= d + 3; i++) if (out.has(i)) taken++;
    if (!out.has(d)) out.set(d, GRID - taken);
  }
  // Beyond, up to the latest bound: a coarser grid, each day standing for the four weeks around it.
  const far = nominalYear ? hi : Math.max(hi, ...bounds.map((b) => b + span));
  for (let d = hi + FAR_GRID; d <= far; d += FAR_GRID) out.set(d, FAR_GRID);
  return [...out];
}

/** Days worth trying: a week around every day the article or the story gives. */
export function candidateDays(x: Inputs): number[] {
  const days = new Set<number>();
  const around = (d: number, k: number) => { for (let i = -k; i <= k; i++) days.add(d + i); };
  for (const e of x.evidence) if (e.day !== null && (e.kind === 'stamp' || e.kind === 'full' || e.kind === 'later')) around(e.day, 7);
  for (const e of x.evidence) if (e.kind === 'month') { around(e.day!, 3); around(e.to!, 7); }
  for (const p of x.pins) around(dayNumber(p.value)!, 7);
  for (const o of x.others) around(o.day, 5);
  for (const s of x.seeds) around(s, 7);
  // A month-day named with its weekday is nearly a full date: the weekday fixes its year among the years
  // the other evidence names (the same pair recurs only every five to eleven years).
  if (days.size) {
    const years = [...days].map(yearOf);
    for (const e of x.evidence) {
      // A dateline's month-day is the filing day itself ("PARIS, Dec. 4 --"): its occurrences are days worth trying.
      if (e.kind !== 'monthday' || (e.weekday === undefined && !e.dateline)) continue;
      for (let y = Math.min(...years) - 1; y <= Math.max(...years) + 1; y++) {
        const d = dayNumber(`${String(y).padStart(4, '0')}${e.timex.value.slice(4, 10)}`);
        if (d !== null && (e.dateline || weekdayOfDay(d) === e.weekday)) around(d, 7);
      }
    }
  }
  return [...days].sort((a, b) => a - b);
}
