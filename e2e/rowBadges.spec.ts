/// <reference lib="dom" />
/**
 * The chips under a row's title in the event list keep their words on one line: in an 800 by 500 embed the
 * list is some 300 px wide, and a row with "day from context", "Key event" and "3 sources" had broken the
 * badge into "Key / event" and the count into "3 / sources" (review 24, the Toronto story mn03), and the
 * badge's own margin had doubled the space before it.
 */
import { expect, seedStory, serveStories, test } from './support/fixtures.ts';

test('in an 800 by 500 embed, "Key event" and the source count of a row each stay on one line', async ({ page }) => {
  const doc = structuredClone(seedStory) as unknown as { id: string; events: { key?: boolean; date: { source: string; confidence?: number } }[] };
  doc.id = 'chips';
  // Every event key and dated from context: each row carries all three chips.
  for (const e of doc.events) { e.key = true; e.date.source = 'inferred'; e.date.confidence = 0.95; }
  await serveStories(page, [doc as never]);
  await page.setViewportSize({ width: 800, height: 500 });
  await page.goto('/embed.html?story=chips&height=500');
  const list = page.getByRole('region', { name: 'Events', exact: true });
  const badges = list.getByText('Key event', { exact: true });
  await expect(badges.first()).toBeVisible();
  // How many lines each chip's text takes: its line boxes, one per line.
  const lines = (locator: typeof badges) => locator.evaluateAll((els) => els.map((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
  }));
  const badgeLines = await lines(badges);
  expect(badgeLines.length).toBeGreaterThan(3);
  expect(badgeLines.every((n) => n === 1), `lines per "Key event": ${badgeLines}`).toBe(true);
  const countLines = await lines(list.getByText(/^\d+ sources?$/));
  expect(countLines.length).toBe(badgeLines.length);
  expect(countLines.every((n) => n === 1), `lines per source count: ${countLines}`).toBe(true);
  await test.step('the chips are evenly spaced: the badge\'s own margin does not add to the row\'s gap', async () => {
    const gaps = await list.locator('.event-row-meta').first().evaluate((meta) => {
      const boxes = [...meta.children].map((c) => c.getBoundingClientRect());
      return boxes.slice(1).map((b, i) => Math.round(b.left - boxes[i]!.right));
    });
    expect(gaps.length).toBe(2);
    expect(gaps[0]).toBe(gaps[1]);
  });
  await test.step('and the chips stay inside their row', async () => {
    const outside = await list.locator('.event-row').evaluateAll((rows) => rows.flatMap((row) => {
      const box = row.getBoundingClientRect();
      return [...row.querySelectorAll('.event-row-meta > *')].filter((c) => c.getBoundingClientRect().right > box.right + 0.5).map((c) => c.textContent);
    }));
    expect(outside).toEqual([]);
  });
});

test('in the details, "Key event" sits one gap after the date\'s precision, as the precision after the date', async ({ page }) => {
  const doc = structuredClone(seedStory) as unknown as { id: string; events: { id: string; key?: boolean }[] };
  doc.id = 'chips';
  doc.events.find((e) => e.id === 'press-conference')!.key = true;
  await serveStories(page, [doc as never]);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/chips/press-conference/');
  const details = page.getByRole('region', { name: 'Event details' });
  await expect(details.getByText('Key event', { exact: true })).toBeVisible();
  const gaps = await details.locator('.details-date').evaluate((line) => {
    const boxes = [...line.children].map((c) => c.getBoundingClientRect());
    return boxes.slice(1).map((b, i) => Math.round(b.left - boxes[i]!.right));
  });
  expect(gaps.length).toBe(2);
  expect(gaps[0]).toBe(gaps[1]);
});
