import { describe, expect, it } from 'vitest';
import { dropSharedFurniture, sharedFurniture, withoutFurniture } from './sharedFurniture.ts';
import type { Article, Warning } from '../../schema/index.ts';

const TEASER = '2 men charged in death of Chicago teen who performed in inauguration event.';
const page = (i: number, lead = TEASER) => `${lead}\n\nProtesters filled Tahrir Square in Cairo on day ${i} of the uprising against President Mubarak.\n\nPolice fired tear gas at crowds near the Interior Ministry as the protests entered day ${i}.`;
const WIRE = 'Egyptian protesters defied a curfew and marched on Tahrir Square as police fired tear gas at the crowds.';
const wirePage = (i: number) => `${WIRE}\n\nThe protesters in Tahrir Square said police fired tear gas again on day ${i} of the curfew.`;

describe('furniture the story pages share', () => {
  it('finds a line printed on four pages that none of them is about, and keeps each page its own text', () => {
    const texts = [1, 2, 3, 4].map((i) => page(i));
    expect([...sharedFurniture(texts)]).toEqual([TEASER]);
    const kept = withoutFurniture(texts[0]!, sharedFurniture(texts));
    expect(kept.startsWith('Protesters filled Tahrir Square')).toBe(true);
    expect(kept).toContain('\n\nPolice fired tear gas');
  });

  it('keeps a wire lead several outlets carry: the rest of each article retells it', () => {
    expect(sharedFurniture([1, 2, 3, 4, 5].map(wirePage)).size).toBe(0);
  });

  it('needs four pages: three that share an off-topic line keep it', () => {
    expect(sharedFurniture([1, 2, 3].map((i) => page(i))).size).toBe(0);
  });

  it('retitles an article whose title was the furniture, and skips one left empty with a warning', () => {
    const art = (id: string, text: string): Article => ({ id, file: `${id}.txt`, title: text.split('\n')[0]!, publisher: null, url: null, byline: null, dateline: null, published: null, text });
    const articles = [art('a', page(1)), art('b', page(2)), art('c', page(3)), art('d', TEASER)];
    const warnings: Warning[] = [];
    const raw = articles.map((a) => a.text);
    dropSharedFurniture(articles, [null, null, 'Egypt protests: day 3', null], raw, warnings);
    expect(articles.map((a) => a.id)).toEqual(['a', 'b', 'c']);
    expect(raw).toHaveLength(3);
    expect(articles[0]!.title).toMatch(/^Protesters filled Tahrir Square/);
    expect(articles[2]!.title).toBe('Egypt protests: day 3');
    expect(warnings).toEqual([expect.objectContaining({ file: 'd.txt', code: 'empty' })]);
  });
});
