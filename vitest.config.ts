import { defineConfig } from 'vitest/config';

// Unit tests live beside the code (src/**/*.test.ts[x]); e2e/ belongs to Playwright.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Two cores on this machine and CI: keep the pool small so e2e servers are not starved.
    maxWorkers: 2,
  },
});
