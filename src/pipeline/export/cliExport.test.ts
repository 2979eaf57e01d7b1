import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SEED_DIR } from './fixtures/stories.ts';

const CLI = join(import.meta.dirname, '../cli.ts');
const tmp = mkdtempSync(join(tmpdir(), 'dateline-export-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('npm run extract -- <storyDir> --export <dir>', () => {
  it('writes the three exports, whole and key events only, beside the story JSON, links absolute with DATELINE_SITE_URL', () => {
    // A copy of the seed story: a build may write beside the articles (the id lock file), never in the repo here.
    const dir = join(tmp, 'us-officials-in-mexico-city');
    cpSync(SEED_DIR, dir, { recursive: true });
    const stdout = execFileSync(process.execPath, ['--import', 'tsx', CLI, dir, '--out', join(tmp, 'story.json'), '--export', join(tmp, 'exports')], {
      env: { ...process.env, DATELINE_SITE_URL: 'https://news.example.org' },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(stdout).toBe(''); // the story went to --out
    const files = readdirSync(join(tmp, 'exports')).sort();
    const id = 'us-officials-in-mexico-city';
    // The whole story's three, and its key events' alone.
    expect(files).toEqual([`${id}.csv`, `${id}.ics`, `${id}.key.csv`, `${id}.key.ics`, `${id}.key.timeline.json`, `${id}.timeline.json`]);
    const story = JSON.parse(readFileSync(join(tmp, 'story.json'), 'utf8')) as { events: { id: string; key?: boolean }[] };
    const keyTimeline = JSON.parse(readFileSync(join(tmp, 'exports', `${id}.key.timeline.json`), 'utf8')) as { events: { unique_id: string }[] };
    expect(keyTimeline.events.map((e) => e.unique_id)).toEqual(story.events.filter((e) => e.key === true).map((e) => e.id));
    const timeline = JSON.parse(readFileSync(join(tmp, 'exports', `${id}.timeline.json`), 'utf8')) as { events: { unique_id: string; text: { text: string } }[] };
    expect(timeline.events.map((e) => e.unique_id)).toEqual(story.events.map((e) => e.id));
    expect(timeline.events[0]!.text.text).toContain(`href="https://news.example.org/${id}/${story.events[0]!.id}/"`);
    expect(readFileSync(join(tmp, 'exports', `${id}.ics`), 'utf8')).toContain('\r\nURL:https://news.example.org/');
  }, 60_000); // a child process that loads the pipeline: seconds when the suite keeps both cores busy
});
