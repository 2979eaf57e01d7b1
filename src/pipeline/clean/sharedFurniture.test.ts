import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keywords } from '../events/keywords.ts';
import { ABOUT_PAGE, MIN_PAGES, dropSharedFurniture, hasWords, sharedFurniture, withoutFurniture } from './sharedFurniture.ts';
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

/** The definition as first written: every page's keywords scanned again without the line, for every line. */
function reference(texts: readonly string[]): Set<string> {
  const linesOf = (text: string) => text.split(/\n+/).map((l) => l.trim()).filter(Boolean);
  const pages = new Map<string, number[]>();
  texts.forEach((text, i) => {
    for (const line of new Set(linesOf(text))) if (line.split(/\s+/).length >= 5) pages.set(line, [...(pages.get(line) ?? []), i]);
  });
  const out = new Set<string>();
  for (const [line, on] of pages) {
    const words = [...new Set(keywords(line))];
    if (on.length < MIN_PAGES || !words.length) continue;
    let found = 0;
    for (const i of on) {
      const rest = new Set(keywords(linesOf(texts[i]!).filter((l) => l !== line).join('\n')));
      found += words.filter((w) => rest.has(w)).length / words.length;
    }
    if (found / on.length < ABOUT_PAGE) out.add(line);
  }
  return out;
}

describe('shared furniture counted once per page', () => {
  // Lines from a small pool, so that lines repeat across pages and within one, and their words overlap.
  const WORDS = ['police', 'protesters', 'square', 'fired', 'gas', 'cairo', 'minister', 'curfew', 'said', 'the', '2011', "army's", 'tear-gas'];
  const line = fc.array(fc.constantFrom(...WORDS), { minLength: 3, maxLength: 9 }).map((w) => w.join(' '));
  const pageOf = (lines: string[]) => fc.array(fc.tuple(fc.constantFrom(...lines), fc.constantFrom('\n', '\n\n', ' \n')), { minLength: 1, maxLength: 6 }).map((parts) => parts.map(([l, sep]) => l + sep).join(''));

  it('finds exactly the lines the page-by-page definition finds', () => {
    let withFurniture = 0;
    fc.assert(fc.property(fc.array(line, { minLength: 2, maxLength: 6 }).chain((lines) => fc.array(pageOf(lines), { minLength: 4, maxLength: 9 })), (texts) => {
      const found = [...sharedFurniture(texts)].sort();
      expect(found).toEqual([...reference(texts)].sort());
      if (found.length) withFurniture++;
    }), { seed: 13, numRuns: 300 });
    // The runs must include pages with furniture, or the comparison would prove little.
    expect(withFurniture).toBeGreaterThan(20);
  });

  it('a line printed twice on a page is not "elsewhere" on it; a third line with its words is', () => {
    const teaser = 'Helicopter crashes into crane on London tower';
    const twice = (i: number) => `${teaser}\n${teaser}\nSwine flu cases rose on day ${i}.`;
    expect([...sharedFurniture([1, 2, 3, 4].map(twice))]).toEqual([teaser]);
    expect(sharedFurniture([1, 2, 3, 4].map((i) => `${twice(i)}\nThe crane on the tower in London was hit by a helicopter.`)).size).toBe(0);
  });
});

describe('counting a line\'s words without splitting it', () => {
  it('agrees with line.split(/\\s+/).length on trimmed lines, Unicode spaces included', () => {
    const SPACES = [' ', '  ', '\t', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u2028', ' \u00a0 '];
    const line = fc.array(fc.oneof(fc.constantFrom('a', 'Mubarak', 'é', '—', '1', '\ud83d\ude00'), fc.constantFrom(...SPACES)), { maxLength: 14 }).map((parts) => parts.join('').trim()).filter(Boolean);
    fc.assert(fc.property(line, fc.integer({ min: 1, max: 7 }), (l, n) => {
      expect(hasWords(l, n)).toBe(l.split(/\s+/).length >= n);
    }), { seed: 13, numRuns: 2000 });
  });
});
