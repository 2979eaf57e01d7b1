import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storiesPlugin } from '../vitePlugin.ts';
import { SEED_DIR } from './fixtures/stories.ts';

// `npm run dev`: the stories plugin serves each story's exports from memory, as the build writes them.
const tmp = mkdtempSync(join(tmpdir(), 'dateline-dev-'));
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
  it('serves the story and its three exports under the base path, each with its content type', async () => {
    const get = async (file: string) => {
      const response = await fetch(`${root}data/stories/${file}`);
      // The bytes as sent: fetch's text() would drop the CSV's byte-order mark.
      return { status: response.status, type: response.headers.get('content-type'), body: Buffer.from(await response.arrayBuffer()).toString('utf8') };
    };
    const story = await get('seed.json');
    expect(story).toMatchObject({ status: 200, type: 'application/json; charset=utf-8' });
    const events = (JSON.parse(story.body) as { events: { id: string }[] }).events;

    const timeline = await get('seed.timeline.json');
    expect(timeline).toMatchObject({ status: 200, type: 'application/json; charset=utf-8' });
    expect((JSON.parse(timeline.body) as { events: unknown[] }).events).toHaveLength(events.length);
    expect(timeline.body).toContain(`href=\\"/timelines/seed/${events[0]!.id}/\\"`);

    const csv = await get('seed.csv');
    expect(csv).toMatchObject({ status: 200, type: 'text/csv; charset=utf-8; header=present' });
    expect(csv.body.startsWith('\uFEFFid,date,')).toBe(true);

    const ics = await get('seed.ics');
    expect(ics).toMatchObject({ status: 200, type: 'text/calendar; charset=utf-8' });
    expect(ics.body.match(/\r\nBEGIN:VEVENT\r\n/g)).toHaveLength(events.length);

    expect(String((await get('nosuchstory.csv')).type)).not.toContain('text/csv');
  }, 30_000);
});
