/// <reference lib="dom" />
/**
 * The density strip: the whole story under the axis, a slider by role whose value says where the view is;
 * End and Home take the view to the story's ends, a click centres it where it lands.
 */
import { expect, test } from './support/fixtures.ts';

test('the density strip shows where the view is and moves it, by keyboard and by pointer', async ({ page }) => {
  await page.goto('/us-officials-in-mexico-city/');
  const timeline = page.getByRole('region', { name: 'Timeline', exact: true });
  const strip = timeline.getByRole('slider', { name: 'Where the view is in the whole story' });
  await expect(strip).toBeVisible();
  await expect(strip).toHaveAttribute('aria-valuetext', /^View centred on \d+ \w+ 2017, in a story from .+ to .+$/);
  const ticks = () => timeline.locator('.tick-label').allTextContents().then((t) => t.join(' '));
  const value = async () => Number(await strip.getAttribute('aria-valuenow'));
  // Zoomed in, so that the view is a part of the story.
  const zoomIn = timeline.getByRole('button', { name: 'Zoom in' });
  for (let i = 0; i < 3 && await zoomIn.isEnabled(); i++) await zoomIn.click();
  await strip.focus();
  await page.keyboard.press('End');
  await expect.poll(value).toBeGreaterThan(60);
  const atEnd = await ticks();
  await page.keyboard.press('Home');
  await expect.poll(value).toBeLessThan(40);
  await expect.poll(ticks).not.toBe(atEnd);
  const box = (await strip.boundingBox())!;
  await page.mouse.click(box.x + box.width * 0.5, box.y + box.height / 2);
  await expect.poll(value).toBeGreaterThan(35);
  await expect.poll(value).toBeLessThan(65);
});
