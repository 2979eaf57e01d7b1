/**
 * The time axis as numbers: a base d3 time scale over the story's extent at zoom 1, the zoom limits, and
 * tick labels whose format follows the tick step (years, then months, days, hours), in UTC like every
 * date in the story.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { utcDay } from 'd3-time';
import { format } from 'date-fns';
import { utcAsLocal } from './dates.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The story's extent with some air on both sides, never narrower than four days. */
export function paddedDomain(starts: ArrayLike<number>, ends: ArrayLike<number>): [number, number] | null {
  if (!starts.length) return null;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < starts.length; i++) {
    lo = Math.min(lo, starts[i]!);
    hi = Math.max(hi, ends[i]!);
  }
  const span = Math.max(hi - lo, 4 * DAY);
  const mid = (lo + hi) / 2;
  return [mid - span * 0.54, mid + span * 0.54];
}

/** The scale at zoom 1: the whole story across the width. */
export function baseScale(domain: [number, number], width: number): ScaleTime<number, number> {
  return scaleUtc().domain([new Date(domain[0]), new Date(domain[1])]).range([0, Math.max(1, width)]);
}

/**
 * baseScale(domain, width) as plain arithmetic on epoch ms, equal to it to the bit (d3's continuous scale
 * normalises, then interpolates 0 * (1 - u) + width * u): placing 100,000 events calls it per distinct
 * date, and d3's scale wraps each call in Date conversions.
 */
export function baseLinear(domain: [number, number], width: number): (t: number) => number {
  const [d0, d1] = domain;
  const span = d1 - d0;
  const r1 = Math.max(1, width);
  if (!span) return () => r1 / 2;
  return (t) => 0 * (1 - (t - d0) / span) + r1 * ((t - d0) / span);
}

/**
 * The narrowest stretch the axis may show across its width: three hours when some event is dated to the
 * minute, else two days, so a story whose dates are days never zooms into hours nobody dated.
 */
export function narrowestSpan(hasTimes: boolean): number {
  return hasTimes ? 3 * HOUR : 2 * DAY;
}

/** Largest zoom factor: the narrowest span (narrowestSpan) across the whole width. */
export function maxZoom(domain: [number, number], narrowest = 3 * HOUR): number {
  return Math.max(1, (domain[1] - domain[0]) / narrowest);
}

/** One labelled tick at screen position x; `major` ticks start a larger unit (a new year, month or day). */
/** The width of the break's label, "year not stated", at the ticks' size (px, with a gap). */
const BREAK_LABEL = 110;

/** `brk`: where a year-less story's frame starts after the real years it recalls (yearlessFrame.ts). */
/** `under`: its label was left out for the one before it, whose words its grid line would cross (spaced). */
export type Tick = { x: number; time: number; label: string; major: boolean; brk?: boolean; under?: boolean };

/**
 * The ticks with none inside a year-less story's gap (yearlessFrame.ts), and a break where its frame begins,
 * labelled "year not stated", when that place is among the ticks' span.
 */
export function breakTicks(ticks: Tick[], scale: ScaleTime<number, number>, gap: { from: number; to: number } | null): Tick[] {
  if (!gap || !ticks.length) return ticks;
  const kept = ticks.filter((t) => t.time < gap.from || t.time > gap.to);
  const first = ticks[0]!.time, last = ticks[ticks.length - 1]!.time;
  if (gap.to < first || gap.from > last) return kept;
  const brk: Tick = { x: scale(new Date(gap.to)), time: gap.to, label: 'year not stated', major: true, brk: true };
  // Its label is wider than a tick's: the ticks just right of it give it room.
  const clear = kept.filter((t) => t.time < gap.from || t.x >= brk.x + BREAK_LABEL);
  const at = clear.findIndex((t) => t.time > gap.to);
  return at < 0 ? [...clear, brk] : [...clear.slice(0, at), brk, ...clear.slice(at)];
}

/**
 * Ticks for the visible scale, labelled in the unit their spacing calls for. The first tick at or right of
 * `firstAt` (the screen's left edge when the scale also covers some off-screen room) spells out its year.
 * `daysOnly` (a story without times of day) keeps the ticks on midnights, labelled as days.
 */
