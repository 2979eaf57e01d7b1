/**
 * Brings an element into view by scrolling its nearest scrolling panel only (the side panel on a wide
 * screen), so the page, and with it the timeline, stays where it is, into the part of the panel the window
 * shows. Falls back to the page when narrow, or when the window shows too little of the panel.
 */
export function revealInScroller(el: HTMLElement): void {
  const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  for (let p = el.parentElement; p; p = p.parentElement) {
    const overflow = getComputedStyle(p).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && p.scrollHeight > p.clientHeight) {
      // What of the panel the window shows: a panel that starts low on the page shows its top only (the
      // reader below a 720 px window's timeline: "Next passage" moved the passage in the panel, out of sight).
      const box = p.getBoundingClientRect();
      const seenTop = Math.max(box.top, 0);
      const seen = Math.min(box.bottom, window.innerHeight) - seenTop;
      const height = el.getBoundingClientRect().height;
      if (seen < Math.min(p.clientHeight, height + 120)) break;
      const top = el.getBoundingClientRect().top - box.top + p.scrollTop;
      // Never under what sticks to the panel's top (the reader's top line and passage steps): its scroll margin.
      const margin = parseFloat(getComputedStyle(el).scrollMarginTop) || 0;
      p.scrollTo({ top: top - (seenTop - box.top) - Math.max(seen / 3, margin + 8), behavior: reduce ? 'auto' : 'smooth' });
      return;
    }
  }
  el.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
}
