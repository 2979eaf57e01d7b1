import { describe, expect, it } from 'vitest';
import type { OutlineArticle } from '../../../schema/outline.ts';
import { articleName } from './articleName.ts';

describe('articleName', () => {
  const art = (id: string, publisher: string | null, title: string) => ({ id, publisher, title }) as unknown as OutlineArticle;
  const list = [art('a', 'Reuters', 'WHO raises alert'), art('b', 'Reuters', 'Mexico closes schools'), art('c', 'EFE', 'Kelly in Mexico'), art('d', null, 'A blog post')];
  const articles = new Map(list.map((x) => [x.id, x]));
  it('names an article by its outlet when that tells it apart, else by outlet and title', () => {
    expect(list.map((a) => articleName(a, articles))).toEqual(['Reuters, “WHO raises alert”', 'Reuters, “Mexico closes schools”', 'EFE', 'A blog post']);
  });
});
