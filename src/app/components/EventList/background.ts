import type { Item } from '../../store/items.ts';

const DAY = 86_400_000;
/** How far before the story's period an event must begin to be background: a month, or a tenth of the period if longer. */
const MARGIN_DAYS = 30;
const MARGIN_SHARE = 0.1;

/**
 * The events the list folds as background: those that begin well before the story's own period
 * (timeline/period.ts), the recalls of earlier years ("Saddam Hussein's Iraq fired missiles at Israel" in
 * 1991) that would otherwise open the list of a story about November 2012. "Well before" is a month, or a
 * tenth of the period if longer: the days just before it (the Egypt protests of 25 January 2011, when the
 * key events begin on the 28th) are the story's first days, not its background. (The period's whole length
 * had been the margin: Iraq's list, a story of 2005, opened on a hundred recalls of 2004.) Dated items come first and
 * in order (toItems), so background is a prefix of the shown list: its length is returned. Later dates
 * (plans, deadlines) stay in the list.
 */
export function backgroundCount(shown: readonly Item[], period: readonly [number, number] | null): number {
  if (!period) return 0;
  const before = period[0] - Math.max(MARGIN_DAYS * DAY, MARGIN_SHARE * (period[1] - period[0]));
  let n = 0;
  while (n < shown.length && shown[n]!.dated && shown[n]!.start < before) n++;
  return n;
}

/** The shortest span of an event dated only to a month (or a season, a year): 28 days. */
const MONTH = 28 * DAY;

/**
 * The events a date range of a few days keeps only because their month or year overlaps it: in Egypt from 1
 * to 3 February 2011 the list had opened under "2011" ("A nonprofit organization seeking 'a truly Australian
 * flag'"), then "February 2011", before the days asked for. They are folded as the background is: a month or
 * longer, and longer than the range. A week around the days stays (it says which days). Nothing is folded
 * when they are all there is, or when the range is open on a side.
 */
export function broaderIds(shown: readonly Item[], range: { start: number; end: number }): ReadonlySet<string> {
  const span = range.end - range.start;
  const ids = new Set<string>();
  if (!Number.isFinite(span)) return ids;
  for (const i of shown) if (i.dated && i.end - i.start >= MONTH && i.end - i.start > span) ids.add(i.event.id);
  return ids.size < shown.length ? ids : new Set();
}
