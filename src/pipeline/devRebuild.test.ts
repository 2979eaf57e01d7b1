// `npm run dev` rebuilds a story once its folder has settled: a story folder copied in file by file (the
// review's 513 files had made 514 rebuilds) is built once. A real dev server (the stories plugin) watching a
// temporary folder; the seed's five articles copied in one by one.
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger, createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storiesPlugin } from './vitePlugin.ts';
import { SEED_DIR } from './export/fixtures/stories.ts';

const tmp = mkdtempSync(join(tmpdir(), 'dateline-devrebuild-'));
const lines: string[] = [];
let server: ViteDevServer;

beforeAll(async () => {
  cpSync(SEED_DIR, join(tmp, 'stories', 'seed'), { recursive: true });
  const logger = createLogger('info');
  logger.info = (msg) => { lines.push(msg); };
  logger.error = (msg) => { lines.push(`error: ${msg}`); };
  logger.warn = (msg) => { lines.push(`warn: ${msg}`); };
  server = await createServer({
    configFile: false,
    root: tmp,
    logLevel: 'info',
    customLogger: logger,
    server: { host: '127.0.0.1', port: 0, hmr: false },
    plugins: [storiesPlugin({ roots: [join(tmp, 'stories')] })],
  });
  await server.listen();
  // The watcher's first scan of the stories folder is done before anything is copied in.
  await new Promise((r) => { server.watcher.once('ready', r); setTimeout(r, 3000); });
}, 60_000);
afterAll(async () => {
  await server?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('the dev server rebuilds a story once its folder settles', () => {
  it('builds a story copied in file by file once', async () => {
    const into = join(tmp, 'stories', 'copied');
    mkdirSync(into);
    // The watcher first sees the new folder (else it may take the files in with the folder, unreported).
    await new Promise((r) => setTimeout(r, 1000));
    for (const f of readdirSync(SEED_DIR).filter((n) => n.endsWith('.txt'))) copyFileSync(join(SEED_DIR, f), join(into, f));
    // Chokidar reports each file; the settle time is 300 ms after the last.
    const deadline = Date.now() + 15_000;
    while (!lines.some((l) => l.includes('rebuilt copied')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    await new Promise((r) => setTimeout(r, 1000));
    expect(lines.filter((l) => l.includes('rebuilt copied')), lines.join('\n')).toHaveLength(1);
  }, 30_000);
});
