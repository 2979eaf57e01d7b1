/**
 * The embed's side of the conversation with its host page: announces itself, reports its content height
 * whenever it changes, reports selections (with the full page's deep link, so the host can mirror it in
 * its own URL), opens the events the host asks for, and repeats all that when a host script that loaded
 * late asks (dateline:sync). Only messages from the parent window are heard.
 */
import type { TimelineStore } from '../store/createTimelineStore.ts';
import { parseHostMessage, readyMessage, resizeMessage, selectMessage, type EmbedToHost } from './messages.ts';

/** The few window and DOM features the bridge uses, so tests can pass fakes. */
export type BridgeEnv = {
  self: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  parent: Pick<Window, 'postMessage'>;
  /** The element whose height is the embed's height (document.body). */
  body: Element;
  observe: (el: Element, onResize: () => void) => () => void;
  /** The absolute deep link of the story or an event in the full viewer. */
  deepLink: (eventId: string | null) => string;
};

export function connectHost(store: TimelineStore, env: BridgeEnv): () => void {
  const storyId = store.getState().story.id;
  // The messages carry nothing private (ids and public URLs), and the host's origin is not known
  // in advance, so they go to any origin; what comes back is checked against the sender's window.
  const post = (m: EmbedToHost) => env.parent.postMessage(m, '*');
  post(readyMessage(storyId));

  let last = -1;
  const height = () => Math.ceil(env.body.getBoundingClientRect().height);
  const stopObserving = env.observe(env.body, () => {
    if (height() !== last) post(resizeMessage(storyId, (last = height())));
  });
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.selectedId !== prev.selectedId) post(selectMessage(storyId, s.selectedId, env.deepLink(s.selectedId)));
  });
  const onMessage = (e: MessageEvent) => {
    if (e.source !== env.parent) return;
    const command = parseHostMessage(e.data);
    // An id the story does not have selects nothing, and nothing is said back: a host mirroring our select
    // messages into its own address would have published a link to no event (the embed review).
    if (command?.type === 'dateline:select') {
      const id = command.eventId;
      if (id === null || store.getState().story.events.some((e) => e.id === id)) store.getState().select(id);
    }
    else if (command?.type === 'dateline:sync') {
      // The host script arrived after we spoke: say it all again.
      const s = store.getState();
      post(readyMessage(storyId));
      post(resizeMessage(storyId, (last = height())));
      if (s.selectedId) post(selectMessage(storyId, s.selectedId, env.deepLink(s.selectedId)));
    }
  };
  env.self.addEventListener('message', onMessage as EventListener);
  return () => {
    stopObserving();
    unsubscribe();
    env.self.removeEventListener('message', onMessage as EventListener);
  };
}

/** The bridge's environment in a real browser; null when the page is not framed (nothing to talk to). */
export function browserEnv(deepLink: BridgeEnv['deepLink']): BridgeEnv | null {
  if (window.parent === window) return null;
  return {
    self: window,
    parent: window.parent,
    body: document.body,
    observe: (el, onResize) => {
      const ro = new ResizeObserver(onResize);
      ro.observe(el);
      return () => ro.disconnect();
    },
    deepLink,
  };
}
