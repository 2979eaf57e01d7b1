/// <reference lib="dom" />
/**
 * The production build of a story the editors changed: e2e/fixtures/stories/edited holds three of the seed
 * story's articles (data/stories/us-officials-in-mexico-city: AFP, Business Standard, ABC News), an
 * edits.json (hide, retitle, redate with a note, key, merge, attach, and one entry for an id the story does
 * not have) and the lock file its ids come from, with one id of an earlier build that now redirects.
 * Readers see what was edited; old links lead somewhere; and there is no edit mode anywhere.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const STORY = '/edited/';
const KELLY = '2017-02-23-united-states-homeland-security-secretary';
const TILLERSON = '2017-02-23-afp-tillerson-sides-reiterated-joint';
const details = (page: Page) => page.getByRole('region', { name: 'Event details' });
const list = (page: Page) => page.getByRole('region', { name: 'Events', exact: true });

test.describe('an edited story in the production build', () => {
  test('shows the edits with their notes, and no edit controls', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(STORY);
    await test.step('the editors’ title (edits.json’s, over story.json’s) and their credit line under it', async () => {
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Edited fixture: a US visit in three reports, titled by the editors');
      await expect(page.getByRole('banner').getByText('Edited by the Dateline fixtures desk', { exact: true })).toBeVisible();
      await expect(page).toHaveTitle(/^Edited fixture: a US visit in three reports, titled by the editors/);
      const preview = await (await page.request.get(STORY)).text();
      expect(preview).toContain('<meta property="og:title" content="Edited fixture: a US visit in three reports, titled by the editors · Dateline">');
      expect(preview).toMatch(/<meta name="description" content="A sourced timeline of \d+ events from 3 articles, [^"]*\. Edited by the Dateline fixtures desk\.">/);
      const timeline = await (await page.request.get('/data/stories/edited.timeline.json')).json() as { title: { text: { headline: string; text: string } } };
      expect(timeline.title.text).toMatchObject({ headline: 'Edited fixture: a US visit in three reports, titled by the editors', text: expect.stringMatching(/^<p>Edited by the Dateline fixtures desk<\/p>/) });
      expect(await (await page.request.get('/data/stories/edited.ics')).text()).toContain('\r\nX-WR-CALDESC:Edited by the Dateline fixtures desk\r\n');
    });

    await test.step('a hidden event is not in the story', async () => {
      await expect(list(page).getByRole('link', { name: /vow to crack down on undocumented migrants/ })).toHaveCount(0);
    });

    await test.step('a retitled event has its new title and says so', async () => {
      await list(page).getByRole('link', { name: /Trump vows to cut the \$70 billion trade deficit/ }).click();
      await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Trump vows to cut the $70 billion trade deficit with Mexico');
      await expect(details(page).getByRole('note', { name: 'Edited' })).toHaveText(/Title edited by the editors\./);
    });

    await test.step('a redated event is at its new date, with the editors’ note as its evidence', async () => {
      // Redated to January, before the story's own days: the list has it under its background.
      await list(page).getByRole('button', { name: /^Show background/ }).click();
      await list(page).getByRole('link', { name: /renegotiate a two-decade-old agreement/ }).click();
      await expect(details(page).locator('time')).toHaveText('January 2017');
      await expect(details(page).getByRole('note', { name: 'Edited' })).toHaveText(/Date corrected by the editors: The article recalls what the President said in January, before the visit\./);
      await expect(details(page).getByText('Corrected by the editors', { exact: true })).toBeVisible();
    });

    await test.step('a key event says so; a merged event says what it absorbed; an attached article is a source', async () => {
      await list(page).getByRole('link', { name: /Kelly promised.*Key event/ }).click();
      await expect(details(page).getByText('Key event', { exact: true })).toBeVisible();
      await expect(details(page).getByRole('note', { name: 'Edited' })).toHaveText(/Marked as a key event by the editors\./);
      // The editors merged Tillerson's remark on cooperation into the news conference where he made it.
      await expect(details(page).getByRole('note', { name: 'Edited' })).toHaveText(/Merged by the editors with “Rex Tillerson agreed that cooperation on border security had to work both ways”/);
      await list(page).getByRole('link', { name: /The two envoys spoke/ }).click();
      await expect(details(page).getByRole('note', { name: 'Edited' })).toHaveText(/Source added by the editors: “U\.S\. Vows Mexico No Mass Deportations”\./);
      await expect(details(page).getByRole('list', { name: 'Sources' }).getByRole('listitem')).toHaveCount(2);
    });

    await test.step('the notes and the key mark pass axe in light and dark', async () => {
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        const results = await new AxeBuilder({ page }).include('.details').include('.event-list').analyze();
        expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
      }
    });

    await test.step('an edit of an id the story does not have is a build note naming the file and the entry', async () => {
      await page.goto(STORY);
      await page.getByText(/build notes?/).click();
      await expect(page.getByText(/edits\.json: events\["no-such-event"\]: this story has no such event; not applied/)).toBeVisible();
    });

    await test.step('there is no edit mode: no switch, no edit buttons, no endpoint', async () => {
      await page.goto(`${STORY}${KELLY}/`);
      await expect(details(page)).toBeVisible();
      await expect(page.getByRole('button', { name: 'Edit mode' })).toHaveCount(0);
      await expect(page.getByRole('group', { name: 'Edit this event' })).toHaveCount(0);
      await expect(page.getByRole('button', { name: /Hide event|Edit title|Correct date|Merge into/ })).toHaveCount(0);
      const posted = await page.request.post('/__dateline/edits', { data: { story: 'edited', event: KELLY, set: { hide: true } }, failOnStatusCode: false });
      expect(posted.ok()).toBe(false);
    });
    expect(errors).toEqual([]);
  });

  test('old links lead to the event that absorbed them, or to the story with a note', async ({ page }) => {
    await test.step('an id merged away by the editors opens the event it went into', async () => {
      await page.goto(`${STORY}2017-02-23-agreed-cooperation-border-security-work/`);
      await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(/Kelly promised/);
      await expect(page.getByRole('status').filter({ hasText: 'merged' })).toHaveText('The event you followed was merged into this one in an update.');
      await expect(page).toHaveURL(new RegExp(`${STORY}${KELLY}/$`));
    });
    await test.step('an id the pipeline merged into another event (statements at one news conference) opens that event', async () => {
      await page.goto(`${STORY}${TILLERSON}/`);
      await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(/Kelly promised/);
      await expect(page).toHaveURL(new RegExp(`${STORY}${KELLY}/$`));
    });
    await test.step('an id of an earlier build, kept in the lock file, opens the event that holds it now', async () => {
      await page.goto(`${STORY}2017-02-23-kelly-promised-mass-deportations/`);
      await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(/Kelly promised/);
      await expect(page).toHaveURL(new RegExp(`${STORY}${KELLY}/$`));
    });
    await test.step('a hidden event’s link opens the story and says the event was removed', async () => {
      await page.goto(`${STORY}2017-02-23-president-donald-trump-vow-crack/`);
      await expect(page.getByRole('status').filter({ hasText: 'removed' })).toHaveText('This event was removed by the editors in an update.');
      await expect(details(page)).toHaveCount(0);
      await expect(page.getByRole('region', { name: 'Timeline', exact: true }).getByRole('alert')).toHaveCount(0);
      await expect(page).toHaveURL(new RegExp(`${STORY}$`));
    });
    await test.step('their share pages preview where they lead', async () => {
      const merged = await (await page.request.get(`${STORY}2017-02-23-agreed-cooperation-border-security-work/`)).text();
      expect(merged).toMatch(/<meta property="og:title" content="United States Homeland Security Secretary John Kelly promised/);
      const hidden = await (await page.request.get(`${STORY}2017-02-23-president-donald-trump-vow-crack/`)).text();
      expect(hidden).toContain('<meta name="description" content="This event was removed by the editors in an update.');
    });
  });
});
