/**
 * The checks of a story document that are not its shape: the schema version (checked first, so an old
 * document gets one clear message) and the cross-field rules zod cannot state. Free of zod, so the viewer
 * can run them without loading it (see quick.ts).
 */
import type { Story } from './story.ts';
import { SCHEMA_VERSION } from './version.ts';

export function versionProblem(data: unknown): string | null {
  if (typeof data !== 'object' || data === null) return 'the document is not a JSON object';
  const v = (data as { schemaVersion?: unknown }).schemaVersion;
  if (v !== SCHEMA_VERSION) {
    return `schemaVersion is ${JSON.stringify(v)}, this viewer reads version ${SCHEMA_VERSION}; rebuild the story`;
  }
  return null;
}

/** Ids unique, mentions pointing at real articles and at the sentence they quote, redirects at real events. */
export function crossCheck(story: Story): string[] {
  const errors: string[] = [];
  const articles = new Map(story.articles.map((a) => [a.id, a]));
  if (articles.size !== story.articles.length) errors.push('articles: duplicate article id');
  const ids = new Set<string>();
  story.events.forEach((event, i) => {
    if (ids.has(event.id)) errors.push(`events[${i}].id: duplicate id ${event.id}`);
    ids.add(event.id);
    event.mentions.forEach((m, j) => {
      // The place is named only for an error: a story has tens of thousands of mentions.
      const where = () => `events[${i}].mentions[${j}]`;
      const article = articles.get(m.articleId);
      if (!article) errors.push(`${where()}.articleId: no article ${m.articleId}`);
      else {
        // A headline's mention indexes the article's title; every other mention its text.
        const told = m.part === 'title' ? article.title : article.text;
        const of = m.part === 'title' ? "'s title" : '';
        if (m.end < m.start || m.end > told.length) errors.push(`${where()}: offsets outside the article${of}`);
        // The text at the offsets, compared in place (no slice of the article).
        else if (m.end - m.start !== m.text.length || !told.startsWith(m.text, m.start)) errors.push(`${where()}.text: does not match the article${of} at its offsets`);
      }
    });
  });
  // An old id leads somewhere real, and never shadows an event the story still has.
  story.redirects?.forEach((r, i) => {
    if (ids.has(r.from)) errors.push(`redirects[${i}].from: ${r.from} is still an event of the story`);
    if (r.to !== null && !ids.has(r.to)) errors.push(`redirects[${i}].to: no event ${r.to}`);
  });
  return errors.slice(0, 20);
}
