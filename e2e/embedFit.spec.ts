/// <reference lib="dom" />
/**
 * The embed at a small preferred height: selecting events never scrolls the frame's own header away,
 * the list keeps a usable height, and the host page's console stays quiet.
 */
import { seedStory, serveStories } from './support/fixtures.ts';
import { expect, test } from './support/embed.ts';

test('at height 500, selecting events keeps the embed header in view and the list usable; no console warnings on the host', async ({ host, page }) => {
  const messages: string[] = [];
  page.on('console', (m) => { if (m.type() === 'warning' || m.type() === 'error') messages.push(`${m.type()}: ${m.text()}`); });
  await host.open('height=500');
  const header = host.frame.getByRole('heading', { level: 1 });
  const inView = () => host.embedFrame().evaluate(() => ({
    scrollY: window.scrollY,
    top: document.querySelector('h1')!.getBoundingClientRect().top,
    overflow: document.documentElement.scrollHeight - window.innerHeight,
  }));
  for (const title of [/Tillerson: illegal firearms/, /DHS issues new orders/, /Tillerson and Kelly to meet/]) {
    await host.list.getByRole('link', { name: title }).click();
    await expect(host.details.getByRole('heading', { level: 2 })).toHaveText(title);
    await expect(header).toBeInViewport();
    const v = await inView();
    expect(v.scrollY).toBe(0);
    expect(v.top).toBeGreaterThanOrEqual(0);
    expect(v.overflow).toBeLessThanOrEqual(0);
  }
  await test.step('the list shows several events at once', async () => {
    const box = (await host.list.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(180);
    let visible = 0;
    for (const e of seedStory.events) if (await host.list.getByRole('link', { name: e.title }).isVisible()) visible++;
    expect(visible).toBeGreaterThanOrEqual(3);
  });
  await test.step('the iframe is as tall as the embed, so the frame itself never scrolls', async () => {
    const content = await host.embedFrame().evaluate(() => Math.ceil(document.documentElement.scrollHeight));
    await expect.poll(() => host.iframe.evaluate((f: HTMLIFrameElement) => Math.ceil(f.getBoundingClientRect().height))).toBe(content);
    // The height the host asked for: the header keeps to one line below 560 px (it had made the embed 537 px).
    expect(content).toBeLessThanOrEqual(500);
  });
  expect(messages).toEqual([]);
});

test('at height 400, the embed keeps to 400 px with one lane and a list to scroll', async ({ host }) => {
  await host.open('height=400');
  await expect(host.frame.getByRole('heading', { level: 1 })).toBeInViewport();
  const content = await host.embedFrame().evaluate(() => Math.ceil(document.documentElement.scrollHeight));
  expect(content).toBeLessThanOrEqual(400);
  await expect.poll(() => host.iframe.evaluate((f: HTMLIFrameElement) => Math.ceil(f.getBoundingClientRect().height))).toBe(content);
  // The list still shows an event and scrolls to the others.
  await expect(host.list.getByRole('link').first()).toBeVisible();
  const last = seedStory.events[seedStory.events.length - 1]!.title;
  await host.list.getByRole('link', { name: last }).scrollIntoViewIfNeeded();
  await expect(host.list.getByRole('link', { name: last })).toBeInViewport();
  // The least height the embed takes, 320 px: the count line and the density strip give way.
  await host.open('height=320');
  await expect.poll(() => host.embedFrame().evaluate(() => Math.ceil(document.documentElement.scrollHeight))).toBeLessThanOrEqual(320);
  await expect(host.frame.getByRole('link', { name: /Open full timeline/ })).toBeVisible();
  // A "+N" list lies over the lanes: the frame keeps its height (it had grown to 722 px at 320).
  const timeline = host.frame.getByRole('region', { name: 'Timeline', exact: true });
  for (let i = 0; i < 40 && await timeline.getByRole('button', { name: /: list them$/ }).count() === 0; i++) {
    const zoomIn = timeline.getByRole('button', { name: 'Zoom in' });
    if (!(await zoomIn.isEnabled())) break;
    await zoomIn.click();
  }
  const listing = timeline.getByRole('button', { name: /: list them$/ }).first();
  await expect(listing).toBeVisible();
  await listing.click();
  await expect(timeline.getByRole('region', { name: /^\d+ events?, / })).toBeVisible();
  await expect.poll(() => host.iframe.evaluate((f: HTMLIFrameElement) => Math.ceil(f.getBoundingClientRect().height))).toBeLessThanOrEqual(322);
});

test('an embed narrower than its story, opened on an event, frames that event, its label whole', async ({ host }) => {
  // At 400 px an embed opened on an event had framed it for the page's default width: seven weeks, the event
  // at the right edge with no room for its label.
  await host.page.setViewportSize({ width: 440, height: 700 });
  await host.open('height=400&event=dhs-orders');
  const mark = host.frame.getByRole('region', { name: 'Timeline', exact: true }).getByRole('link', { name: /DHS issues new orders/ });
  await expect(mark).toBeVisible();
  const box = (await mark.boundingBox())!;
  const frame = (await host.iframe.boundingBox())!;
  expect(box.x).toBeGreaterThan(frame.x + 20);
  expect(box.x + box.width).toBeLessThan(frame.x + frame.width - 10);
});


test('a short embed\'s one header line keeps "Key events only" and "Open full timeline" whole, inside the frame, at 300 to 700 px wide', async ({ host, page }) => {
  // The seed with key events, so the header holds the box too: at 600 by 380 the link had shrunk under its
  // words ("(15)Open full timel"), at 300 its arrow had sat 13 px past the frame.
  const keyed = new Set(['dhs-orders', 'press-conference']);
  await serveStories(page, [{ ...seedStory, events: seedStory.events.map((e) => (keyed.has(e.id) ? { ...e, key: true } : e)) } as never]);
  for (const [width, height] of [[300, 320], [400, 320], [600, 380], [700, 380], [850, 380], [600, 500]] as const) {
    // The host page's body has 24 px of padding each side.
    await page.setViewportSize({ width: width + 48, height: 800 });
    await host.open(`height=${height}`);
    const key = host.frame.getByRole('checkbox', { name: 'Key events only (2)' });
    const open = host.frame.getByRole('link', { name: /^Open full timeline/ });
    await expect(key).toBeVisible();
    const where = `${width} by ${height}`;
    const box = await host.embedFrame().evaluate(() => {
      const rect = (s: string) => document.querySelector(s)!.getBoundingClientRect();
      const [k, o] = [rect('.embed-key'), rect('.embed-open')];
      return { width: window.innerWidth, scroll: document.documentElement.scrollWidth, keyRight: k.right, openLeft: o.left, openRight: o.right, openWords: document.querySelector('.embed-open')!.scrollWidth - o.width, title: rect('.embed-title').width };
    });
    expect(box.scroll, `${where}: nothing wider than the frame`).toBeLessThanOrEqual(box.width);
    expect(box.openRight, `${where}: the link inside the frame`).toBeLessThanOrEqual(box.width);
    expect(box.openLeft, `${where}: the link after the box, not over it`).toBeGreaterThanOrEqual(box.keyRight);
    expect(box.openWords, `${where}: the link's words inside its own box`).toBeLessThanOrEqual(0);
    // The title keeps a readable width: at 700 by 380 the counts had left it "U…".
    expect(box.title, `${where}: the title's width`).toBeGreaterThanOrEqual(width < 360 ? 64 : 96);
    await expect(open).toBeVisible();
  }
});

test('a narrow embed keeps to the height asked: its header and the zoom bar do not wrap line after line', async ({ host, page }) => {
  // At 400 by 600 the header took three lines (title, counts, "Key events only", the link) and the zoom bar two
  // ("3381 dated events" beside "Whole story" and "All dates", each on two lines): 639 px, and the host's text
  // moved down 39 px once the frame was sized (360 by 500: 523 px; 480 by 600: 617 px).
  const keyed = new Set(['dhs-orders', 'press-conference']);
  await serveStories(page, [{ ...seedStory, events: seedStory.events.map((e) => (keyed.has(e.id) ? { ...e, key: true } : e)) } as never]);
  for (const [width, height] of [[400, 600], [360, 500], [480, 600], [320, 700]] as const) {
    await page.setViewportSize({ width: width + 48, height: 900 });
    await host.open(`height=${height}`);
    await expect(host.frame.getByRole('checkbox', { name: 'Key events only (2)' })).toBeVisible();
    await expect(host.frame.getByRole('link', { name: /^Open full timeline/ })).toBeVisible();
    const zoom = host.frame.getByRole('region', { name: 'Timeline', exact: true }).getByRole('button', { name: 'Whole story' });
    await expect(zoom).toBeVisible();
    const fit = await host.embedFrame().evaluate(() => ({
      content: Math.ceil(document.documentElement.scrollHeight),
      wide: document.documentElement.scrollWidth - window.innerWidth,
      button: Math.round(document.querySelector('.timeline-toolbar button:nth-of-type(3)')?.getBoundingClientRect().height ?? 0),
    }));
    expect(fit.content, `${width} by ${height}: the height asked`).toBeLessThanOrEqual(height);
    expect(fit.wide, `${width} by ${height}: nothing wider than the frame`).toBeLessThanOrEqual(0);
    // The count stays for screen readers: it describes the axis.
    await expect(host.frame.locator('#timeline-hint')).toContainText(/dated events?/);
  }
});
