/**
 * Inside an iframe, Element.scrollIntoView() and a plain focus() scroll every ancestor frame, so an embed
 * that reveals a mark or a sentence would move the HOST page under its reader. The embed's own code scrolls
 * its panels itself (dom/scroll.ts, EventList) and focuses with { preventScroll: true }; this guard makes
 * the same true of code shared with the full page that does not, while the embed is framed:
 * - focus() prevents scrolling unless the caller asks otherwise;
 * - scrollIntoView() does nothing: the iframe is sized to its content, so the only thing it could
 *   scroll is the host page (panels scroll through revealInScroller, which tries them first).
 * Keyboard focus (Tab) is not a focus() call and still brings elements into view, as it should.
 */
export function keepHostStill(win: Window & typeof globalThis): void {
  if (win.parent === win) return;
  const proto = win.HTMLElement.prototype;
  const focus = proto.focus;
  proto.focus = function (this: HTMLElement, options?: FocusOptions) {
    focus.call(this, { preventScroll: true, ...options });
  };
  win.Element.prototype.scrollIntoView = function () {};
}
