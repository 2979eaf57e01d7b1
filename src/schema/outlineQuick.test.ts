import { describe, expect, it } from 'vitest';
import { ArticleTextSchema, EventChunkSchema, SearchTextsSchema, StoryOutlineFileSchema, type ArticleText, type EventChunk, type StoryOutline, type StoryOutlineFile } from './outline.ts';
import { encodeOutline } from './outlineCodec.ts';
import { ARTICLE_TEXT_SHAPE, EVENT_CHUNK_SHAPE, OUTLINE_SHAPE, quickValidateArticleText, quickValidateEventChunk, quickValidateStoryOutline, SEARCH_TEXTS_SHAPE } from './outlineQuick.ts';
import { validateArticleText, validateEventChunk, validateStoryOutline } from './outlineValidate.ts';
import { SCHEMA_VERSION } from './version.ts';
import { parity, shapeOf } from './zodShape.testkit.ts';

/** An outline with every optional part filled in, so every branch of the shapes is exercised. */
const decoded = (): StoryOutline => ({
  schemaVersion: SCHEMA_VERSION,
  id: 'demo',
  title: 'Demo',
  articles: [{
    id: 'a', file: 'a.txt', title: 'A', publisher: 'Paper', url: 'https://example.org/a', context: 2,
    published: { value: '2017-02-24', granularity: 'day', source: 'inferred', confidence: 0.7, evidence: { articleId: 'a', text: 'Feb 24', start: 0, end: 6, anchor: null, note: 'stated' } },
  }],
  events: [{
    id: 'e1', date: { value: '2017-02-21', granularity: 'day', source: 'resolved', confidence: 0.5 }, title: 'Kelly issues new orders',
    actors: ['John Kelly'], place: 'Mexico City', sources: 1, articles: ['a'], mentions: 1, quotes: 1, rank: 1, key: true,
    edited: [{ what: 'date', note: 'The order is dated Tuesday.' }],
  }],
  warnings: [{ file: 'b.txt', code: 'empty', message: 'The file is empty.' }],
  redirects: [{ from: 'e0', to: 'e1', reason: 'merged' }],
  eventChunks: [0],
});
/** The same outline as its file writes it: events in columns. */
const outline = (): StoryOutlineFile => encodeOutline(decoded());
const chunk = (): EventChunk => ({
  schemaVersion: SCHEMA_VERSION, storyId: 'demo', chunk: 0,
  events: [{
    id: 'e1', summary: 'Kelly on Tuesday issued new orders.',
    evidence: { articleId: 'a', text: 'on Tuesday', start: 6, end: 16, anchor: '2017-02-24', note: 'weekday before' },
    quotes: [{ articleId: 'a', start: 59, end: 67, text: '"We will,"', speaker: 'Kelly' }],
    mentions: [{ articleId: 'a', start: 0, end: 35, text: 'Kelly on Tuesday issued new orders.' }],
  }],
});
const article = (): ArticleText => ({
  schemaVersion: SCHEMA_VERSION, storyId: 'demo', articleId: 'a', text: 'Kelly on Tuesday issued new orders.', marks: [{ eventId: 'e1', start: 0, end: 35 }],
});


describe('the quick validator of the split story', () => {
  it('states exactly the zod schemas of outline.ts', () => {
    expect(OUTLINE_SHAPE).toEqual(shapeOf(StoryOutlineFileSchema));
    expect(EVENT_CHUNK_SHAPE).toEqual(shapeOf(EventChunkSchema));
    expect(ARTICLE_TEXT_SHAPE).toEqual(shapeOf(ArticleTextSchema));
    expect(SEARCH_TEXTS_SHAPE).toEqual(shapeOf(SearchTextsSchema));
  });

  it('accepts valid documents as zod does, the outline decoded', () => {
    const q = quickValidateStoryOutline(outline());
    expect(q).toEqual(validateStoryOutline(outline()));
    expect(q).toEqual({ ok: true, value: decoded() });
    expect(quickValidateEventChunk(chunk())).toEqual(validateEventChunk(chunk()));
    expect(quickValidateArticleText(article())).toEqual(validateArticleText(article()));
  });

  it('never gives another verdict than zod, whatever is broken', () => {
    for (const [doc, quick, full] of [
      [outline, quickValidateStoryOutline, validateStoryOutline],
      [chunk, quickValidateEventChunk, validateEventChunk],
      [article, quickValidateArticleText, validateArticleText],
    ] as const) {
      const { decided, deferred } = parity(doc as () => unknown, quick, full);
      expect(deferred).toBeGreaterThan(30);
      expect(decided).toBeGreaterThan(5);
    }
  });

  it('refuses what the shapes cannot state, with the path', () => {
    const bad = outline();
    bad.events.articleLists[0] = [5];
    bad.eventChunks = [1];
    expect(validateStoryOutline(bad)).toEqual({ ok: false, errors: ['events.articleLists[0][0]: no article 5', 'eventChunks: the first chunk does not start at the first event', 'eventChunks[0]: 1 is past the last event'] });
    expect(quickValidateStoryOutline(bad)).toEqual(validateStoryOutline(bad));
    const columns = outline();
    columns.events.title.push('One title too many');
    columns.events.date[0] = 3;
    columns.events.actors[0] = 1;
    columns.events.actorLists[0] = [0, 4];
    columns.events.id.push('e1');
    expect(quickValidateStoryOutline(columns)).toEqual({ ok: false, errors: [
      'events.date: 1 entries for 2 events', 'events.actors: 1 entries for 2 events', 'events.place: 1 entries for 2 events',
      'events.sources: 1 entries for 2 events', 'events.articles: 1 entries for 2 events', 'events.mentions: 1 entries for 2 events',
      'events.quotes: 1 entries for 2 events', 'events.rank: 1 entries for 2 events', 'events.key: 1 entries for 2 events',
      'events.edited: 1 entries for 2 events', 'events.date[0]: no date 3', 'events.actors[0]: no list of actors 1',
      'events.actorLists[0][1]: no name 4', 'events.id[1]: duplicate id e1',
    ] });
    expect(quickValidateStoryOutline(columns)).toEqual(validateStoryOutline(columns));
    const text = article();
    text.marks[0]!.end = 99;
    expect(quickValidateArticleText(text)).toEqual({ ok: false, errors: ['marks[0]: offsets outside the article'] });
    expect(validateEventChunk({ ...chunk(), events: [] })).toEqual({ ok: false, errors: [expect.stringMatching(/^events: /)] });
    expect(validateEventChunk({ ...chunk(), schemaVersion: 2 })).toEqual({ ok: false, errors: [expect.stringMatching(/schemaVersion is 2/)] });
  });
});
