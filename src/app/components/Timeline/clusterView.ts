import { CLUSTER_MIN } from '../../timeline/lanes.ts';

/** Where a "+N" is drawn and how its count shows (ClusterMark). */
export interface ClusterView {
  /** Screen x of the button's room. */
  left: number;
  right: number;
  /** Padding that keeps the count in the part of the room on screen, when the room runs past an edge. */
  padLeft: number;
  padRight: number;
  /** The whole count fits in that part; else only "+" shows (the accessible name keeps the count). */
  whole: boolean;
  /**
   * Its count shows whole on screen. A "+N" that does not (a sliver at an edge, or one just past it) is left
   * out of the Tab order, as a mark with no room for its label is: Egypt's first Tab stop on the axis had been
   * a "+9" 3 px of which were on screen, its focus ring a sliver at the edge (review 26).
   */
  shows: boolean;
}

/** Room a count's text takes: "+" and its digits in the axis's bold 12 px figures, and the button's padding. */
export const countWidth = (count: number): number => (String(count).length + 1) * 8 + 4;

/**
 * A "+N" drawn over the part of its room that is on screen: a day's "+N" is as wide as the day, and its count,
 * centred, had sat off screen when the day began left of the edge (an empty button at the edge). A sliver
 * narrower than a count needs keeps its room (widened, it would lie over its neighbour), and its count is
 * drawn in the part on screen, or not at all: centred in the whole room, Iraq's "+23" showed as "3" at the
 * axis's left edge and Finan's "+12" as "2" in an 800 px embed (review 24), fewer events than are there.
 */
export function clusterView(left: number, right: number, width: number, count: number): ClusterView {
  const whole = { left, right, padLeft: 0, padRight: 0, whole: true, shows: true };
  if (right <= 0 || left >= width) return { ...whole, shows: false };
  const l = Math.max(left, 0);
  const r = Math.min(right, width);
  if (r - l >= CLUSTER_MIN) return { ...whole, left: l, right: r };
  if (l === left && r === right) return whole;
  const fits = r - l >= countWidth(count);
  return { left, right, padLeft: l - left, padRight: right - r, whole: fits, shows: fits };
}
