/// <reference lib="dom" />
/**
 * The timeline opens on the story's own period, not on the span of every date its articles mention;
 * background far outside stays reachable ("All dates", zooming out). A story dated to days never shows
 * hours; titles on the axis take two lines.
 */
import type { Page } from '@playwright/test';
import { expect, seedStory, serveStories, test } from './support/fixtures.ts';

type Ev = (typeof seedStory.events)[number] & Record<string, unknown>;
const ID = 'far-fixture';

/** The seed story with two far-off background events (1889 and 2040), optionally some marked key. */
function farStory(key: string[] = []) {
  const base = seedStory.events[3] as Ev;
  const far = (id: string, value: string, title: string): Ev => ({ ...base, id, title, summary: title, date: { ...(base.date as object), value, granularity: 'year' } as Ev['date'] });
  const events = [
    far('russian-flu', '1889', 'The first modern pandemic, the Russian flu, is recalled'),
    ...(seedStory.events as Ev[]).map((e) => (key.includes(e.id) ? { ...e, key: true } : e)),
    far('forecast', '2040', 'A forecast for 2040 is cited'),
  ];
  return { ...seedStory, id: ID, events };
}

async function open(page: Page, doc: ReturnType<typeof farStory>) {
  await serveStories(page, [doc as never]);
  await page.goto(`/${ID}/`);
  const timeline = page.getByRole('region', { name: 'Timeline', exact: true });
  await expect(timeline.getByRole('group', { name: 'Time axis' })).toBeVisible();
  const ticks = () => timeline.locator('.tick-label').allTextContents().then((t) => t.join(' '));
  return { timeline, ticks, mark: (name: string | RegExp) => timeline.getByRole('link', { name }) };
}

test.describe('the opening view', () => {
  test('frames the story, not its far-off background, which stays reachable', async ({ page }) => {
    const { timeline, ticks, mark } = await open(page, farStory());
    await test.step('it opens on February 2017, in days', async () => {
      await expect.poll(ticks).toMatch(/\d{1,2} Feb/);
      expect(await ticks()).not.toMatch(/18\d\d|19\d\d|20[3-4]\d/);
      await expect(mark(/Videgaray warns/)).toBeVisible();
      await expect(mark(/Russian flu/)).toHaveCount(0);
      await expect(mark(/forecast for 2040/)).toHaveCount(0);
    });
    await test.step('"All dates" shows every date mentioned, 1889 to 2040', async () => {
      await timeline.getByRole('button', { name: 'All dates' }).click();
      await expect(mark(/Russian flu/)).toHaveAccessibleName(/1889/);
      // At this zoom 2040 may share the edge with 2017's labels: its own mark, or a "+N" that opens on it.
      await expect(mark(/forecast for 2040/).or(timeline.getByRole('button', { name: /more events?, 2040: zoom to them/ }))).toBeVisible();
    });
    await test.step('"Whole story" goes back to the story\'s period', async () => {
      await timeline.getByRole('button', { name: 'Whole story' }).click();
      await expect(mark(/Russian flu/)).toHaveCount(0);
      await expect.poll(ticks).toMatch(/\d{1,2} Feb/);
    });
    await test.step('zooming out with the keys reaches the background too', async () => {
      await timeline.getByRole('group', { name: 'Time axis' }).focus();
      for (let i = 0; i < 25; i++) await page.keyboard.press('-');
      await expect(mark(/Russian flu/)).toBeVisible();
    });
  });

  test('key events, when the story marks some, set the period', async ({ page }) => {
    const { mark } = await open(page, farStory(['executive-orders', 'videgaray-warning']));
    await expect(mark(/Trump signs executive orders/)).toBeVisible();
    await expect(mark(/Videgaray warns/)).toBeVisible();
    await expect(mark(/Russian flu/)).toHaveCount(0);
  });

  test('a story dated to days never shows hour ticks, however far it zooms in', async ({ page }) => {
    const { timeline, ticks } = await open(page, farStory());
    await timeline.getByRole('group', { name: 'Time axis' }).focus();
    for (let i = 0; i < 30; i++) await page.keyboard.press('+');
    await expect.poll(async () => (await timeline.locator('.tick-label').count())).toBeLessThanOrEqual(4);
    expect(await ticks()).toMatch(/\d{1,2} Feb/);
    expect(await ticks()).not.toMatch(/\d\d:\d\d/);
  });

  test('titles on the axis take two lines; the full title is the name and the tooltip', async ({ page }) => {
    const { mark } = await open(page, farStory());
    const title = 'Videgaray warns Mexico will not accept unilateral immigration measures';
    const link = mark(/Videgaray warns/);
    await expect(link).toHaveAccessibleName(new RegExp(title));
    const text = link.locator('.mark-title');
    await expect(text).toHaveAttribute('title', title);
    const { height, line, full } = await text.evaluate((el) => ({
      height: el.getBoundingClientRect().height,
      line: parseFloat(getComputedStyle(el).lineHeight),
      full: el.scrollHeight,
    }));
    expect(height).toBeGreaterThan(line * 1.5);
    expect(height).toBeLessThan(line * 2.5);
    expect(full).toBeGreaterThanOrEqual(height - 1); // clamped, never more than two lines shown
  });

  test('a story that never states its year draws its days after the real years it recalls, with no year', async ({ page }) => {
    // The seed's days made year-less ("XXXX-02-23"), and one real year recalled: mn03's "founded in 1974".
    const doc = farStory();
    const events = (doc.events as Ev[]).map((e) => {
      const value = (e.date as { value: string }).value;
      if (value === '1889') return { ...e, date: { ...(e.date as object), value: '1974' } };
      return /^2017-\d\d-\d\d/.test(value) ? { ...e, date: { ...(e.date as object), value: `XXXX${value.slice(4, 10)}`, granularity: 'day' } } : null;
    }).filter((e) => e !== null);
    const { timeline, ticks, mark } = await open(page, { ...doc, events } as ReturnType<typeof farStory>);
    await expect(mark(/Videgaray warns/)).toHaveAccessibleName(/year not stated/);
    await timeline.getByRole('button', { name: 'All dates' }).click();
    await expect(mark(/Russian flu/)).toHaveAccessibleName(/1974/);
    // The days come after 1974 with a break that says so; no tick prints a year of the drawing (2000, 1976).
    await expect.poll(ticks).toMatch(/year not stated/);
    expect(await ticks()).not.toMatch(/19[89]\d|20\d\d|197[5-9]/);
    const x = async (name: RegExp) => (await mark(name).boundingBox())?.x ?? -1;
    expect(await x(/Videgaray warns/)).toBeGreaterThan(await x(/Russian flu/));
    // The share dialog says, before any download, that TimelineJS and calendars leave those days out.
    await page.getByRole('button', { name: /^Share/ }).first().click();
    await expect(page.getByRole('dialog')).toContainText(/\d+ events whose year no article states are in the CSV only/);
  });
});
