/// <reference lib="dom" />
import { expect, seedBackground, seedStory, serveStories, test } from './support/fixtures.ts';
import type { Page } from '@playwright/test';

test.describe('the event list', () => {
  test('lists every event in date order under date headings, background folded', async ({ story }) => {
    await story.open();
    const background = story.list.getByRole('button', { name: /^Show background: 2 earlier events, before / });
    await test.step('it opens on the story, the recalls of 2016 and January 2017 folded under "Background"', async () => {
      await expect(background).toHaveAttribute('aria-expanded', 'false');
      await expect(story.list.getByRole('heading', { level: 3 }).first()).not.toHaveText('2016');
      await expect(story.list.getByRole('heading', { name: 'Thursday 23 February 2017' })).toBeVisible();
      await expect(story.list.getByRole('link')).toHaveCount(seedStory.events.length - seedBackground.length);
      for (const id of seedBackground) await expect(story.list.locator(`[data-event-id="${id}"]`)).toHaveCount(0);
    });
    await test.step('opening the background lists every event, in date order', async () => {
      await background.click();
      await expect(story.list.getByRole('button', { name: /^Hide background: 2 earlier events, before / })).toHaveAttribute('aria-expanded', 'true');
      await expect(story.list.getByRole('heading', { level: 3 }).first()).toHaveText('2016');
      await expect(story.list.getByRole('link')).toHaveCount(seedStory.events.length);
      const names = await story.list.getByRole('link').evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')));
      expect(names.slice(0, 3)).toEqual(['campaign-deportation-force', 'executive-orders', 'dhs-memos']);
    });
  });

  test('opens the background when a recall is selected on the axis', async ({ story, page }) => {
    await story.open();
    await story.timeline.getByRole('button', { name: 'All dates' }).click();
    const recall = seedStory.events.find((e) => e.id === 'campaign-deportation-force')!;
    await story.mark(recall.title).click();
    await expect(story.list.getByRole('button', { name: /^Hide background: 2 earlier events, before / })).toHaveAttribute('aria-expanded', 'true');
    await expect(story.row(recall.title)).toHaveAttribute('aria-current', 'true');
    await expect(page).toHaveURL(/campaign-deportation-force/);
    await test.step('and when a link opens on the recall', async () => {
      await story.open('campaign-deportation-force/');
      await expect(story.list.getByRole('button', { name: /^Hide background: 2 earlier events, before / })).toHaveAttribute('aria-expanded', 'true');
      await expect(story.row(recall.title)).toHaveAttribute('aria-current', 'true');
    });
  });

  test('a row is named in one piece, its date "about" where the day is unsure', async ({ story }) => {
    await story.open();
    await expect(story.row(/Tillerson: illegal firearms/)).toHaveAccessibleName(/^Tillerson: illegal firearms[^,]*, about 23 February 2017, \d+ sources?$/);
  });

  test('Enter on the open event\'s row goes to its details, which had been every row\'s Tab away', async ({ story, page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await story.open();
    const row = story.row('DHS issues new orders');
    await row.focus();
    await page.keyboard.press('Enter');
    await expect(story.details.getByRole('heading', { level: 2 })).toHaveText(/DHS issues new orders/);
    // The first Enter keeps focus on the row, whose name now says what the next one does.
    await expect(row).toBeFocused();
    await expect(row).toHaveAccessibleName(/, \d+ sources?; open: press Enter to go to its details$/);
    await expect(story.row('Videgaray warns')).toHaveAccessibleName(/sources?$/);
    await page.keyboard.press('Enter');
    const heading = story.details.getByRole('heading', { level: 2 });
    await expect(heading).toBeFocused();
    await expect(heading).toBeInViewport();
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveAccessibleName('Show these words in the article');
    // Escape in the details gives focus back to the row, as before.
    await page.keyboard.press('Escape');
    await expect(story.details).toHaveCount(0);
    await expect(row).toBeFocused();
    await expect(row).toHaveAccessibleName(/sources?$/);
  });

  test('in one column a row opens its event above the list and focus goes with it; Escape brings it back', async ({ story, page }) => {
    await page.setViewportSize({ width: 390, height: 700 });
    await story.open();
    const row = story.row('Tillerson and Kelly to meet');
    await row.focus();
    await page.keyboard.press('Enter');
    // The page scrolls to the details, above the list: focus had stayed on the row, out of sight below them.
    const heading = story.details.getByRole('heading', { level: 2 });
    await expect(heading).toBeFocused();
    await page.waitForTimeout(800); // the page's smooth scroll comes to rest
    await expect(heading).toBeInViewport();
    await page.keyboard.press('Escape');
    await expect(story.details).toHaveCount(0);
    await expect(row).toBeFocused();
    await expect(row).toBeInViewport();
  });

  test('is in step with the timeline, both ways', async ({ story }) => {
    await story.open();
    await test.step('a click in the list selects on the axis', async () => {
      await story.row('DHS issues new orders').click();
      await expect(story.mark('DHS issues new orders')).toHaveAttribute('aria-current', 'true');
    });
    await test.step('a click on the axis selects in the list', async () => {
      await story.mark('Videgaray warns').click();
      await expect(story.row('Videgaray warns')).toHaveAttribute('aria-current', 'true');
      await expect(story.row('DHS issues new orders')).not.toHaveAttribute('aria-current');
    });
    await test.step('Escape in the list closes the event opened from it, focus staying on its row', async () => {
      await story.row('DHS issues new orders').focus();
      await story.page.keyboard.press('Enter');
      await expect(story.details).toBeVisible();
      await story.row('DHS issues new orders').focus();
      await story.page.keyboard.press('Escape');
      await expect(story.details).toHaveCount(0);
      await expect(story.row('DHS issues new orders')).toBeFocused();
    });
    await test.step('Escape inside the details of an event opened from the list gives focus back to its row', async () => {
      await story.row('Videgaray warns').focus();
      await story.page.keyboard.press('Enter');
      await story.details.getByRole('heading', { level: 2 }).focus();
      await story.page.keyboard.press('Escape');
      await expect(story.details).toHaveCount(0);
      await expect(story.row('Videgaray warns')).toBeFocused();
    });
    await test.step('a deep link opens an event with focus on the page: Escape closes it there too', async () => {
      await story.open('dhs-orders/');
      await expect(story.details).toBeVisible();
      await story.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await story.page.keyboard.press('Escape');
      await expect(story.details).toHaveCount(0);
    });
  });

  test('is the layout on a narrow screen, where details open above it', async ({ story, page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await story.open();
    await expect(story.list).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'no sideways scrolling').toBeLessThanOrEqual(0);
    await story.row('Tillerson: illegal firearms').click();
    await expect(story.details).toBeInViewport();
    const [details, list] = await Promise.all([story.details.boundingBox(), story.list.boundingBox()]);
    expect(details!.y).toBeLessThan(list!.y);
  });

  test('a deep link to an event far down a long story opens the list on that event\'s page', async ({ page }) => {
    const list = await openLongList(page);
    await expect(list.getByRole('link', { name: /^Happening number 220\b/ })).toHaveAttribute('aria-current', 'true');
    await expect(list.getByRole('button', { name: /^Show earlier events \(200 more\)$/ })).toBeVisible();
    // The page opens at its top, where the window shows the list's first rows only: the row is among them.
    await expect(list.getByRole('link', { name: /^Happening number 220\b/ })).toBeInViewport();
  });

  test('paging by keyboard gives focus to the first row of the page shown, never to the page', async ({ page }) => {
    const list = await openLongList(page);
    const row = (n: number) => list.getByRole('link', { name: new RegExp(`^Happening number ${n}\\b`) });
    await list.getByRole('button', { name: 'Show earlier events (200 more)' }).press('Enter');
    await expect(row(101)).toBeFocused();
    await list.getByRole('button', { name: 'Show earlier events (100 more)' }).press('Enter');
    await expect(row(1)).toBeFocused();
    await expect(row(1)).toBeInViewport();
    await list.getByRole('button', { name: 'Show later events (150 more)' }).press('Enter');
    await expect(row(101)).toBeFocused();
    await expect(row(101)).toBeInViewport();
  });
});

/** A story of 250 one-a-day events, opened at a deep link to the 220th: its Events region. */
async function openLongList(page: Page) {
  const base = seedStory.events.find((e) => e.id === 'dhs-orders')!;
  const day = (i: number) => new Date(Date.UTC(2017, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
  const events = Array.from({ length: 250 }, (_, i) => ({ ...base, id: `event-${i + 1}`, title: `Happening number ${i + 1}`, date: { ...base.date, value: day(i) } }));
  await serveStories(page, [{ ...seedStory, id: 'long-list', events } as never]);
  await page.goto('/long-list/event-220/');
  return page.getByRole('region', { name: 'Events', exact: true });
}

test.describe('the event list\'s date headings', () => {
  test('a step that scrolls the list never leaves a date heading cut at its top', async ({ page }) => {
    // Egypt's list in an 800 by 500 embed: 7 of 40 steps had left the heading its group's end pushed up as a
    // sliver over the rows ("the week of 17 January 2011", 3 to 27 px of it).
    const cuts = await stepAndCount(page, (l) => {
      const top = l.getBoundingClientRect().top;
      return [...l.querySelectorAll('.event-group-date')].map((h) => h.getBoundingClientRect()).filter((r) => r.top < top - 0.5 && r.bottom > top + 0.5).length;
    });
    expect(cuts, 'steps that left a heading cut at the list\'s top').toBe(0);
  });

  test('nor a row half under the heading that sticks at its top', async ({ page }) => {
    // Iraq's list and an 800 by 500 embed: a step had left the row above the selected one under the heading,
    // its title hidden and its "precise to the month · 1 source" showing.
    const cuts = await stepAndCount(page, (l) => {
      const top = l.getBoundingClientRect().top;
      const stuck = [...l.querySelectorAll('.event-group-date')].map((h) => h.getBoundingClientRect()).find((r) => r.bottom > top + 0.5);
      const under = stuck && stuck.top <= top + 0.5 ? stuck.bottom : top;
      return [...l.querySelectorAll('.event-row')].map((h) => h.getBoundingClientRect()).filter((r) => r.top < under - 0.5 && r.bottom > under + 6).length; // more than its padding shows
    });
    expect(cuts, 'steps that left a row cut at the list\'s top').toBe(0);
  });

  test('nor a heading over none of its rows', async ({ page }) => {
    // Iraq's key events in an 800 by 500 embed: "Thursday 20 January 2005" stuck at the top over the empty end
    // of its group, its one row scrolled away above it.
    const empty = await stepAndCount(page, (l) => {
      const top = l.getBoundingClientRect().top;
      const stuck = [...l.querySelectorAll('.event-group-date')].find((h) => h.getBoundingClientRect().bottom > top + 0.5);
      if (!stuck || stuck.getBoundingClientRect().top > top + 0.5) return 0;
      const under = stuck.getBoundingClientRect().bottom;
      const first = [...l.querySelectorAll('.event-row')].find((r) => r.getBoundingClientRect().bottom > under + 6);
      return first && first.closest('.event-group') !== stuck.closest('.event-group') ? 1 : 0;
    });
    expect(empty, 'steps that left a heading over none of its rows').toBe(0);
  });

  test('and the selected row stays whole in the list\'s part in view', async ({ page }) => {
    // The ceasefire story's 800 by 500 embed: showing the row above whole had pushed the selected one down, its
    // "Key event" badge cut at the list's bottom.
    const cut = await stepAndCount(page, (l) => {
      const box = l.getBoundingClientRect();
      const r = l.querySelector('[aria-current="true"]')!.getBoundingClientRect();
      return r.bottom > Math.min(box.bottom, window.innerHeight) + 0.5 || r.top < box.top - 0.5 ? 1 : 0;
    });
    expect(cut, 'steps that left the selected row cut').toBe(0);
  });
});

/** 72 events of one to three lines in an 800 by 500 embed, 40 steps Right: the sum of what `cut` counts after each. */
async function stepAndCount(page: Page, cut: (list: HTMLElement) => number): Promise<number> {
  const base = seedStory.events.find((e) => e.id === 'dhs-orders')!;
  const words = ['Kelly meets ministers', 'A long account of the talks between the two delegations that went on into the night', 'Orders signed'];
  const events = Array.from({ length: 72 }, (_, i) => ({ ...structuredClone(base), id: `e${i}`, title: `${words[i % 3]} ${i}`, key: false,
    date: { ...base.date, value: `2017-01-${String(1 + (Math.floor(i / (1 + (i % 3)) / 3) % 28)).padStart(2, '0')}`, evidence: null } }));
  await serveStories(page, [{ ...seedStory, id: 'headings', events } as never]);
  await page.setViewportSize({ width: 800, height: 500 });
  await page.goto('/embed.html?story=headings&height=500');
  const list = page.locator('.event-list');
  await expect(list.locator('.event-row').first()).toBeVisible();
  await page.locator('.timeline-viewport').focus();
  let cuts = 0;
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('ArrowRight');
    await expect(list.locator('[aria-current="true"]')).toBeVisible();
    cuts += await list.evaluate(cut);
  }
  return cuts;
}
