import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { revealInScroller } from '../dom/scroll.ts';
import { useTimelineStoreApi } from '../store/context.ts';

/**
 * Below this preferred height an open event (or the reader) takes the frame in place of the timeline and
 * the list, under "Back to the timeline": at 400 by 320 px the details had got 96 px, two lines of the
 * event. From 400 px up the timeline, the list and the details share the frame as before (an embed of 400
 * opened on an event frames its mark on the timeline: embedFit.spec.ts).
 */
export const TAKEOVER = 400;

/** Keys that step through the events on the timeline: the timeline keeps the frame while they are used. */
const STEPS = new Set(['ArrowLeft', 'ArrowRight', 'Home', 'End']);

export type Takeover = {
  /** The details (or the reader) have the frame: the timeline and the list give way. */
  takeover: boolean;
  /** Handlers for the embed's root element: they tell stepping on the timeline from opening an event. */
  handlers: {
    onKeyDownCapture: (e: React.KeyboardEvent) => void;
    onPointerDownCapture: (e: React.PointerEvent) => void;
    onFocus: (e: React.FocusEvent) => void;
  };
  /** Enter on the axis or a selected mark: the details take the frame. */
  expand: () => void;
  /** "Back to the timeline": closes the event (and the reader) and gives focus to where it was opened from. */
  back: () => void;
};

/**
 * The small frame's two views. Opening an event (a click on a mark or a row, Enter, the host's
 * Dateline.select, an address with an event) gives it the frame; stepping with the arrows, Home or End on
 * the timeline keeps the timeline in view, the details below it, until Enter opens them (the timeline
 * would otherwise vanish under the keys that move along it). When what had focus gives way, focus goes to
 * the heading of the details (or the reader), never to the page.
 */
export function useTakeover(small: boolean, open: boolean, main: RefObject<HTMLElement | null>): Takeover {
  const store = useTimelineStoreApi();
  const [browsing, setBrowsing] = useState(false);
  const takeover = small && open && !browsing;
  // The last element focused in the embed, and the one focus left for the details (given back by "Back").
  const lastFocus = useRef<HTMLElement | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  // A "+N" is drawn anew as its event leaves it and comes back: found again by its name ("2 more events,
  // Thursday 20 January 2011: list them"), the same once the event is closed.
  const openerName = useRef<string | null>(null);

  useEffect(() => { if (!open) setBrowsing(false); }, [open]);

  // Before paint: whatever had focus and is now hidden (a row, a mark) hands it to the panel's heading.
  useLayoutEffect(() => {
    if (!open || !main.current) return;
    const active = document.activeElement;
    const from = active instanceof HTMLElement && active !== document.body ? active : document.hasFocus() ? lastFocus.current : null;
    if (takeover) {
      opener.current = from?.closest('.timeline, .event-list') ? from : null;
      // Drawn anew, it may be gone already (its event left it): its name is kept all the same.
      openerName.current = from?.classList.contains('cluster') ? from.getAttribute('aria-label') : null;
    }
    // An element gone with what it was in counts as hidden: a link of a "+N" list, which closes as its event
    // opens (focus had fallen to the page).
    if (!from || (from.isConnected && (!main.current.contains(from) || from.closest('.embed-side') || isShown(from)))) return;
    main.current.querySelector<HTMLElement>('.embed-side .details-title, .embed-side .reader-title')?.focus({ preventScroll: true });
  }, [takeover, open, main]);

  const onKeyDownCapture = useCallback((e: React.KeyboardEvent) => {
    const t = e.target as HTMLElement;
    const onTimeline = !!t.closest('.timeline');
    if (onTimeline && STEPS.has(e.key) && !e.altKey && !e.ctrlKey && !e.metaKey) setBrowsing(true);
    // Enter opens: on a mark, the axis, a row or a link; not on the timeline's own buttons (zoom).
    else if (e.key === 'Enter' && !(onTimeline && t.closest('button'))) setBrowsing(false);
  }, []);
  const onPointerDownCapture = useCallback((e: React.PointerEvent) => {
    if ((e.target as HTMLElement).closest('[data-event-id], .cluster-list a, .embed-panels')) setBrowsing(false);
  }, []);
  const onFocus = useCallback((e: React.FocusEvent) => {
    const t = e.target as HTMLElement;
    lastFocus.current = t;
    if (t.closest('.embed-panels')) setBrowsing(false);
  }, []);
  const expand = useCallback(() => setBrowsing(false), []);

  const back = useCallback(() => {
    const id = store.getState().selectedId;
    const from = opener.current;
    flushSync(() => store.getState().select(null));
    const root = main.current;
    // A mark is drawn anew once unselected: found again by its event.
    const mark = id ? root?.querySelector<HTMLElement>(`.timeline [data-event-id="${CSS.escape(id)}"]`) : null;
    const chip = openerName.current ? root?.querySelector<HTMLElement>(`.timeline .cluster[aria-label="${CSS.escape(openerName.current)}"]`) : null;
    const target = (from?.isConnected ? from : null) ?? mark ?? chip ?? root?.querySelector<HTMLElement>('.timeline-viewport');
    target?.focus({ preventScroll: true });
    // A row is brought into view in the list's own scroller (the host page never moves).
    if (target?.closest('.event-list')) revealInScroller(target);
  }, [store, main]);

  return { takeover, handlers: { onKeyDownCapture, onPointerDownCapture, onFocus }, expand, back };
}

/** Is the element rendered and visible (not inside a hidden timeline or a list that gave way)? */
function isShown(el: HTMLElement): boolean {
  return typeof el.checkVisibility === 'function' ? el.checkVisibility({ visibilityProperty: true }) : el.getClientRects().length > 0;
}
