import type { DateValue } from '../../../schema/story.ts';
import type { OutlineArticle } from '../../../schema/outline.ts';
import { useTimeline } from '../../store/context.ts';
import { selectStory } from '../../store/selectors.ts';
import { dateWords, formatDateValue } from '../../timeline/dates.ts';

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
          <summary>date inferred<span className="visually-hidden">: how</span></summary>
          <p>{readable(published.evidence?.note ?? 'Inferred from the rest of the story.', story.articles)}</p>
          {published.confidence !== undefined && <p>{confidenceWords(published.confidence)}</p>}
        </details>
      )}
    </>
  );
}

/** The model's probability that the exact day is right, as a reader would say it. */
export function confidenceWords(p: number): string {
  const pct = Math.round(p * 100);
  const word = p >= 0.8 ? 'likely' : p >= 0.5 ? 'probable' : 'uncertain: the day may be off';
  return `Exact day ${word} (${pct}% by the story's evidence).`;
}

/** The pipeline's note names articles by id ("001_2158e08e"); readers know them by outlet or title. */
export function readable(note: string, articles: readonly OutlineArticle[]): string {
  // Dates as readers write them ("XXXX-12-17" is "17 December, year not stated"); the confidence is said
  // in words below the note, not as the model's number inside it.
  let out = note
    .replace(/\b(?:\d{4}|XXXX)-\d{2}-\d{2}\b/g, (v) => formatDateValue({ value: v }))
    .replace(/\s*\(confidence \d(?:\.\d+)?\)/g, '');
  // Longest ids first: "a_1" must not eat the start of "a_10".
  for (const a of [...articles].sort((x, y) => y.id.length - x.id.length)) {
    if (!out.includes(a.id)) continue;
    const name = a.publisher ?? `“${a.title.length > 48 ? `${a.title.slice(0, 47)}…` : a.title}”`;
    out = out.split(a.id).join(name);
  }
  return out;
}
