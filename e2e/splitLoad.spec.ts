/// <reference lib="dom" />
/**
 * A long story loads fast (issue 12): the viewer's first render needs only the story's outline
 * (data/stories/<id>/index.json); an event's detail chunk (events/<n>.json), an article's text
 * (articles/<n>.json) and the search texts (texts.json) are fetched when asked. Driven on the production
 * build of e2e/fixtures/stories/edited (a lock file with an old id that redirects), by roles and names.
 */
import { expect, test, type Page, type Request } from '@playwright/test';

const STORY = 'edited';
const KELLY = '2017-02-23-united-states-homeland-security-secretary';
const OLD_KELLY = '2017-02-23-kelly-promised-mass-deportations';
const details = (page: Page) => page.getByRole('region', { name: 'Event details' });
const list = (page: Page) => page.getByRole('region', { name: 'Events', exact: true });

/** The story data the page asks for, as paths under data/stories/. */
function dataRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r: Request) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/data/stories/')) seen.push(path.slice('/data/stories/'.length));
  });
  return seen;
}
const detailFiles = (seen: string[]) => seen.filter((p) => /\/(events|articles)\/\d+\.json$|\/texts\.json$/.test(p));

test.describe('the story loads its outline first and its detail when asked', () => {
  test('the first load fetches the outline and no detail; opening an event fetches its chunk and shows its sources down to the sentence', async ({ page }) => {
    const seen = dataRequests(page);
    await page.goto(`/${STORY}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Edited fixture/);
    await expect(list(page).getByRole('link').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(seen).toContain(`${STORY}/index.json`);
    expect(seen, 'the whole document is not loaded').not.toContain(`${STORY}.json`);
    expect(detailFiles(seen), 'no detail chunk before an event is opened').toEqual([]);

    await list(page).getByRole('link', { name: /Kelly promised/ }).click();
    const sources = details(page).getByRole('list', { name: 'Sources' });
    await expect(sources.getByRole('listitem').first()).toBeVisible();
    await expect(details(page)).toHaveAttribute('aria-busy', 'false');
    expect(detailFiles(seen)).toEqual([expect.stringMatching(new RegExp(`^${STORY}/events/\\d+\\.json$`))]);
    // Down to the sentence: each source quotes the sentence that reports the event.
    await expect(sources.locator('.source-sentence').first()).toHaveText(/^“.*Kelly.*”$/s);
    await expect(details(page)).toContainText('How this date was found');

    await sources.getByRole('link', { name: /Read in context/ }).first().click();
    const reader = page.getByRole('region', { name: 'Reader', exact: true });
    await expect(reader.locator('mark.current')).toBeVisible();
    expect(detailFiles(seen).filter((p) => p.includes('/articles/'))).toHaveLength(1);
  });

  test('a deep link to an event, and an old id the lock file redirects, open the event with its detail on a fresh load', async ({ page }) => {
    await page.goto(`/${STORY}/${KELLY}/`);
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(/Kelly promised/);
    await expect(details(page).getByRole('list', { name: 'Sources' }).getByRole('listitem').first()).toBeVisible();

    await page.goto(`/${STORY}/${OLD_KELLY}/`);
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(/Kelly promised/);
    await expect(page).toHaveURL(new RegExp(`/${STORY}/${KELLY}/$`));
    await expect(details(page).getByRole('list', { name: 'Sources' }).getByRole('listitem').first()).toBeVisible();
  });

  test('while the detail loads, the details say so; a bad or missing chunk is a clear message where the detail would be', async ({ page }) => {
    let release = () => {};
    const held = new Promise<void>((done) => { release = done; });
    await page.route(`**/data/stories/${STORY}/events/*.json`, async (r) => { await held; await r.continue(); });
    await page.goto(`/${STORY}/${KELLY}/`);
    await expect(details(page).getByRole('status')).toHaveText('Loading the sources of this event…');
    await expect(details(page)).toHaveAttribute('aria-busy', 'true');
    release();
    await expect(details(page).getByRole('list', { name: 'Sources' })).toBeVisible();
    await expect(details(page).getByRole('status')).toHaveCount(0);

    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await page.route(`**/data/stories/${STORY}/events/*.json`, (r) => r.fulfill({ json: { schemaVersion: 1, storyId: STORY, chunk: 0, events: 'none' } }));
    await page.goto(`/${STORY}/${KELLY}/`);
    const alert = details(page).getByRole('alert');
    await expect(alert).toContainText('The sources of this event could not be loaded.');
    await expect(alert).toContainText(/events\/\d+\.json: events: /);
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(/Kelly promised/);

    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await page.route(`**/data/stories/${STORY}/events/*.json`, (r) => r.fulfill({ status: 404, body: 'gone' }));
    await page.goto(`/${STORY}/${KELLY}/`);
    await expect(details(page).getByRole('alert')).toContainText(/events\/\d+\.json: the server answered 404/);
    await expect(list(page).getByRole('link').first()).toBeVisible();
  });

  test('the first search fetches the texts and finds words of quotes', async ({ page }) => {
    const seen = dataRequests(page);
    await page.goto(`/${STORY}/`);
    await expect(list(page).getByRole('link').first()).toBeVisible();
    // A word of a quote that is in no title: found only once the texts are there.
    const doc = await (await page.request.get(`/data/stories/${STORY}.json`)).json() as { events: { title: string; actors: string[]; quotes: { text: string }[] }[] };
    const known = doc.events.map((e) => [e.title, ...e.actors].join(' ')).join(' ').toLowerCase();
    const word = doc.events.flatMap((e) => e.quotes.flatMap((q) => q.text.split(/\W+/))).find((w) => w.length > 5 && !known.includes(w.toLowerCase()))!;
    await page.getByRole('searchbox', { name: 'Search events' }).fill(word);
    await expect(list(page).getByRole('link').first()).toBeVisible();
    expect(seen).toContain(`${STORY}/texts.json`);
  });

  test('the embed loads the outline first, and an event’s detail when it opens', async ({ page }) => {
    const seen = dataRequests(page);
    await page.goto(`/embed.html?story=${STORY}`);
    await expect(list(page).getByRole('link').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(seen).toContain(`${STORY}/index.json`);
    expect(detailFiles(seen)).toEqual([]);
    await page.goto(`/embed.html?story=${STORY}&event=${KELLY}`);
    await expect(details(page).getByRole('list', { name: 'Sources' }).getByRole('listitem').first()).toBeVisible();
    expect(detailFiles(seen)).toHaveLength(1);
  });
});
