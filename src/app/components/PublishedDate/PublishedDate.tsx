import type { DateValue } from '../../../schema/story.ts';
import { useTimeline } from '../../store/context.ts';
import { selectStory } from '../../store/selectors.ts';
import { dateWords, formatDateValue } from '../../timeline/dates.ts';
import { noteWords } from '../../timeline/noteWords.ts';

/**
 * An article's publication date as readers should take it: stated, or inferred from the story, in which
 * case a disclosure says how ("“Thursday” here is 2017-02-23, the date of “Thursday night” in Business
 * Standard ..."). An article with no date says so.
 */
export function PublishedDate({ published }: { published: DateValue | null }) {
  const story = useTimeline(selectStory);
  if (!published) return <>undated</>;
  const inferred = published.source === 'inferred';
  // A fragment: the disclosure is flow content, so callers put this in a block (div, p is not enough).
  return (
    <>
      {dateWords(formatDateValue(published), published)}
      {inferred && (
        <details className="inferred-note">
          {/* Its name in one piece ("date inferred: how"; a hidden span was read "date inferred : how"). */}
          <summary aria-label="date inferred: how">date inferred</summary>
          <p>{noteWords(published.evidence?.note ?? 'Inferred from the rest of the story.', story.articles)}</p>
          {published.confidence !== undefined && <p>{confidenceWords(published.confidence)}</p>}
        </details>
      )}
    </>
  );
}

/**
 * The model's probability that the date is right, as a reader would say it, in the date's own unit: a
 * month is "this month", never "the exact day" (a review found "Exact day uncertain" under "October 2017").
 */
export function confidenceWords(p: number, unit = 'day'): string {
  const pct = Math.round(p * 100);
  const word = p >= 0.8 ? 'likely' : p >= 0.5 ? 'probable' : unit === 'day' ? 'uncertain (the day may be off)' : 'uncertain (it may be off)';
  // The share is the chance that this very date is right: said so, since "6%" alone read either way.
  const what = unit === 'day' ? 'Exact day' : unit === 'minute' ? 'Exact time' : `${unit[0]!.toUpperCase()}${unit.slice(1)}`;
  // "an 83% chance": a number read with a vowel first (eight, eleven, eighteen, eighty-) takes "an" (review 25).
  const article = /^(8|11|18|8\d)$/.test(String(pct)) ? 'an' : 'a';
  return `${what} ${word}: the story's evidence gives this ${unit === 'minute' ? 'time' : unit} ${article} ${pct}% chance.`;
}

