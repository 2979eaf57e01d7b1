import { describe, expect, it } from 'vitest';
import { keepHostStill } from './keepHostStill.ts';

/** A window whose element prototypes record how focus and scrollIntoView were called. */
function fakeWindow(framed: boolean) {
  const calls: unknown[] = [];
  class Element { scrollIntoView(arg?: unknown) { calls.push(['scrollIntoView', arg]); } }
  class HTMLElement extends Element { focus(options?: FocusOptions) { calls.push(['focus', options]); } }
  const win = { Element, HTMLElement } as unknown as Window & typeof globalThis;
  (win as { parent: unknown }).parent = framed ? {} : win;
  return { win, calls, el: new HTMLElement() as unknown as globalThis.HTMLElement };
}

describe('keepHostStill', () => {
  it('in a frame, focus() does not scroll unless asked to, and scrollIntoView() does nothing', () => {
    const { win, calls, el } = fakeWindow(true);
    keepHostStill(win);
    el.focus();
    el.focus({ preventScroll: false });
    el.scrollIntoView({ block: 'center' });
    expect(calls).toEqual([['focus', { preventScroll: true }], ['focus', { preventScroll: false }]]);
  });

  it('leaves a top-level page alone', () => {
    const { win, calls, el } = fakeWindow(false);
    keepHostStill(win);
    el.focus();
    el.scrollIntoView();
    expect(calls).toEqual([['focus', undefined], ['scrollIntoView', undefined]]);
  });
});
