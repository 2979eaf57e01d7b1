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
  const timexes = published ? timed('time', () => retense(a.text, a.sentences, raw, (t, tense) => ({ ...t, ...reader.resolve(t, published.value, tense), tense }))) : raw;
  return { dct: published?.value.slice(0, 10) ?? null, shown, timexes };
}
