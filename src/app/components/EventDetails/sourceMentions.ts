import type { Mention } from '../../../schema/story.ts';

/**
 * The Sources list's entries: one per article, its first sentence of the text, but for the article the
 * event's title and summary come from, that very sentence (`summary`): "Read in context" then marks the
 * sentence the event is about, not the article's opening (a review found mn03's "Friends of the couple are
 * reeling" cited by its article's first sentence). A headline's mention (`part: "title"`) is left out: it
 * cites no sentence to read in context, and the entry shows the article's title already.
 */
export function sourceMentions(mentions: readonly Mention[], summary?: string): Mention[] {
  const own = summary === undefined ? undefined : mentions.find((m) => m.part !== 'title' && m.text === summary);
  const seen = new Set<string>();
  return mentions
    .filter((m) => m.part !== 'title' && !(own && m.articleId === own.articleId && m !== own))
    .filter((m) => !seen.has(m.articleId) && !!seen.add(m.articleId));
}

/**
 * Each cited article's other sentences about the event, in text order: an event told twice by one article,
 * or given a sentence by an editors' merge, shows every one of them (the Sources list had shown one
 * sentence per article, and a merged-in sentence of an article already cited was nowhere to be read).
 */
export function otherSentences(mentions: readonly Mention[], cited: readonly Mention[]): Map<string, Mention[]> {
  const shown = new Set(cited);
  const out = new Map<string, Mention[]>();
  for (const m of mentions) {
    if (m.part === 'title' || shown.has(m)) continue;
    const list = out.get(m.articleId) ?? [];
    if (!list.some((x) => x.start === m.start)) list.push(m);
    out.set(m.articleId, list);
  }
  for (const list of out.values()) list.sort((a, b) => a.start - b.start);
  return out;
}
