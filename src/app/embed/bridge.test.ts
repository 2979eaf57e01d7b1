import { describe, expect, it } from 'vitest';
import seed from '../../../e2e/fixtures/seed-story.json' with { type: 'json' };
import type { Story } from '../../schema/story.ts';
import { splitStory } from '../../pipeline/story/split.ts';
import { createTimelineStore } from '../store/createTimelineStore.ts';
import { connectHost, type BridgeEnv } from './bridge.ts';
import { PROTOCOL } from './messages.ts';

/** A fake parent window and body: records what the embed posts, and lets the test resize and send. */
function fakeEnv() {
  const posted: unknown[] = [];
  const listeners = new Set<(e: MessageEvent) => void>();
  let height = 500;
  let resize = () => {};
  const parent = { postMessage: ((m: unknown, origin: string) => { expect(origin).toBe('*'); posted.push(m); }) as Window['postMessage'] };
  const env: BridgeEnv = {
    self: {
      addEventListener: ((_: string, l: (e: MessageEvent) => void) => listeners.add(l)) as Window['addEventListener'],
      removeEventListener: ((_: string, l: (e: MessageEvent) => void) => listeners.delete(l)) as Window['removeEventListener'],
    },
    parent,
    body: { getBoundingClientRect: () => ({ height }) } as Element,
    observe: (_, onResize) => { resize = onResize; onResize(); return () => { resize = () => {}; }; },
    deepLink: (id) => `https://example.org/seed-fixture/${id ? `${id}/` : ''}`,
  };
  const send = (data: unknown, source: unknown = parent) => listeners.forEach((l) => l({ data, source } as MessageEvent));
  return { env, posted, send, listeners, setHeight: (h: number) => { height = h; resize(); } };
}

const story = splitStory(seed as unknown as Story).outline;

describe('the embed bridge', () => {
  it('says it is ready and reports its height once per change', () => {
    const f = fakeEnv();
    connectHost(createTimelineStore(story), f.env);
    f.setHeight(500.4);
    f.setHeight(640);
    expect(f.posted).toEqual([
      { type: 'dateline:ready', version: PROTOCOL, storyId: 'seed-fixture' },
      { type: 'dateline:resize', version: PROTOCOL, storyId: 'seed-fixture', height: 500 },
      { type: 'dateline:resize', version: PROTOCOL, storyId: 'seed-fixture', height: 501 },
      { type: 'dateline:resize', version: PROTOCOL, storyId: 'seed-fixture', height: 640 },
    ]);
  });

  it('tells the host about each selection with the full page deep link', () => {
    const f = fakeEnv();
    const store = createTimelineStore(story);
    connectHost(store, f.env);
    store.getState().select('dhs-orders');
    store.getState().openReader('000_040d3fae169fa766', null); // not a selection change
    store.getState().select(null);
    expect(f.posted.filter((m) => (m as { type: string }).type === 'dateline:select')).toEqual([
      { type: 'dateline:select', version: PROTOCOL, storyId: 'seed-fixture', eventId: 'dhs-orders', url: 'https://example.org/seed-fixture/dhs-orders/' },
      { type: 'dateline:select', version: PROTOCOL, storyId: 'seed-fixture', eventId: null, url: 'https://example.org/seed-fixture/' },
    ]);
  });

  it('opens what the parent asks for, and ignores other windows and malformed commands', () => {
    const f = fakeEnv();
    const store = createTimelineStore(story);
    connectHost(store, f.env);
    f.send({ type: 'dateline:select', version: PROTOCOL, eventId: 'press-conference' }, {});
    f.send({ type: 'dateline:select', version: PROTOCOL, eventId: '<img onerror=x>' });
    expect(store.getState().selectedId).toBeNull();
    f.send({ type: 'dateline:select', version: PROTOCOL, eventId: 'press-conference' });
    expect(store.getState().selectedId).toBe('press-conference');
    // An id the story does not have changes nothing and says nothing back.
    const said = f.posted.length;
    f.send({ type: 'dateline:select', version: PROTOCOL, eventId: 'does-not-exist' });
    expect(store.getState().selectedId).toBe('press-conference');
    expect(f.posted).toHaveLength(said);
  });

  it('repeats ready, height and an open selection when a late host script asks', () => {
    const f = fakeEnv();
    const store = createTimelineStore(story, { eventId: 'dhs-orders' });
    connectHost(store, f.env);
    f.posted.length = 0;
    f.send({ type: 'dateline:sync', version: PROTOCOL });
    expect(f.posted).toEqual([
      { type: 'dateline:ready', version: PROTOCOL, storyId: 'seed-fixture' },
      { type: 'dateline:resize', version: PROTOCOL, storyId: 'seed-fixture', height: 500 },
      { type: 'dateline:select', version: PROTOCOL, storyId: 'seed-fixture', eventId: 'dhs-orders', url: 'https://example.org/seed-fixture/dhs-orders/' },
    ]);
    store.getState().select(null);
    f.posted.length = 0;
    f.send({ type: 'dateline:sync', version: PROTOCOL });
    expect(f.posted.map((m) => (m as { type: string }).type)).toEqual(['dateline:ready', 'dateline:resize']); // nothing open: nothing to mirror
  });

  it('lets go of everything when disconnected', () => {
    const f = fakeEnv();
    const store = createTimelineStore(story);
    connectHost(store, f.env)();
    expect(f.listeners.size).toBe(0);
    const before = f.posted.length;
    store.getState().select('dhs-orders');
    expect(f.posted.length).toBe(before);
  });
});
