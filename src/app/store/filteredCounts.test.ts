import { describe, expect, it } from 'vitest';
import { applyFilters, NO_FILTERS, toItems, type Filters } from './items.ts';
import { filteredCounts } from './filteredCounts.ts';
import { menuCounts } from './menuCounts.ts';
import { outletIndex } from './outlets.ts';
import type { Story } from '../../schema/story.ts';
import { splitStory } from '../../pipeline/story/split.ts';
const seed = import.meta.glob<Story>('../../../e2e/fixtures/seed-story.json', { eager: true, import: 'default' })['../../../e2e/fixtures/seed-story.json']!;
const story = splitStory({ ...seed, events: seed.events.map((e) => (['dhs-orders', 'press-conference', 'videgaray-warning'].includes(e.id) ? { ...e, key: true } : e)) }).outline;
const items = toItems(story);
const outlets = outletIndex(story);
const whole = menuCounts(story, items, outlets);

describe('filteredCounts', () => {
  it('is the whole story\'s counts without a filter', () => {
    expect(filteredCounts(items, NO_FILTERS, outlets, whole)).toEqual({ ...whole, sourcesAll: items.length, actorsAll: items.length });
  });
  it('counts for each menu what every other filter leaves, as applyFilters would show on choosing it', () => {
    const filters: Filters[] = [
      { ...NO_FILTERS, q: 'Kelly' },
      { ...NO_FILTERS, q: 'Kelly', from: '2017-02-23' },
      { ...NO_FILTERS, q: 'Kelly', key: true },
      { ...NO_FILTERS, source: 'EFE', actor: 'Donald Trump' },
      { ...NO_FILTERS, actor: 'Rex Tillerson', from: '2017-02-22', to: '2017-02-23' },
    ];
    for (const f of filters) {
      const c = filteredCounts(items, f, outlets, whole);
      const shown = (g: Partial<Filters>) => applyFilters(items, { ...f, ...g }, outlets.articlesOf).length;
      expect(c.key).toBe(shown({ key: true }));
      expect(c.sourcesAll).toBe(shown({ source: null }));
      expect(c.actorsAll).toBe(shown({ actor: null }));
      for (const o of outlets.outlets) expect(c.outlets.get(o.key)).toBe(shown({ source: o.key }));
      for (const [name, n] of c.actors) expect(n).toBe(shown({ actor: name }));
      // Given the events all filters leave, the same counts.
      expect(filteredCounts(items, f, outlets, whole, undefined, applyFilters(items, f, outlets.articlesOf))).toEqual(c);
    }
    // The search's events name these people, and no one else.
    expect([...filteredCounts(items, { ...NO_FILTERS, q: 'Kelly' }, outlets, whole).actors.keys()].sort()).toEqual(
      [...new Set(applyFilters(items, { ...NO_FILTERS, q: 'Kelly' }).flatMap((i) => i.event.actors))].sort(),
    );
  });
});
