/// <reference lib="dom" />
/**
 * A label on the axis takes the room its lane leaves free up to the next label there (review 25): titles had
 * been cut after two lines of their fixed room ("Kelly issued new orders to begin arresting and deporting
 * illegal…" at 1920, "World Health Organization is closely…" on H1N1's opening view) with the lane empty for
 * days after them. A grown label never reaches the next label of its lane, nor, in a day wide enough to hold
 * its labels side by side, past the day's end.
 */
import type { Locator } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';

/** Whether the title of a mark shows whole: its two-line clamp hides nothing. */
const wholeTitle = (mark: Locator) => mark.locator('.mark-title').evaluate((el) => el.scrollHeight <= el.clientHeight + 1);

/** The labelled marks on screen as boxes: [left, right, top] in page pixels. */
const labelBoxes = (axis: Locator) => axis.getByRole('link').evaluateAll((marks) => marks
  .filter((m) => !m.classList.contains('mark--unlabelled') && m.getAttribute('aria-hidden') !== 'true')
  .map((m) => m.getBoundingClientRect())
  .filter((r) => r.width > 0 && r.right > 0 && r.left < innerWidth)
  .map((r) => [r.left, r.right, Math.round(r.top)] as const));

test('a title with its lane free after it shows whole; labels in one lane never overlap', async ({ story, page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await story.open();
  const videgaray = story.mark(/Videgaray warns Mexico will not accept unilateral immigration measures/);
  // On the opening view 23 February's six events follow it in every lane: its title stays cut there.
  await expect(videgaray).toBeVisible();
  await test.step('searched for alone, nothing follows it on the axis, and its 70 characters show', async () => {
    await story.search.fill('Videgaray warns');
    await expect(page.getByText(/^1 of \d+ events?/)).toBeVisible();
    await expect(videgaray).toBeVisible();
    await expect.poll(() => wholeTitle(videgaray)).toBe(true); // two lines of 190 px had cut it before
  });
  await test.step('with every event shown, at 1280 and 1920, no label runs into another in its lane', async () => {
    for (const [width, height] of [[1280, 800], [1920, 1080]] as const) {
      await page.setViewportSize({ width, height });
      await story.open();
      await expect(videgaray).toBeVisible();
      const boxes = await labelBoxes(story.axis);
      expect(boxes.length).toBeGreaterThan(3);
      for (const a of boxes) {
        for (const b of boxes) {
          if (a === b || a[2] !== b[2] || a[0] > b[0]) continue;
          expect(a[1], `a label at ${Math.round(a[0])} ends before the next in its lane at ${Math.round(b[0])}`).toBeLessThanOrEqual(b[0]);
        }
      }
    }
  });
});
