/// <reference lib="dom" />
/**
 * The edit-mode specs' common ground (playwright.dev.config.ts: `npm run dev` on a temporary copy of the
 * seed story): the story, its folder on disk, the details panel and its edit tools, and opening the story
 * with edit mode switched on.
 */
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';

export const STORY = 'us-officials-in-mexico-city';
export const folder = join(process.env.DATELINE_DEV_E2E!, 'stories', STORY);
export const details = (page: Page) => page.getByRole('region', { name: 'Event details' });
export const tools = (page: Page) => details(page).getByRole('group', { name: 'Edit this event' });

/** Opens the story (at an event) with edit mode on: it is per browser tab, and each test has its own. */
export async function openEditing(page: Page, eventId = ''): Promise<void> {
  await page.goto(`/${STORY}/${eventId ? `${eventId}/` : ''}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Mexico City');
  const toggle = page.getByRole('button', { name: 'Edit mode' });
  if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
}
