import type { Mention } from '../../../schema/story.ts';

/**
 * The Sources list's entries: one per article, its first sentence of the text. A headline's mention
 * (`part: "title"`) is left out: it cites no sentence to read in context, and the entry shows the
 * article's title already.
 */
export function sourceMentions(mentions: readonly Mention[]): Mention[] {
  const seen = new Set<string>();
  return mentions.filter((m) => m.part !== 'title' && !seen.has(m.articleId) && !!seen.add(m.articleId));
}
