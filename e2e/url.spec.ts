/// <reference lib="dom" />
import { expect, test } from './support/fixtures.ts';

test.describe('the URL is the state', () => {
  test('a deep link to an event works when opened fresh', async ({ story }) => {
    await story.open('white-house-clarifies/');
    await expect(story.details.getByRole('heading', { level: 2 })).toHaveText('White House says Trump used “military” as an adjective');
    await expect(story.mark('White House says Trump')).toHaveAttribute('aria-current', 'true');
    await expect(story.page).toHaveTitle(/White House says Trump used/);
  });

  test('a deep link opened in one column (a 1440 px window at 200% zoom) shows its event, not only the filters', async ({ story, page }) => {
    await page.setViewportSize({ width: 720, height: 450 });
    await story.open('white-house-clarifies/');
    await expect(story.details.getByRole('heading', { level: 2 })).toBeInViewport();
    await test.step('the story alone opens at the top of the page', async () => {
      await story.open();
      await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
    });
  });

  test('each selection is a history entry; Back and Forward step through them', async ({ story, page }) => {
    await story.open();
    await story.row('DHS issues new orders').click();
    await expect(page).toHaveURL(/\/seed-fixture\/dhs-orders\/$/);
    await story.row('Videgaray warns').click();
    await expect(page).toHaveURL(/\/seed-fixture\/videgaray-warning\/$/);
    await story.sources.getByRole('link', { name: /Read in context/ }).first().click();
    await expect(page).toHaveURL(/videgaray-warning\/\?read=004_a64dbdd333cede17&at=\d+$/);
    await page.goBack();
    await expect(story.details.getByRole('heading', { level: 2 })).toHaveText(/Videgaray warns/);
    await expect(story.reader).toHaveCount(0);
    await page.goBack();
    await expect(story.details.getByRole('heading', { level: 2 })).toHaveText(/DHS issues new orders/);
    await page.goBack();
    await expect(story.details).toHaveCount(0);
    await page.goForward();
    await expect(story.details.getByRole('heading', { level: 2 })).toHaveText(/DHS issues new orders/);
    await expect(story.mark('DHS issues new orders')).toHaveAttribute('aria-current', 'true');
  });

  test('after Back, focus is on something the page shows: the event selected, else the timeline', async ({ story, page }) => {
    const focus = () => page.evaluate(() => {
      const a = document.activeElement;
      if (!a || a === document.body) return 'nothing';
      const r = a.getBoundingClientRect();
      const shown = r.width > 0 && r.bottom > 0 && r.top < window.innerHeight && r.right > 0 && r.left < window.innerWidth;
      return shown ? a.getAttribute('data-event-id') ?? a.getAttribute('aria-label') ?? a.tagName : `off screen: ${a.tagName}`;
    });
    await story.open();
    await story.row('DHS issues new orders').click();
    await story.row('Videgaray warns').click();
    await story.sources.getByRole('link', { name: /Read in context/ }).first().click();
    await expect(story.reader).toHaveCount(1);
    await page.goBack();
    await expect(story.reader).toHaveCount(0);
    await expect.poll(focus).toBe('videgaray-warning');
    await page.goBack();
    await expect(story.details.getByRole('heading', { level: 2 })).toHaveText(/DHS issues new orders/);
    await expect.poll(focus).toBe('dhs-orders');
    await page.goBack();
    await expect(story.details).toHaveCount(0);
    await expect.poll(focus).toBe('Time axis');
  });

  test('Back and Forward to the reader give focus to its passage, on screen; Back from it, to the event', async ({ story, page }) => {
    const focus = () => page.evaluate(() => {
      const a = document.activeElement;
      if (!a || a === document.body) return 'nothing';
      const r = a.getBoundingClientRect();
      const shown = r.width > 0 && r.bottom > 0 && r.top < window.innerHeight && r.right > 0 && r.left < window.innerWidth;
      const what = a.closest('.reader') ? `reader: ${a.getAttribute('aria-current') ?? a.tagName}` : a.getAttribute('data-event-id') ?? a.tagName;
      return shown ? what : `off screen: ${what}`;
    });
    // A short window: the page scrolls down to the sources, and the browser would restore that scroll on Back.
    await page.setViewportSize({ width: 1280, height: 420 });
    await story.open();
    await story.row('DHS issues new orders').click();
    const read = story.sources.getByRole('link', { name: /Read in context/ }).last();
    await read.focus();
    await page.keyboard.press('Enter');
    await expect(story.reader).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(story.reader).toHaveCount(0);
    await page.goBack();
    await expect(story.reader).toBeVisible();
    await expect.poll(focus).toBe('reader: location');
    await page.goBack();
    await expect(story.reader).toHaveCount(0);
    await expect(story.details.getByRole('heading', { level: 2 })).toHaveText(/DHS issues new orders/);
    await expect.poll(focus).toBe('dhs-orders');
    await page.goForward();
    await expect(story.reader).toBeVisible();
    await expect.poll(focus).toBe('reader: location');
  });

  test('Back from the event list keeps focus in the list, on the event before, under another date heading too', async ({ story, page }) => {
    await story.open();
    await story.row('Videgaray warns').click();
    await story.row('White House').click();
    await page.goBack();
    await expect(story.details.getByRole('heading', { level: 2 })).toHaveText(/Videgaray warns/);
    await expect.poll(() => page.evaluate(() => { const a = document.activeElement; return a?.closest('.event-list') ? a.getAttribute('data-event-id') : `not in the list: ${a?.tagName}`; })).toBe('videgaray-warning');
  });

  test('an unknown event id says so over the timeline instead of a blank page', async ({ story, page }) => {
    await story.open('no-such-event/');
    const alert = story.timeline.getByRole('alert');
    await expect(alert).toContainText('This story has no event “no-such-event”');
    await expect(story.list.getByRole('link').first()).toBeVisible();
    await alert.getByRole('link', { name: 'Show the whole story' }).click();
    await expect(alert).toHaveCount(0);
    await expect(page).toHaveURL(/\/seed-fixture\/$/);
  });

  test('a story that fails validation shows the validator messages', async ({ page }) => {
    await page.route('**/data/index.json', (r) => r.fulfill({ json: { schemaVersion: 1, stories: [] } }));
    await page.route('**/data/stories/broken/index.json', (r) => r.fulfill({ json: { schemaVersion: 1, id: 'broken', title: 3 } }));
    await page.goto('/broken/');
    await expect(page.getByRole('alert')).toContainText('The story “broken” could not be shown');
    await expect(page.getByRole('alert')).toContainText('title');
  });

  test('a story that does not exist says so, in words and not as the fetch\'s 404', async ({ page }) => {
    // An old or mistyped link had read "…/data/stories/nothing-here/index.json: the server answered 404 Not Found".
    await page.goto('/nothing-here/');
    const alert = page.getByRole('alert');
    await expect(alert.getByRole('heading', { level: 1 })).toHaveText('There is no story “nothing-here” here');
    await expect(alert).toContainText('The link may be mistyped, or the story renamed or taken down.');
    await expect(alert).not.toContainText('404');
    await expect(page.getByRole('link', { name: 'All stories' })).toHaveAttribute('href', '/');
  });
});
