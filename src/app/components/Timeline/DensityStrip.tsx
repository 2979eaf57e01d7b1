import type { KeyboardEvent, PointerEvent } from 'react';
import { useMemo } from 'react';
import { useTimeline } from '../../store/context.ts';
import { selectK, selectX } from '../../store/selectors.ts';
import type { Item } from '../../store/items.ts';
import { viewBox } from './densityBox.ts';

type Props = {
  items: Item[];
  /** The story's span (its own period when far recalls would dwarf it; those sit at the ends) and the span in view, in ms. */
  domain: [number, number];
  /**
   * The span in view at a transform (ms). The strip reads the transform from the store itself, so its box
   * follows a pan or a drag frame by frame (the timeline, which holds its own render back during a pan, had
   * left the box where the press began).
   */
  viewAt: (x: number, k: number) => [number, number];
  /** Centre the view on a time (ms), keeping the zoom. */
  onJump: (t: number) => void;
  /** How a time reads ("23 Feb 2017"). */
  label: (t: number) => string;
};

const BINS = 80;

/**
 * The whole story at a glance under the axis: how many events fall in each stretch (bars), and where the
 * view is (a box). A slider for assistive technology: its value is where the view is centred, arrows move
 * it by a twentieth of the story, Home and End go to its ends; a click or tap centres the view there, and a
 * drag carries it along.
 */
export function DensityStrip({ items, domain, viewAt, onJump, label }: Props) {
  const view = viewAt(useTimeline(selectX), useTimeline(selectK));
  const [d0, d1] = domain;
  const span = Math.max(1, d1 - d0);
  const bins = useMemo(() => {
    const counts = new Array<number>(BINS).fill(0);
    for (const i of items) {
      if (!i.dated) continue;
      const b = Math.min(BINS - 1, Math.max(0, Math.floor(((i.start - d0) / span) * BINS)));
      counts[b]! += 1;
    }
    return counts;
  }, [items, d0, span]);
  // The bars change only with the story and the filters: the same elements every zoom and pan frame, which
  // React passes over (80 styled spans re-diffed per frame were a tenth of a zoom frame's script).
  const bars = useMemo(() => {
    const max = Math.max(1, ...bins);
    return bins.map((n, b) => (
      <span key={b} className="density-bar" style={{ left: `${(b / BINS) * 100}%`, width: `${100 / BINS}%`, height: n ? `${20 + 80 * Math.sqrt(n / max)}%` : 0 }} aria-hidden="true" />
    ));
  }, [bins]);
  const at = (t: number) => Math.min(100, Math.max(0, ((t - d0) / span) * 100));
  const centre = (view[0] + view[1]) / 2;
  const value = Math.round(at(centre));
  const jumpTo = (pct: number) => onJump(d0 + (Math.min(100, Math.max(0, pct)) / 100) * span);
  const onKey = (e: KeyboardEvent) => {
    const step = { ArrowLeft: -5, ArrowDown: -5, ArrowRight: 5, ArrowUp: 5, PageDown: -20, PageUp: 20 }[e.key];
    if (step !== undefined) jumpTo(value + step);
    else if (e.key === 'Home') jumpTo(0);
    else if (e.key === 'End') jumpTo(100);
    else return;
    e.preventDefault();
    e.stopPropagation();
  };
  // A click centres the view there; a drag carries it along (the box had stayed where the press began).
  const follow = (e: PointerEvent<HTMLDivElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    jumpTo(((e.clientX - r.left) / Math.max(1, r.width)) * 100);
  };
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    e.currentTarget.setPointerCapture?.(e.pointerId);
    follow(e);
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (e.currentTarget.hasPointerCapture?.(e.pointerId)) follow(e);
  };
  // The whole story in view: the box is the strip's own frame, drawn quiet (a red box round everything had
  // read as an error).
  const box = viewBox(((view[0] - d0) / span) * 100, ((view[1] - d0) / span) * 100);
  return (
    <div
      className="density"
      role="slider"
      tabIndex={0}
      aria-label="Where the view is in the whole story"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={value}
      aria-valuetext={`View centred on ${label(centre)}, in a story from ${label(d0)} to ${label(d1)}`}
      title="The whole story: click or drag to move the view"
      onKeyDown={onKey}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
    >
      {bars}
      <span className={box.whole ? 'density-view density-view--whole' : 'density-view'} style={{ left: `${box.left}%`, width: `${box.width}%` }} aria-hidden="true" />
    </div>
  );
}
