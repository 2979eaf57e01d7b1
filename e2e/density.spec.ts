/// <reference lib="dom" />
/**
 * The density strip: the whole story under the axis, a slider by role whose value says where the view is;
 * End and Home take the view to the story's ends, a click centres it where it lands, a drag carries it.
 */
import { expect, test } from './support/fixtures.ts';

test('the density strip shows where the view is and moves it, by keyboard and by pointer', async ({ page }) => {
  await page.goto('/us-officials-in-mexico-city/');
  const timeline = page.getByRole('region', { name: 'Timeline', exact: true });
  const strip = timeline.getByRole('slider', { name: 'Where the view is in the whole story' });
  await expect(strip).toBeVisible();
  await expect(strip).toHaveAttribute('aria-valuetext', /^View centred on \d+ \w+ 2017, in a story from .+ to .+$/);
  // Its bars are the events the filters leave: none when a search matches nothing.
  const bars = () => strip.locator('.density-bar').evaluateAll((els) => els.filter((e) => (e as HTMLElement).style.height !== '0px' && (e as HTMLElement).style.height !== '0').length);
  expect(await bars()).toBeGreaterThan(0);
  const search = page.getByRole('searchbox', { name: 'Search events' });
  await search.fill('zzzz no such words');
  await expect.poll(bars).toBe(0);
  // And the hint says so plainly, without the keys for events there are none of.
  await expect(timeline.locator('#timeline-hint')).toHaveText('No events match the filters');
  await search.fill('');
  await expect.poll(bars).toBeGreaterThan(0);
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
  // A drag carries the view along with the pointer.
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.7, box.y + box.height / 2, { steps: 5 });
  await page.mouse.move(box.x + box.width * 0.9, box.y + box.height / 2, { steps: 5 });
  // The box follows while the button is still down (it had waited for the pan to rest).
  await expect.poll(value, { timeout: 2000 }).toBeGreaterThan(70);
  await page.mouse.up();
});

test('the density strip shows the page\'s focus ring, as the zoom buttons do', async ({ story, page }) => {
  await story.open();
  const ring = (el: Element) => { const s = getComputedStyle(el); return `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`; };
  const zoomIn = story.timeline.getByRole('button', { name: 'Zoom in' });
  await zoomIn.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(zoomIn).toBeFocused();
  const buttonRing = await zoomIn.evaluate(ring);
  expect(buttonRing).toMatch(/^solid 3px /);
  const strip = story.timeline.getByRole('slider', { name: 'Where the view is in the whole story' });
  await strip.focus();
  await page.keyboard.press('ArrowRight');
  await expect(strip).toBeFocused();
  expect(await strip.evaluate(ring)).toBe(buttonRing);
});

test('with a date range the strip spans its days, so a range of recalls is not crushed at its edge', async ({ story, page }) => {
  // The seed's 2016 recall lies a year before the story's period: the strip had kept spanning the period,
  // the view's box and every bar squeezed against its left end (value 0).
  await story.open('', '?from=2016-01-01&to=2016-12-31');
  const strip = page.getByRole('region', { name: 'Timeline', exact: true }).getByRole('slider', { name: 'Where the view is in the whole story' });
  // The strip spans what the view shows of the range (densityBox.ts stripSpan): 2016 and 3/14 of it either side.
  await expect(strip).toHaveAttribute('aria-valuetext', /^View centred on \d+ \w+ 2016, in a story from \d+ Oct 2015 to \d+ Mar 2017$/);
  const value = Number(await strip.getAttribute('aria-valuenow'));
  expect(value).toBeGreaterThan(30);
  expect(value).toBeLessThan(70);
});
