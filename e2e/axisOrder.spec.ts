/// <reference lib="dom" />
/**
 * The Tab order of the time axis follows time: a "+N" comes among the marks where its events begin, not after
 * every mark (review 24: tabbing past Iraq's last mark, December 2005, had jumped back to "+28" in November
 * 2004; a screen reader read the group the same way). Within a day its events share, the marks come top to
 * bottom and the day's "+N" after them (review 25: mn07's 15 November went lane 2, lane 1, "+46", lane 4, lane 3).
 */
import { expect, seedStory, serveStories, test } from './support/fixtures.ts';

test('a crowded day\'s "+N" is reached by Tab before the marks of the days after it', async ({ page }) => {
  const doc = structuredClone(seedStory) as unknown as { id: string; events: { id: string; title: string; date: { value: string } }[] };
  doc.id = 'crowded-21';
  const base = doc.events.find((e) => e.id === 'dhs-orders')!;
  // Nine more events on Tuesday 21 February: more than its lanes hold, so a "+N" gathers the rest there.
  for (let i = 0; i < 9; i++) doc.events.push({ ...structuredClone(base), id: `dhs-more-${i}`, title: `DHS field office ${i} reports arrests` });
  await serveStories(page, [doc as never]);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/crowded-21/');
  const axis = page.getByRole('region', { name: 'Timeline', exact: true }).getByRole('group', { name: 'Time axis' });
  const plus = axis.getByRole('button', { name: /more events?, Tuesday 21 February 2017/ });
  await expect(plus).toBeVisible();
  // The axis's focusable controls in Tab order (none has a positive tabindex): the document's order.
  const order = await axis.locator('a, button').evaluateAll((els) => els
    .filter((el) => el.getAttribute('tabindex') !== '-1' && el.getAttribute('aria-hidden') !== 'true')
    .map((el) => el.getAttribute('aria-label') ?? ''));
  const plusAt = order.findIndex((n) => /more events?, Tuesday 21 February 2017/.test(n));
  const laterAt = order.findIndex((n) => /^(Wednesday 22|Thursday 23|about 23) February 2017/.test(n));
  expect(plusAt).toBeGreaterThan(-1);
  expect(laterAt).toBeGreaterThan(-1);
  expect(plusAt, order.join('\n')).toBeLessThan(laterAt);
  await test.step('and Tab itself goes there: from the last mark of the 21st to its "+N"', async () => {
    const lastOf21 = order.slice(0, plusAt).filter((n) => /^Tuesday 21 February 2017/.test(n)).at(-1)!;
    await axis.getByRole('link', { name: lastOf21, exact: true }).focus();
    await page.keyboard.press('Tab');
    await expect(plus).toBeFocused();
  });
});

test('a crowded day\'s marks are reached top to bottom, then its "+N"', async ({ page }) => {
  const doc = structuredClone(seedStory) as unknown as { id: string; events: { id: string; title: string; rank?: number; date: { value: string } }[] };
  doc.id = 'crowded-ranked';
  // The story's own events rank first (they frame its period), its recalls last.
  doc.events.forEach((e, i) => { e.rank = /campaign|executive/.test(e.id) ? 100 : i + 1; });
  const base = doc.events.find((e) => e.id === 'dhs-orders')!;
  base.rank = 50;
  // The later an event of the 21st comes in the story, the better its rank: the lanes go to the last first.
  for (let i = 0; i < 9; i++) doc.events.push({ ...structuredClone(base), id: `dhs-more-${i}`, title: `DHS field office ${i} reports arrests`, rank: 40 - i });
  await serveStories(page, [doc as never]);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/crowded-ranked/');
  const axis = page.getByRole('region', { name: 'Timeline', exact: true }).getByRole('group', { name: 'Time axis' });
  await expect(axis.getByRole('button', { name: /more events?, Tuesday 21 February 2017/ })).toBeVisible();
  // The 21st's marks and "+N" in Tab order (the document's order: no positive tabindex), with their tops.
  const day = await axis.locator('a, button').evaluateAll((els) => els
    .filter((el) => el.getAttribute('tabindex') !== '-1' && el.getAttribute('aria-hidden') !== 'true')
    .map((el) => ({ name: el.getAttribute('aria-label') ?? '', top: Math.round(el.getBoundingClientRect().top) }))
    .filter((x) => /Tuesday 21 February 2017/.test(x.name)));
  const marks = day.filter((x) => !/more events?/.test(x.name));
  // Two or more: the period is framed with a label's room right of it (review 26), one lane's fewer at 1280.
  expect(marks.length).toBeGreaterThanOrEqual(2);
  expect(marks.map((m) => m.top), day.map((x) => x.name).join('\n')).toEqual([...marks.map((m) => m.top)].sort((a, b) => a - b));
  expect(day.at(-1)!.name).toMatch(/more events?, Tuesday 21 February 2017/);
});
