import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { browserUse } from './e2e/support/browser.ts';

/**
 * End-to-end tests of `npm run dev` (the Vite dev server), where the edit mode lives: e2e/*.devspec.ts.
 * The server builds a temporary copy of the seed story (data/stories/us-officials-in-mexico-city), so the
 * edits the tests make, and the lock file the builds write, never touch the repository. The copy is made
 * once, by the runner; its workers find it in DATELINE_DEV_E2E (they inherit the runner's environment).
 * Port 4318: never the production tests' 4317 nor a person's own `npm run dev` on 5173.
 */
const PORT = 4318;

process.env.DATELINE_DEV_E2E ??= mkdtempSync(join(tmpdir(), 'dateline-dev-e2e-'));
const stories = join(process.env.DATELINE_DEV_E2E, 'stories');
if (!existsSync(stories)) cpSync(join(import.meta.dirname, 'data/stories/us-officials-in-mexico-city'), join(stories, 'us-officials-in-mexico-city'), { recursive: true });

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.devspec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never', outputFolder: 'playwright-report-dev' }]] : 'list',
  globalTeardown: './e2e/support/devTeardown.ts',
  use: browserUse(PORT, 'retain-on-failure'),
  webServer: {
    command: `npx vite --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}/`,
    // Never another server: it would serve some other copy of the story than the one the tests read.
    reuseExistingServer: false,
    timeout: 120_000,
    env: { DATELINE_STORIES: stories },
  },
});
