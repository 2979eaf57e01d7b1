/**
 * The story's title when story.json gives none: the first article (by file name) with a headline of its
 * own, since a headline is written to name the story; else the first article's title, cut from its lead;
 * else the folder's id. Never a made-up phrase.
 */
export function storyTitle(given: string | undefined, articles: ReadonlyArray<{ title: string }>, headlines: ReadonlyArray<string | null>, id: string): string {
  if (given) return given;
  const headed = articles.find((a, i) => headlines[i] && a.title === headlines[i]);
  return headed?.title ?? articles[0]?.title ?? id;
}
