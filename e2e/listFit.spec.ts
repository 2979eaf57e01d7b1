/// <reference lib="dom" />
/**
 * The event list fits its box: its rows bleed past their text (0.6rem each side) into the list's padding,
 * never past its scroll box. They had: the list scrolled 3 px sideways in an 800 by 500 embed (review 24),
 * and the open row's accent rule and a focused row's ring were cut off at the list's left edge.
 */
import type { Locator } from '@playwright/test';
import { expect, seedStory, serveStories, test } from './support/fixtures.ts';

/** How far the list scrolls sideways (0: not at all). */
const sideways = (list: Locator) => list.evaluate((el) => el.scrollWidth - el.clientWidth);

/** How far a row, with its focus ring when it has one, reaches past the list's box: the larger of its two sides (0 or less: inside). */
const past = async (row: Locator, list: Locator) => row.evaluate((el, box) => {
  const style = getComputedStyle(el);
  const ring = style.outlineStyle === 'none' ? 0 : Math.max(0, parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset));
  const r = el.getBoundingClientRect();
  const b = box!.getBoundingClientRect();
  return Math.max(b.left - (r.left - ring), r.right + ring - b.right);
}, await list.elementHandle());

test('in an 800 by 500 embed the event list does not scroll sideways', async ({ page }) => {
  await serveStories(page, [seedStory as never]);
  await page.setViewportSize({ width: 800, height: 500 });
  await page.goto(`/embed.html?story=${seedStory.id}&height=500`);
  const list = page.getByRole('region', { name: 'Events', exact: true });
  await expect(list.getByRole('link').first()).toBeVisible();
  expect(await sideways(list)).toBeLessThanOrEqual(0);
  const row = list.getByRole('link', { name: /DHS issues new orders/ });
  await row.click();
  await expect(row).toHaveAttribute('aria-current', 'true');
  expect(await past(row, list)).toBeLessThanOrEqual(0);
});

test('on the page, the open row\'s accent rule and a focused row\'s ring show whole inside the list', async ({ story, page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await story.open('press-conference/');
  const row = story.row(/no mass deportations/);
  await expect(row).toHaveAttribute('aria-current', 'true');
  expect(await sideways(story.list)).toBeLessThanOrEqual(0);
  // The accent rule is the row's left border: inside the list's box, not under its left edge.
  expect(await row.evaluate((el) => getComputedStyle(el).borderLeftWidth)).toBe('3px');
  expect(await past(row, story.list)).toBeLessThanOrEqual(0);
  await test.step('a row reached by Tab has its ring inside the list', async () => {
    const next = story.list.getByRole('link').nth(1);
    await next.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(next).toBeFocused();
    expect(await next.evaluate((el) => el.matches(':focus-visible'))).toBe(true);
    expect(await past(next, story.list)).toBeLessThanOrEqual(0);
  });
});
