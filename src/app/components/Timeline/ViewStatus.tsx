import { useEffect, useRef, useState } from 'react';
import type { ScaleTime } from 'd3-scale';
import { useTimeline, useTimelineStoreApi } from '../../store/context.ts';
import { selectK } from '../../store/selectors.ts';

/** How long a zoom must rest before its view is said (a key held down, a wheel turned, zoom by frames). */
const SETTLE_MS = 600;

/**
 * Says the days a zoom brought on screen, once it rests: "Showing 9 Feb 2011 to 11 Feb 2011." The ticks are
 * drawn for the eye only (aria-hidden), so "Zoom in", "+", a "+N … zoom to them" or "Whole story" had
 * changed the view without a word to a screen reader. Said only while focus is in the timeline: the opening
 * frame, or a wheel turned by a mouse user whose focus is elsewhere, says nothing.
 */
export function ViewStatus({ scale, label }: { scale: ScaleTime<number, number> | null; label: (t: number) => string }) {
  const store = useTimelineStoreApi();
  const k = useTimeline(selectK);
  const [said, setSaid] = useState('');
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (!scale) return;
    const t = setTimeout(() => {
      const section = ref.current?.closest('.timeline');
      if (!section?.contains(document.activeElement)) return;
      const { x, k: zoom, width } = store.getState();
      const from = label(scale.invert(-x / zoom).getTime());
      const to = label(scale.invert((width - x) / zoom).getTime());
      setSaid(from === to ? `Showing ${from}.` : `Showing ${from} to ${to}.`);
    }, SETTLE_MS);
    return () => clearTimeout(t);
  }, [k, scale, label, store]);
  return <p ref={ref} className="visually-hidden" role="status">{said}</p>;
}
