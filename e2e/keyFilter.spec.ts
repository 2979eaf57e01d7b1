/// <reference lib="dom" />
/**
 * "Key events only": the list keeps the events the story marks key (a journalist's timeline of it), the
 * URL keeps the choice, and "Clear filters" gives every event back.
 */
import { expect, test } from './support/fixtures.ts';

test('key events only, by the checkbox, in the URL, and cleared', async ({ page }) => {
  // The seed story as built: its ranking marks some events key.
  await page.goto('/us-officials-in-mexico-city/');
  const toggle = page.getByRole('checkbox', { name: /^Key events only \(\d+\)$/ });
  await expect(toggle).not.toBeChecked();
  const key = Number(/\((\d+)\)/.exec((await page.locator('.filter-key').textContent())!)![1]);
  const status = page.getByRole('search', { name: 'Filter events' }).getByRole('status');
  const all = Number(/(\d+) events?/.exec((await status.textContent())!)![1]);
  expect(key).toBeGreaterThan(0);
  expect(key).toBeLessThan(all);

  await toggle.check();
  await expect(status).toContainText(`${key} of ${all} events`);
  await expect(page).toHaveURL(/[?&]key=1/);
  const rows = page.getByRole('region', { name: 'Events' }).getByRole('link');
  await expect(rows).toHaveCount(key);
  for (const row of await rows.all()) await expect(row).toContainText('Key event');

  await page.reload();
  await expect(page.getByRole('checkbox', { name: /^Key events only/ })).toBeChecked();
  await expect(rows).toHaveCount(key);

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByRole('checkbox', { name: /^Key events only/ })).not.toBeChecked();
  await expect(status).toHaveText(`${all} events`);
  await expect(page).not.toHaveURL(/key=1/);
});
