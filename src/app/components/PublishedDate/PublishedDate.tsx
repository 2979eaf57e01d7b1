import type { DateValue } from '../../../schema/story.ts';
import { formatDateValue } from '../../timeline/dates.ts';

/**
 * An article's publication date as readers should take it: stated, or inferred from the story, in which
 * case a disclosure says how ("“Thursday” here is 2017-02-23, the date of “Thursday night” in 001; ...").
 * An article with no date says so.
 */
export function PublishedDate({ published }: { published: DateValue | null }) {
  if (!published) return <span className="published-date">undated</span>;
  const inferred = published.source === 'inferred';
  return (
    <span className="published-date">
      {formatDateValue(published)}
      {inferred && (
        <details className="inferred-note">
          <summary>date inferred<span className="visually-hidden">: how</span></summary>
          <p>{published.evidence?.note ?? 'Inferred from the rest of the story.'}</p>
        </details>
      )}
    </span>
  );
}
