/// <reference lib="dom" />
/**
 * Articles the story could not date: the page says so, and that what they report is missing from the
 * timeline, as a note a screen reader reaches in place; a story whose articles all have dates has none.
 */
import { expect, seedStory, serveStories, test } from './support/fixtures.ts';

type Doc = typeof seedStory & { context: Array<{ articleId: string; start: number; end: number; text: string }> } & Record<string, unknown>;
const ID = 'undated-fixture';

function undatedStory(): Doc {
  const seed = seedStory as Doc;
  const [first, second] = seed.articles as Array<(typeof seed.articles)[number] & { published: unknown }>;
  const dated = { value: '2017-02-24', granularity: 'day', source: 'stated', evidence: null };
  const articles = seed.articles.map((a) => ({ ...a, published: a.id === first!.id || a.id === second!.id ? null : dated }));
  const said = (articleId: string, text: string) => ({ articleId, start: 0, end: text.length, text });
  const context = [...(seed.context ?? []).filter((m) => m.articleId !== first!.id && m.articleId !== second!.id), said(first!.id, 'A'), said(first!.id, 'B'), said(second!.id, 'C')];
  return { ...seed, id: ID, articles, context };
}

test('a story with undated articles says what is missing from its timeline', async ({ page }) => {
  await serveStories(page, [undatedStory() as never]);
  await page.goto(`/${ID}/`);
  const note = page.getByRole('note').filter({ hasText: 'date of publication' });
  await expect(note).toHaveText(`2 of the ${seedStory.articles.length} articles do not state their date of publication, and the story does not settle them well enough to publish. The 3 statements they make without a date of their own are not on the timeline. The articles are marked “undated” in the list of articles.`);
});

test('a story whose articles all have dates has no such note', async ({ page }) => {
  // The seed story as built: every article stated or inferred.
  await page.goto('/us-officials-in-mexico-city/');
  await expect(page.getByRole('region', { name: 'Timeline', exact: true })).toBeVisible();
  await expect(page.getByRole('note').filter({ hasText: 'date of publication' })).toHaveCount(0);
});
