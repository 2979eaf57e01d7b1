/// <reference lib="dom" />
/**
 * A link to an event opens it with focus on its details' heading, so a screen reader says which event the
 * page opened on: focus had stayed on the page's body, and nothing was said (review 25). The page is not
 * scrolled past its header for it, an embed opened on its own keeps its header in view, and an embed in
 * another site's page never takes the focus from that page.
 */
import { expect, SEED_ID, test } from './support/fixtures.ts';
import { test as embedTest } from './support/embed.ts';

const TITLE = 'DHS issues new orders to step up arrests and deportations';

test('a link to an event puts focus on its heading, the page not scrolled', async ({ story, page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await story.open('dhs-orders/');
  const heading = story.details.getByRole('heading', { level: 2, name: TITLE });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  // Escape still closes it, and the next Tab goes on from the details.
  await page.keyboard.press('Escape');
  await expect(story.details).toHaveCount(0);
});

test('a link to an event in a short window brings the heading just into view', async ({ story, page }) => {
  await page.setViewportSize({ width: 1280, height: 560 });
  await story.open('dhs-orders/');
  const heading = story.details.getByRole('heading', { level: 2, name: TITLE });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
});

test('an embed opened on an event, as a page of its own, focuses the heading and keeps its header in view', async ({ story, page }) => {
  void story; // serves the seed story
  await page.setViewportSize({ width: 600, height: 500 });
  await page.goto(`/embed.html?story=${SEED_ID}&event=dhs-orders&height=500`);
  const details = page.getByRole('region', { name: 'Event details' });
  await expect(details.getByRole('heading', { level: 2, name: TITLE })).toBeFocused();
  await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
  expect(await page.evaluate(() => document.scrollingElement!.scrollTop)).toBe(0);
});

embedTest('an embed in another site\'s page never takes the focus from it', async ({ host, page }) => {
  await host.open('event=dhs-orders');
  await expect(host.details.getByRole('heading', { level: 2, name: TITLE })).toBeVisible();
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  expect(await host.embedFrame().evaluate(() => document.activeElement === document.body)).toBe(true);
});
