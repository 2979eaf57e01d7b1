/**
 * Keys, only while the timeline has focus (the handler sits on the timeline element, never on the
 * document, so an embed or a second timeline on the page keeps its own keys): Left/Right previous/next
 * event, +/- zoom, Home/End first/last, Enter opens the details, Escape closes the reader or the details.
 */
import type { KeyboardEvent } from 'react';
import type { TimelineStore } from '../../store/createTimelineStore.ts';
import type { PanZoom } from '../../timeline/panZoom.ts';

export type KeyDeps = {
  store: TimelineStore;
  panZoom: () => PanZoom | null;
  /** Selects an event and asks for its mark to take focus once drawn. */
  selectAndFocus: (id: string) => void;
  openDetails: () => void;
  /** The span in view (ms), for the first arrow key with nothing selected. */
  view?: () => [number, number];
};

export function handleTimelineKey(e: KeyboardEvent<HTMLElement>, d: KeyDeps): void {
  if (e.altKey || e.ctrlKey || e.metaKey) return;
  const s = d.store.getState();
  const list = s.shownDated;
  // Arrows move from the mark that has focus (Tab reaches marks without selecting them), else from the
  // selected event; with neither, from the marks in view: the first (or last) one drawn, never the story's
  // first event of 1970 while the view shows 2012.
  const focused = (e.target as HTMLElement).closest?.('[data-event-id]')?.getAttribute('data-event-id') ?? null;
  const from = focused ?? s.selectedId;
  const at = from ? list.findIndex((i) => i.event.id === from) : -1;
  const go = (i: number) => {
    const item = list[Math.max(0, Math.min(list.length - 1, i))];
    if (item) d.selectAndFocus(item.event.id);
  };
  const inView = (last: boolean): number => {
    // The first (or last) event that begins in view, "+N" or not: a year or a month that began before the
    // view and is drawn at its left edge had come first, and each Right after it went back in time (Iraq's
    // opening view of 2005: 25 presses led through "2004" and "March 2004" to April 2004).
    const span = d.view?.();
    const near = span ? (last ? lastStartingBy(list, span[1]) : list.findIndex((x) => x.start >= span[0])) : -1;
    if (span && near >= 0 && list[near]!.start >= span[0] && list[near]!.start <= span[1]) return near;
    const ids = markIdsInView(e.currentTarget);
    const found = last ? [...ids].reverse() : ids;
    for (const id of found) {
      const i = list.findIndex((x) => x.event.id === id);
      if (i >= 0) return i;
    }
    // Nothing in view (zoomed into a quiet stretch): the next event after it, or the last one before it, not
    // the story's far end (Iraq's "All dates" zoomed into 1869: Right had gone to 1647, Left to 2006).
    if (span) return near >= 0 ? near : last ? 0 : list.length - 1;
    return last ? list.length - 1 : 0;
  };
  switch (e.key) {
    case 'ArrowRight': go(at < 0 ? inView(false) : at + 1); break;
    case 'ArrowLeft': go(at < 0 ? inView(true) : at - 1); break;
    case 'Home': go(0); break;
    case 'End': go(list.length - 1); break;
    case '+': case '=': d.panZoom()?.scaleBy(1.6); break;
    case '-': case '_': d.panZoom()?.scaleBy(1 / 1.6); break;
    case 'Enter': {
      // A button under the timeline (zoom, "Whole story", a "+N") does what it says; Enter opens details only
      // from the axis or a mark.
      if ((e.target as HTMLElement).closest('button, input, select, textarea')) return;
      const target = (e.target as HTMLElement).closest('[data-event-id]');
      // Enter on a mark that is not selected yet follows its link (selects it); otherwise it opens details.
      if (target && target.getAttribute('data-event-id') !== s.selectedId) return;
      if (!s.selectedId) return;
      d.openDetails();
      break;
    }
    case 'Escape':
      if (s.reader) s.closeReader();
      else if (s.selectedId) s.select(null);
      else return;
      break;
    default:
      return;
  }
  e.preventDefault();
}

/** The last event that begins at or before t (events are in order of their start), or -1. */
function lastStartingBy(list: readonly { start: number }[], t: number): number {
  let i = list.length - 1;
  while (i >= 0 && list[i]!.start > t) i--;
  return i;
}

/**
 * Ids of the event marks drawn inside the timeline's visible box, left to right. Not the marks off screen
 * (aria-hidden, drawn in the room kept for panning): pinned at the edge, their box lies in view, and the first
 * key had taken one, nine months before the view (Timeline17 finance).
 */
function markIdsInView(root: HTMLElement): string[] {
  const box = root.getBoundingClientRect();
  return [...root.querySelectorAll<HTMLElement>('[data-event-id]:not([aria-hidden="true"])')]
    .map((el) => ({ id: el.getAttribute('data-event-id')!, r: el.getBoundingClientRect() }))
    .filter(({ r }) => r.width > 0 && r.right > box.left && r.left < box.right)
    .sort((a, b) => a.r.left - b.r.left)
    .map(({ id }) => id);
}
