/// <reference lib="dom" />
/**
 * A wide screen's width reaches the page: at 1920 by 1080 the story page had kept its 1,280 px column (340 px
 * empty each side) and the axis its 196 px labels, "Kelly issued new orders to begin arresting and…" cut on an
 * axis mostly empty (review 24). The axis now takes the width and its labels grow with it; the list and the
 * details share the rest, the details' summary at a reader's measure. A 1,280 px page is as it was.
 */
import type { Locator } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';

/**
 * The widths of the axis's labelled marks wholly on screen (not narrowed at an edge), widest first. A label
 * also grows into its lane's free room, up to twice its own (labelRoom.spec.ts).
 */
const labelWidths = (axis: Locator) => axis.getByRole('link').evaluateAll((marks) => marks
  .filter((m) => !m.classList.contains('mark--unlabelled') && m.getBoundingClientRect().left > 0 && m.getBoundingClientRect().right < innerWidth)
  .map((m) => Math.round(m.getBoundingClientRect().width)).sort((a, b) => b - a));

const width = async (l: Locator) => Math.round((await l.boundingBox())!.width);

test('at 1920 by 1080 the axis takes the width, with wider labels; the list and the details share the rest', async ({ story, page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await story.open('press-conference/');
  await expect(story.details.getByRole('heading', { level: 2 })).toBeVisible();
  expect(await width(story.timeline)).toBeGreaterThanOrEqual(1800); // 1,232 before
  const labels = await labelWidths(story.axis);
  expect(labels.length).toBeGreaterThan(2);
  expect(labels[0]).toBeGreaterThanOrEqual(280); // 196 before
  // Every label, not only those grown into free room, is wider than a 1,280 px page's (the test below).
  expect(labels.at(-1)).toBeGreaterThanOrEqual(280); // 196 before
  await test.step('the list and the details each get more than at 1280, the summary keeps a reader\'s measure', async () => {
    await expect.poll(() => width(story.timeline)).toBeGreaterThanOrEqual(1800);
    expect(await width(story.list)).toBeGreaterThanOrEqual(800); // 500 before
    const card = await width(story.details);
    expect(card).toBeGreaterThanOrEqual(760); // 700 before
    expect(card).toBeLessThanOrEqual(820);
    // About 70 characters a line: the summary is no wider than 40 of its font's ems.
    const measure = await story.details.locator('.details-summary').evaluate((el) => el.getBoundingClientRect().width / parseFloat(getComputedStyle(el).fontSize));
    expect(measure).toBeLessThanOrEqual(40);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
  });
});

test('at 1280 by 800 the page keeps its column and the axis its 206 px labels', async ({ story, page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await story.open();
  expect(await width(story.timeline)).toBe(1232);
  const labels = await labelWidths(story.axis);
  // The last in its own room at least; the period is framed with a label's room right of it (review 26).
  expect(labels.at(-1)).toBeGreaterThanOrEqual(196);
  expect(labels[0]).toBeLessThanOrEqual(2 * 206 - 10); // grown into free room, at most twice its own
  expect(await width(story.list)).toBeLessThanOrEqual(520);
});
