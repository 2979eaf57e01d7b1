/// <reference lib="dom" />
/**
 * A day too crowded to spread even at the finest zoom (a Timeline17 topic has 270 events on one day): its
 * "+N" lists the events under the axis, most important first; a link opens one, Escape closes the list.
 */
import type { Page } from '@playwright/test';
import { expect, seedStory, serveStories, test } from './support/fixtures.ts';

type Ev = (typeof seedStory.events)[number] & Record<string, unknown>;
const ID = 'crowded-fixture';

function crowdedStory() {
  const base = seedStory.events.find((e) => e.date.value === '2017-02-23') as Ev;
  const crowd = Array.from({ length: 150 }, (_, i): Ev => ({
    ...base, id: `statement-${i + 1}`, title: `Statement number ${i + 1} at the press conference`, summary: `Statement ${i + 1}`, rank: i + 1,
  }));
  return { ...seedStory, id: ID, events: crowd };
}

test('a crowd the finest zoom cannot spread is listed, opened and closed by keyboard', async ({ page }) => {
  await serveStories(page, [crowdedStory() as never]);
  await page.goto(`/${ID}/`);
  const timeline = page.getByRole('region', { name: 'Timeline', exact: true });
  const zoomIn = timeline.getByRole('button', { name: 'Zoom in' });
  for (let i = 0; i < 30 && await zoomIn.isEnabled(); i++) await zoomIn.click();
  // At the finest zoom the button says it can go no further (and keeps focus: aria-disabled).
  await expect(zoomIn).toBeDisabled();
  await expect(timeline.getByRole('button', { name: 'Zoom out' })).toBeEnabled();
  // The day is drawn wide, but what does not fit of it is one "+N", not a row of counts across the day; and
  // every mark of the day spans the whole day (its label's place in the day is room, not an hour).
  await expect(timeline.getByRole('button', { name: /more events?,/ })).toHaveCount(1);
  const spans = await timeline.getByRole('group', { name: 'Time axis' }).getByRole('link').evaluateAll((els) => els.map((el) => {
    const r = el.querySelector('.mark-span')!.getBoundingClientRect();
    return `${Math.round(r.left)}-${Math.round(r.right)}`;
  }));
  expect(spans.length).toBeGreaterThan(3);
  expect(new Set(spans).size, spans.join(' ')).toBe(1);
  const more = timeline.getByRole('button', { name: /more events?,/ }).first();
  await expect(more).toBeVisible();
  // Its name says what it does at this zoom: it lists them (elsewhere it zooms to them).
  await expect(more).toHaveAccessibleName(/: list them$/);
  await more.click();
  const list = timeline.getByRole('region', { name: /^\d+ events?, / });
  await expect(list).toBeVisible();
  await expect(more).toHaveAttribute('aria-expanded', 'true');
  // 150 events in one ranked list that scrolls in place, not thousands of pixels down the page.
  expect((await list.boundingBox())!.height).toBeLessThan(480);
  const links = list.getByRole('link');
  const n = await links.count();
  expect(n).toBeGreaterThan(1);
  await expect(links.first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(list).toBeHidden();
  // Focus goes back to the "+N" that opened the list.
  await expect(more).toBeFocused();

  await more.click();
  const pick = (await links.first().textContent())!;
  await links.first().click();
  await expect(list).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: pick })).toBeVisible();
});

test('in a small embed, an event picked from a "+N" list takes the frame with focus on its heading, never the page', async ({ page }) => {
  await serveStories(page, [crowdedStory() as never]);
  await page.setViewportSize({ width: 400, height: 320 });
  await page.goto(`/embed.html?story=${ID}&height=320`);
  const timeline = page.getByRole('region', { name: 'Timeline', exact: true });
  const zoomIn = timeline.getByRole('button', { name: 'Zoom in' });
  for (let i = 0; i < 30 && await zoomIn.isEnabled(); i++) await zoomIn.click();
  const more = timeline.getByRole('button', { name: /more events?, .*: list them$/ }).first();
  const name = (await more.getAttribute('aria-label'))!;
  await more.focus();
  await page.keyboard.press('Enter');
  const list = timeline.getByRole('region', { name: /^\d+ events?, / });
  await expect(list.getByRole('link').first()).toBeFocused();
  const pick = (await list.getByRole('link').first().textContent())!;
  await page.keyboard.press('Enter');
  const heading = page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2, name: pick });
  await expect(heading).toBeVisible();
  await expect(heading).toBeFocused();
  await page.getByRole('button', { name: /Back to the timeline/ }).press('Enter');
  // Back to the "+N" it was picked from (drawn anew, by the same name), not the axis.
  await expect(timeline.getByRole('button', { name, exact: true })).toBeFocused();
});

