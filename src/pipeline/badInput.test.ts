/**
 * One broken article never stops a story: a folder holding an empty file, a binary file, a Windows-1252
 * file, a 5 MB file, a hostile HTML page and malformed front matter still builds, each problem is a
 * warning naming its file, and the good articles come through intact.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateStory } from '../schema/index.ts';
import { buildStory } from './run.ts';
import type { InputFile } from './types.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const fixtures = join(import.meta.dirname, '../../e2e/fixtures/stories/hostile');
const good = 'The city council on Tuesday approved the new budget after a debate that lasted four hours.\n\nThe mayor said the vote would let work on the bridge begin next spring.\n';
const para = 'The committee met again on Monday and heard more testimony about the river crossing. ';

function files(): InputFile[] {
  return [
    { name: 'a-good.txt', bytes: utf8(good) },
    { name: 'b-empty.txt', bytes: new Uint8Array() },
    { name: 'c-binary.txt', bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1]) },
    { name: 'cp1252.txt', bytes: readFileSync(join(fixtures, 'cp1252.txt')) },
    { name: 'd-huge.txt', bytes: utf8(para.repeat(Math.ceil((5 * 1024 * 1024) / para.length))) },
    { name: 'page.html', bytes: readFileSync(join(fixtures, 'page.html')) },
    { name: 'e-broken.md', bytes: utf8('---\ntitle: [unclosed\n---\nResidents protested outside city hall on Wednesday against the plan.\n') },
  ];
}

describe('a story folder with bad input', () => {
  const story = buildStory({ id: 'bad-input', meta: {}, files: files() });
  const byFile = (name: string) => story.warnings.filter((w) => w.file === name);

  it('builds a valid story from what can be read', () => {
    expect(validateStory(story).ok).toBe(true);
    expect(story.articles.map((a) => a.file)).toEqual(['a-good.txt', 'cp1252.txt', 'd-huge.txt', 'e-broken.md', 'page.html']);
  });

  it('warns once per problem, naming the file', () => {
    expect(byFile('b-empty.txt').map((w) => w.code)).toEqual(['empty']);
    expect(byFile('c-binary.txt').map((w) => w.code)).toEqual(['binary']);
    expect(byFile('cp1252.txt').map((w) => w.code)).toEqual(['encoding']);
    expect(byFile('d-huge.txt').map((w) => w.code)).toEqual(['too-large']);
    expect(byFile('e-broken.md').map((w) => w.code)).toEqual(['front-matter']);
    for (const w of story.warnings) expect(w.message.startsWith(`${w.file}: `)).toBe(true);
  });

  it('keeps the good articles intact', () => {
    expect(story.articles[0]!.text).toBe(good.trimEnd());
    expect(story.articles.find((a) => a.file === 'cp1252.txt')!.text).toContain('Café owners in the old town said on Monday that the “new rules”');
    expect(story.articles.find((a) => a.file === 'e-broken.md')!.text).toBe('Residents protested outside city hall on Wednesday against the plan.');
  });

  it('keeps a hostile page as text only', () => {
    const page = story.articles.find((a) => a.file === 'page.html')!;
    expect(page.title).toBe('Council approves new bridge after long debate');
    expect(page.text).toContain('The city council on Tuesday approved a new pedestrian bridge');
    expect(page.text).not.toMatch(/__pwned|onerror|javascript:/);
  });
});
