/**
 * Shared set-up for `npm start` and `npm test`: install dependencies when they are missing or stale, and
 * find a Chromium for the browser tests and benchmarks. Plain Node (no TypeScript) because it runs
 * before anything is installed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '..');

/** Runs a command in the repo root, inheriting the terminal; returns its exit code. */
export function run(cmd, args, env = {}) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

/** `npm ci` when node_modules is missing or older than package-lock.json. */
export function ensureDependencies() {
  const marker = join(root, 'node_modules', '.package-lock.json');
  const lock = join(root, 'package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  console.log('[dateline] installing dependencies (npm ci)…');
  if (run('npm', ['ci', '--no-audit', '--no-fund']) !== 0) {
    console.error('[dateline] npm ci failed; see the output above.');
    process.exit(1);
  }
}

/**
 * A Chromium for Playwright: DATELINE_CHROMIUM if set, Playwright's own browser if one was installed, else
 * Debian's /usr/bin/chromium, installing the package when we are root on Debian. Returns null and says
 * exactly what to install otherwise.
 */
export function findChromium() {
  const candidates = [process.env.DATELINE_CHROMIUM, playwrightChromium(), '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  for (const path of candidates) if (path && existsSync(path)) return path;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('[dateline] no Chromium found; installing Debian\'s chromium package…');
    const env = { DEBIAN_FRONTEND: 'noninteractive' };
    if (run('apt-get', ['update', '-qq'], env) === 0 && run('apt-get', ['install', '-y', '-qq', 'chromium'], env) === 0 && existsSync('/usr/bin/chromium')) {
      return '/usr/bin/chromium';
    }
  }
  console.error(
    '[dateline] no Chromium found. Install one of:\n' +
      '  Debian/Ubuntu:  sudo apt-get install chromium\n' +
      '  any system:     npx playwright install chromium\n' +
      'or point DATELINE_CHROMIUM at a Chromium or Chrome binary.',
  );
  return null;
}

function playwrightChromium() {
  try {
    const require = createRequire(join(root, 'package.json'));
    const { chromium } = require('playwright-core');
    return chromium.executablePath();
  } catch {
    return null;
  }
}