test('an event chosen by the arrow keys from a crowd, opened and closed, leaves focus on the timeline', async ({ page }) => {
  // The selected event is drawn on its own; closed, it goes back into its "+N", and focus had fallen to the
  // page (the Timeline17 review: Right, Right, Enter, Escape).
  await serveStories(page, [crowdedStory() as never]);
  await page.goto(`/${ID}/`);
  const timeline = page.getByRole('region', { name: 'Timeline', exact: true });
  await timeline.getByRole('group', { name: 'Time axis' }).focus();
  for (const key of ['End', 'ArrowLeft', 'ArrowLeft', 'Enter']) await page.keyboard.press(key);
  const details = page.getByRole('region', { name: 'Event details' });
  await expect(details.getByRole('heading', { level: 2 })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(details).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('.timeline'))).toBe(true);
  // "Close" by keyboard does the same.
  for (const key of ['ArrowLeft', 'Enter']) await page.keyboard.press(key);
  await details.getByRole('link', { name: 'Close event details' }).focus();
  await page.keyboard.press('Enter');
  await expect(details).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('.timeline'))).toBe(true);
});

/**
 * Sixty statements over twenty days, three a day; every other one is important (the even ones rank first).
 * In time order they alternate, so a layout that placed the first in time would show as many of each;
 * crowded at the opening view, with room enough zoomed in. Served and opened: the timeline region.
 */
async function openTwentyDays(page: Page) {
  const doc = crowdedStory();
  const day = (i: number) => `2017-02-${String(1 + Math.floor(i / 3)).padStart(2, '0')}`;
  doc.events = doc.events.slice(0, 60).map((e, i) => ({ ...e, date: { ...e.date, value: day(i) }, rank: (i + 1) % 2 === 0 ? (i + 1) / 2 : 1000 + i }));
  await serveStories(page, [doc as never]);
  await page.goto(`/${ID}/`);
  return page.getByRole('region', { name: 'Timeline', exact: true });
}

test('semantic zoom: a crowded stretch shows its most important events, and zooming in the next ranks', async ({ page }) => {
  const timeline = await openTwentyDays(page);
  const marks = timeline.getByRole('group', { name: 'Time axis' }).getByRole('link');
  await expect(marks.first()).toBeVisible();
  await expect(timeline.getByRole('button', { name: /more events?,/ }).first()).toBeVisible();
  const numbers = async () => (await marks.allTextContents()).map((t) => Number(/Statement number (\d+)/.exec(t)?.[1] ?? 0)).filter(Boolean);
  const share = (ns: number[]) => ns.filter((n) => n % 2 === 1).length / Math.max(1, ns.length);
  const first = await numbers();
  expect(share(first), `marks: ${first.join(', ')}`).toBeLessThanOrEqual(1 / 3);
  // Zoomed in, the less important get room too: their share of the marks grows.
  const zoomIn = timeline.getByRole('button', { name: 'Zoom in' });
  for (let i = 0; i < 4 && await zoomIn.isEnabled(); i++) await zoomIn.click();
  await expect.poll(async () => share(await numbers())).toBeGreaterThan(share(first));
});

test('a "+N" opened by keyboard zooms into its events and leaves focus on the axis', async ({ page }) => {
  const timeline = await openTwentyDays(page);
  const more = timeline.getByRole('button', { name: /more events?,/ }).first();
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(timeline.getByRole('group', { name: 'Time axis' })).toBeFocused();
});

