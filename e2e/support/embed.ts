/// <reference lib="dom" />
/**
 * Fixtures for the embed: `hostServer` (one per worker) serves host pages from http://127.0.0.1:<port>,
 * a different origin from the site under test (http://localhost:4317), and `host` is a page object for a
 * host page with the seed story embedded, reached by roles and names inside the iframe.
 */
import type { FrameLocator, Locator, Page } from '@playwright/test';
import { expect, seedStory, SEED_ID, serveStories, test as base } from './fixtures.ts';
import { hostPages, listen, type Served } from './servers.ts';

export class EmbedHost {
  readonly page: Page;
  readonly origin: string;
  readonly site: string;
  readonly iframe: Locator;
  readonly frame: FrameLocator;
  readonly timeline: Locator;
  readonly axis: Locator;
  readonly details: Locator;
  readonly list: Locator;
  readonly errors: string[] = [];

  constructor(page: Page, origin: string, site: string) {
    this.page = page;
    this.origin = origin;
    this.site = site;
    this.iframe = page.getByTitle('Dateline timeline');
    this.frame = this.iframe.contentFrame();
    this.timeline = this.frame.getByRole('region', { name: 'Timeline', exact: true });
    this.axis = this.timeline.getByRole('group', { name: 'Time axis' });
    this.details = this.frame.getByRole('region', { name: 'Event details' });
    this.list = this.frame.getByRole('region', { name: 'Events', exact: true });
    page.on('pageerror', (e) => this.errors.push(e.message));
  }

  /** The embed's own address on the site under test. */
  embedUrl(query: string): string {
    return `${this.site}/embed.html?story=${SEED_ID}${query ? `&${query}` : ''}`;
  }

  /** Opens the host page with the seed story embedded ("event=dhs-orders&theme=dark" adds parameters). */
  async open(query = '', options: { dark?: boolean; filler?: number; late?: boolean } = {}): Promise<void> {
    const q = new URLSearchParams({ src: this.embedUrl(query) });
    if (options.dark) q.set('dark', '1');
    if (options.late) q.set('late', '1');
    if (options.filler !== undefined) q.set('filler', String(options.filler));
    await this.page.goto(`${this.origin}/host.html?${q}`);
    await expect(this.frame.getByRole('heading', { level: 1 })).toHaveText(seedStory.title);
  }

  /** The embed's frame, for evaluating inside it. */
  embedFrame() {
    const frame = this.page.frames().find((f) => f.url().includes('/embed.html'));
    if (!frame) throw new Error('no embed frame');
    return frame;
  }

  /** What the host page recorded from dateline:select events. */
  hostEvents(): Promise<{ storyId: string; eventId: string | null; url: string }[]> {
    return this.page.evaluate(() => (window as unknown as { hostEvents: [] }).hostEvents);
  }
}

export const test = base.extend<{ host: EmbedHost }, { hostServer: Served }>({
  hostServer: [
    async ({}, use) => { // eslint-disable-line no-empty-pattern -- Playwright reads the fixture's parameters
      const server = await listen(hostPages());
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  host: async ({ page, hostServer, baseURL }, use) => {
    await serveStories(page, [seedStory as never]);
    const host = new EmbedHost(page, hostServer.origin, baseURL!);
    await use(host);
    expect(host.errors, 'no uncaught errors in the host page').toEqual([]);
  },
});

export { expect };
