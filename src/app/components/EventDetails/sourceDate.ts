import type { OutlineArticle } from '../../../schema/outline.ts';
import { UNKNOWN_OUTLET_LABEL } from '../../store/outlets.ts';
import { dateWords, formatDateValue } from '../../timeline/dates.ts';

/**
 * The line under a source's name in the details: its outlet when the name line is the article's title
 * (no outlet known), and when the article came out, "date inferred" where the story supplied it. One event
 * can hold reports written months apart (Iraq's "British soldiers will refuse to serve in Iraq": seven
 * articles from January to December 2005), and without the dates a reader could not tell a report of the
 * day from a look back (review 24). The disclosure of how a date was inferred stays in the article list and
 * the reader: here it would add a tab stop per source.
 */
export function sourceDateWords(a: Pick<OutlineArticle, 'publisher' | 'published'>): string {
  const outlet = a.publisher ? '' : `${UNKNOWN_OUTLET_LABEL} · `;
  const p = a.published;
  if (!p) return `${outlet}undated`;
  return `${outlet}${dateWords(formatDateValue(p), p)}${p.source === 'inferred' ? ', date inferred' : ''}`;
}
