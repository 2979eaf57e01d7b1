/// <reference lib="dom" />
/**
 * A filter that leaves no event in view takes the view to those it leaves: a search for "tornado" in Egypt
 * found one event, of 1886, and the axis stayed on January 2011, empty but for "1 dated event" (review 25).
 * Where a match is in view, the view stays where the reader left it.
 */
import { expect, test } from './support/fixtures.ts';

test('a search whose only match lies outside the view brings it on screen', async ({ story, page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await story.open();
  // The opening view is the story's own days, 21 to 23 February 2017: the 2016 campaign promise is far off it.
  const campaign = story.mark(/deportation force/);
  await expect(story.mark(/Videgaray warns/)).toBeVisible();
  await expect(campaign).toHaveCount(0);
  await story.search.fill('campaign');
  await expect(page.getByRole('status').filter({ hasText: /^1 of \d+ events/ })).toBeVisible();
  await expect(campaign).toBeVisible();
  await expect(campaign).toBeInViewport();
  await test.step('a search with a match in view keeps the view', async () => {
    await story.search.fill('');
    await page.getByRole('button', { name: 'Whole story' }).click();
    await expect(story.mark(/Videgaray warns/)).toBeVisible();
    // Where the view is, as the density strip's slider says it ("View centred on 22 Feb 2017, in a story …").
    const where = story.timeline.getByRole('slider', { name: /Where the view is/ });
    await page.waitForTimeout(300);
    const before = await where.getAttribute('aria-valuetext');
    await story.search.fill("Videgaray");
    await expect(page.getByRole('status').filter({ hasText: /^\d+ of \d+ events/ })).toBeVisible();
    await page.waitForTimeout(600);
    expect(await where.getAttribute('aria-valuetext')).toBe(before);
  });
});

test('a search whose matches crowd one end of the view frames them', async ({ story, page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await story.open();
  const where = story.timeline.getByRole('slider', { name: /Where the view is/ });
  // Every date: 2016 to February 2017, the story's own three days a sliver at the right end.
  await story.timeline.getByRole('button', { name: 'All dates' }).click();
  await expect(where).toHaveAttribute('aria-valuetext', /^View centred on \d+ \w+ 2016/);
  await test.step('matches spread over the view keep it', async () => {
    await page.waitForTimeout(300);
    const before = await where.getAttribute('aria-valuetext');
    // 2016, January 2017 and 23 February: all in view, across it.
    await story.search.fill('Trump');
    await expect(page.getByRole('status').filter({ hasText: /^\d+ of \d+ events/ })).toBeVisible();
    await page.waitForTimeout(700);
    expect(await where.getAttribute('aria-valuetext')).toBe(before);
  });
  // Videgaray: 22 and 23 February, crowded at the right end of fourteen months.
  await story.search.fill('Videgaray');
  await expect(where).toHaveAttribute('aria-valuetext', /^View centred on \d+ Feb 2017/);
  await expect(story.mark(/Videgaray warns/)).toBeInViewport();
});

test('a link whose filters leave only events outside the story\'s period opens on them', async ({ story, page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await story.open('', '?q=campaign');
  await expect(story.mark(/deportation force/)).toBeInViewport();
});
