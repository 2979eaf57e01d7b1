/// <reference lib="dom" />
import AxeBuilder from '@axe-core/playwright';
import { formatTimex } from '../src/schema/index.ts';
import { expect, seedStory, serveStories, test } from './support/fixtures.ts';

const SITE = 'http://localhost:4317';

test.describe('the share dialog', () => {
  test('shared from the key events, the embed code opens on them and starts at none of the events they hide', async ({ story, page }) => {
    const keyed = new Set(['dhs-orders', 'press-conference']);
    await serveStories(page, [{ ...seedStory, events: seedStory.events.map((e) => (keyed.has(e.id) ? { ...e, key: true } : e)) } as never]);
    await story.open('', '?key=1');
    await page.getByRole('button', { name: 'Share this story' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share this story' });
    await expect(dialog.getByRole('checkbox', { name: 'Key events only' })).toBeChecked();
    const code = dialog.getByRole('textbox', { name: 'Embed code' });
    await expect(code).toHaveValue(/embed\.html\?story=seed-fixture&amp;key=1&amp;height=600"/);
    // "Start at" offers the key events only.
    const starts = dialog.getByRole('combobox', { name: 'Start at' }).getByRole('option');
    await expect(starts).toHaveCount(1 + keyed.size);
    await dialog.getByRole('combobox', { name: 'Start at' }).selectOption('press-conference');
    await expect(code).toHaveValue(/\?story=seed-fixture&amp;event=press-conference&amp;key=1&amp;height=600"/);
  });

  test('opens from the event details with the deep link and an embed snippet; options change the snippet', async ({ story, page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: SITE });
    await story.open('dhs-orders/');
    const share = story.details.getByRole('button', { name: 'Share this event' });
    await share.click();
    const dialog = page.getByRole('dialog', { name: 'Share this event' });
    await expect(dialog).toBeVisible();
    const link = dialog.getByRole('textbox', { name: 'Link' });
    const code = dialog.getByRole('textbox', { name: 'Embed code' });
    await expect(link).toHaveValue(`${SITE}/seed-fixture/dhs-orders/`);
    await expect(code).toHaveValue(
      `<iframe data-dateline src="${SITE}/embed.html?story=seed-fixture&amp;event=dhs-orders&amp;height=600" title="Timeline: US officials in Mexico City: “no mass deportations”" height="600" style="border:0;width:100%" loading="lazy"></iframe>\n` +
        `<script src="${SITE}/embed.js" defer></script>`,
    );

    await test.step('copy puts the link on the clipboard and says so', async () => {
      await dialog.getByRole('button', { name: 'Copy link' }).click();
      await expect(dialog.getByRole('status')).toHaveText('Copied the link.');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE}/seed-fixture/dhs-orders/`);
      await dialog.getByRole('button', { name: 'Copy embed code' }).click();
      await expect(dialog.getByRole('status')).toHaveText('Copied the embed code.');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('embed.html?story=seed-fixture&amp;event=dhs-orders');
    });

    await test.step('height, theme, start event and compact header change the snippet as they change', async () => {
      // Out of range, the height is not used as typed, and the dialog says which it uses.
      await dialog.getByRole('spinbutton', { name: 'Height (pixels)' }).fill('100');
      await expect(dialog.getByRole('spinbutton', { name: 'Height (pixels)' })).toHaveAttribute('aria-invalid', 'true');
      await expect(dialog.getByText('Heights run from 320 to 2000 pixels: the code uses 320.')).toBeVisible();
      await expect(code).toHaveValue(/height="320"/);
      await dialog.getByRole('spinbutton', { name: 'Height (pixels)' }).fill('720');
      await expect(dialog.getByText(/Heights run from/)).toHaveCount(0);
      await dialog.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: 'Dark' }).check();
      await dialog.getByRole('checkbox', { name: 'Compact header' }).check();
      await expect(code).toHaveValue(/src="[^"]+\/embed\.html\?story=seed-fixture&amp;event=dhs-orders&amp;theme=dark&amp;height=720&amp;compact=1"/);
      await expect(code).toHaveValue(/height="720"/);
      await expect(dialog.getByRole('status')).toHaveText(''); // a stale "copied" would describe the old snippet
      await dialog.getByRole('combobox', { name: 'Start at' }).selectOption({ label: 'Whole story (no event open)' });
      await expect(code).toHaveValue(/embed\.html\?story=seed-fixture&amp;theme=dark&amp;height=720&amp;compact=1"/);
      await dialog.getByRole('combobox', { name: 'Start at' }).selectOption('press-conference');
      await expect(code).toHaveValue(/\?story=seed-fixture&amp;event=press-conference&amp;theme=dark/);
      await expect(dialog.getByRole('link', { name: /Preview the embed/ })).toHaveAttribute('href', `${SITE}/embed.html?story=seed-fixture&event=press-conference&theme=dark&height=720&compact=1`);
      await expect(link).toHaveValue(`${SITE}/seed-fixture/dhs-orders/`);
      await dialog.getByRole('checkbox', { name: 'Key events only' }).check();
      await expect(code).toHaveValue(/&amp;compact=1&amp;key=1"/);
    });

    await test.step('Escape closes the dialog and focus returns to the Share button', async () => {
      await page.keyboard.press('Escape');
      await expect(dialog).toHaveCount(0);
      await expect(share).toBeFocused();
    });
  });

  test('focus stays in the dialog while it is open', async ({ story, page }) => {
    await story.open('dhs-orders/');
    const share = story.details.getByRole('button', { name: 'Share this event' });
    await share.click();
    const dialog = page.getByRole('dialog', { name: 'Share this event' });
    await expect(dialog.getByRole('textbox', { name: 'Link' })).toBeFocused();
    const inside: boolean[] = [];
    for (let i = 0; i < 16; i++) {
      await page.keyboard.press(i % 5 === 4 ? 'Shift+Tab' : 'Tab');
      inside.push(await page.evaluate(() => !!document.activeElement?.closest('dialog[open]')));
    }
    expect(inside.every(Boolean)).toBe(true);
    await dialog.getByRole('button', { name: 'Close share dialog' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(share).toBeFocused();
  });

  test('without clipboard access the text is selected and the reader is told how to copy it', async ({ story, page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
    });
    await story.open('dhs-orders/');
    await story.details.getByRole('button', { name: 'Share this event' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share this event' });
    await dialog.getByRole('button', { name: 'Copy embed code' }).click();
    await expect(dialog.getByRole('status')).toHaveText('The embed code is selected: press Ctrl+C (⌘C on a Mac) to copy it.');
    const code = dialog.getByRole('textbox', { name: 'Embed code' });
    await expect(code).toBeFocused();
    const selected = await code.evaluate((t: HTMLTextAreaElement) => t.value.slice(t.selectionStart, t.selectionEnd));
    expect(selected).toBe(await code.inputValue());
  });

  test('the story header shares the whole story', async ({ story, page }) => {
    await story.open();
    const share = page.getByRole('banner').getByRole('button', { name: 'Share this story' });
    await share.click();
    const dialog = page.getByRole('dialog', { name: 'Share this story' });
    await expect(dialog.getByRole('textbox', { name: 'Link' })).toHaveValue(`${SITE}/seed-fixture/`);
    await expect(dialog.getByRole('textbox', { name: 'Embed code' })).toHaveValue(/src="http:\/\/localhost:4317\/embed\.html\?story=seed-fixture&amp;height=600"/);
    await expect(dialog.getByRole('combobox', { name: 'Start at' })).toHaveValue('');
    await page.keyboard.press('Escape');
    await expect(share).toBeFocused();
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`no serious or critical axe violations in the dialog (${scheme}); screenshot`, async ({ story, page }) => {
      test.setTimeout(60_000);
      await page.emulateMedia({ colorScheme: scheme });
      await story.open('press-conference/');
      await story.details.getByRole('button', { name: 'Share this event' }).click();
      const dialog = page.getByRole('dialog', { name: 'Share this event' });
      await expect(dialog).toBeVisible();
      await page.screenshot({ path: test.info().outputPath(`share-dialog-${scheme}.png`) });
      const results = await new AxeBuilder({ page }).include('dialog').analyze();
      expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
});

/** Pulls a tag's text or a meta tag's content out of plain HTML, unescaped. */
function head(html: string) {
  const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const meta = (attr: 'name' | 'property', key: string) => {
    const m = new RegExp(`<meta ${attr}="${key}" content="([^"]*)"`).exec(html);
    return m ? unescape(m[1]!) : null;
  };
  return {
    title: unescape(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? ''),
    description: meta('name', 'description'),
    ogTitle: meta('property', 'og:title'),
    ogDescription: meta('property', 'og:description'),
    twitterCard: meta('name', 'twitter:card'),
    twitterTitle: meta('name', 'twitter:title'),
    twitterDescription: meta('name', 'twitter:description'),
  };
}

test.describe('share previews without JavaScript', () => {
  const STORY = 'us-officials-in-mexico-city';

  test('an event deep link is a page whose head carries the title, date and summary', async ({ request }) => {
    const doc = await (await request.get(`/data/stories/${STORY}.json`)).json() as { title: string; events: { id: string; title: string; summary: string; date: { value: string } }[] };
    const event = doc.events.find((e) => e.summary.length > 40) ?? doc.events[0]!;
    const response = await request.get(`/${STORY}/${event.id}/`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('text/html');
    const h = head(await response.text());
    const date = formatTimex(event.date.value);
    const summaryStart = event.summary.replace(/\s+/g, ' ').slice(0, 60);
    expect(h.title).toContain(event.title);
    expect(h.title).toContain(date);
    for (const d of [h.description, h.ogDescription, h.twitterDescription]) {
      expect(d).toContain(date);
      expect(d).toContain(summaryStart);
    }
    expect(h.ogTitle).toBe(h.title);
    expect(h.twitterTitle).toBe(h.title);
    expect(h.twitterCard).toBe('summary');
  });

  test('the story page has its own title and description', async ({ request }) => {
    const doc = await (await request.get(`/data/stories/${STORY}.json`)).json() as { title: string; events: unknown[]; articles: unknown[] };
    const h = head(await (await request.get(`/${STORY}/`)).text());
    expect(h.title).toBe(`${doc.title} · Dateline`);
    for (const d of [h.description, h.ogDescription, h.twitterDescription]) {
      expect(d).toContain(`${doc.events.length} events from ${doc.articles.length} articles`);
    }
    expect(h.ogTitle).toBe(h.title);
    expect(h.twitterTitle).toBe(h.title);
  });
});

test.describe('the share dialog\'s downloads', () => {
  test('a set of events none of whose years is stated is offered as a CSV only, not as files of no event', async ({ story, page }) => {
    // mn11's whole story and mn03's key events: every TimelineJS and calendar file they offered held no event.
    const yearless = (e: (typeof seedStory.events)[number]) => ({ ...e, date: { ...e.date, value: `XXXX${e.date.value.slice(4)}` } });
    const keyed = new Set(['dhs-orders', 'press-conference']);
    const events = seedStory.events.map((e) => (keyed.has(e.id) ? { ...yearless(e), key: true } : e));
    await serveStories(page, [{ ...seedStory, events } as never]);
    await story.open();
    await page.getByRole('banner').getByRole('button', { name: 'Share this story' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share this story' });
    const key = dialog.getByRole('region', { name: /Download the key events only/ });
    await expect(key.getByRole('link')).toHaveCount(1);
    await expect(key.getByRole('link')).toHaveAccessibleName('Download CSV, key events only');
    await expect(key).toContainText('No article states the year of either event: a CSV only, as TimelineJS and calendars need a year.');
    // The whole story, a year stated for most of its events, keeps its three files and says what they leave out.
    await expect(dialog.getByRole('region', { name: 'Download the whole story' }).getByRole('link')).toHaveCount(3);
    await expect(dialog).toContainText('2 events whose year no article states are in the CSV only');
  });
});
