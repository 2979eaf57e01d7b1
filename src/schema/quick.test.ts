import { describe, expect, it } from 'vitest';
import { quickValidateStory, quickValidateStoryIndex, STORY_INDEX_SHAPE, STORY_SHAPE } from './quick.ts';
import { StoryIndexSchema, StorySchema, type Story } from './story.ts';
import { validateStory, validateStoryIndex } from './validate.ts';
import { SCHEMA_VERSION } from './version.ts';
import { mutate, parity, paths, REPLACEMENTS, shapeOf } from './zodShape.testkit.ts';

const text = 'Kelly on Tuesday issued new orders. He spoke on Thursday. "We will," he said.';
/** A small story with every optional part filled in, so every branch of the shapes is exercised. */
const full = (): Story => ({
  schemaVersion: SCHEMA_VERSION,
  id: 'demo',
  title: 'Demo',
  articles: [{
    id: 'a', file: 'a.txt', title: 'A', publisher: 'Paper', url: 'https://example.org/a', byline: 'Someone', dateline: 'Mexico City',
    published: { value: '2017-02-24', granularity: 'day', source: 'stated', evidence: { articleId: 'a', text: 'Feb 24', start: 0, end: 6, anchor: null, note: 'stated' } },
    text,
  }],
  events: [{
    id: 'e1',
    date: { value: '2017-02-21', granularity: 'day', source: 'resolved', evidence: { articleId: 'a', text: 'on Tuesday', start: 6, end: 16, anchor: '2017-02-24', note: 'weekday before' } },
    title: 'Kelly issues new orders',
    summary: 'Kelly on Tuesday issued new orders.',
    actors: ['John Kelly'],
    place: 'Mexico City',
    quotes: [{ articleId: 'a', start: 59, end: 67, text: '"We will,"', speaker: 'Kelly' }],
    mentions: [{ articleId: 'a', start: 0, end: 35, text: 'Kelly on Tuesday issued new orders.' }],
    sources: 1,
    rank: 1,
    key: true,
    edited: [{ what: 'date', note: 'The order is dated Tuesday.' }, { what: 'title', note: null }],
  }],
  context: [{ articleId: 'a', start: 36, end: 57, text: 'He spoke on Thursday.' }],
  warnings: [{ file: 'b.txt', code: 'empty', message: 'The file is empty.' }],
  redirects: [{ from: 'e0', to: 'e1', reason: 'merged' }, { from: 'e9', to: null, reason: 'hidden' }],
});

describe('the quick validator', () => {
  it('states exactly the zod schemas of story.ts', () => {
    expect(STORY_SHAPE).toEqual(shapeOf(StorySchema));
    expect(STORY_INDEX_SHAPE).toEqual(shapeOf(StoryIndexSchema));
  });

  it('accepts a valid story as validateStory does, without copying it', () => {
    const doc = full();
    const quick = quickValidateStory(doc);
    expect(quick).toEqual(validateStory(full()));
    expect(quick?.ok && quick.value).toBe(doc);
  });

  it('never gives another verdict than validateStory, whatever is broken', () => {
    const { decided, deferred } = parity(full, quickValidateStory, validateStory);
    expect(deferred).toBeGreaterThan(100);
    expect(decided).toBeGreaterThan(20); // same-type swaps that stay valid, cross-check failures, versions
  });

  it('leaves documents with extra keys to zod, which strips them', () => {
    const doc = { ...full(), comment: 'hand-edited' };
    expect(quickValidateStory(doc)).toBeNull();
    expect(validateStory(doc)).toEqual({ ok: true, value: full() });
  });

  it('checks the index the same way', () => {
    const index = { schemaVersion: SCHEMA_VERSION, stories: [{ id: 's', title: 'S', articles: 2, events: 3, from: '2017', to: null }] };
    expect(quickValidateStoryIndex(index)).toEqual(validateStoryIndex(index));
    for (const path of paths(index)) {
      for (const r of REPLACEMENTS) {
        const doc = mutate(index, path, r);
        const quick = quickValidateStoryIndex(structuredClone(doc));
        if (quick) expect(quick).toEqual(validateStoryIndex(structuredClone(doc)));
      }
    }
    expect(quickValidateStoryIndex({ ...index, stories: [{ ...index.stories[0]!, articles: -1 }] })).toBeNull();
  });
});
