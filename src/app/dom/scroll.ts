/**
 * Brings an element into view by scrolling its nearest scrolling panel only (the side panel on a wide
 * screen), so the page, and with it the timeline, stays where it is. Falls back to the page when narrow.
 */
export function revealInScroller(el: HTMLElement): void {
  const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  for (let p = el.parentElement; p; p = p.parentElement) {
    const overflow = getComputedStyle(p).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && p.scrollHeight > p.clientHeight) {
      const top = el.getBoundingClientRect().top - p.getBoundingClientRect().top + p.scrollTop;
      p.scrollTo({ top: top - p.clientHeight / 3, behavior: reduce ? 'auto' : 'smooth' });
      return;
    }
  }
  el.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
}
