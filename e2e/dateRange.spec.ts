/// <reference lib="dom" />
/**
 * The date range of the filters ("From", "To"): typed by keyboard into the date inputs, the list keeps the
 * events whose date overlaps the days, the URL keeps the range through a reload and Back, "Clear filters"
 * gives every event back. A From after To is said, not applied; year-less events are said to be hidden.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, listedAtFirst, seedStory, serveStories, test } from './support/fixtures.ts';

// The date inputs' segments follow the locale: month, day, year in en-US.
test.use({ locale: 'en-US' });

const total = seedStory.events.length;

/** Presses Tab until `target` has focus (a date input holds focus over its own parts), at most 12 times. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let i = 0; i < 12; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

function filterBar(page: Page) {
  const bar = page.getByRole('search', { name: 'Filter events' });
  const dates = bar.getByRole('group', { name: 'Dates' });
  return {
    status: bar.getByRole('status'),
    from: dates.getByRole('textbox', { name: 'From', exact: true }),
    to: dates.getByRole('textbox', { name: 'To', exact: true }),
  };
}

test('a range typed by keyboard narrows the list, lives in the URL through a reload and Back, and is cleared', async ({ story, page }) => {
  await story.open();
  const { status, from, to } = filterBar(page);
  // The inputs offer the story's dates, recalls included: 2016 to the week of 20 February 2017.
  await expect(from).toHaveAttribute('min', '2016-01-01');
  await expect(to).toHaveAttribute('max', '2017-02-26');

  await story.search.focus();
  await tabTo(page, from);
  await page.keyboard.type('02222017');
  await tabTo(page, to);
  await page.keyboard.type('02222017');
  await expect(page).toHaveURL(/\/seed-fixture\/\?from=2017-02-22&to=2017-02-22$/);

  // The 22nd, and the week of the 20th that holds it; not the 21st, the 23rd, January or 2016.
  const rows = story.list.getByRole('link');
  const expectTheRange = async () => {
    await expect(rows).toHaveCount(2);
    await expect(story.row(/^Videgaray warns Mexico will not accept unilateral immigration measures, Wednesday 22 February 2017,/)).toBeVisible();
    await expect(story.row(/^DHS memos set new deportation priorities, the week of 20 February 2017,/)).toBeVisible();
    await expect(story.row(/^DHS issues new orders/)).toHaveCount(0);
    await expect(story.mark(/^Kelly promises/)).toHaveCount(0);
    await expect(status).toHaveText(`2 of ${total} events`);
  };
  await expectTheRange();

  await test.step('a fresh load of the URL restores the range', async () => {
    await page.reload();
    await expect(from).toHaveValue('2017-02-22');
    await expect(to).toHaveValue('2017-02-22');
    await expectTheRange();
  });

  await test.step('"Clear filters" empties both inputs and gives every event back', async () => {
    await page.getByRole('button', { name: 'Clear filters' }).focus();
    await page.keyboard.press('Enter');
    await expect(from).toHaveValue('');
    await expect(to).toHaveValue('');
    await expect(rows).toHaveCount(listedAtFirst(seedStory.events));
    await expect(status).toHaveText(`${total} events`);
    await expect(page).toHaveURL(/\/seed-fixture\/$/);
    await expect(story.search).toBeFocused();
  });

  await test.step('Back brings the range back', async () => {
    await page.goBack();
    await expect(page).toHaveURL(/\?from=2017-02-22&to=2017-02-22$/);
    await expect(from).toHaveValue('2017-02-22');
    await expectTheRange();
  });
});

test('the timeline frames the days asked for, at once from an address, once typed, and the period again when cleared', async ({ story, page }) => {
  // The 2016 campaign lies far left of the story's own period (February 2017): off the first view.
  const campaign = story.mark(/Trump speaks of a “deportation force”/);
  const videgaray = story.mark(/Videgaray warns Mexico/);
  /** Whether a mark lies (at least partly) across the time axis as drawn, not beyond its edges. */
  const onAxis = async (mark: typeof campaign) => {
    if (!(await mark.count())) return false;
    const [m, a] = [await mark.boundingBox(), await story.axis.boundingBox()];
    return !!m && !!a && m.x < a.x + a.width && m.x + m.width > a.x;
  };
  await story.open();
  await expect(videgaray).toBeVisible();
  expect(await onAxis(campaign)).toBe(false);

  const { from, to } = filterBar(page);
  await from.focus();
  await page.keyboard.type('03012016');
  await tabTo(page, to);
  await page.keyboard.type('10312016');
  await expect(page).toHaveURL(/\?from=2016-03-01&to=2016-10-31$/);
  await expect.poll(() => onAxis(campaign)).toBe(true);

  await test.step('"Clear filters" frames the story\'s period again', async () => {
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => onAxis(campaign)).toBe(false);
    await expect.poll(() => onAxis(videgaray)).toBe(true);
  });

  await test.step('Back brings the range and its frame back; a fresh load of it frames it at once', async () => {
    await page.goBack();
    await expect(from).toHaveValue('2016-03-01');
    await expect.poll(() => onAxis(campaign)).toBe(true);
    await page.reload();
    await expect(story.mark(/Trump speaks of a “deportation force”/)).toBeVisible();
    expect(await onAxis(campaign)).toBe(true);
  });
});

