import { rangeOf } from '../../store/dateRange.ts';
import type { Filters } from '../../store/items.ts';
import { formatDateValue } from '../../timeline/dates.ts';

/**
 * What a printed list says of the filters it was printed with: "5 of 3410 events: key events only; from
 * Thursday 10 February 2011 to Friday 11 February 2011; words “Suleiman”; source CNN; actor Hosni Mubarak."
 * Null without filters. Paper keeps no filter bar: a list printed with filters had read as the whole story.
 * A From after To is left out, as the list does not apply it.
 */
export function filterWords(filters: Filters, shown: number, total: number, sourceLabel: string | null): string | null {
  const parts: string[] = [];
  if (filters.key) parts.push('key events only');
  const range = rangeOf(filters);
  if (range && range !== 'reversed') {
    const day = (d: string) => formatDateValue({ value: d });
    parts.push(filters.from && filters.to ? `from ${day(filters.from)} to ${day(filters.to)}` : filters.from ? `from ${day(filters.from)}` : `up to ${day(filters.to!)}`);
  }
  const q = filters.q.trim();
  if (q) parts.push(`words “${q}”`);
  if (filters.source) parts.push(`source ${sourceLabel ?? filters.source}`);
  if (filters.actor) parts.push(`actor ${filters.actor}`);
  if (!parts.length) return null;
  // Counts written as the page's header and filter bar write them ("3410 events").
  return `${shown} of ${total} ${total === 1 ? 'event' : 'events'}: ${parts.join('; ')}.`;
}
