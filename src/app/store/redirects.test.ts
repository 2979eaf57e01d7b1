import { describe, expect, it } from 'vitest';
import type { Story } from '../../schema/story.ts';
import { splitStory } from '../../pipeline/story/split.ts';
import { createTimelineStore } from './createTimelineStore.ts';
import { followRedirect, redirectNote } from './redirects.ts';

const event = (id: string) => ({
  id, date: { value: '2017-02-23', granularity: 'day' as const, source: 'stated' as const, evidence: null }, title: id, summary: id,
  actors: [], place: null, quotes: [], mentions: [{ articleId: 'a', start: 0, end: 1, text: 'K' }], sources: 1,
});
const story = splitStory({
  schemaVersion: 1, id: 's', title: 'S', articles: [], events: [event('kept'), event('absorber')], context: [], warnings: [],
  redirects: [{ from: 'merged-away', to: 'absorber', reason: 'merged' }, { from: 'gone', to: null, reason: 'removed' }, { from: 'hidden', to: null, reason: 'hidden' }],
} satisfies Story).outline;

describe('old event ids', () => {
  it('lead to the event that absorbed them, to the story, or stay unknown', () => {
    expect(followRedirect(story, 'kept')).toEqual({ id: 'kept', redirect: null });
    expect(followRedirect(story, 'merged-away')).toEqual({ id: 'absorber', redirect: story.redirects![0] });
    expect(followRedirect(story, 'gone')).toEqual({ id: null, redirect: story.redirects![1] });
    expect(followRedirect(story, 'never-was')).toEqual({ id: 'never-was', redirect: null });
    expect(followRedirect(story, null)).toEqual({ id: null, redirect: null });
  });

  it('say what happened in plain words', () => {
    expect(story.redirects!.map(redirectNote)).toEqual([
      'The event you followed was merged into this one in an update.',
      'This event was removed in an update.',
      'This event was removed by the editors in an update.',
    ]);
  });

  it('are followed by the store when it opens and on Back/Forward, and forgotten on the next selection', () => {
    const store = createTimelineStore(story, { eventId: 'merged-away' });
    expect(store.getState()).toMatchObject({ selectedId: 'absorber', redirect: { from: 'merged-away' } });
    store.getState().select('kept');
    expect(store.getState().redirect).toBeNull();
    store.getState().applyRoute({ eventId: 'gone', filters: store.getState().filters, reader: null });
    expect(store.getState()).toMatchObject({ selectedId: null, redirect: { from: 'gone', to: null } });
  });
});