test('an open event stays in view when the range is cleared, though it lies outside the story\'s period', async ({ story, page }) => {
  await story.open('campaign-deportation-force/', '?from=2016-01-01&to=2016-12-31');
  const campaign = story.mark(/Trump speaks of a “deportation force”/);
  await expect(campaign).toBeInViewport();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/\/campaign-deportation-force\/$/);
  // The period is framed once the range has settled; the open event is then brought back into view.
  await page.waitForTimeout(600);
  await expect(campaign).toBeInViewport();
});

test('a From before the story\'s period begins the list there: no background is folded', async ({ story, page }) => {
  await story.open();
  await expect(page.getByRole('button', { name: /^Show background/ })).toBeVisible();
  await expect(story.row(/^Trump speaks of a “deportation force”/)).toHaveCount(0);
  await story.open('', '?from=2016-01-01&to=2017-02-21');
  await expect(story.row(/^Trump speaks of a “deportation force”/)).toBeVisible();
  await expect(page.getByRole('button', { name: /^Show background/ })).toHaveCount(0);
  // To alone keeps the fold: the list still opens on the story's own days.
  await story.open('', '?to=2017-02-21');
  await expect(page.getByRole('button', { name: /^Show background/ })).toBeVisible();
});

test('a range of days folds the events dated only to a month or a year around them; a week stays', async ({ story, page }) => {
  // Egypt from 1 to 3 February 2011 had listed "2011" and "February 2011" before the days asked for.
  await story.open('', '?from=2017-01-31&to=2017-02-21');
  const fold = story.list.getByRole('button', { name: 'Show 1 event dated only to a month or a year around these days' });
  await expect(fold).toHaveAttribute('aria-expanded', 'false');
  await expect(story.row(/^Trump signs executive orders/)).toHaveCount(0);
  await expect(story.row(/^DHS memos set new deportation priorities/)).toBeVisible();
  await expect(story.row(/^DHS issues new orders/)).toBeVisible();
  await fold.press('Enter');
  await expect(story.row(/^Trump signs executive orders/)).toBeVisible();
  await expect(story.list.getByRole('button', { name: /^Hide 1 event dated only to a month/ })).toHaveAttribute('aria-expanded', 'true');
  await test.step('a link to one of them opens the fold on it', async () => {
    await story.open('executive-orders/', '?from=2017-01-31&to=2017-02-21');
    await expect(story.row(/^Trump signs executive orders/)).toHaveAttribute('aria-current', 'true');
  });
  await test.step('a range as long as the month folds nothing', async () => {
    await story.open('', '?from=2017-01-01&to=2017-02-21');
    await expect(story.row(/^Trump signs executive orders/)).toBeVisible();
    await expect(story.list.getByRole('button', { name: /dated only to a month/ })).toHaveCount(0);
  });
  expect(page.url()).toContain('from=2017-01-01');
});

