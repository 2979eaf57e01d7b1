/**
 * Articles the story could not date: no date stated, and the chronology would not publish a guess (a wrong
 * date is worse than none). What they report without a date of their own is then not on the timeline; the
 * reader (and the editor, who can give the article a date) is told so, in plain words.
 */
import type { StoryOutline } from '../../schema/outline.ts';

export interface Undated {
  /** Articles with no publication date. */
  articles: number;
  /** Of all the story's articles. */
  of: number;
  /** Their statements left off the timeline (the story's context from those articles). */
  statements: number;
}

export function undatedOf(story: Pick<StoryOutline, 'articles'>): Undated | null {
  const undated = story.articles.filter((a) => !a.published);
  if (!undated.length) return null;
  const statements = undated.reduce((n, a) => n + a.context, 0);
  return { articles: undated.length, of: story.articles.length, statements };
}

export function undatedNote(u: Undated, forEditors = false): string {
  const one = u.articles === 1;
  const subject = u.articles === u.of
    ? (one ? 'The article does not state its date of publication, and its text does not settle it' : `None of the ${u.of} articles states its date of publication, and the story does not settle them`)
    : (one ? `1 of the ${u.of} articles does not state its date of publication, and the story does not settle it` : `${u.articles} of the ${u.of} articles do not state their date of publication, and the story does not settle them`);
  const first = `${subject} well enough to publish.`;
  if (u.statements === 0) return first;
  const they = one ? 'it makes' : 'they make';
  const what = u.statements === 1 ? `The one statement ${they} without a date of its own is not on the timeline.` : `The ${u.statements} statements ${they} without a date of their own are not on the timeline.`;
  // Readers are told where the articles are; editors (`npm run dev`) also how to place them.
  const where = one ? 'The article is marked “undated” in the list of articles.' : 'The articles are marked “undated” in the list of articles.';
  const fix = one ? 'A date for the article in story.json or in its front matter places them.' : 'A date for each article in story.json or in its front matter places them.';
  return `${first} ${what} ${forEditors ? fix : where}`;
}
