/**
 * The exports say the articles' words as the viewer shows them: a tokenized corpus's headline and sentence
 * ("` I 'll hold Blair to account ' Reg Keys", Timeline17's pages) written as a reader writes them, and a
 * Markdown-escaped asterisk as the bullet it stands for ("pandemic threats: \* The 1918 ..."). The story's
 * JSON keeps the stored text, whose offsets the mentions point into; only the exports' copies change.
 */
import type { Story } from '../../schema/index.ts';
import { joinSpacedPossessives, looksTokenized, untokenize } from '../../schema/untokenize.ts';

const ESCAPED_ASTERISK = /\\\*/g;

export function asShown(story: Story): Story {
  const tokenized = new Map(story.articles.map((a) => [a.id, looksTokenized(a.text)]));
  const show = (text: string, articleId: string | undefined): string => {
    const s = text.replace(ESCAPED_ASTERISK, '•');
    return articleId !== undefined && tokenized.get(articleId) ? joinSpacedPossessives(untokenize(s)) : s;
  };
  return {
    ...story,
    articles: story.articles.map((a) => ({ ...a, title: show(a.title, a.id) })),
    events: story.events.map((e) => {
      // The summary is one of the event's sentences: shown as the article it comes from is.
      const from = e.mentions.find((m) => m.text === e.summary) ?? e.mentions[0];
      return { ...e, title: show(e.title, from?.articleId), summary: show(e.summary, from?.articleId) };
    }),
  };
}
