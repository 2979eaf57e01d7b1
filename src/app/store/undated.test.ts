import { describe, expect, it } from 'vitest';
import type { Article } from '../../schema/story.ts';
import { splitStory } from '../../pipeline/story/split.ts';
import { undatedNote, undatedOf } from './undated.ts';

const article = (id: string, published: string | null): Article => ({
  id, file: `${id}.txt`, title: id, publisher: null, url: null, byline: null, dateline: null, text: 'Text.',
  published: published ? { value: published, granularity: 'day', source: 'stated', evidence: null } : null,
});
const mention = (articleId: string) => ({ articleId, start: 0, end: 5, text: 'Text.' });
/** The outline the build writes for a story of these articles and context statements. */
const outline = (articles: Article[], context: ReturnType<typeof mention>[]) =>
  splitStory({ schemaVersion: 1, id: 's', title: 'S', articles, events: [], context, warnings: [] }).outline;

describe('undated articles', () => {
  it('says nothing when every article has a date', () => {
    expect(undatedOf(outline([article('a', '2018-01-17')], [mention('a')]))).toBeNull();
  });
  it('counts the undated articles and only their statements left off the timeline', () => {
    const story = outline([article('a', null), article('b', '2018-01-17'), article('c', null)], [mention('a'), mention('a'), mention('b'), mention('c')]);
    const u = undatedOf(story)!;
    expect(u).toEqual({ articles: 2, of: 3, statements: 3 });
    expect(undatedNote(u)).toBe('2 of the 3 articles do not state their date of publication, and the story does not settle them well enough to publish. The 3 statements they make without a date of their own are not on the timeline. The articles are marked “undated” in the list of articles.');
    // Under `npm run dev` the note also tells the editors how to place them.
    expect(undatedNote(u, true)).toMatch(/A date for each article in story\.json or in its front matter places them\.$/);
  });
  it('words a story none of whose articles is dated', () => {
    expect(undatedNote({ articles: 3, of: 3, statements: 0 })).toBe('None of the 3 articles states its date of publication, and the story does not settle them well enough to publish.');
    expect(undatedNote({ articles: 1, of: 1, statements: 1 })).toBe('The article does not state its date of publication, and its text does not settle it well enough to publish. The one statement it makes without a date of its own is not on the timeline. The article is marked “undated” in the list of articles.');
  });
});
