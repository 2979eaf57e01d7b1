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

type Point = { start: number; end: number; weight: number };

/** Items that frame the period, by the story's own marks of importance when it has them. */
export function framingItems(items: readonly Item[]): Item[] {
  const dated = items.filter((i) => i.dated);
  const key = dated.filter((i) => i.event.key === true);
  if (key.length) return key;
  const ranked = dated.filter((i) => typeof i.event.rank === 'number');
  if (ranked.length) {
    const top = Math.max(8, Math.ceil(ranked.length / 10));
    return [...ranked].sort((a, b) => a.event.rank! - b.event.rank!).slice(0, top);
  }
  return dated;
}

function sourcesOf(item: Item): number {
  return Math.max(1, item.event.articles.length);
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
  const points: Point[] = framing.map((i) => ({ start: i.start, end: i.end, weight: sourcesOf(i) })).sort((a, b) => a.start - b.start);
  const total = points.reduce((s, p) => s + p.weight, 0);
  // Shortest window [i, j] of start times whose weight reaches the share (two pointers).
  let best: [number, number] = [0, points.length - 1];
  let sum = 0;
  let i = 0;
  for (let j = 0; j < points.length; j++) {
    sum += points[j]!.weight;
    while (i < j && sum - points[i]!.weight >= total * CORE_SHARE) sum -= points[i++]!.weight;
    if (sum >= total * CORE_SHARE && points[j]!.start - points[i]!.start < points[best[1]]!.start - points[best[0]]!.start) best = [i, j];
  }
  let [lo, hi] = best;
  let from = points[lo]!.start;
  let to = -Infinity;
  for (let n = lo; n <= hi; n++) to = Math.max(to, points[n]!.end);
  const coreSpan = Math.max(to - from, DAY);
  const reach = () => Math.max(3 * DAY, (to - from) / 2);
  for (;;) {
    const before = lo > 0 ? from - points[lo - 1]!.start : Infinity;
    const after = hi < points.length - 1 ? points[hi + 1]!.start - to : Infinity;
    const next = Math.min(before, after);
    if (next > reach()) break;
    const grown = before <= after ? [points[lo - 1]!.start, to] : [from, Math.max(to, points[hi + 1]!.end)];
    if (grown[1]! - grown[0]! > Math.max(3 * coreSpan, 10 * DAY)) break;
    if (before <= after) { lo--; from = grown[0]!; } else { hi++; to = grown[1]!; }
  }
  // A year-precise event alone in the core would frame a whole year: its range is the period then.
  return [from, Math.max(to, from + DAY)];
}
