import { describe, expect, it } from 'vitest';
import type { Story } from '../../schema/story.ts';
import { seedDevServer } from '../export/fixtures/devServer.ts';
import { splitStoryFiles } from './split.ts';

// `npm run dev` serves each story split as the production build writes it (outline, chunks, texts).
const dev = seedDevServer('dateline-split-');

describe('the dev server', () => {
  it('serves the story’s outline, detail chunks, article texts and search texts, byte for byte as the build splits it', async () => {
    const story = (await (await fetch(`${dev.url()}data/stories/seed.json`)).json()) as Story;
    const files = splitStoryFiles(story);
    expect(files.some((f) => f.fileName.includes('/events/'))).toBe(true);
    for (const f of files) {
      const response = await fetch(`${dev.url()}${f.fileName}`);
      expect(response.status, f.fileName).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(await response.text(), f.fileName).toBe(f.body);
    }
    const missing = await fetch(`${dev.url()}data/stories/seed/events/999.json`);
    expect(String(missing.headers.get('content-type'))).not.toContain('application/json');
    const other = await fetch(`${dev.url()}data/stories/nosuchstory/index.json`);
    expect(String(other.headers.get('content-type'))).not.toContain('application/json');
  }, 60_000);
});
