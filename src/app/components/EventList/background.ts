import type { Item } from '../../store/items.ts';

/**
 * The events the list folds as background: those that begin before the story's own period (timeline/period.ts),
 * the recalls of earlier years ("Saddam Hussein's Iraq fired missiles at Israel" in 1991) that would otherwise
 * open the list of a story about November 2012. Dated items come first and in order (toItems), so they are a
 * prefix of the shown list: its length is returned. Later dates (plans, deadlines) stay in the list.
 */
export function backgroundCount(shown: readonly Item[], period: readonly [number, number] | null): number {
  if (!period) return 0;
  let n = 0;
  while (n < shown.length && shown[n]!.dated && shown[n]!.start < period[0]) n++;
  return n;
}
