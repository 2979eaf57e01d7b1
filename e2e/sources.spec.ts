/// <reference lib="dom" />
/**
 * The sources of an event say when each article came out (review 24): one event can gather reports written
 * months apart, and a reader weighing them needs to tell the day's report from a look back.
 */
import { expect, seedStory, serveStories, StoryPage, test } from './support/fixtures.ts';

test('each source of an event says its outlet and when its article came out, an inferred date as inferred', async ({ page }) => {
  const doc = structuredClone(seedStory) as unknown as { articles: { id: string; publisher: string | null; published: unknown }[] };
  // The CNN page carries no date: the story infers one, as the pipeline does for undated articles.
  const cnn = doc.articles.find((a) => a.id === '000_040d3fae169fa766')!;
  cnn.published = { value: '2017-02-23', granularity: 'day', source: 'inferred', confidence: 0.9, evidence: { articleId: null, text: '', start: null, end: null, anchor: null, note: 'dated by its story-mates' } };
  await serveStories(page, [doc as never]);
  const story = new StoryPage(page);
  await story.open('press-conference/');
  const items = story.sources.getByRole('listitem').filter({ has: page.getByRole('link', { name: /^Read in context/ }) });
  await test.step('a named outlet with a stated date', async () => {
    const bs = items.filter({ hasText: 'Business Standard' }).first();
    await expect(bs).toContainText('Friday 24 February 2017');
    await expect(bs).not.toContainText('date inferred');
  });
  await test.step('an article without an outlet: "Unknown outlet", its inferred date said to be one', async () => {
    const unnamed = items.filter({ hasText: 'Unknown outlet · Thursday 23 February 2017, date inferred' });
    await expect(unnamed).toHaveCount(1);
  });
  await test.step('an article without any date says so', async () => {
    await expect(items.filter({ hasText: 'EFE' }).first()).toContainText('undated');
  });
});
