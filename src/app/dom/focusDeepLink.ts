/**
 * A link to an event opens it with focus on its details' heading, so a screen reader says which event the
 * page opened on (focus had stayed on the page itself, and nothing was said of it: review 25). Never moves
 * focus a reader has already put somewhere, and never scrolls what holds the page's header out of view: the
 * heading takes focus where it is, and on the full page a heading below the window is brought up to its
 * bottom edge (`scroll`), no further. An embed passes no `scroll`: it never scrolls itself or its host.
 */
export function focusDeepLink(root: ParentNode | null, options: { scroll: boolean }): boolean {
  const active = document.activeElement;
  if (!root || (active && active !== document.body)) return false;
  const heading = root.querySelector<HTMLElement>('.details-title');
  if (!heading) return false;
  heading.focus({ preventScroll: true });
  if (options.scroll && heading.getBoundingClientRect().bottom > window.innerHeight) heading.scrollIntoView({ block: 'nearest' });
  return document.activeElement === heading;
}

/**
 * Whether an embed may take focus as it opens: only as a page of its own. In another site's frame it would
 * take the focus (and a screen reader's place) from the host page the reader is on.
 */
export function embedMayFocus(win: Window = window): boolean {
  return win.top === win.self;
}
