import { describe, expect, it } from 'vitest';
import { segment } from '../segment/index.ts';
import { copiesOf, publishersFromCopies, sourcesOf } from './copies.ts';

const wire = [
  'Protesters taking to the streets in Egypt felt the wrath of security forces on Wednesday.',
  'Police fired tear gas at crowds gathered in central Cairo for a second day of demonstrations.',
  'The interior ministry said it would not tolerate further gatherings in the capital.',
  'Witnesses said hundreds of people were detained as the crowds were pushed back from the square.',
];
const art = (id: string, sentences: string[], publisher: string | null = null) => ({ id, publisher, sentences: segment(sentences.join(' ')).sentences });

describe('copies of one article in a story', () => {
  it('finds a page saved twice (a few lines of furniture apart), never two outlets that share a lead', () => {
    const a = art('a', wire, 'CNN');
    const b = art('b', [...wire, 'Share this story with your friends on social media today please.']);
    const c = art('c', [wire[0]!, 'Our correspondent in Alexandria says the mood there is calmer than in the capital.', 'Shops reopened in the afternoon and traffic returned to the main roads of the city.', 'The army has not been seen on the streets of Alexandria so far this week.']);
    const copies = copiesOf([a, b, c]);
    expect(copies).toEqual(new Map([['a', 'a'], ['b', 'a']]));
    // One source, not two; the unknown copy is CNN's; the other outlet stays its own.
    const articles = [a, b, c];
    publishersFromCopies(articles, copies);
    expect(articles.map((x) => x.publisher)).toEqual(['CNN', 'CNN', null]);
    const sourceOf = sourcesOf(articles, copies);
    expect(new Set(['a', 'b', 'c'].map(sourceOf)).size).toBe(2);
  });

  it('two copies no one attributes count as one source; a short page is never a copy by one sentence', () => {
    const copies = copiesOf([art('x', wire), art('y', wire), art('z', [wire[0]!])]);
    expect(copies).toEqual(new Map([['x', 'x'], ['y', 'x']]));
    const sourceOf = sourcesOf([{ id: 'x', publisher: null }, { id: 'y', publisher: null }, { id: 'z', publisher: null }], copies);
    expect(sourceOf('x')).toBe(sourceOf('y'));
    expect(sourceOf('z')).not.toBe(sourceOf('x'));
  });
});
