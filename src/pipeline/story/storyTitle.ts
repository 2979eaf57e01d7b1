/**
 * The story's title when story.json gives none: the first article (by file name) with a headline of its
 * own, since a headline is written to name the story; else the first title cut whole from an article's
 * lead, a clause with its verb ("Homicide detectives have taken over the investigation"), since one cut
 * mid-sentence ("Less than a week before the billionaire businessman Barry Sherman and his wife, Honey…",
 * mn03's page title) or without a verb ("A week after one of the deadliest mass shootings") names nothing;
 * else the first article's title; else the folder's id. Never a made-up phrase.
 */
import { lacksVerb } from '../events/titleSubject.ts';

export function storyTitle(given: string | undefined, articles: ReadonlyArray<{ title: string }>, headlines: ReadonlyArray<string | null>, id: string): string {
  if (given) return given;
  const headed = articles.find((a, i) => headlines[i] && a.title === headlines[i]);
  return headed?.title ?? articles.find((a) => a.title && !a.title.endsWith('…') && !lacksVerb(a.title))?.title ?? articles[0]?.title ?? id;
}
