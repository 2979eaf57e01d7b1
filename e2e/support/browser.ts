import { existsSync } from 'node:fs';
import { devices, type PlaywrightTestConfig } from '@playwright/test';

/**
 * The browser every end-to-end configuration drives: Chromium from the system (DATELINE_CHROMIUM or
 * /usr/bin/chromium; Playwright's own browser only when neither exists), a desktop viewport, and the flags
 * a sandboxed machine needs.
 */
export function browserUse(port: number, trace: 'on-first-retry' | 'retain-on-failure'): PlaywrightTestConfig['use'] {
  const candidate = process.env.DATELINE_CHROMIUM || '/usr/bin/chromium';
  return {
    baseURL: `http://localhost:${port}`,
    trace,
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 860 },
    launchOptions: {
      executablePath: existsSync(candidate) ? candidate : undefined,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  };
}
