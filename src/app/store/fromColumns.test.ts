/** What the viewer computes from the outline's columns (outlineColumns) equals what it computes from its events. */
import { describe, expect, it } from 'vitest';
import type { Story } from '../../schema/story.ts';
import { quickValidateStoryOutline } from '../../schema/outlineQuick.ts';
import { outlineColumns } from '../../schema/outlineCodec.ts';
import { splitStoryFiles } from '../../pipeline/story/split.ts';
import { facetCounts, toItems } from './items.ts';
import type { StoryOutline } from '../../schema/outline.ts';
import { menuCounts } from './menuCounts.ts';
import { outletCounts, outletIndex } from './outlets.ts';

const seed = import.meta.glob<Story>('../../../e2e/fixtures/seed-story.json', { eager: true, import: 'default' })['../../../e2e/fixtures/seed-story.json']!;

/** The outline as the viewer gets it: the split's index.json, validated and decoded. */
function loaded(story: Story) {
  const file = splitStoryFiles(story).find((f) => f.fileName.endsWith(`${story.id}/index.json`))!;
  const r = quickValidateStoryOutline(JSON.parse(file.body));
  if (!r?.ok) throw new Error('the seed outline does not validate');
  return r.value;
}

describe('the filter menus’ counts', () => {
  it('from the columns equal the counts over every event, key events included', () => {
    // Some events key, one with an actor twice and two articles of one outlet: counted as the menus always did.
    const events = seed.events.map((e, i) => ({ ...e, ...(i % 4 === 0 ? { key: true } : {}), ...(i === 1 ? { actors: [...e.actors, ...e.actors] } : {}) }));
    const outline = loaded({ ...seed, events });
    expect(outlineColumns(outline)).toBeDefined();
    const items = toItems(outline);
    const outlets = outletIndex(outline);
    const counts = menuCounts(outline, items, outlets);
    expect([...counts.actors].sort()).toEqual([...facetCounts(items).actors].sort());
    expect(counts.outlets).toEqual(outletCounts(outlets, items.map((i) => i.event)));
    expect(counts.key).toBe(items.filter((i) => i.event.key).length);
    expect(counts.key).toBeGreaterThan(0);
    expect([...counts.actors.values()].some((n) => n > 1)).toBe(true);
  });

  it('without columns (an outline made otherwise) counts over the events', () => {
    const outline = { ...loaded(seed) };
    expect(outlineColumns(outline)).toBeUndefined();
    const items = toItems(outline);
    const outlets = outletIndex(outline);
    expect(menuCounts(outline, items, outlets).outlets).toEqual(outletCounts(outlets, items.map((i) => i.event)));
  });
});

describe('items from the columns', () => {
  it('are the items of the same events without them: same order, dates and labels', () => {
    // Every kind of value, undated ones and ties included, in an order the sort has to undo.
    const values = ['2017-02-23', 'XXXX-02-23', '2017-W08', '2017-02', 'sometime', '2017-02-23T10:00', '2017', '2017-02-23', 'PRESENT_REF', '2017-02-20', '2017-Q1', '2017-W08'];
    const events = Array.from({ length: 60 }, (_, i) => ({ ...seed.events[i % seed.events.length]!, id: `e${i}`, date: { ...seed.events[0]!.date, value: values[(i * 7) % values.length]! } }));
    const outline = loaded({ ...seed, events });
    expect(outlineColumns(outline)).toBeDefined();
    const plain: StoryOutline = { ...outline };
    expect(outlineColumns(plain)).toBeUndefined();
    const summary = (items: ReturnType<typeof toItems>) => items.map((i) => [i.event.id, i.start, i.end, i.dateLabel, i.dated]);
    expect(summary(toItems(outline))).toEqual(summary(toItems(plain)));
    expect(toItems(outline).map((i) => i.event)).toEqual(toItems(plain).map((i) => i.event));
  });
});
