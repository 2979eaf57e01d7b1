/**
 * Where the split story's files lie under the site base (outline.ts), for the build and the viewer alike.
 * Free of zod, so the viewer imports it without loading the schemas (zod's checks are not in the page).
 */
export const outlinePaths = {
  index: (storyId: string) => `data/stories/${encodeURIComponent(storyId)}/index.json`,
  events: (storyId: string, chunk: number) => `data/stories/${encodeURIComponent(storyId)}/events/${chunk}.json`,
  article: (storyId: string, n: number) => `data/stories/${encodeURIComponent(storyId)}/articles/${n}.json`,
  texts: (storyId: string) => `data/stories/${encodeURIComponent(storyId)}/texts.json`,
};
