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
};

export function handleTimelineKey(e: KeyboardEvent<HTMLElement>, d: KeyDeps): void {
  if (e.altKey || e.ctrlKey || e.metaKey) return;
  const s = d.store.getState();
  const list = s.shownDated;
  const at = s.selectedId ? list.findIndex((i) => i.event.id === s.selectedId) : -1;
  const go = (i: number) => {
    const item = list[Math.max(0, Math.min(list.length - 1, i))];
    if (item) d.selectAndFocus(item.event.id);
  };
  switch (e.key) {
    case 'ArrowRight': go(at < 0 ? 0 : at + 1); break;
    case 'ArrowLeft': go(at < 0 ? list.length - 1 : at - 1); break;
    case 'Home': go(0); break;
    case 'End': go(list.length - 1); break;
    case '+': case '=': d.panZoom()?.scaleBy(1.6); break;
    case '-': case '_': d.panZoom()?.scaleBy(1 / 1.6); break;
    case 'Enter': {
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
