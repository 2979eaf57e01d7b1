/**
 * An article's publication date as a schema DateValue. Metadata (story.json, front matter, HTML meta)
 * wins over a date the text states, because an editor wrote it on purpose; the text's "Last Updated"
 * line is the fallback. Inferred dates (from other articles of the story) come later, in the dating stage.
 */
import type { DateValue } from '../../schema/index.ts';
import type { CleanedDocument, RawDocument } from '../types.ts';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/;

/** "2017-02-24", "2017-02-24T15:21:00Z" -> "2017-02-24"; anything else -> null (the caller warns). */
export function isoDay(value: string): string | null {
  const m = ISO.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d] = m;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (date.getUTCMonth() !== Number(mo) - 1 || date.getUTCDate() !== Number(d)) return null;
  return `${y}-${mo}-${d}`;
}

export interface PublishedResult {
  published: DateValue | null;
  /** Set when metadata named a date we could not read. */
  problem: string | null;
}

/** A stated publication day with the words it came from. */
function statedDay(value: string, articleId: string | null, text: string, note: string): DateValue {
  return { value, granularity: 'day', source: 'stated', evidence: { articleId, text, start: null, end: null, anchor: null, note } };
}

export function publishedOf(raw: RawDocument, cleaned: CleanedDocument): PublishedResult {
  let problem: string | null = null;
  if (raw.meta.published) {
    const day = isoDay(raw.meta.published);
    if (day) return { published: statedDay(day, null, raw.meta.published, 'publication date from the article metadata'), problem: null };
    problem = `published date "${raw.meta.published}" is not an ISO date (YYYY-MM-DD); ignored`;
  }
  const stated = cleaned.published;
  const day = stated ? isoDay(stated.value) : null;
  if (stated && day) return { published: statedDay(day, raw.id, stated.text, 'publication date stated in the page'), problem };
  return { published: null, problem };
}
