/**
 * An article's headline is its own statement of its main happening ("Airbus wins Qatar Airways order worth
 * $15bn" over "European aircraft manufacturer, Airbus, has won an order from Qatar Airways for up to 60 of
 * its new mid-sized A350 jets."). The clean stage takes it out of Article.text (the viewer shows it apart),
 * so no sentence of the text is the headline, and a reader who asks where the timeline tells the headline's
 * news found nothing. Here each headline becomes one more mention of the event of its own article that
 * tells what it says: the event holding the article's sentence that shares the most of the headline's
 * content words (at least HEADLINE_WORDS of them, the rank's own bar), the earliest on a tie (the lead).
 *
 * It is attached after merge and rank, and read by neither: a headline is the same article's voice again
 * (no new source, no new words to join events by, no new date), and the rank already weighs a sentence by
 * the headline words it shares. A headline no event of its article tells is left alone: it makes no event
 * of its own (a title has no verb tense, no date, and is often a teaser).
 */
import type { Article, Event, Mention } from '../../schema/index.ts';
import { keywords } from '../events/keywords.ts';

/** Content words a headline and a sentence must share: one is most often only the protagonist's name. */
const HEADLINE_WORDS = 2;

/** Whether a mention is a sentence of the article's text (not its headline). */
export const inText = (m: Mention): boolean => m.part !== 'title';

/**
 * The events with each article's headline added to the event that tells it. `headlines[i]` is article i's
 * own headline (story.json, the page's meta or its first line), null where the article has none and its
 * title was cut from its lead.
 */
export function attachHeadlines(events: Event[], articles: readonly Article[], headlines: ReadonlyArray<string | null>): Event[] {
  // Each article's sentences with the event that holds them, gathered in one pass over the events.
  const told = new Map<string, Array<{ at: number; mention: Mention }>>();
  events.forEach((e, at) => {
    for (const mention of e.mentions) {
      if (!inText(mention)) continue;
      let list = told.get(mention.articleId);
      if (!list) told.set(mention.articleId, (list = []));
      list.push({ at, mention });
    }
  });
  const out = [...events];
  articles.forEach((a, i) => {
    const headline = headlines[i];
    if (!headline || a.title !== headline || !headline.trim()) return;
    const heads = new Set(keywords(headline));
    if (heads.size < HEADLINE_WORDS) return;
    let best: { at: number; shared: number; start: number } | null = null;
    for (const { at, mention } of told.get(a.id) ?? []) {
      const shared = new Set(keywords(mention.text).filter((k) => heads.has(k))).size;
      if (shared < HEADLINE_WORDS) continue;
      if (!best || shared > best.shared || (shared === best.shared && mention.start < best.start)) best = { at, shared, start: mention.start };
    }
    if (!best) return;
    const e = out[best.at]!;
    const mention: Mention = { articleId: a.id, start: 0, end: a.title.length, text: a.title, part: 'title' };
    out[best.at] = { ...e, mentions: [...e.mentions, mention] };
  });
  return out;
}
