import { useEffect, useRef } from 'react';
import { FOLLOW_MS } from './useFollowRange.ts';

type Span = { start: number; end: number };

/**
 * The span of the events a filter leaves, when none of them is in view: a search for "tornado" in Egypt found
 * one event, of 1886, and the axis stayed on the story's January 2011, empty but for "1 dated event" (review
 * 25). Null when one is in view (the reader's view is kept) or none is left.
 */
export function matchesOutOfView(shown: readonly Span[], view: readonly [number, number]): [number, number] | null {
  if (!shown.length) return null;
  let lo = Infinity;
  let hi = -Infinity;
  for (const i of shown) {
    if (i.start <= view[1] && i.end >= view[0]) return null;
    if (i.start < lo) lo = i.start;
    if (i.end > hi) hi = i.end;
  }
  return [lo, hi];
}

/**
 * After the filters change (search, source, actor, key events; a date range frames its own days), the view
 * goes to the events left when none of them is in it, once the filters have stayed the same for FOLLOW_MS (a
 * search is typed letter by letter), and at once on the first view (a link with filters). An open event the
 * filters keep is framed by the timeline itself.
 */
export function useFindMatches(shown: readonly Span[], framed: boolean, keeps: boolean, view: () => [number, number], frame: (lo: number, hi: number) => void): void {
  const latest = useRef({ view, frame, keeps });
  useEffect(() => { latest.current = { view, frame, keeps }; });
  const seen = useRef<readonly Span[] | null>(null);
  useEffect(() => {
    if (!framed || seen.current === shown) return;
    // The first view too: a link with "?q=tornado" had opened on the period, its one match out of sight.
    const first = seen.current === null;
    seen.current = shown;
    const timer = window.setTimeout(() => {
      if (latest.current.keeps) return;
      const span = matchesOutOfView(shown, latest.current.view());
      if (span) latest.current.frame(span[0], span[1]);
    }, first ? 0 : FOLLOW_MS);
    return () => window.clearTimeout(timer);
  }, [shown, framed]);
}
