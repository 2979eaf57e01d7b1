/**
 * The story's exports: the share dialog links the TimelineJS, CSV and iCalendar files the build wrote beside
 * the story's JSON, they download under the story's name, and the site serves them with their content types.
 * Uses the real seed story as the pipeline built it (the fixture story is served by interception and has no
 * exports). What the files hold is tested in src/pipeline/export against independent parsers.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const STORY = 'us-officials-in-mexico-city';
const FILES = [
  { name: 'Download TimelineJS JSON', file: `${STORY}.timeline.json`, type: 'application/json' },
  { name: 'Download CSV', file: `${STORY}.csv`, type: 'text/csv' },
  { name: 'Download iCalendar (.ics)', file: `${STORY}.ics`, type: 'text/calendar' },
];

test.describe('story exports', () => {
  test('the share dialog links the three exports; each downloads with every event of the story', async ({ page }) => {
    const doc = await (await page.request.get(`/data/stories/${STORY}.json`)).json() as { title: string; events: { id: string }[] };
    await page.goto(`/${STORY}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(doc.title);
    await page.getByRole('banner').getByRole('button', { name: 'Share this story' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share this story' });
    const downloads = dialog.getByRole('region', { name: 'Download the whole story' });
    await expect(downloads.getByRole('link')).toHaveCount(3);

    const bodies: Record<string, string> = {};
    for (const f of FILES) {
      const link = downloads.getByRole('link', { name: `${f.name}, whole story`, exact: true });
      await expect(link).toHaveAttribute('href', `/data/stories/${f.file}`);
      await expect(link).toHaveAttribute('download', f.file);
      await test.step(`${f.name}: served as ${f.type}, downloaded as ${f.file}`, async () => {
        const response = await page.request.get(`/data/stories/${f.file}`);
        expect(response.status()).toBe(200);
        expect(response.headers()['content-type']).toContain(f.type);
        const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
        expect(download.suggestedFilename()).toBe(f.file);
        bodies[f.file] = readFileSync((await download.path())!, 'utf8');
        // The file as built, its site-relative links made absolute on the page's address (absoluteLinks.ts).
        const origin = new URL(page.url()).origin;
        const served = await response.text();
        expect(served).toContain(`/${STORY}/`);
        expect(bodies[f.file]).toContain(`${origin}/${STORY}/`);
        // The CSV keeps its byte-order mark (spreadsheets read it as UTF-8 by it).
        if (f.file.endsWith('.csv')) expect(bodies[f.file].startsWith('\uFEFF')).toBe(true);
        expect(bodies[f.file].replace(/\r\n /g, '').split(`${origin}/${STORY}/`).length).toBeGreaterThanOrEqual(served.replace(/\r\n /g, '').split(`/${STORY}/`).length);
      });
    }
    const timeline = JSON.parse(bodies[`${STORY}.timeline.json`]!) as { title: { text: { headline: string } }; events: { unique_id: string }[] };
    expect(timeline.title.text.headline).toBe(doc.title);
    expect(timeline.events.map((e) => e.unique_id)).toEqual(doc.events.map((e) => e.id));
    const csvLines = bodies[`${STORY}.csv`]!.split('\r\n').filter(Boolean);
    expect(csvLines).toHaveLength(doc.events.length + 1);
    expect(bodies[`${STORY}.ics`]!.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(doc.events.length);

    await test.step('the links are reached by keyboard and the dialog has no serious axe violations', async () => {
      await downloads.getByRole('link', { name: 'Download CSV' }).focus();
      await page.keyboard.press('Shift+Tab');
      await expect(downloads.getByRole('link', { name: 'Download TimelineJS JSON' })).toBeFocused();
      const results = await new AxeBuilder({ page }).include('dialog').analyze();
      expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    });
  });

  test('an event\'s share dialog offers the whole story\'s exports too', async ({ page }) => {
    const doc = await (await page.request.get(`/data/stories/${STORY}.json`)).json() as { events: { id: string }[] };
    await page.goto(`/${STORY}/${doc.events[0]!.id}/`);
    await page.getByRole('region', { name: 'Event details' }).getByRole('button', { name: 'Share this event' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share this event' });
    await expect(dialog.getByRole('region', { name: 'Download the whole story' }).getByRole('link', { name: 'Download iCalendar (.ics)' })).toHaveAttribute('href', `/data/stories/${STORY}.ics`);
  });

  test('the key events alone download too, each file holding exactly the story\'s key events', async ({ page }) => {
    const doc = await (await page.request.get(`/data/stories/${STORY}.json`)).json() as { title: string; events: { id: string; key?: boolean }[] };
    const key = doc.events.filter((e) => e.key === true).map((e) => e.id);
    expect(key.length).toBeGreaterThan(0);
    await page.goto(`/${STORY}/`);
    await page.getByRole('banner').getByRole('button', { name: 'Share this story' }).click();
    const region = page.getByRole('dialog', { name: 'Share this story' }).getByRole('region', { name: `Download the key events only (${key.length})` });
    await expect(region.getByRole('link')).toHaveCount(3);
    await expect(region.getByRole('link', { name: 'Download CSV, key events only', exact: true })).toHaveAttribute('href', `/data/stories/${STORY}.key.csv`);
    const timeline = await (await page.request.get(`/data/stories/${STORY}.key.timeline.json`)).json() as { title: { text: { headline: string } }; events: { unique_id: string }[] };
    expect(timeline.events.map((e) => e.unique_id).sort()).toEqual([...key].sort());
    expect(timeline.title.text.headline).toBe(`${doc.title}: key events`);
    const csv = await (await page.request.get(`/data/stories/${STORY}.key.csv`)).text();
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(key.length + 1);
    const ics = await page.request.get(`/data/stories/${STORY}.key.ics`);
    expect(ics.headers()['content-type']).toContain('text/calendar');
  });
});
