import { useEffect, useRef } from 'react';
import { FRAME_FILL } from '../../timeline/panZoom.ts';
import { FOLLOW_MS } from './useFollowRange.ts';

type Span = { start: number; end: number };

const DAY = 86_400_000;

/** The span that frames events from `lo` to `hi` as a deep link frames its event: six days or 30% either side. */
export function padFrame(lo: number, hi: number): [number, number] {
  const pad = Math.max(6 * DAY, (hi - lo) * 0.3);
  return [lo - pad, hi + pad];
}

/**
 * The span of the events a filter leaves, when none of them is in view: a search for "tornado" in Egypt found
 * one event, of 1886, and the axis stayed on the story's January 2011, empty but for "1 dated event" (review
 * 25). Null when one is in view (the reader's view is kept) or none is left.
 */
export function matchesOutOfView(shown: readonly Span[], view: readonly [number, number]): [number, number] | null {
  const m = spanOf(shown, view);
  return m && !m.anyIn ? [m.lo, m.hi] : null;
}

/**
 * The span of the events a filter leaves, when the view should go to them: none of them is in view (above),
 * or all are, crowded in a part of it: framed (padFrame, FRAME_FILL of the width) they would take a view less
 * than half as wide, so the view at least doubles its zoom (the matches of a search had stayed squeezed at
 * one edge of the period, in a "+N", their labels cut). Null otherwise: some in view and some out (a
 * search across years would zoom out to decades), or all in view and already spread over it.
 */
export function matchesToFrame(shown: readonly Span[], view: readonly [number, number]): [number, number] | null {
  const m = spanOf(shown, view);
  if (!m) return null;
  if (!m.anyIn) return [m.lo, m.hi];
  if (!m.allIn) return null;
  const [f0, f1] = padFrame(m.lo, m.hi);
  return (f1 - f0) / FRAME_FILL < (view[1] - view[0]) / 2 ? [m.lo, m.hi] : null;
}

function spanOf(shown: readonly Span[], view: readonly [number, number]) {
  if (!shown.length) return null;
  let lo = Infinity;
  let hi = -Infinity;
  let anyIn = false;
  let allIn = true;
  for (const i of shown) {
    if (i.start <= view[1] && i.end >= view[0]) anyIn = true;
    if (i.start < view[0] || i.end > view[1]) allIn = false;
    if (i.start < lo) lo = i.start;
    if (i.end > hi) hi = i.end;
  }
  return { lo, hi, anyIn, allIn };
}

/**
 * After the filters change (search, source, actor, key events; a date range frames its own days), the view
 * goes to the events left (matchesToFrame) once the filters have stayed the same for FOLLOW_MS (a search is
 * typed letter by letter), and at once on the first view (a link with filters). Only while the filters leave
 * fewer events than the story has (`narrowed`): clearing them never zooms in. An open event the filters keep
 * is framed by the timeline itself.
 */
export function useFindMatches(shown: readonly Span[], narrowed: boolean, framed: boolean, keeps: boolean, view: () => [number, number], frame: (lo: number, hi: number) => void): void {
  const latest = useRef({ view, frame, keeps, narrowed });
  useEffect(() => { latest.current = { view, frame, keeps, narrowed }; });
  const seen = useRef<readonly Span[] | null>(null);
  useEffect(() => {
    if (!framed || seen.current === shown) return;
    // The first view too: a link with "?q=tornado" had opened on the period, its one match out of sight.
    const first = seen.current === null;
    seen.current = shown;
    const timer = window.setTimeout(() => {
      const now = latest.current;
      if (now.keeps) return;
      const span = now.narrowed ? matchesToFrame(shown, now.view()) : matchesOutOfView(shown, now.view());
      if (span) now.frame(span[0], span[1]);
    }, first ? 0 : FOLLOW_MS);
    return () => window.clearTimeout(timer);
  }, [shown, framed]);
}
