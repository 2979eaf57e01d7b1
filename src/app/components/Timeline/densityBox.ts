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
