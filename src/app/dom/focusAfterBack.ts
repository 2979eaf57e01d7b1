/**
 * Where focus goes after Back or Forward within a story (the history changed the selection or closed the
 * reader). Focus that is still on something the page shows stays; focus lost with the panel it was in (the
 * reader, the details), or left on another event than the one now selected, goes to the selected event in
 * the same widget (the list or the timeline), else to its mark, else to the time axis; with the reader back,
 * to its passage (or its heading). Without this, Back from the reader left focus on the page itself, and a
 * screen reader said nothing of where it was.
 */
export function focusAfterBack(root: ParentNode, selectedId: string | null): void {
  // A dialog belongs to the view it was opened on (a Share dialog of the event the history just left): closed.
  for (const d of document.querySelectorAll<HTMLDialogElement>('dialog[open]')) d.close();
  const active = document.activeElement as HTMLElement | null;
  // The history brought the reader back: it has given focus to its passage and is scrolling it into view
  // (smoothly, so it may still lie below the window now). A passage 1,200 px down an Egypt article had counted
  // as lost, and focus went to the event's mark on the timeline, away from the text the reader now shows.
  const reader = root.querySelector<HTMLElement>('.reader');
  if (reader && active?.isConnected && reader.contains(active)) return;
  const lost = !active || active === document.body || !active.isConnected || !onScreen(active);
  const on = active?.closest?.('[data-event-id]') ?? null;
  if (!lost && !(on && on.getAttribute('data-event-id') !== selectedId)) return;
  const selector = selectedId ? `[data-event-id="${CSS.escape(selectedId)}"]` : null;
  // The widget is the whole list or the whole timeline, never one date group's <ul> (the event before may sit
  // under another date heading).
  const widget = on?.parentElement?.closest('.timeline, .event-list') ?? null;
  const target =
    (reader && (reader.querySelector<HTMLElement>('[aria-current="location"], mark[tabindex]') ?? reader.querySelector<HTMLElement>('h2[tabindex]'))) ||
    (selector && !lost && widget?.querySelector<HTMLElement>(selector)) ||
    (selector && root.querySelector<HTMLElement>(`.timeline ${selector}`)) ||
    root.querySelector<HTMLElement>('.timeline [aria-label="Time axis"]');
  target?.focus();
}

function onScreen(el: HTMLElement): boolean {
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < window.innerHeight && r.left < window.innerWidth;
}
