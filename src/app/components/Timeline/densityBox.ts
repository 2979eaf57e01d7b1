import { frameShares } from '../../timeline/panZoom.ts';

/**
 * Where the density strip draws the box of the view, in percent of the strip, from the view's ends in
 * percent of the story's span (either may lie beyond it). At least 0.8% wide, so a view far narrower than
 * the story still shows, and always inside the strip: a view past the story's end (an event the editors
 * redated after the period) had drawn its box beyond the strip's right edge, over the page.
 */
export function viewBox(from: number, to: number): { left: number; width: number; whole: boolean } {
  const l = Math.min(100, Math.max(0, from));
  const r = Math.min(100, Math.max(0, to));
  const width = Math.max(0.8, r - l);
  return { left: Math.max(0, Math.min(l, 100 - width)), width, whole: l <= 1 && r >= 99 };
}

/**
 * The strip's span for a framed period or date range: what the view shows when it frames it (the span fills
 * the width but for frameShares' margins), so at the opening view the strip's bars stand under the axis's own dates. With a
 * tenth either side the strip had been narrower than the view: Iraq's "Jan 2005" on the axis stood over the
 * strip's early December (review 24).
 */
export function stripSpan([a, b]: readonly [number, number], [left, right]: readonly [number, number] = frameShares(0)): [number, number] {
  // `left`, `right`: the shares of the width zoomTo leaves either side of the span (frameShares).
  const whole = (b - a) / (1 - left - right);
  return [a - left * whole, b + right * whole];
}
