import { describe, expect, it } from 'vitest';
import type { Story } from '../../schema/story.ts';
import { splitStory } from '../../pipeline/story/split.ts';
import { createTimelineStore } from './createTimelineStore.ts';

const seed = import.meta.glob<Story>('../../../e2e/fixtures/seed-story.json', { eager: true, import: 'default' })['../../../e2e/fixtures/seed-story.json']!;

describe('the timeline store', () => {
  it('keeps the dated part of what the filters show, and finds items by id', () => {
    const outline = splitStory(seed).outline;
    const undated = { ...outline.events[0]!, id: 'undated-one', date: { ...outline.events[0]!.date, value: 'sometime' } };
    const story = { ...outline, events: [undated, ...outline.events] };
    const store = createTimelineStore(story, { eventId: 'dhs-orders' });
    const s = store.getState();
    expect(s.shown).toHaveLength(story.events.length);
    expect(s.shownDated).toEqual(s.shown.filter((i) => i.dated));
    expect(s.shownDated.map((i) => i.event.id)).not.toContain('undated-one');
    expect(s.byId.get('dhs-orders')?.event.title).toBe(outline.events.find((e) => e.id === 'dhs-orders')!.title);
    expect(s.byId.has('no-such-event')).toBe(false);
    s.setFilters({ actor: 'Rex Tillerson' });
    const t = store.getState();
    expect(t.shownDated).toEqual(t.shown.filter((i) => i.dated));
    expect(t.shownDated.length).toBeGreaterThan(0);
  });
});
