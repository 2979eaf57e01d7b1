/// <reference lib="dom" />
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { siteHeaders } from './support/csp.ts';
import { seedStory, serveStories } from './support/fixtures.ts';
import { expect, test } from './support/embed.ts';
import { listen, staticSite, type Served } from './support/servers.ts';

const title = (id: string) => seedStory.events.find((e) => e.id === id)!.title;
const seriousViolations = (r: Awaited<ReturnType<AxeBuilder['analyze']>>) =>
  r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);

test.describe('the embed on another site', () => {
  test('renders cross-origin and the iframe takes the height the embed posts', async ({ host }) => {
    await host.open('height=480');
    await expect(host.list.getByRole('link').first()).toBeVisible();
    // The host script sets the iframe's height from dateline:resize; it matches the embed's content.
    await expect.poll(() => host.iframe.evaluate((f: HTMLIFrameElement) => f.style.height)).not.toBe('');
    const content = await host.embedFrame().evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
    await expect.poll(() => host.iframe.evaluate((f: HTMLIFrameElement) => f.getBoundingClientRect().height)).toBe(content);
    expect(content).toBeGreaterThanOrEqual(480);
    expect(content).toBeLessThan(560);
    await test.step('a taller preferred height gives a taller iframe', async () => {
      await host.open('height=760');
      await expect.poll(() => host.iframe.evaluate((f: HTMLIFrameElement) => f.getBoundingClientRect().height)).toBeGreaterThanOrEqual(760);
    });
  });

  test('a host script that loads after the embed has spoken still sizes the iframe', async ({ host, page }) => {
    await host.open('height=500', { late: true });
    await page.waitForFunction(() => (window as unknown as { spokeEarly?: boolean }).spokeEarly === true);
    const content = await host.embedFrame().evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
    await expect.poll(() => host.iframe.evaluate((f: HTMLIFrameElement) => f.getBoundingClientRect().height)).toBe(content);
    expect(content).toBeGreaterThanOrEqual(500);
  });

  test('selecting an event in the embed tells the host, which can mirror it', async ({ host, page }) => {
    await host.open();
    const historyBefore = await page.evaluate(() => history.length);
    await host.list.getByRole('link', { name: /DHS issues new orders/ }).click();
    await expect(host.details.getByRole('heading', { level: 2 })).toHaveText(title('dhs-orders'));
    await expect(page.getByRole('list', { name: 'Selections' }).getByRole('listitem')).toHaveText([`dhs-orders ${host.site}/seed-fixture/dhs-orders/`]);
    expect(await host.hostEvents()).toEqual([{ storyId: 'seed-fixture', eventId: 'dhs-orders', url: `${host.site}/seed-fixture/dhs-orders/` }]);
    await test.step('the embed replaces its own URL and never adds to the host history', async () => {
      await host.list.getByRole('link', { name: /Videgaray warns/ }).click();
      await expect(host.details.getByRole('heading', { level: 2 })).toHaveText(title('videgaray-warning'));
      expect(host.embedFrame().url()).toBe(host.embedUrl('event=videgaray-warning'));
      expect(await page.evaluate(() => history.length)).toBe(historyBefore);
    });
    await test.step('"Open full timeline" opens the event deep link in a new tab', async () => {
      const open = host.frame.getByRole('link', { name: /Open full timeline/ });
      await expect(open).toHaveAttribute('href', `${host.site}/seed-fixture/videgaray-warning/`);
      await expect(open).toHaveAttribute('target', '_blank');
      await expect(open).toHaveAttribute('rel', 'noopener noreferrer');
    });
  });

  test('"Open full timeline" carries what the embed shows: the key filter and the passage being read', async ({ host, page }) => {
    const keyed = new Set(['dhs-orders', 'press-conference', 'white-house-clarifies']);
    await serveStories(page, [{ ...seedStory, events: seedStory.events.map((e) => (keyed.has(e.id) ? { ...e, key: true } : e)) } as never]);
    await host.open('event=dhs-orders&key=1');
    const open = host.frame.getByRole('link', { name: /Open full timeline/ });
    await expect(open).toHaveAttribute('href', `${host.site}/seed-fixture/dhs-orders/?key=1`);
    await host.details.getByRole('list', { name: 'Sources' }).getByRole('link', { name: /Read in context/ }).first().click();
    const reader = host.frame.getByRole('region', { name: 'Reader', exact: true });
    await expect(reader).toBeVisible();
    // The full page had opened on the event alone: the passage read in the frame, and the key filter, lost.
    await expect(open).toHaveAttribute('href', new RegExp(`^${host.site}/seed-fixture/dhs-orders/\\?key=1&read=[\\w-]+&at=\\d+$`));
    const passage = await reader.locator('mark.current').innerText();
    await page.goto((await open.getAttribute('href'))!);
    await expect(page.getByRole('region', { name: 'Reader', exact: true }).locator('mark.current')).toHaveText(passage);
    await expect(page.getByRole('checkbox', { name: /Key events only/ })).toBeChecked();
  });

  test('key=1 opens on the key events only, and the reader can show all of them', async ({ host, page }) => {
    // The seed fixture with three events marked key (later routes take precedence over the fixture's).
    const keyed = new Set(['dhs-orders', 'press-conference', 'white-house-clarifies']);
    await serveStories(page, [{ ...seedStory, events: seedStory.events.map((e) => (keyed.has(e.id) ? { ...e, key: true } : e)) } as never]);
    await host.open('key=1');
    const only = host.frame.getByRole('checkbox', { name: 'Key events only (3)' });
    await expect(only).toBeChecked();
    // The story's own days: the key events listed, the others not (earlier background stays folded either way).
    const days = seedStory.events.filter((e) => e.date.value.startsWith('2017-02-2'));
    for (const e of days) await expect(host.list.getByRole('link', { name: e.title })).toHaveCount(keyed.has(e.id) ? 1 : 0);
    await only.uncheck();
    for (const e of days) await expect(host.list.getByRole('link', { name: e.title })).toHaveCount(1);
    // The embed's address follows, so a reload keeps what the reader chose.
    await expect.poll(() => host.embedFrame().url()).not.toContain('key=1');
  });

  test('an embed opened with an event shows that event', async ({ host }) => {
    await host.open('event=press-conference&compact=1');
    await expect(host.details.getByRole('heading', { level: 2 })).toHaveText(title('press-conference'));
    await expect(host.timeline.getByRole('link', { name: /Kelly promises/ })).toHaveAttribute('aria-current', 'true');
    await expect(host.frame.getByText('Dateline', { exact: true })).toHaveCount(0); // compact: no brand line
  });

  test('the host opens an event with Dateline.select; messages from other windows are ignored', async ({ host, page }) => {
    await host.open();
    await page.waitForFunction(() => !!document.querySelector('iframe')!.style.height); // the embed is listening
    await page.evaluate(() => (window as unknown as { Dateline: { select: (f: Element, id: string) => void } }).Dateline.select(document.querySelector('iframe')!, 'white-house-clarifies'));
    await expect(host.details.getByRole('heading', { level: 2 })).toHaveText(title('white-house-clarifies'));
    await test.step('a window other than the parent cannot drive the embed', async () => {
      // A second frame on the host page posts straight to the embed: its source is not window.parent.
      await page.evaluate(() => new Promise<void>((ok) => {
        const other = document.createElement('iframe');
        other.srcdoc = `<script>parent.frames[0].postMessage({ type: 'dateline:select', version: 1, eventId: 'dhs-orders' }, '*')<\/script>`;
        other.addEventListener('load', () => ok());
        document.body.appendChild(other);
      }));
      await page.waitForTimeout(300);
      await expect(host.details.getByRole('heading', { level: 2 })).toHaveText(title('white-house-clarifies'));
    });
    await test.step('null closes the details', async () => {
      await page.evaluate(() => (window as unknown as { Dateline: { select: (f: Element, id: null) => void } }).Dateline.select(document.querySelector('iframe[data-dateline]')!, null));
      await expect(host.details).toHaveCount(0);
    });
  });

  test('keys pressed on the host page do not move the timeline; keys in the embed do', async ({ host, page }) => {
    await host.open();
    await page.getByRole('searchbox', { name: 'Search this site' }).focus();
    for (const key of ['ArrowRight', 'ArrowLeft', 'Home', 'End', '+', 'Escape']) await page.keyboard.press(key);
    await page.locator('body').press('ArrowRight');
    await page.waitForTimeout(200);
    await expect(host.details).toHaveCount(0);
    expect(await host.hostEvents()).toEqual([]);
    await host.axis.focus();
    await page.keyboard.press('Home');
    await expect(host.details.getByRole('heading', { level: 2 })).toHaveText(seedStory.events[0]!.title);
  });

  test('the first Tab stop in the embed skips the timeline, and the next Tab leaves the frame', async ({ host, page }) => {
    await host.open();
    await page.getByRole('searchbox', { name: 'Search this site' }).focus();
    await page.keyboard.press('Tab');
    const frame = host.embedFrame();
    await expect.poll(() => frame.evaluate(() => document.activeElement?.textContent ?? '')).toBe('Skip the timeline');
    await page.keyboard.press('Enter');
    await expect.poll(() => frame.evaluate(() => document.activeElement?.id ?? '')).toBe('embed-end');
    // Past the end nothing of the timeline takes focus: the next stop is outside it (this host has nothing
    // after the frame, so the browser wraps to the page's start or to the frame's first stop).
    await page.keyboard.press('Tab');
    await expect.poll(() => frame.evaluate(() => !!document.activeElement?.closest('.embed-main'))).toBe(false);
  });

  test('the host page never scrolls when the embed selects, reads or scrolls its panels', async ({ host, page }) => {
    await host.open('height=420', { filler: 900 });
    // The host page is scrolled so only the top of the embed is on screen: the case where a scrollIntoView
    // or an unguarded focus() inside the embed would pull the host page along.
    const at = await host.iframe.evaluate((f) => Math.round(f.getBoundingClientRect().top + window.scrollY - window.innerHeight + 160));
    await page.evaluate((y) => window.scrollTo(0, y), at);
    const scrollY = () => page.evaluate(() => window.scrollY);
    expect(await scrollY()).toBe(at);
    const frame = host.embedFrame();
    await page.evaluate(() => (window as unknown as { Dateline: { select: (f: Element, id: string) => void } }).Dateline.select(document.querySelector('iframe')!, 'pena-nieto-meeting'));
    await expect(host.details.getByRole('heading', { level: 2 })).toHaveText(title('pena-nieto-meeting'));
    expect(await scrollY()).toBe(at);
    // Click without Playwright's own scrolling into view: dispatch the events inside the embed.
    await host.list.getByRole('link', { name: /DHS issues new orders/ }).dispatchEvent('click');
    await expect(host.details.getByRole('heading', { level: 2 })).toHaveText(title('dhs-orders'));
    await host.details.getByRole('link', { name: /Read in context/ }).first().dispatchEvent('click');
    await expect(host.frame.getByRole('region', { name: 'Reader', exact: true })).toBeVisible();
    expect(await scrollY()).toBe(at);
    await frame.evaluate(() => document.querySelector<HTMLElement>('.timeline-viewport')!.focus({ preventScroll: true }));
    for (const key of ['End', 'ArrowLeft', 'Enter']) await page.keyboard.press(key);
    await expect(host.details.getByRole('heading', { level: 2 })).toHaveText(seedStory.events.at(-2)!.title);
    expect(await scrollY()).toBe(at);
    await test.step('control: a scrollIntoView inside the embed would have moved the host page', async () => {
      // The embed disables scrollIntoView while framed; a pristine one from a fresh realm shows what it would do.
      await frame.evaluate(() => {
        const realm = document.createElement('iframe');
        document.body.appendChild(realm);
        const pristine = (realm.contentWindow as Window & typeof globalThis).Element.prototype.scrollIntoView;
        pristine.call(document.querySelector('.details-title, .reader-title')!);
      });
      await expect.poll(scrollY).not.toBe(at);
    });
  });

  test('makes no request to any origin but the site and the host', async ({ host, page }) => {
    const origins = new Set<string>();
    page.on('request', (r) => { if (!r.url().startsWith('data:')) origins.add(new URL(r.url()).origin); });
    await host.open('event=press-conference');
    await host.details.getByRole('link', { name: /Read in context/ }).first().click();
    await expect(host.frame.getByRole('region', { name: 'Reader', exact: true })).toBeVisible();
    expect([...origins].sort()).toEqual([host.origin, host.site].sort());
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`no serious or critical axe violations in the embed (${theme}); screenshot`, async ({ host, page }) => {
      test.setTimeout(60_000);
      await page.emulateMedia({ colorScheme: theme === 'dark' ? 'light' : 'dark' }); // the theme parameter wins over the system
      await host.open(`event=press-conference&theme=${theme}`, { dark: theme === 'dark' });
      const bg = await host.embedFrame().evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      const [r, g, b] = bg.match(/\d+/g)!.map(Number);
      if (theme === 'dark') expect(r! + g! + b!).toBeLessThan(120);
      else expect(r! + g! + b!).toBeGreaterThan(600);
      const box = (await host.iframe.boundingBox())!;
      await page.screenshot({ path: test.info().outputPath(`host-embed-${theme}.png`), fullPage: true, clip: { x: 0, y: 0, width: 1280, height: box.y + box.height + 60 } });
      await page.goto(host.embedUrl(`event=press-conference&theme=${theme}`));
      await expect(page.getByRole('region', { name: 'Event details' })).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(seriousViolations(results)).toEqual([]);
      // And all of it in landmarks, "End of the timeline" included (a moderate finding a host's audit reports).
      expect(results.violations.filter((v) => v.id === 'region').flatMap((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);
    });
  }
});

test.describe('the built site under a strict Content-Security-Policy', () => {
  const STORY = 'us-officials-in-mexico-city';
  let site: Served;
  test.beforeAll(async ({ hostServer }) => {
    site = await listen(staticSite(resolve(import.meta.dirname, '../dist'), siteHeaders(hostServer.origin)));
  });
  test.afterAll(async () => { await site?.close(); });

  /** Every CSP violation in any frame: the DOM event (init script) and Chromium's own console report. */
  async function watchViolations(page: Page) {
    const reports: string[] = [];
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
    });
    page.on('console', (m) => { if (m.type() === 'error' || /Content Security Policy|CSP/.test(m.text())) reports.push(m.text()); });
    page.on('response', (r) => { if (r.status() >= 400) reports.push(`${r.status()} ${r.url()}`); });
    return reports;
  }

  test('the app and the embed run with no violation', async ({ page, context, hostServer }) => {
    test.setTimeout(60_000);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    const reports = await watchViolations(page);
    const csp = (await page.request.get(`${site.origin}/embed.html`)).headers()['content-security-policy'];
    expect(csp).toContain(`frame-ancestors ${hostServer.origin}`);
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain('unsafe-inline');

    await test.step('the full page: select, share, copy, read, zoom', async () => {
      await page.goto(`${site.origin}/${STORY}/`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const list = page.getByRole('region', { name: 'Events', exact: true });
      await list.getByRole('link').nth(2).click();
      const details = page.getByRole('region', { name: 'Event details' });
      await expect(details).toBeVisible();
      await details.getByRole('button', { name: 'Share this event' }).click();
      const dialog = page.getByRole('dialog', { name: 'Share this event' });
      await dialog.getByRole('checkbox', { name: 'Compact header' }).check();
      await dialog.getByRole('button', { name: 'Copy embed code' }).click();
      await expect(dialog.getByRole('status')).toHaveText('Copied the embed code.');
      await page.keyboard.press('Escape');
      await details.getByRole('link', { name: /Read in context/ }).first().click();
      await expect(page.getByRole('region', { name: 'Reader', exact: true })).toBeVisible();
      await page.getByRole('button', { name: 'Zoom in' }).click();
      await page.getByRole('searchbox', { name: 'Search events' }).fill('Kelly');
    });

    await test.step('the embed, framed by the host page it allows', async () => {
      const src = `${site.origin}/embed.html?story=${STORY}&theme=dark`;
      await page.goto(`${hostServer.origin}/host.html?src=${encodeURIComponent(src)}`);
      const frame = page.getByTitle('Dateline timeline').contentFrame();
      await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
      await frame.getByRole('region', { name: 'Events', exact: true }).getByRole('link').first().click();
      await expect(frame.getByRole('region', { name: 'Event details' })).toBeVisible();
      await expect(page.getByRole('list', { name: 'Selections' }).getByRole('listitem')).toHaveCount(1);
      await expect.poll(() => page.getByTitle('Dateline timeline').evaluate((f: HTMLIFrameElement) => f.style.height)).not.toBe('');
    });
    expect(reports).toEqual([]);

    await test.step('control: the watch does see a violation (an inline style attribute)', async () => {
      await page.goto(`${site.origin}/${STORY}/`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<p style="color: red">inline</p>'));
      await expect.poll(() => reports.length).toBeGreaterThan(0);
      expect(reports.join('\n')).toMatch(/style-src/);
    });
  });

  test('pages other than embed.html refuse to be framed by another site', async ({ page, hostServer }) => {
    const reports = await watchViolations(page);
    const src = `${site.origin}/${STORY}/`;
    await page.goto(`${hostServer.origin}/host.html?src=${encodeURIComponent(src)}`);
    await expect.poll(() => reports.join('\n')).toMatch(/frame-ancestors|Refused to (display|frame)/);
    await expect(page.getByTitle('Dateline timeline').contentFrame().getByRole('heading', { level: 1 })).toHaveCount(0);
  });
});
