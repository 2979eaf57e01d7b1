/// <reference lib="dom" />
/**
 * Edit mode (playwright.dev.config.ts: `npm run dev` on a temporary copy of the seed story), review 23's
 * leftovers: the story's own title and credit line, a date written as people write it with what was
 * understood said before saving and a note asked for, and "Undo all edits" that asks first. Driven by roles
 * and names, the title by keyboard alone; after each, edits.json on disk says what was done. Runs after
 * editMode.devspec.ts on the same copy, on events that spec leaves alone.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { details, folder, openEditing as open, STORY, tools } from './support/editMode.ts';

test.describe.configure({ mode: 'serial' });

const file = (): { story?: Record<string, string>; events: Record<string, Record<string, unknown>> } =>
  (existsSync(join(folder, 'edits.json')) ? JSON.parse(readFileSync(join(folder, 'edits.json'), 'utf8')) : { events: {} });
const KELLY = '2017-02-23-united-states-homeland-security-secretary';

test('titles the story and credits it, by keyboard alone; the credit shows under the title', async ({ page }) => {
  await open(page);
  const button = page.getByRole('button', { name: 'Story title…' });
  await button.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Story title and credit' });
  const title = dialog.getByRole('textbox', { name: 'Story title' });
  await expect(title).toBeFocused();
  await expect(title).toHaveValue(/Mexico City/);
  const axe = await new AxeBuilder({ page }).include('dialog').include('.edit-bar').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Kelly and Tillerson in Mexico City, 22 to 23 February 2017');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('textbox', { name: 'Credit line (optional)' })).toBeFocused();
  await page.keyboard.type('Edited by Ana Ruiz');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kelly and Tillerson in Mexico City, 22 to 23 February 2017');
  await expect(page.getByRole('banner').getByText('Edited by Ana Ruiz', { exact: true })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Story title saved' })).toHaveText('Story title saved: “Kelly and Tillerson in Mexico City, 22 to 23 February 2017”.');
  expect(file().story).toEqual({ title: 'Kelly and Tillerson in Mexico City, 22 to 23 February 2017', credit: 'Edited by Ana Ruiz' });

  await test.step('the TimelineJS file the dev server serves says them too', async () => {
    const timeline = await (await page.request.get(`/data/stories/${STORY}.timeline.json`)).json() as { title: { text: { headline: string; text: string } } };
    expect(timeline.title.text.headline).toBe('Kelly and Tillerson in Mexico City, 22 to 23 February 2017');
    expect(timeline.title.text.text).toMatch(/^<p>Edited by Ana Ruiz<\/p>/);
  });

  await test.step('a blank credit line removes it; the title stays', async () => {
    await page.getByRole('button', { name: 'Story title…' }).click();
    await page.getByRole('dialog', { name: 'Story title and credit' }).getByRole('textbox', { name: 'Credit line (optional)' }).fill('');
    await page.getByRole('dialog', { name: 'Story title and credit' }).getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Credit line removed' })).toHaveText('Credit line removed.');
    await expect(page.getByRole('banner').getByText('Edited by Ana Ruiz')).toHaveCount(0);
    expect(file().story).toEqual({ title: 'Kelly and Tillerson in Mexico City, 22 to 23 February 2017' });
  });

  await test.step('a blank title gives the story its own title back, and the story entry goes', async () => {
    await page.getByRole('button', { name: 'Story title…' }).click();
    const again = page.getByRole('dialog', { name: 'Story title and credit' });
    await expect(again.getByRole('textbox', { name: 'Story title' })).toHaveAccessibleDescription(/Left blank, the story has its own title again/);
    await again.getByRole('textbox', { name: 'Story title' }).fill('');
    await again.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'own title' })).toHaveText('The story has its own title again.');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('US officials in Mexico City promise no mass deportations (February 2017)');
    expect(file().story).toBeUndefined();
  });
});

test('the date dialog reads a written date, says what it understood, and asks for a note without requiring one', async ({ page }) => {
  await open(page, KELLY);
  await tools(page).getByRole('button', { name: 'Correct date…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Correct date' });
  const date = dialog.getByRole('textbox', { name: 'Date' });
  await date.fill('Feb 22, 2017');
  await expect(dialog.getByText(/^Understood:/)).toHaveText('Understood: Wednesday 22 February 2017');
  // What was understood is part of the field's description, as a screen reader says it.
  await expect(date).toHaveAccessibleDescription(/Understood: Wednesday 22 February 2017/);
  await date.fill('Friday 22 February 2017');
  await dialog.getByRole('button', { name: 'Save date' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Wednesday 22 February 2017 is not a Friday: correct the weekday or the date.');
  await date.fill('22 February 2017');
  await dialog.getByRole('button', { name: 'Save date' }).click();
  // No note: asked for once, with focus on the note.
  await expect(dialog.getByRole('status')).toHaveText(/Without a note, readers see “Date corrected by the editors\.” and no reason/);
  await expect(dialog.getByRole('textbox', { name: 'Note for readers' })).toBeFocused();
  expect(file().events[KELLY]).toBeUndefined();
  await dialog.getByRole('button', { name: 'Save without a note' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(details(page).locator('time')).toHaveText('Wednesday 22 February 2017');
  await expect(page.getByRole('status').filter({ hasText: 'Date saved' })).toHaveText('Date saved: Wednesday 22 February 2017.');
  expect(file().events[KELLY]).toEqual({ date: '2017-02-22' });

  await test.step('with a note, saved at once; a month written as words is a month', async () => {
    await tools(page).getByRole('button', { name: 'Correct date…' }).click();
    const again = page.getByRole('dialog', { name: 'Correct date' });
    await again.getByRole('textbox', { name: 'Date' }).fill('February 2017');
    await expect(again.getByText(/^Understood:/)).toHaveText('Understood: February 2017');
    await again.getByRole('textbox', { name: 'Note for readers' }).fill('Kelly’s statement gives no day.');
    await again.getByRole('button', { name: 'Save date' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(details(page).getByRole('note', { name: 'Edited' })).toHaveText(/Date corrected by the editors: Kelly’s statement gives no day\./);
    expect(file().events[KELLY]).toEqual({ date: '2017-02', dateNote: 'Kelly’s statement gives no day.' });
  });
});

test('"Undo all edits of this event" asks first, says what goes, and Cancel keeps it all', async ({ page }) => {
  await open(page, KELLY);
  const undo = tools(page).getByRole('button', { name: 'Undo all edits of this event…' });
  await undo.click();
  const dialog = page.getByRole('dialog', { name: 'Undo all edits of this event?' });
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expect(dialog.getByRole('listitem')).toHaveText(['the corrected date and its note (“Kelly’s statement gives no day.”)']);
  const axe = await new AxeBuilder({ page }).include('dialog').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(undo).toBeFocused();
  expect(file().events[KELLY]).toEqual({ date: '2017-02', dateNote: 'Kelly’s statement gives no day.' });

  await undo.click();
  await page.getByRole('dialog', { name: 'Undo all edits of this event?' }).getByRole('button', { name: 'Undo all edits' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'undone' })).toHaveText('Every edit of this event was undone.');
  await expect(details(page).locator('time')).toHaveText('Thursday 23 February 2017');
  expect(file().events[KELLY]).toBeUndefined();
});
