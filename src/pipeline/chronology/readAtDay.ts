/**
 * An article read against its day of writing, once the chronology has decided the days: the day the
 * arithmetic uses, the day the story publishes (a nominal-year day is published year-less, "XXXX-12-17",
 * never in the nominal year), and its time expressions resolved against that day.
 */
import type { DateValue } from '../../schema/index.ts';
import { retense } from '../events/tense.ts';
import type { TimexDetail } from '../time/index.ts';
import type { TimeReader } from '../time/reader.ts';
import type { Dated, DatingArticle } from './index.ts';
import { frameDate } from './yearFrame.ts';
import { weekdayOffset } from './likelihood.ts';
import { dayNumber } from '../events/dates.ts';

export interface ReadAtDay {
  /** The day the arithmetic uses ("2017-02-24"), or null when the article has none. */
  dct: string | null;
  /** What the story publishes as the article's date. */
  shown: DateValue | null;
  timexes: TimexDetail[];
}

export function readAtDay(a: DatingArticle, chronology: Dated<TimexDetail>, reader: Required<TimeReader>, timed: <T>(stage: string, f: () => T) => T): ReadAtDay {
  const inferred = chronology.inferred.get(a.id);
  const published = a.published ?? inferred ?? null;
  const frame = chronology.frame;
  const shown = frame?.kind === 'nominal' && !a.published && published ? frameDate(frame, published) : published;
  const raw = inferred ? reader.tag(a.text, published!.value) : chronology.tagged.get(a.id)!;
  // The tagger's tense reads quoted speech ("on Thursday that "there will be ...""): weekdays get the clause's.
  const read = published ? timed('time', () => retense(a.text, a.sentences, raw, (t, tense) => ({ ...t, ...reader.resolve(t, published.value, tense), tense }))) : raw;
  const alternatives = inferred ? chronology.posterior.get(a.id) ?? [] : [];
  const lead = chronology.lead.get(a.id) ?? new Set<number>();
  const timexes = alternatives.length > 1 ? read.map((t) => weighWeekday(t, alternatives, reader, lead.has(t.start))) : read;
  return { dct: published?.value.slice(0, 10) ?? null, shown, timexes };
}

/**
 * A weekday read against an inferred day of writing is only as sure as that day: an article dated Sunday
 * with 0.8 and Monday with 0.15 that says "before dawn on Monday" in its lead means last week's Monday if
 * written Sunday (a lead rarely names a weekday six days back: 4% of past weekdays there, calibration.ts) and
 * today if written Monday (64%). The weekday's day is the one with the most posterior mass over the article's likely
 * days of writing, each weighted by how often news names a weekday that far back or ahead.
 */
function weighWeekday(t: TimexDetail, alternatives: ReadonlyArray<{ day: string; p: number }>, reader: Required<TimeReader>, lead: boolean): TimexDetail {
  if (!/^(?:cat\()?wd\(dct,/.test(t.expr) || !/^\d{4}-\d{2}-\d{2}/.test(t.value)) return t;
  const tense = t.tense === 'past' || t.tense === 'future' ? t.tense : null;
  const votes = new Map<string, { p: number; read: TimexDetail }>();
  for (const alt of alternatives) {
    const read = { ...t, ...reader.resolve(t, alt.day, tense ?? undefined) };
    const day = read.value.slice(0, 10);
    const delta = dayNumber(alt.day)! - (dayNumber(day) ?? NaN);
    if (!Number.isFinite(delta)) continue;
    const p = alt.p * Math.exp(weekdayOffset(tense, delta, lead));
    const v = votes.get(day);
    votes.set(day, { p: (v?.p ?? 0) + p, read: v?.read ?? read });
  }
  let best: { p: number; read: TimexDetail } | null = null;
  for (const v of votes.values()) if (!best || v.p > best.p) best = v;
  return best && best.read.value.slice(0, 10) !== t.value.slice(0, 10) ? best.read : t;
}
