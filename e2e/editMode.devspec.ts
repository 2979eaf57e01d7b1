/// <reference lib="dom" />
/**
 * The edit mode of `npm run dev` (playwright.dev.config.ts: the Vite dev server on a temporary copy of the
 * seed story, data/stories/us-officials-in-mexico-city). A person hides, retitles, redates and merges events
 * by buttons and dialogs found by role and name, as with a screen reader, one of them by keyboard alone;
 * after each, the story's edits.json on disk says what was done and the rebuilt story shows it. The tests
 * run in order on one copy: each edit stays, as in one editor's session.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { details, folder, openEditing as open, STORY, tools } from './support/editMode.ts';

test.describe.configure({ mode: 'serial' });

const edits = (): Record<string, Record<string, unknown>> => (existsSync(join(folder, 'edits.json')) ? JSON.parse(readFileSync(join(folder, 'edits.json'), 'utf8')).events : {});
const list = (page: Page) => page.getByRole('region', { name: 'Events', exact: true });

test('edit mode is off until switched on, then offers the edits and says where they go', async ({ page }) => {
  await page.goto(`/${STORY}/2017-02-23-president-donald-trump-vow-crack/`);
  const toggle = page.getByRole('button', { name: 'Edit mode' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(tools(page)).toHaveCount(0);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText(/changes are written to edits\.json/)).toBeVisible();
  for (const name of ['Hide event', 'Edit title…', 'Correct date…', 'Mark as key event', 'Merge into another event…', 'Attach an article…']) {
    await expect(tools(page).getByRole('button', { name })).toBeVisible();
  }
  expect(edits()).toEqual({});
});

test('hides an event: it leaves the story, edits.json says so, its link says it was removed, and it can be shown again', async ({ page }) => {
  const id = '2017-02-23-president-donald-trump-vow-crack';
  await open(page, id);
  await tools(page).getByRole('button', { name: 'Hide event' }).click();
  await expect(page).toHaveURL(new RegExp(`/${STORY}/$`));
  await expect(page.getByRole('status').filter({ hasText: 'Hidden' })).toHaveText(/Hidden: “President Donald Trump's vow to crack down on undocumented migrants has struck fear”\./);
  // The page reloaded with the story: focus is on its time axis, not on the page.
  await expect(page.getByRole('group', { name: 'Time axis' })).toBeFocused();
  await expect(list(page).getByRole('link', { name: /vow to crack down on undocumented migrants/ })).toHaveCount(0);
  // The title goes with the edit, so the hidden event keeps its name after a restart of the dev server.
  const TITLE = "President Donald Trump's vow to crack down on undocumented migrants has struck fear";
  expect(edits()).toEqual({ [id]: { hide: true, titleWas: expect.stringMatching(new RegExp(`^${TITLE}`)) } });

  await open(page, id);
  await expect(page.getByRole('status').filter({ hasText: 'This event was removed' })).toHaveText('This event was removed by the editors in an update.');
  await expect(details(page)).toHaveCount(0);

  const hidden = page.getByRole('list', { name: 'Hidden events' });
  // Listed by its title (the server saw it built before it was hidden), not by its id.
  await hidden.getByRole('button', { name: /^Show again “President Donald Trump's vow to crack down/ }).click();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(/President Donald Trump's vow to crack down/);
  expect(edits()).toEqual({});
  await tools(page).getByRole('button', { name: 'Hide event' }).click();
  await expect(page).toHaveURL(new RegExp(`/${STORY}/$`));
  expect(edits()).toEqual({ [id]: { hide: true, titleWas: expect.stringMatching(new RegExp(`^${TITLE}`)) } });
});

test('retitles an event by keyboard alone', async ({ page }) => {
  const id = '2017-02-23-however-spokesman-sean-spicer-news';
  await open(page, id);
  await tools(page).getByRole('button', { name: 'Edit title…' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Edit title' });
  const field = dialog.getByRole('textbox', { name: 'Title' });
  await expect(field).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Spicer: Trump meant “military” as an adjective');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Spicer: Trump meant “military” as an adjective');
  // After the reload, focus is back on the event just edited.
  await expect(details(page).getByRole('heading', { level: 2 })).toBeFocused();
  await expect(details(page).getByRole('note', { name: 'Edited' })).toHaveText(/Title edited by the editors\./);
  await expect(list(page).getByRole('link', { name: /Spicer: Trump meant/ })).toBeVisible();
  expect(edits()[id]).toEqual({ title: 'Spicer: Trump meant “military” as an adjective' });

  await test.step('Escape closes a dialog without saving, and focus returns to its button', async () => {
    const button = tools(page).getByRole('button', { name: 'Edit title…' });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog', { name: 'Edit title' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(button).toBeFocused();
  });
});

test('redates an event with a note for readers; a day that does not exist is refused in the dialog', async ({ page }) => {
  const id = '2017-02-23-president-wanted-renegotiate-decade-old';
  await open(page, id);
  await tools(page).getByRole('button', { name: 'Correct date…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Correct date' });
  await expect(dialog.getByRole('textbox', { name: 'Date' })).toBeFocused();
  const axe = await new AxeBuilder({ page }).include('dialog').include('.edit-tools').include('.edit-bar').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await dialog.getByRole('textbox', { name: 'Date' }).fill('2017-02-30');
  await expect(dialog.getByText('Not a date yet.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Save date' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(/“2017-02-30” is not a date on the calendar/);
  // The field at fault has focus and says it is invalid.
  await expect(dialog.getByRole('textbox', { name: 'Date' })).toBeFocused();
  await expect(dialog.getByRole('textbox', { name: 'Date' })).toHaveAttribute('aria-invalid', 'true');
  expect(edits()[id]).toBeUndefined();
  await dialog.getByRole('textbox', { name: 'Date' }).fill('2017-01');
  await dialog.getByRole('textbox', { name: 'Note for readers' }).fill('The article recalls what the President said in January.');
  await dialog.getByRole('button', { name: 'Save date' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(details(page).locator('time')).toHaveText('January 2017');
  await expect(details(page).getByRole('note', { name: 'Edited' })).toHaveText(/Date corrected by the editors: The article recalls what the President said in January\./);
  expect(edits()[id]).toEqual({ date: '2017-01', dateNote: 'The article recalls what the President said in January.' });

  await test.step('the dialog opened again shows the note readers see, and saving nothing new writes nothing', async () => {
    await tools(page).getByRole('button', { name: 'Correct date…' }).click();
    const again = page.getByRole('dialog', { name: 'Correct date' });
    await expect(again.getByRole('textbox', { name: 'Note for readers' })).toHaveValue('The article recalls what the President said in January.');
    const before = readFileSync(join(folder, 'edits.json'), 'utf8');
    await again.getByRole('button', { name: 'Save date' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    expect(readFileSync(join(folder, 'edits.json'), 'utf8')).toBe(before);
  });
});

test('merges an event into another: the file says so, and the merged id leads to the event that took it', async ({ page }) => {
  const id = '2017-02-23-declarations-came-senior-trump-administration';
  const into = '2017-02-23-agreed-cooperation-border-security-work';
  await open(page, id);
  await tools(page).getByRole('button', { name: 'Merge into another event…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Merge into another event' });
  await dialog.getByRole('combobox', { name: 'Merge into' }).selectOption(into);
  await dialog.getByRole('button', { name: 'Merge' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`/${STORY}/${into}/$`));
  await expect(details(page).getByRole('note', { name: 'Edited' })).toHaveText(/Merged by the editors with “The declarations came as senior Trump administration officials/);
  await expect(page.getByRole('status').filter({ hasText: 'Merged into' })).toHaveText(/^Merged into “Rex Tillerson agreed that cooperation on border security/);
  expect(edits()[id]).toEqual({ mergeInto: into, titleWas: expect.stringMatching(/^The declarations came as senior Trump administration officials/) });
  await open(page, id);
  await expect(page.getByRole('status').filter({ hasText: 'The event you followed' })).toHaveText('The event you followed was merged into this one in an update.');
  await expect(page).toHaveURL(new RegExp(`/${STORY}/${into}/$`));

  await test.step('marking the merged event as key (unmarking it, if the ranking made it key) is one more edit of the file', async () => {
    const wasKey = (await tools(page).getByRole('button', { name: 'Unmark as key event' }).count()) > 0;
    await tools(page).getByRole('button', { name: wasKey ? 'Unmark as key event' : 'Mark as key event' }).click();
    await expect(details(page).getByText('Key event', { exact: true })).toHaveCount(wasKey ? 0 : 1);
    expect(edits()[into]).toEqual({ key: !wasKey });
    expect(Object.keys(edits()).sort()).toEqual(['2017-02-23-president-donald-trump-vow-crack', '2017-02-23-however-spokesman-sean-spicer-news', into, id, '2017-02-23-president-wanted-renegotiate-decade-old'].sort());
  });

  await test.step('toggling the key mark back gives the choice back to the pipeline: no edit left', async () => {
    const now = (await tools(page).getByRole('button', { name: 'Unmark as key event' }).count()) > 0;
    await tools(page).getByRole('button', { name: now ? 'Unmark as key event' : 'Mark as key event' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'pipeline' })).toHaveText('The key event mark is the pipeline’s again.');
    expect(edits()[into]).toBeUndefined();
  });

  await test.step('the merge is listed in the edit bar, and Unmerge takes it apart again', async () => {
    const merged = page.getByRole('list', { name: 'Merged events' });
    // Both named by their titles: the event merged into is still in the story (it had been named by its id).
    await expect(merged.getByRole('listitem')).toHaveText(/^“The declarations came as senior Trump administration officials.*” into “Rex Tillerson agreed that cooperation on border security/);
    await merged.getByRole('button', { name: /^Unmerge “The declarations came as senior Trump administration officials/ }).click();
    await expect(page).toHaveURL(new RegExp(`/${STORY}/${id}/$`));
    expect(edits()[id]).toBeUndefined();
    await expect(page.getByRole('list', { name: 'Merged events' })).toHaveCount(0);
  });
});

test('saving one edit keeps what the editors wrote by hand that the build cannot apply, and lists it', async ({ page }) => {
  const file = join(folder, 'edits.json');
  const hand = { ...edits(), '2017-02-23-however-spokesman-sean-spicer-news': { title: 'Spicer: Trump meant “military” as an adjective', Title: 'a typo' } };
  writeFileSync(file, `${JSON.stringify({ events: hand }, null, 2)}\n`);
  await open(page, '2017-02-23-president-wanted-renegotiate-decade-old');
  await expect(page.getByRole('list', { name: /What the build cannot apply/ })).toContainText('.Title: unknown edit');
  await tools(page).getByRole('button', { name: 'Mark as key event' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'key event' })).toHaveText('Marked as a key event.');
  expect(edits()['2017-02-23-however-spokesman-sean-spicer-news']).toEqual({ title: 'Spicer: Trump meant “military” as an adjective', Title: 'a typo' });
  expect(edits()['2017-02-23-president-wanted-renegotiate-decade-old']).toMatchObject({ key: true });
});

test('an edit keeps the filters the editor works under', async ({ page }) => {
  // Each saved edit had reloaded the story at the bare event's address: the search (or "Key events only")
  // the editor was curating under was gone, and the list came back whole after every change.
  const id = '2017-02-23-declarations-came-senior-trump-administration';
  await page.goto(`/${STORY}/${id}/?q=declarations`);
  const toggle = page.getByRole('button', { name: 'Edit mode' });
  if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
  const mark = tools(page).getByRole('button', { name: /^(Mark|Unmark) as key event$/ });
  await mark.click();
  await expect(page.getByRole('status').filter({ hasText: 'key event' })).toHaveText(/key event/);
  await expect(page).toHaveURL(new RegExp(`/${STORY}/${id}/\\?q=declarations$`));
  await expect(page.getByRole('searchbox', { name: 'Search events' })).toHaveValue('declarations');
  expect(edits()[id]).toHaveProperty('key');
  // Toggled back, the mark is the pipeline's again: no edit left of this event.
  await mark.click();
  await expect(page.getByRole('status').filter({ hasText: 'pipeline' })).toHaveText('The key event mark is the pipeline’s again.');
  await expect(page).toHaveURL(/\?q=declarations$/);
  expect(edits()[id]).toBeUndefined();
});
