import { describe, expect, it } from 'vitest';
import { seedDevServer } from './fixtures/devServer.ts';

// `npm run dev`: the stories plugin serves each story's exports from memory, as the build writes them.
const dev = seedDevServer('dateline-dev-');

describe('the dev server', () => {
  it('serves the story and its three exports under the base path, each with its content type', async () => {
    const get = async (file: string) => {
      const response = await fetch(`${dev.url()}data/stories/${file}`);
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

    const events2 = JSON.parse(story.body) as { events: { key?: boolean }[] };
    const keyCsv = await get('seed.key.csv');
    expect(keyCsv).toMatchObject({ status: 200, type: 'text/csv; charset=utf-8; header=present' });
    expect(keyCsv.body.split('\r\n').filter(Boolean)).toHaveLength(events2.events.filter((e) => e.key === true).length + 1);

    expect(String((await get('nosuchstory.csv')).type)).not.toContain('text/csv');
  }, 30_000);
});