test('the "+N" of a dense stretch never lie over each other', async ({ page }) => {
  // At the opening view the twenty days are one dense stretch, cut into clusters; zooming out adds more.
  const timeline = await openTwentyDays(page);
  const more = timeline.getByRole('button', { name: /more events?,/ });
  await expect(more.first()).toBeVisible();
  const zoomOut = timeline.getByRole('button', { name: 'Zoom out' });
  let seen = 0;
  for (let step = 0; step < 4; step++) {
    // One read of every "+N" at once: a re-render between reading one and the next would drop the later ones.
    const boxes = (await more.evaluateAll((els) => els.map((e) => { const r = e.getBoundingClientRect(); return { x: r.x, width: r.width }; }))).sort((a, b) => a.x - b.x);
    seen = Math.max(seen, boxes.length);
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.x, `"+N" ${i} starts inside "+N" ${i - 1}`).toBeGreaterThanOrEqual(boxes[i - 1]!.x + boxes[i - 1]!.width);
    if (!(await zoomOut.isEnabled())) break;
    await zoomOut.click();
  }
  expect(seen, 'a dense stretch shows several "+N"').toBeGreaterThan(1);
});

test('no label is cut by the left edge of the axis: it starts at the edge or is not drawn', async ({ page }) => {
  // Twenty days, three events each: at this zoom a day is narrower than a label, so a label whose event has
  // just left the screen would show its tail ("nday 12 April") at the edge.
  const timeline = await openTwentyDays(page);
  const zoomIn = timeline.getByRole('button', { name: 'Zoom in' });
  for (let i = 0; i < 2; i++) await zoomIn.click();
  const axis = timeline.getByRole('group', { name: 'Time axis' });
  const box = (await axis.boundingBox())!;
  const y = box.y + box.height - 10;
  // Every label drawn, in one read (a re-render between reads would mix two layouts).
  const cutLabels = () => axis.evaluate((el) => {
    const edge = el.getBoundingClientRect().left;
    return [...el.querySelectorAll<HTMLElement>('.mark:not(.mark--unlabelled)')]
      .map((m) => ({ text: m.textContent ?? '', r: m.getBoundingClientRect() }))
      .filter(({ r }) => r.right > edge + 1 && r.left < edge - 1)
      .map(({ text }) => text);
  });
  for (let step = 0; step < 8; step++) {
    // Drag leftwards: the events move towards, and past, the left edge.
    await page.mouse.move(box.x + box.width / 2, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 45, y, { steps: 3 });
    await page.mouse.up();
    // Once the view rests (during a pan the drawn layer moves as a whole).
    await expect.poll(cutLabels, { message: `labels cut by the left edge after ${step + 1} drags` }).toEqual([]);
    // A "+N" across the edge is drawn over its part in view, so its count shows (a sliver stays a sliver).
    const cutCounts = await axis.evaluate((el) => {
      const box = el.getBoundingClientRect();
      return [...el.querySelectorAll<HTMLElement>('.cluster')].map((c) => c.getBoundingClientRect())
        .filter((r) => Math.min(r.right, box.right) - Math.max(r.left, box.left) >= 44 && (r.left < box.left - 1 || r.right > box.right + 1)).length;
    });
    expect(cutCounts, `"+N" cut by an edge after ${step + 1} drags`).toBe(0);
  }
});

test('a "+N" whose count does not show whole at the edge is no Tab stop', async ({ page }) => {
  // Egypt at 1280: the axis's first Tab stop had been a "+9" 3 px of which were on screen, its focus ring a
  // sliver at the left edge (review 26). Dragged leftwards step by step, every "+N" crosses the edge.
  const timeline = await openTwentyDays(page);
  const axis = timeline.getByRole('group', { name: 'Time axis' });
  const box = (await axis.boundingBox())!;
  const y = box.y + box.height - 10;
  /** The "+N" drawn across the left edge with under 20 px on screen, and how many of them are Tab stops. */
  const slivers = () => axis.evaluate((el) => {
    const edge = el.getBoundingClientRect().left;
    const cut = [...el.querySelectorAll<HTMLElement>('.cluster')].filter((c) => { const r = c.getBoundingClientRect(); return r.left < edge && r.right > edge && r.right - edge < 20; });
    return { cut: cut.length, tabbable: cut.filter((c) => c.tabIndex >= 0).length };
  });
  let seen = 0;
  for (let step = 0; step < 30 && seen < 2; step++) {
    await page.mouse.move(box.x + box.width / 2, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 9, y, { steps: 2 });
    await page.mouse.up();
    // Once the view rests (during a pan the drawn layer moves as a whole).
    await page.waitForTimeout(150);
    const s = await slivers();
    seen += s.cut;
    expect(s.tabbable, `"+N" slivers in the Tab order after ${step + 1} drags`).toBe(0);
  }
  expect(seen, 'the drags leave a "+N" as a sliver at the left edge').toBeGreaterThan(0);
});
