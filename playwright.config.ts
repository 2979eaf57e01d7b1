import { defineConfig } from '@playwright/test';
import { browserUse } from './e2e/support/browser.ts';

/**
 * End-to-end tests against the production build served by `vite preview`, with the fixture stories
 * (e2e/fixtures/stories) built beside the real ones. Chromium comes from the system (DATELINE_CHROMIUM or
 * /usr/bin/chromium); Playwright's own browser only when neither exists.
 */
// Not 4173: `npm start` serves there, and a test run must never reuse a server without the fixture stories.
const PORT = 4317;

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: browserUse(PORT, 'on-first-retry'),
  webServer: {
    command: `npx vite build && npx vite preview --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    // Locks frozen: the build reads the story folders' lock files but never writes into the repository.
    env: { DATELINE_STORIES: 'data/stories:e2e/fixtures/stories', DATELINE_LOCKS: 'frozen' },
  },
});
