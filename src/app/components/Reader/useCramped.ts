import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * Below this height of the reader's scroller, its sticky bars give way to the text: at 400 by 320 px the
 * top line and the passage steps, each wrapped on two lines, took 112 px of a 238 px panel, and in an 800 by
 * 500 embed 111 px of 192. A desktop window (a panel of 600 px or more) keeps both bars as they are.
 */
export const CRAMPED = 480;

/**
 * Is the reader in a cramped panel? Read from the height the panel is given, never from its content (a
 * content height would flip the answer as the bars shrink): the embed's side panel, which the frame sizes,
 * else the window (the page's side panel is at most the window's height; in one column the page scrolls).
 */
export function useCramped(section: RefObject<HTMLElement | null>, open: boolean): boolean {
  const [cramped, setCramped] = useState(false);
  useLayoutEffect(() => {
    const el = section.current;
    if (!open || !el) return;
    const panel = el.closest<HTMLElement>('.embed-side');
    const measure = () => setCramped(Math.min(window.innerHeight, panel?.clientHeight ?? Infinity) < CRAMPED);
    measure();
    window.addEventListener('resize', measure);
    const watch = panel && typeof ResizeObserver !== 'undefined' ? new ResizeObserver(measure) : null;
    if (panel) watch?.observe(panel);
    return () => { window.removeEventListener('resize', measure); watch?.disconnect(); };
  }, [section, open]);
  return cramped;
}
