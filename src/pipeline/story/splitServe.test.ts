import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Story } from '../../schema/story.ts';
import { SEED_DIR } from '../export/fixtures/stories.ts';
import { storiesPlugin } from '../vitePlugin.ts';
import { splitStoryFiles } from './split.ts';

// `npm run dev` serves each story split as the production build writes it (outline, chunks, texts).
const tmp = mkdtempSync(join(tmpdir(), 'dateline-split-'));
let server: ViteDevServer;
let root: string;

beforeAll(async () => {
  cpSync(SEED_DIR, join(tmp, 'stories', 'seed'), { recursive: true });
  server = await createServer({
    configFile: false,
    root: tmp,
    base: '/timelines/',
    logLevel: 'silent',
    server: { host: '127.0.0.1', port: 0, watch: null, hmr: false },
    plugins: [storiesPlugin({ roots: [join(tmp, 'stories')] })],
  });
  await server.listen();
  root = server.resolvedUrls!.local[0]!;
}, 60_000);
afterAll(async () => {
  await server?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('the dev server', () => {
  it('serves the story’s outline, detail chunks, article texts and search texts, byte for byte as the build splits it', async () => {
    const story = (await (await fetch(`${root}data/stories/seed.json`)).json()) as Story;
    const files = splitStoryFiles(story);
    expect(files.some((f) => f.fileName.includes('/events/'))).toBe(true);
    for (const f of files) {
      const response = await fetch(`${root}${f.fileName}`);
      expect(response.status, f.fileName).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(await response.text(), f.fileName).toBe(f.body);
    }
    const missing = await fetch(`${root}data/stories/seed/events/999.json`);
    expect(String(missing.headers.get('content-type'))).not.toContain('application/json');
    const other = await fetch(`${root}data/stories/nosuchstory/index.json`);
    expect(String(other.headers.get('content-type'))).not.toContain('application/json');
  }, 60_000);
});
