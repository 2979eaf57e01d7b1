/// <reference lib="dom" />
import { expect, listedAtFirst, seedStory, serveStories, StoryPage, test } from './support/fixtures.ts';

const total = seedStory.events.length;

test.describe('filters and search', () => {
  test('search narrows events, updates the counts, and lives in the URL', async ({ story, page }) => {
    await story.open();
    await expect(page.getByRole('search', { name: 'Filter events' }).getByRole('status')).toHaveText(`${total} events`);
    await story.search.fill('firearms');
    await expect(page.getByRole('search', { name: 'Filter events' }).getByRole('status')).toContainText(`1 of ${total} events`);
    await expect(story.list.getByRole('link')).toHaveCount(1);
    await expect(story.timeline.getByRole('link', { name: /Tillerson: illegal firearms/ })).toBeVisible();
    await expect(page).toHaveURL(/\?q=firearms$/);
    await test.step('a fresh load of that URL restores it', async () => {
      await page.reload();
      await expect(story.search).toHaveValue('firearms');
      await expect(story.list.getByRole('link')).toHaveCount(1);
    });
  });

  test('by source and by actor, together, with counts in the menus', async ({ story, page }) => {
    await story.open();
    const source = page.getByRole('combobox', { name: 'Source' });
    const actor = page.getByRole('combobox', { name: 'Actor' });
    const efe = seedStory.events.filter((e) => e.mentions.some((m) => m.articleId === '004_a64dbdd333cede17'));
    const both = efe.filter((e) => (e as unknown as { actors: string[] }).actors.includes('Donald Trump'));
    // Both menus' "all" options count events, as each of their options does.
    await expect(source.getByRole('option').first()).toHaveText(`All sources (${total})`);
    await expect(actor.getByRole('option').first()).toHaveText(`Everyone (${total})`);
    await source.selectOption({ label: `EFE (${efe.length})` });
    await expect(story.list.getByRole('link')).toHaveCount(listedAtFirst(efe));
    await expect(page).toHaveURL(/source=EFE/);
    // Each menu counts what the other filters leave: the actors of EFE's events, every source of everyone's.
    await expect(actor.getByRole('option').first()).toHaveText(`Everyone (${efe.length})`);
    await expect(source.getByRole('option').first()).toHaveText(`All sources (${total})`);
    await actor.selectOption({ label: `Donald Trump (${both.length})` });
    const trump = seedStory.events.filter((e) => (e as unknown as { actors: string[] }).actors.includes('Donald Trump'));
    await expect(source.getByRole('option').first()).toHaveText(`All sources (${trump.length})`);
    await expect(source.getByRole('option', { name: /^EFE/ })).toHaveText(`EFE (${both.length})`);
    await expect(page).toHaveURL(/actor=Donald\+Trump/);
    await expect(story.list.getByRole('link')).toHaveCount(listedAtFirst(both));
    await expect(page.getByRole('search', { name: 'Filter events' }).getByRole('status')).toContainText(`${both.length} of ${total} events`);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(story.list.getByRole('link')).toHaveCount(listedAtFirst(seedStory.events));
    // The button goes with the filters: focus goes to the search, and the count alone is said.
    await expect(story.search).toBeFocused();
    await expect(page.getByRole('search', { name: 'Filter events' }).getByRole('status')).toHaveText(`${total} events`);
    await expect(page).toHaveURL(/\/seed-fixture\/$/);
    await test.step('Back undoes each choice of a menu, one at a time', async () => {
      await page.goBack();
      await expect(page).toHaveURL(/source=EFE&actor=Donald\+Trump/);
      await expect(actor).toHaveValue('Donald Trump');
      await page.goBack();
      await expect(page).toHaveURL(/source=EFE$/);
      await expect(story.list.getByRole('link')).toHaveCount(listedAtFirst(efe));
    });
  });

  test('the menus and "Key events only" count what the search leaves, as the list shows it', async ({ page }) => {
    // The seed with three key events, two of them Kelly's.
    const doc = structuredClone(seedStory) as typeof seedStory;
    for (const e of doc.events) if (['dhs-orders', 'press-conference', 'videgaray-warning'].includes(e.id)) (e as { key?: boolean }).key = true;
    await serveStories(page, [doc as never]);
    const story = new StoryPage(page);
    await story.open();
    const status = page.getByRole('search', { name: 'Filter events' }).getByRole('status');
    await expect(page.getByRole('checkbox', { name: 'Key events only (3)' })).toBeVisible();
    await story.search.fill('Kelly');
    await expect(status).toHaveText(/^\d+ of \d+ events$/);
    const shown = Number(/^(\d+)/.exec((await status.textContent())!)![1]);
    expect(shown).toBeLessThan(total);
    await expect(page.getByRole('combobox', { name: 'Actor' }).getByRole('option').first()).toHaveText(`Everyone (${shown})`);
    await expect(page.getByRole('combobox', { name: 'Source' }).getByRole('option').first()).toHaveText(`All sources (${shown})`);
    // Only names of the events found: Luis Videgaray's one event without Kelly is not among them.
    const actors = await page.getByRole('combobox', { name: 'Actor' }).getByRole('option').allTextContents();
    expect(actors).toContain(`John Kelly (${shown})`);
    const kelly = page.getByRole('checkbox', { name: 'Key events only (2)' });
    await kelly.check();
    await expect(status).toHaveText(`2 of ${total} events`);
    await expect(story.list.getByRole('link')).toHaveCount(2);
    // A search that finds no key event keeps the box, counting none.
    await story.search.fill('firearms');
    await expect(page.getByRole('checkbox', { name: 'Key events only (0)' })).toBeChecked();
  });

  test('the Source menu lists outlets, and the unattributed articles as one unknown outlet, never their words', async ({ story, page }) => {
    await story.open();
    const source = page.getByRole('combobox', { name: 'Source' });
    const labels = (await source.getByRole('option').allTextContents()).map((l) => l.replace(/ \(\d+\)$/, ''));
    const named = [...new Set(seedStory.articles.map((a) => a.publisher).filter((p): p is string => p !== null))].sort();
    expect(labels).toEqual(['All sources', ...named, 'Unknown outlet']);
    for (const a of seedStory.articles) expect(labels.join(' | ')).not.toContain(a.title);
    const unknownIds = new Set(seedStory.articles.filter((a) => a.publisher === null).map((a) => a.id));
    const unknown = seedStory.events.filter((e) => e.mentions.some((m) => unknownIds.has(m.articleId)));
    await source.selectOption({ label: `Unknown outlet (${unknown.length})` });
    await expect(page).toHaveURL(/source=unknown-outlet/);
    await expect(story.list.getByRole('link')).toHaveCount(listedAtFirst(unknown));
  });

  test('a story whose outlets nobody could tell has no Source menu (one choice filters nothing)', async ({ page }) => {
    const doc = { ...seedStory, id: 'no-outlets', articles: seedStory.articles.map((a) => ({ ...a, publisher: null })) };
    await serveStories(page, [doc as never]);
    await page.goto('/no-outlets/');
    await expect(page.getByRole('combobox', { name: 'Actor' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Source' })).toHaveCount(0);
  });

  test('a link that names an article as the source filters by its outlet', async ({ story, page }) => {
    await story.open('', '?source=004_a64dbdd333cede17');
    const efe = seedStory.events.filter((e) => e.mentions.some((m) => m.articleId === '004_a64dbdd333cede17'));
    await expect(page.getByRole('combobox', { name: 'Source' })).toHaveValue('EFE');
    await expect(story.list.getByRole('link')).toHaveCount(listedAtFirst(efe));
  });

  test('opening a filtered deep link applies the filters', async ({ story }) => {
    await story.open('', '?actor=Rex+Tillerson');
    await expect(story.page.getByRole('combobox', { name: 'Actor' })).toHaveValue('Rex Tillerson');
    await expect(story.list.getByRole('link')).toHaveCount(listedAtFirst(seedStory.events.filter((e) => (e as unknown as { actors: string[] }).actors.includes('Rex Tillerson'))));
  });

  test('a story that names hundreds of people lists those named twice or more, and says the rest are found by search', async ({ page }) => {
    const doc = structuredClone(seedStory) as typeof seedStory;
    const base = doc.events[0]! as (typeof doc.events)[number] & { actors: string[] };
    // 240 events, each naming one person of its own; the first ten also a second person, twice each.
    doc.events = Array.from({ length: 240 }, (_, i) => ({ ...structuredClone(base), id: `e${i}`, title: `Event ${i}`, actors: [`Person ${i}`, ...(i < 10 ? [`Pair ${i >> 1}`] : [])] }));
    await serveStories(page, [doc as never]);
    const story = new StoryPage(page);
    await story.open();
    const actor = page.getByRole('combobox', { name: 'Actor' });
    const options = await actor.getByRole('option').allTextContents();
    expect(options).toContain('Pair 0 (2)');
    expect(options).not.toContain('Person 7 (1)');
    expect(options.at(-1)).toBe('240 more named in one event each: search for them by name');
    await story.search.fill('Person 137');
    await expect(story.list.getByRole('link')).toHaveCount(1);
  });
});
