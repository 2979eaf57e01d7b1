/**
 * One build's reader of time expressions: the concept the chronology and the reading of every article share.
 * The chronology tags each text against its stated day (or none), re-resolves single expressions against
 * the days it tries, and reads the full dates the cleaning removed with the captions; once every article has
 * its day, each text is read against it. One reader holds the build's scans, so no text is scanned twice.
 */
import type { Direction } from '../events/tense.ts';
import { resolveAgainst, tagTimexDetailed, type ScanCache, type Timex, type TimexDetail } from './index.ts';

export interface TimeReader {
  /** Every time expression of a text, resolved against a day of writing (or none). */
  tag(text: string, dct: string | null): TimexDetail[];
  /** One expression resolved again against another day, in a tense when the clause gives one. */
  resolve(t: TimexDetail, anchor: string, tense?: Direction): Timex;
  /** Expressions of the texts as scraped, before cleaning (captions): all articles', or article i's. */
  raw?(articleIndex?: number): TimexDetail[][];
}

/** A reader over one build's texts; `timed` charges the tagging to the 'time' stage. */
export function timeReader(rawTexts: readonly string[], timed: <T>(stage: string, f: () => T) => T = (_s, f) => f()): Required<TimeReader> {
  const scans: ScanCache = new Map();
  return {
    tag: (text, dct) => timed('time', () => tagTimexDetailed(text, { dct, scans })),
    resolve: (t, anchor, tense) => resolveAgainst(t, anchor, tense ? { tense } : {}),
    raw: (i) => timed('time', () => (i === undefined ? rawTexts : [rawTexts[i]!]).map((t) => tagTimexDetailed(t, { dct: null }))),
  };
}
