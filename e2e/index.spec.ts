/// <reference lib="dom" />
import { expect, seedStory, serveStories, test } from './support/fixtures.ts';

test.describe('stories', () => {
  test('the real build lists its stories when there is more than one', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stories');
    const seed = page.getByRole('link', { name: /Mexico City/ });
    await expect(seed).toBeVisible();
    await expect(page.getByRole('link', { name: /Hostile input/ })).toBeVisible();
    await test.step('a story opens from the index and Back returns to it; focus goes with each move', async () => {
      await seed.focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Mexico City');
      // Focus on the story's heading, not left on the page.
      await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
      await page.goBack();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stories');
      // Back in the index, on the story just left.
      await expect(seed).toBeFocused();
    });
  });

  test('lists the latest news first, with counts written as numbers are', async ({ page }) => {
    const entry = (id: string, title: string, to: string | null, events = 10) => ({ id, title, articles: 3, events, from: to, to });
    await page.route('**/data/index.json', (r) => r.fulfill({ json: { schemaVersion: 1, stories: [
      entry('egypt-2012', 'Egypt votes', '2012-01-03'), entry('no-dates', 'Undated pages', null), entry('mexico-2017', 'US officials in Mexico City', '2017-02-24', 3417), entry('yearless', 'A year not stated', 'XXXX-12-17'),
    ] } }));
    await page.goto('/');
    const links = page.getByRole('list').first().getByRole('link');
    await expect(links).toHaveText(['US officials in Mexico City', 'Egypt votes', 'A year not stated', 'Undated pages']);
    await expect(page.getByText('3,417 events from 3 articles')).toBeVisible();
  });

  test('a deep link into one of several stories has its way back to the index, even when the index comes last', async ({ page }) => {
    // The index answers after the story (a slow index.json): the brand still becomes the link back.
    const other = { ...seedStory, id: 'other-story', title: 'Another story' };
    await serveStories(page, [seedStory as never, other as never]);
    await page.route('**/data/index.json', async (r) => { await new Promise((f) => setTimeout(f, 600)); await r.fallback(); });
    await page.goto(`/${seedStory.id}/`);
    const back = page.getByRole('link', { name: 'Dateline', exact: true });
    await expect(back).toBeVisible();
    // The header gives the story's period, as the index does.
    await expect(page.locator('.story-meta')).toContainText(/articles · \d+ events · 2016 to the week of 20 February 2017$/);
    await back.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stories');
  });

  test('the real seed story opens: title, articles readable, never a blank page', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('/us-officials-in-mexico-city/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Mexico City');
    await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
    const overview = page.getByRole('region', { name: 'Articles' });
    if (await overview.isVisible()) {
      await overview.getByRole('link').first().click();
      await expect(page.getByRole('region', { name: 'Reader' }).locator('.reader-text p').first()).not.toBeEmpty();
    } else {
      await expect(page.getByRole('region', { name: 'Events' }).getByRole('link').first()).toBeVisible();
    }
    expect(errors).toEqual([]);
  });

  test('an inferred publication date says how it was inferred, in the article list and the reader', async ({ page }) => {
    await page.goto('/us-officials-in-mexico-city/');
    const overview = page.getByRole('region', { name: 'Articles' });
    const how = overview.getByText('date inferred').first();
    await expect(how).toBeVisible();
    await how.click();
    await expect(overview.getByText(/here is \w+day \d\d? February 2017, the date of/).first()).toBeVisible();
    // Keyboard too: the disclosure is a summary, reachable and opened with Enter.
    await page.reload();
    const summary = page.getByRole('region', { name: 'Articles' }).locator('summary').first();
    await expect(summary).toHaveAccessibleName('date inferred: how');
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('region', { name: 'Articles' }).getByText(/here is \w+day \d\d? February 2017/).first()).toBeVisible();
    // The reader of an article whose date was inferred carries the same disclosure.
    const item = page.getByRole('region', { name: 'Articles' }).getByRole('listitem').filter({ hasText: 'date inferred' }).first();
    await item.getByRole('link').click();
    const reader = page.getByRole('region', { name: 'Reader' });
    await reader.getByText('date inferred').click();
    await expect(reader.getByText(/the publication day that agrees best/)).toBeVisible();
  });

  test('with a single story, "/" is that story', async ({ page }) => {
    await serveStories(page, [seedStory as never]);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(seedStory.title);
    await page.getByRole('region', { name: 'Events' }).getByRole('link', { name: /DHS issues/ }).click();
    await expect(page).toHaveURL(/\/seed-fixture\/dhs-orders\/$/);
  });
});
