/// <reference lib="dom" />
/**
 * The selected mark on the axis: its shaded box and the rule under it hold its whole title. A two-line title
 * ran 1.4 px past the 50 px box, and the rule crossed the descenders of its second line ("refuse to serve in
 * Iraq", review 24).
 */
import { expect, test } from './support/fixtures.ts';

test('the selected mark\'s box holds its two-line title, the rule under it clear of the letters', async ({ story, page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await story.open('press-conference/');
  const mark = story.axis.locator('.mark[aria-current]');
  await expect(mark).toHaveCount(1);
  const [box, title] = await mark.evaluate((m) => [m.getBoundingClientRect(), m.querySelector('.mark-title')!.getBoundingClientRect()].map((r) => ({ top: r.top, bottom: r.bottom })));
  // Two lines of title, as the fixture's title takes at the label's width.
  expect(title!.bottom - title!.top).toBeGreaterThan(25);
  expect(title!.bottom).toBeLessThanOrEqual(box!.bottom);
});
