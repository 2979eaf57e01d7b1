import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Story } from '../../schema/story.ts';
import { decodeOutline, encodeOutline } from '../../schema/outlineCodec.ts';
import { validateStoryOutline } from '../../schema/outlineValidate.ts';
import { splitStory } from './split.ts';

/** The outline codec (src/schema/outlineCodec.ts) on the outline the split makes of the seed story. */
const seed = JSON.parse(readFileSync(join(import.meta.dirname, '../../../e2e/fixtures/seed-story.json'), 'utf8')) as Story;

describe('the outline in columns', () => {
  it('gives the outline back, every field of every event, and nothing more', () => {
    const outline = splitStory(seed).outline;
    const back = decodeOutline(encodeOutline(outline));
    expect(back).toStrictEqual(outline);
    expect(JSON.stringify(back)).toBe(JSON.stringify(outline));
  });

  it('writes each shared date, name and list once, and decodes them shared', () => {
    const outline = splitStory(seed).outline;
    const e = outline.events[0]!;
    const twin = { ...e, id: 'twin', date: { ...e.date }, actors: [...e.actors], articles: [...e.articles], rank: undefined, key: undefined, edited: undefined };
    delete twin.rank; delete twin.key; delete twin.edited;
    const file = encodeOutline({ ...outline, events: [e, twin] });
    expect(file.events.dates).toHaveLength(1);
    expect(file.events.actorLists).toHaveLength(1);
    expect(file.events.articleLists).toHaveLength(1);
    expect(file.events.names).toEqual(e.actors);
    expect(file.events.articleLists[0]!.map((i) => outline.articles[i]!.id)).toEqual(e.articles);
    const [a, b] = decodeOutline(file).events;
    expect(a!.date).toBe(b!.date);
    expect(a!.actors).toBe(b!.actors);
    expect(a!.articles).toBe(b!.articles);
    expect(b).toStrictEqual(twin);
  });

  it('leaves out the rank, key and edit columns when no event has them', () => {
    const outline = splitStory(seed).outline;
    const plain = outline.events.map(({ rank: _r, key: _k, edited: _e, ...rest }) => rest);
    const file = encodeOutline({ ...outline, events: plain });
    expect(Object.keys(file.events)).not.toContain('rank');
    expect(Object.keys(file.events)).not.toContain('key');
    expect(Object.keys(file.events)).not.toContain('edited');
    expect(validateStoryOutline(file)).toEqual({ ok: true, value: { ...outline, events: plain } });
  });

  it('is a fraction of the outline as objects', () => {
    const outline = splitStory(seed).outline;
    expect(JSON.stringify(encodeOutline(outline)).length).toBeLessThan(JSON.stringify(outline).length * 0.8);
  });
});
