/**
 * The story's own period: the stretch of time the timeline opens on. Not the span of every date the
 * articles mention (a 2009 flu story recalls 1889 and 1918; a parole hearing recalls 1968 and looks to
 * 2040), but the densest stretch that holds most of the story's weight:
 *
 * 1. Which events count: the key events when the story marks some (`key: true`), and then their whole
 *    span is the period; else the top-ranked ones when events carry `rank` (the best tenth, at least 8),
 *    else all.
 * 2. Each counts by its sources (an event reported by five articles weighs five), so one-source recalls
 *    weigh little.
 * 3. The core is the shortest window of start times holding 75% of that weight.
 * 4. The core grows over its neighbours while the next one lies within half the period's span (at least
 *    three days) of it, up to three times the core (at least ten days): a story's quieter first and last
 *    days join it, a recall decades away does not.
 *
 * Events outside stay on the axis, reachable by zooming out or "All dates"; they just do not frame the
 * first view.
 */
import type { Item } from '../store/items.ts';

const DAY = 86_400_000;
const CORE_SHARE = 0.75;

/** Items that frame the period, by the story's own marks of importance when it has them. */
export function framingItems(items: readonly Item[]): Item[] {
  // Dated items come first (toItems): one pass over them finds the key and the ranked ones.
  const key: Item[] = [];
  const ranked: Item[] = [];
  let n = 0;
  for (; n < items.length; n++) {
    const item = items[n]!;
    if (!item.dated) break;
    if (item.event.key === true) key.push(item);
    if (typeof item.event.rank === 'number') ranked.push(item);
  }
  if (key.length) return key;
  if (ranked.length) {
    const top = Math.max(8, Math.ceil(ranked.length / 10));
    return ranked.sort((a, b) => a.event.rank! - b.event.rank!).slice(0, top);
  }
  return n === items.length ? (items as Item[]) : items.slice(0, n);
}

/** [start, end] in epoch ms of the story's own period, or null without dated events. */
export function storyPeriod(items: readonly Item[]): [number, number] | null {
  const framing = framingItems(items);
  if (!framing.length) return null;
  // Key events are the story as its editors or its ranking tell it: their whole span is the period.
  if (framing[0]!.event.key === true) {
    // Loops, not Math.min(...): a spread of 100,000 arguments can overflow the stack.
    let from = Infinity;
    let to = -Infinity;
    for (const i of framing) { from = Math.min(from, i.start); to = Math.max(to, i.end); }
    return [from, Math.max(from + DAY, to)];
  }
  // The points by start time (a stable order), in arrays rather than an object each: for 100,000 events
  // this runs before the first paint. All dated items are in that order already; a top tenth by rank is not.
  const count = framing.length;
  let order: number[] | null = null;
  for (let n = 1; n < count; n++) {
    if (framing[n]!.start < framing[n - 1]!.start) {
      order = Array.from({ length: count }, (_, i) => i).sort((a, b) => framing[a]!.start - framing[b]!.start || a - b);
      break;
    }
  }
  const starts = new Float64Array(count);
  const ends = new Float64Array(count);
  const weights = new Float64Array(count);
  let total = 0;
  for (let n = 0; n < count; n++) {
    const item = framing[order ? order[n]! : n]!;
    starts[n] = item.start;
    ends[n] = item.end;
    const w = Math.max(1, item.event.articles.length);
    weights[n] = w;
    total += w;
  }
  // Shortest window [i, j] of start times whose weight reaches the share (two pointers).
  let best: [number, number] = [0, count - 1];
  let sum = 0;
  let i = 0;
  for (let j = 0; j < count; j++) {
    sum += weights[j]!;
    while (i < j && sum - weights[i]! >= total * CORE_SHARE) sum -= weights[i++]!;
    if (sum >= total * CORE_SHARE && starts[j]! - starts[i]! < starts[best[1]]! - starts[best[0]]!) best = [i, j];
  }
  let [lo, hi] = best;
  let from = starts[lo]!;
  let to = -Infinity;
  for (let n = lo; n <= hi; n++) to = Math.max(to, ends[n]!);
  const coreSpan = Math.max(to - from, DAY);
  // Grown one neighbour at a time (all of them, for 100,000 events spread evenly): no allocation per step.
  for (;;) {
    const before = lo > 0 ? from - starts[lo - 1]! : Infinity;
    const after = hi < count - 1 ? starts[hi + 1]! - to : Infinity;
    if (Math.min(before, after) > Math.max(3 * DAY, (to - from) / 2)) break;
    const left = before <= after;
    const g0 = left ? starts[lo - 1]! : from;
    const g1 = left ? to : Math.max(to, ends[hi + 1]!);
    if (g1 - g0 > Math.max(3 * coreSpan, 10 * DAY)) break;
    if (left) { lo--; from = g0; } else { hi++; to = g1; }
  }
  // A year-precise event alone in the core would frame a whole year: its range is the period then.
  return [from, Math.max(to, from + DAY)];
}