test('stepping to an event broader than the range keeps the days asked for on screen', async ({ story, page }) => {
  // The week of 20 February overlaps the 22nd; Home steps to it. Its whole week had been framed, the day asked
  // for shrunk to a seventh of the axis (Egypt: "2011" had zoomed From 1 To 3 February out to the year).
  await story.open('', '?from=2017-02-22&to=2017-02-22');
  await expect(story.mark(/Videgaray warns/)).toBeVisible();
  await page.waitForTimeout(200);
  const before = await story.ticks();
  await story.axis.focus();
  await page.keyboard.press('Home');
  await expect(page).toHaveURL(/\/dhs-memos\/\?from=2017-02-22&to=2017-02-22$/);
  await page.waitForTimeout(300);
  expect(await story.ticks()).toEqual(before);
  await page.keyboard.press('End');
  await expect(page).toHaveURL(/\/videgaray-warning\//);
  await expect(story.mark(/Videgaray warns/)).toBeInViewport();
});

test('one side alone is a range open on the other', async ({ story, page }) => {
  await story.open('', '?to=2017-02-21');
  const { status, to } = filterBar(page);
  await expect(to).toHaveValue('2017-02-21');
  // 2016, January 2017, the week of the 20th and the 21st.
  await expect(status).toHaveText(`4 of ${total} events`);
  await expect(story.row(/^DHS issues new orders/)).toBeVisible();
});

test('From after To is said beside the inputs and with the count, and not applied', async ({ story, page }) => {
  await story.open('', '?from=2017-02-23&to=2017-02-21');
  const { status, from, to } = filterBar(page);
  const said = '“From” is after “To”, so the dates are not applied.';
  await expect(page.getByRole('search', { name: 'Filter events' }).getByText(said, { exact: true })).toBeVisible();
  for (const input of [from, to]) {
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAccessibleDescription(said);
  }
  await expect(story.list.getByRole('link')).toHaveCount(listedAtFirst(seedStory.events));
  await expect(status).toHaveText(`${total} of ${total} events. ${said}`);
  // Mended: the message goes and the range applies.
  await to.fill('2017-02-23');
  await expect(page.getByText(said, { exact: true })).toHaveCount(0);
  await expect(to).not.toHaveAttribute('aria-invalid');
  // The six events of the 23rd, and the week of the 20th.
  await expect(status).toHaveText(`7 of ${total} events`);
});

test('events whose year is not stated are hidden by a range, and the inputs say so', async ({ page }) => {
  const doc = structuredClone(seedStory);
  doc.id = 'yearless-range';
  const yearless = doc.events.find((e) => e.id === 'videgaray-warning')!;
  yearless.date = { ...yearless.date, value: 'XXXX-02-22' };
  await serveStories(page, [doc as never]);
  await page.goto(`/${doc.id}/`);
  const { from } = filterBar(page);
  const rows = page.getByRole('region', { name: 'Events', exact: true }).getByRole('link');
  await expect(rows.filter({ hasText: /^Videgaray warns/ })).toHaveCount(1);
  const words = 'While a date is set, the event whose year is not stated is hidden: it cannot be placed between two days.';
  // Said before a date is set (to a screen reader, as the inputs' description), and on screen once one is.
  await expect(from).toHaveAccessibleDescription(words);
  await expect(page.getByText(words)).toHaveClass('visually-hidden');
  await from.fill('2017-02-20');
  await expect(page.getByText(words)).toHaveClass('filter-hint');
  await expect(page.getByText(words)).toBeVisible();
  await expect(rows.filter({ hasText: /^Videgaray warns/ })).toHaveCount(0);
  await expect(rows.filter({ hasText: /^DHS memos/ })).toHaveCount(1);
});

test('a story whose dates state no year offers no From and To, unless the address sets a range', async ({ page }) => {
  // As mn03: its own days year-less, one recall of a year; a range could only empty the list or keep the recall.
  const doc = structuredClone(seedStory);
  doc.id = 'yearless-story';
  for (const e of doc.events) if (e.date.value !== '2016') e.date.value = e.date.value.replace(/^2017/, 'XXXX');
  await serveStories(page, [doc as never]);
  await page.goto(`/${doc.id}/`);
  const bar = page.getByRole('search', { name: 'Filter events' });
  await expect(bar.getByRole('searchbox', { name: 'Search events' })).toBeVisible();
  await expect(bar.getByRole('group', { name: 'Dates' })).toHaveCount(0);
  // A shared link with a range still shows it, and the way to clear it.
  await page.goto(`/${doc.id}/?from=2016-01-01`);
  await expect(filterBar(page).from).toHaveValue('2016-01-01');
  await expect(filterBar(page).status).toHaveText(`1 of ${doc.events.length} events`);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(bar.getByRole('group', { name: 'Dates' })).toHaveCount(0);
});

test('the filter bar with either date note on screen has no serious axe violation, light or dark', async ({ page }) => {
  const doc = structuredClone(seedStory);
  doc.id = 'yearless-axe';
  doc.events.find((e) => e.id === 'videgaray-warning')!.date.value = 'XXXX-02-22';
  await serveStories(page, [doc as never]);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const query of ['?from=2017-02-23&to=2017-02-21', '?from=2017-02-21&to=2017-02-23']) {
      await page.goto(`/${doc.id}/${query}`);
      await expect(page.locator('.filter-error, .filter-hint')).toBeVisible();
      const results = await new AxeBuilder({ page }).include('.filters').analyze();
      expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id), `${scheme} ${query}`).toEqual([]);
    }
  }
});
