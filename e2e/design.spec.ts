/// <reference lib="dom" />
import AxeBuilder from '@axe-core/playwright';
import { expect, seedStory, test } from './support/fixtures.ts';

test.describe('design and accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`no serious or critical axe violations (${scheme})`, async ({ story, page }) => {
      test.setTimeout(60_000); // two full axe runs; slow on a shared two-core machine
      await page.emulateMedia({ colorScheme: scheme });
      await story.open('press-conference/');
      let results = await new AxeBuilder({ page }).analyze();
      const serious = (r: typeof results) => r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
      expect(serious(results)).toEqual([]);
      await story.sources.getByRole('link', { name: /Read in context/ }).first().click();
      await expect(story.reader).toBeVisible();
      results = await new AxeBuilder({ page }).analyze();
      expect(serious(results)).toEqual([]);
    });
  }

  test('dark mode follows prefers-color-scheme', async ({ story, page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await story.open();
    const light = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(light).not.toBe(dark);
    const [r, g, b] = dark.match(/\d+/g)!.map(Number);
    expect(r! + g! + b!).toBeLessThan(120);
  });

  test('reduced motion turns transitions and smooth scrolling off', async ({ story, page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await story.open();
    const behaviour = await page.evaluate(() => getComputedStyle(document.querySelector('.event-list')!).scrollBehavior);
    expect(behaviour).toBe('auto');
  });

  test('prints the timeline as a dated list with sources', async ({ story, page }) => {
    await story.open();
    await page.emulateMedia({ media: 'print' });
    const printed = page.getByRole('region', { name: 'Dated list for print' });
    await expect(printed.getByRole('listitem')).toHaveCount(11);
    await expect(printed.getByRole('listitem').nth(3)).toContainText('Tuesday 21 February 2017');
    await expect(printed.getByRole('listitem').nth(3)).toContainText('Sources: U.S. Vows Mexico No Mass Deportations; The Independent (https://example.com/independent/us-promises-mexico)');
    await expect(story.timeline).toBeHidden();
    await expect(story.search).toBeHidden();
    await expect(printed.getByText(/^Printed with filters/)).toHaveCount(0);
  });

  test('a list printed with filters says which, since paper keeps no filter bar', async ({ story, page }) => {
    await story.open('', '?from=2017-02-22&to=2017-02-23&q=Kelly');
    await page.emulateMedia({ media: 'print' });
    const printed = page.getByRole('region', { name: 'Dated list for print' });
    await expect(printed.getByRole('listitem')).toHaveCount(3);
    await expect(printed.getByText(/^Printed with filters/)).toHaveText('Printed with filters: 3 of 11 events: from Wednesday 22 February 2017 to Thursday 23 February 2017; words “Kelly”.');
  });

  test('with an event or an article open, that is what prints, whole, instead of the list', async ({ story, page }) => {
    await story.open('dhs-orders/');
    await expect(story.sources.getByRole('listitem')).toHaveCount(2);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('region', { name: 'Dated list for print' })).toHaveCount(0);
    await expect(story.details.getByRole('heading', { level: 2 })).toBeVisible();
    await expect(story.sources.getByRole('listitem').last()).toBeVisible();
    await expect(story.list).toBeHidden();
    await expect(story.timeline).toBeHidden();
    await expect(story.details.getByRole('button', { name: 'Share this event' })).toBeHidden();
    await expect(story.sources.getByRole('link', { name: /Read in context/ }).first(), 'a link that opens a view does nothing on paper').toBeHidden();
    await test.step('the reader: the article, down to its last paragraph', async () => {
      await page.emulateMedia({ media: 'screen' });
      await story.sources.getByRole('link', { name: /Read in context/ }).first().click();
      await expect(story.reader).toBeVisible();
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('region', { name: 'Dated list for print' })).toHaveCount(0);
      await expect(story.reader.locator('.reader-text p').last()).toBeVisible();
      const cut = await story.reader.evaluate((el) => { const side = el.closest('.side') as HTMLElement; return side.scrollHeight - side.clientHeight; });
      expect(cut, 'the panel does not scroll on paper').toBeLessThanOrEqual(1);
    });
    await test.step('closed, the list prints again', async () => {
      await page.emulateMedia({ media: 'screen' });
      await page.keyboard.press('Escape');
      await story.details.getByRole('link', { name: /^Close/ }).click();
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('region', { name: 'Dated list for print' }).getByRole('listitem')).toHaveCount(11);
    });
  });

  test('the headings outline the page: the story, its timeline, its events, the open event', async ({ story, page }) => {
    await story.open('dhs-orders/');
    await expect(story.details.getByRole('heading', { level: 2 })).toBeVisible();
    const outline = await page.evaluate(() => [...document.querySelectorAll('h1, h2')].map((h) => `${h.tagName} ${h.textContent}`));
    expect(outline).toEqual(['H1 ' + seedStory.title, 'H2 Timeline', 'H2 Events', 'H2 ' + seedStory.events.find((e) => e.id === 'dhs-orders')!.title]);
    await expect(story.timeline.getByRole('heading', { level: 2, name: 'Timeline' })).toHaveCount(1);
  });

  test('makes no request outside the site', async ({ story, page }) => {
    const outside: string[] = [];
    page.on('request', (r) => { if (!r.url().startsWith('http://localhost')) outside.push(r.url()); });
    await story.open('press-conference/');
    await story.sources.getByRole('link', { name: /Read in context/ }).first().click();
    expect(outside).toEqual([]);
  });
});
