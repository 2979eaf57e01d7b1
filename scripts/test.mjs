/**
 * `npm test`: installs dependencies when missing, finds a Chromium, then runs the type check, every unit
 * test (vitest) and every end-to-end test (Playwright: the production build, then the dev server), and
 * prints one closing line "N passed, N failed".
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureDependencies, findChromium, run } from './setup.mjs';

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log(`usage: npm test

Installs what is missing, finds a Chromium (DATELINE_CHROMIUM, Playwright's own, /usr/bin/chromium), then
runs the type check, every unit test (vitest) and every end-to-end test (Playwright), and ends with one
line: N passed, N failed. Exit 0 only when nothing failed.
  --help  this text`);
  process.exit(0);
}

ensureDependencies();
const chromium = findChromium();
if (!chromium) process.exit(1);
const out = mkdtempSync(join(tmpdir(), 'dateline-test-'));
let passed = 0;
let failed = 0;

console.log('[dateline] type check');
// A type error counts as one failure; a clean check adds nothing to the count of tests.
if (run('npx', ['tsc', '-p', 'tsconfig.app.json']) !== 0 || run('npx', ['tsc', '-p', 'tsconfig.node.json']) !== 0) failed++;

console.log('[dateline] unit tests');
const unitJson = join(out, 'vitest.json');
run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitJson}`]);
const unit = readJson(unitJson);
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests + (unit.success === false && unit.numFailedTests === 0 ? 1 : 0);
} else failed++;

// Two Playwright runs: the production build (playwright.config.ts) and the dev server's edit mode
// (playwright.dev.config.ts, on a temporary copy of the seed story); both count.
for (const [label, config] of [['end-to-end tests', 'playwright.config.ts'], ['end-to-end tests of the dev server', 'playwright.dev.config.ts']]) {
  console.log(`[dateline] ${label}`);
  const e2eJson = join(out, `${config}.json`);
  run('npx', ['playwright', 'test', '-c', config, '--reporter=list,json'], { DATELINE_CHROMIUM: chromium, PLAYWRIGHT_JSON_OUTPUT_NAME: e2eJson });
  const e2e = readJson(e2eJson);
  if (e2e) {
    passed += e2e.stats.expected + e2e.stats.flaky;
    failed += e2e.stats.unexpected;
    if (e2e.errors?.length) failed++;
  } else failed++;
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}
