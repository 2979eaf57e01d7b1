/// <reference lib="dom" />
/**
 * Page objects as Playwright fixtures. `story` serves the hand-made seed story (fixtures/seed-story.json)
 * through request interception, so feature tests do not depend on what the pipeline extracts today, and
 * exposes the parts of the page by role and accessible name, as a screen-reader user would find them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import type { Story } from '../../src/schema/story.ts';
import { splitStoryFiles } from '../../src/pipeline/story/split.ts';

export const SEED_ID = 'seed-fixture';
export const seedStory = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/seed-story.json'), 'utf8')) as {
  id: string;
  title: string;
  articles: { id: string; title: string; publisher: string | null; url: string | null; text: string }[];
  events: { id: string; title: string; date: { value: string; granularity: string }; mentions: { articleId: string; start: number; end: number; text: string }[] }[];
};

/**
 * The seed story with its press conference told twice by one article (as an editors' merge or a long report
 * gives): the event's first mention of that article (`cited`) and the later sentence added (`later`).
 */
export function seedWithSecondPassage(): { doc: typeof seedStory; cited: { articleId: string; start: number }; later: { start: number; text: string } } {
  const doc = structuredClone(seedStory);
  const event = doc.events.find((e) => e.id === 'press-conference')!;
  const cited = event.mentions.find((m) => !(m as { part?: string }).part)!;
  const text = doc.articles.find((a) => a.id === cited.articleId)!.text;
  const start = text.indexOf('. ', cited.end + 1) + 2;
  const end = text.indexOf('.', start) + 1;
  event.mentions.push({ articleId: cited.articleId, start, end, text: text.slice(start, end) });
  return { doc, cited, later: { start, text: text.slice(start, end) } };
}

/**
 * The seed's recalls from before its own period (20-24 February 2017): the list folds them under its
 * "Background" button (src/app/components/EventList/background.ts) until asked; list.spec.ts checks it.
 */
export const seedBackground = ['campaign-deportation-force', 'executive-orders'];

/** How many rows the list shows at first for these events: the background folded, unless it is all there is. */
export function listedAtFirst(events: readonly { id: string }[]): number {
  const story = events.filter((e) => !seedBackground.includes(e.id)).length;
  return story || events.length;
}

type Doc = { id: string; title: string; events: unknown[]; articles: unknown[] };

/**
 * Serves story documents (and an index listing them) in place of the built data: the whole document and
 * the files the build splits it into (its outline, detail chunks, article texts, search texts), made by
 * the build's own split (src/pipeline/story/split.ts).
 */
export async function serveStories(page: Page, stories: Doc[]): Promise<void> {
  const index = {
    schemaVersion: 1,
    stories: stories.map((s) => ({ id: s.id, title: s.title, articles: s.articles.length, events: s.events.length, from: null, to: null })),
  };
  await page.route('**/data/index.json', (r) => r.fulfill({ json: index }));
  for (const s of stories) {
    await page.route(`**/data/stories/${s.id}.json`, (r) => r.fulfill({ json: s }));
    const files = new Map(splitStoryFiles(s as unknown as Story).map((f) => [`/${f.fileName}`, f.body]));
    await page.route(`**/data/stories/${s.id}/**`, (r) => {
      const body = files.get(new URL(r.request().url()).pathname);
      return body === undefined ? r.fulfill({ status: 404, body: 'not found' }) : r.fulfill({ body, contentType: 'application/json' });
    });
  }
}

export class StoryPage {
  readonly timeline: Locator;
  readonly axis: Locator;
  readonly details: Locator;
  readonly sources: Locator;
  readonly reader: Locator;
  readonly list: Locator;
  readonly search: Locator;
  readonly errors: string[] = [];

  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
    this.timeline = page.getByRole('region', { name: 'Timeline', exact: true });
    this.axis = this.timeline.getByRole('group', { name: 'Time axis' });
    this.details = page.getByRole('region', { name: 'Event details' });
    this.sources = this.details.getByRole('list', { name: 'Sources' });
    this.reader = page.getByRole('region', { name: 'Reader', exact: true });
    this.list = page.getByRole('region', { name: 'Events', exact: true });
    this.search = page.getByRole('searchbox', { name: 'Search events' });
    page.on('pageerror', (e) => this.errors.push(e.message));
  }

  /** Opens a path of the fixture story ("" is the story, "dhs-orders/" an event). */
  async open(path = '', query = ''): Promise<void> {
    await this.page.goto(`/${SEED_ID}/${path}${query}`);
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(seedStory.title);
  }

  /** An event on the time axis, by (part of) its title. */
  mark(title: string | RegExp): Locator {
    return this.timeline.getByRole('link', { name: title });
  }

  /** An event in the list, by (part of) its title. */
  row(title: string | RegExp): Locator {
    return this.list.getByRole('link', { name: title });
  }

  /** The tick labels along the axis, left to right. */
  async ticks(): Promise<string[]> {
    return this.timeline.locator('.tick-label').allTextContents();
  }
}

export const test = base.extend<{ story: StoryPage }>({
  story: async ({ page }, use) => {
    await serveStories(page, [seedStory as unknown as Doc]);
    const story = new StoryPage(page);
    await use(story);
    expect(story.errors, 'no uncaught errors in the page').toEqual([]);
  },
});

export { expect };
