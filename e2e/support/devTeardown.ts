/** Removes the dev-server tests' temporary copy of the seed story (playwright.dev.config.ts). */
import { rmSync } from 'node:fs';

export default function teardown(): void {
  const dir = process.env.DATELINE_DEV_E2E;
  if (dir && dir.includes('dateline-dev-e2e-')) rmSync(dir, { recursive: true, force: true });
}
