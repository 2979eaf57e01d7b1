import { describe, expect, it } from 'vitest';
import { applyFilters, facetCounts, toItems } from './items.ts';
import type { Story } from '../../schema/story.ts';
import { splitStory } from '../../pipeline/story/split.ts';
const seed = import.meta.glob<Story>('../../../e2e/fixtures/seed-story.json', { eager: true, import: 'default' })['../../../e2e/fixtures/seed-story.json']!;
const story = splitStory(seed).outline;
const texts = new Map(splitStory(seed).outline.events.map((e, i) => [e.id, splitStory(seed).texts.texts[i]!.toLowerCase()]));

describe('items and filters', () => {
  it('sorts dated events chronologically', () => {
    const items = toItems(story);
    for (let i = 1; i < items.length; i++) expect(items[i]!.start).toBeGreaterThanOrEqual(items[i - 1]!.start);
  });
  it('orders as a stable sort of the events by start, then end, undated last in the pipeline’s order', () => {
    const values = ['2017-02-23', 'XXXX-02-23', '2017-W08', '2017-02', 'sometime', '2017-02-23T10:00', '2017', '2017-02-23', 'PRESENT_REF', '2017-02-20', '2017-Q1', '2017-W08'];
    const events = Array.from({ length: 60 }, (_, i) => ({ ...story.events[0]!, id: `e${i}`, date: { ...story.events[0]!.date, value: values[(i * 7) % values.length]! } }));
    const items = toItems({ events });
    const reference = events.map((event) => items.find((i) => i.event === event)!)
      .sort((a, b) => a.start - b.start || (a.dated ? a.end - b.end : 0));
    expect(items.map((i) => i.event.id)).toEqual(reference.map((i) => i.event.id));
    expect(items.at(-1)!.dated).toBe(false);
    expect(items.filter((i) => i.event.date.value === '2017-02-23')[0]!.dateLabel).toBe('Thursday 23 February 2017');
  });
  it('filters by source, actor and words, all at once', () => {
    const items = toItems(story);
    const bySource = applyFilters(items, { source: '004_a64dbdd333cede17', actor: null, q: '' });
    expect(bySource.every((i) => i.event.articles.includes('004_a64dbdd333cede17'))).toBe(true);
    const byActor = applyFilters(items, { source: null, actor: 'Rex Tillerson', q: '' });
    expect(byActor.length).toBeGreaterThan(0);
    expect(applyFilters(items, { source: null, actor: null, q: 'firearms' }).map((i) => i.event.id)).toEqual(['tillerson-border-remarks']);
  });
  it('searches summaries and quotes once their texts are there, titles, names and places before', () => {
    const items = toItems(story);
    // A word of a quote that no title, name or place has.
    const known = seed.events.map((e) => [e.title, e.place ?? '', ...e.actors].join(' ')).join(' ').toLowerCase();
    const quoted = seed.events.find((e) => e.quotes.some((x) => x.text.split(/\W+/).some((w) => w.length > 4 && !known.includes(w.toLowerCase()))))!;
    const word = quoted.quotes.flatMap((x) => x.text.split(/\W+/)).find((w) => w.length > 4 && !known.includes(w.toLowerCase()))!;
    const q = { source: null, actor: null, q: word };
    expect(applyFilters(items, q, undefined, (id) => texts.get(id)).map((i) => i.event.id)).toContain(quoted.id);
    expect(applyFilters(items, q).map((i) => i.event.id)).not.toContain(quoted.id);
  });
  it('keeps only the key events when asked', () => {
    const items = toItems({ ...story, events: story.events.map((e, i) => (i % 3 === 0 ? { ...e, key: true } : e)) });
    const key = applyFilters(items, { source: null, actor: null, q: '', key: true });
    expect(key.length).toBe(Math.ceil(story.events.length / 3));
    expect(key.every((i) => i.event.key)).toBe(true);
    expect(applyFilters(items, { source: null, actor: null, q: '', key: false })).toHaveLength(items.length);
  });
  it('counts events per source and per actor', () => {
    const { actors } = facetCounts(toItems(story));
    expect(actors.get('John Kelly')).toBeGreaterThan(1);
  });
});