export function axisTicks(scale: ScaleTime<number, number>, width: number, firstAt = -Infinity, yearless: boolean | ((year: number) => boolean) = false, daysOnly = false): Tick[] {
  // A day whose year the texts never state is drawn in a nominal year (src/schema NOMINAL_YEAR): the axis
  // must never print that year, so a tick in it drops the year (`yearless` says which years are nominal;
  // a story may also recall real years, "founded Apotex in 1974", which keep theirs).
  const hides = (d: Date) => (typeof yearless === 'function' ? yearless(d.getFullYear()) : yearless);
  const fmt = (d: Date, pattern: string) => format(d, hides(d) ? pattern.replace(/ ?yyyy/, '') : pattern);
  // A scale whose domain is not yet a number (a layout of no width while the page loads) has no ticks: date-fns
  // throws "Invalid time value" on an invalid date (seen once in the third review, four loads in parallel).
  let dates = scale.ticks(Math.max(2, Math.floor(width / 110))).filter((d) => Number.isFinite(d.getTime()));
  let step = dates.length > 1 ? dates[1]!.getTime() - dates[0]!.getTime() : DAY;
  // No event of the story is dated finer than a day: its axis never prints hours, one tick a day at most.
  if (daysOnly && step < DAY) {
    dates = scale.ticks(utcDay).filter((d) => Number.isFinite(d.getTime()));
    step = DAY;
  }
  const lead = Math.max(0, dates.findIndex((d) => scale(d) >= firstAt));
  const ticks = dates.map((utc, i) => {
    const first = i === lead;
    const d = utcAsLocal(utc.getTime());
    let label: string;
    let major: boolean;
    if (step >= 360 * DAY) {
      label = hides(d) ? '' : format(d, 'yyyy');
      major = d.getFullYear() % 10 === 0;
    } else if (step >= 28 * DAY) {
      // A January in a year-less story's frame is no new year anyone stated: not drawn as one.
      major = d.getMonth() === 0 && !hides(d);
      label = fmt(d, major || first ? 'MMM yyyy' : 'MMM');
    } else if (step >= DAY) {
      major = d.getDate() === 1;
      // The year once, on the first tick and on the first tick of a new year: a month's first day is marked
      // bold, and its year made the label collide with the next ("1 Feb 2011" into "3 Feb" at 1024 px).
      const before = i > lead ? utcAsLocal(dates[i - 1]!.getTime()).getFullYear() : d.getFullYear();
      label = fmt(d, first || before !== d.getFullYear() ? 'd MMM yyyy' : 'd MMM');
    } else {
      major = d.getHours() === 0 && d.getMinutes() === 0;
      label = fmt(d, major || first ? 'd MMM HH:mm' : 'HH:mm');
    }
    return { x: scale(utc), time: utc.getTime(), label, major };
  });
  return spaced(ticks);
}

/** About how wide one character of a tick label is at its size (0.75rem), in px, and the gap kept after one. */
const TICK_CHAR = 7;
const TICK_GAP = 10;

/**
 * Tick labels cut by an edge of the screen [0, width) go blank, their grid line kept: "an" of "22 Jan" at the
 * left, "+1…" and "28" at the right (the third review). Labels wholly off screen keep their words for a pan.
 */
export function edgeClear(ticks: Tick[], width: number): Tick[] {
  return ticks.map((t) => {
    if (!t.label) return t;
    const from = t.x + 4;
    const to = from + t.label.length * TICK_CHAR;
    return (from < 0 && to > 0) || (from < width && to > width) ? { ...t, label: '' } : t;
  });
}

/**
 * Tick labels that would run into the label before them go blank (their grid line stays, above the labels'
 * row where it would cross that label): the first tick
 * spells out its year, and on weekly ticks at some zooms "14 Sep 2008" ran into "21 Sep" ("14 Sep 200821
 * Sep", the Timeline17 review).
 */
export function spaced(ticks: Tick[]): Tick[] {
  let end = -Infinity;
  return ticks.map((t) => {
    if (!t.label) return t;
    const from = t.x + 4;
    // Its grid line stops above the labels: drawn on, it had struck through the year of the label before
    // ("2 Oct 20|08" in a 600 px embed of Finan, review 25).
    if (from < end + TICK_GAP) return { ...t, label: '', under: from < end };
    end = from + t.label.length * TICK_CHAR;
    return t;
  });
}
