import { describe, expect, it } from 'vitest';
import type { Story } from '../../schema/story.ts';
import type { StoryOutline } from '../../schema/outline.ts';
import { splitStory } from '../../pipeline/story/split.ts';
import { applyFilters, toItems } from './items.ts';
import { outletCounts, outletIndex, UNKNOWN_OUTLET, UNKNOWN_OUTLET_LABEL } from './outlets.ts';
const story = splitStory(import.meta.glob<Story>('../../../e2e/fixtures/seed-story.json', { eager: true, import: 'default' })['../../../e2e/fixtures/seed-story.json']!).outline;

const article = (id: string, publisher: string | null, title: string) => ({ id, publisher, title });

describe('the Source filter’s outlets', () => {
  it('lists each publisher once, by name, and the unattributed articles as one unknown outlet, last', () => {
    const index = outletIndex({
      articles: [
        article('a', 'Reuters', 'Koreas to march under one flag'),
        article('b', null, 'After Bill Cosby was sentenced to prison on Tuesday, his defense team made fiery'),
        article('c', 'CNN', 'Seoul (CNN) North and South Korean athletes will march'),
        article('d', 'reuters', 'Second Reuters piece'),
        article('e', null, 'Shortly after Bill Cosby was sentenced'),
      ] as StoryOutline['articles'],
    });
    expect(index.outlets).toEqual([
      { key: 'CNN', label: 'CNN', articleIds: ['c'] },
      { key: 'Reuters', label: 'Reuters', articleIds: ['a', 'd'] },
      { key: UNKNOWN_OUTLET, label: UNKNOWN_OUTLET_LABEL, articleIds: ['b', 'e'] },
    ]);
    expect(index.outlets.map((o) => o.label).join(' ')).not.toMatch(/Cosby|Seoul/);
  });

  it('maps a filter value to its outlet: a name in any case, the unknown outlet, or an old link’s article id', () => {
    const index = outletIndex(story);
    expect(index.keyOf('efe')).toBe('EFE');
    expect(index.keyOf('004_a64dbdd333cede17')).toBe('EFE');
    expect(index.keyOf(UNKNOWN_OUTLET)).toBe(UNKNOWN_OUTLET);
    expect(index.keyOf('No Such Outlet')).toBeNull();
    expect([...index.articlesOf(UNKNOWN_OUTLET)]).toEqual(['000_040d3fae169fa766', '002_bce46593e8c8b5a7']);
    expect(index.articlesOf('No Such Outlet').size).toBe(0);
  });

  it('filters events by every article of the outlet', () => {
    const index = outletIndex(story);
    const items = toItems(story);
    const unknown = new Set(index.articlesOf(UNKNOWN_OUTLET));
    const shown = applyFilters(items, { source: UNKNOWN_OUTLET, actor: null, q: '' }, index.articlesOf);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBe(items.filter((i) => i.event.articles.some((a) => unknown.has(a))).length);
    expect(applyFilters(items, { source: 'No Such Outlet', actor: null, q: '' }, index.articlesOf)).toEqual([]);
  });

  it('counts each outlet’s events in one pass, an event once however many of its articles the outlet has', () => {
    const index = outletIndex(story);
    const items = toItems(story);
    const counts = outletCounts(index, items.map((i) => i.event));
    for (const o of index.outlets) {
      const ids = new Set(o.articleIds);
      expect(counts.get(o.key), o.key).toBe(items.filter((i) => i.event.articles.some((a) => ids.has(a))).length);
    }
    const [first] = index.outlets;
    expect(outletCounts(index, [{ articles: [...first!.articleIds, ...first!.articleIds] }]).get(first!.key)).toBe(1);
  });
});
