/**
 * Property-based tests over the pipeline's inputs (issue 13, item 8), with fast-check: whatever a story
 * folder holds (arbitrary bytes; UTF-8 with and without a BOM, UTF-16 with a BOM, Windows-1252; .txt,
 * .html, .md with front matter, other extensions; empty and binary files; names whose stems collide),
 *   1. buildStory never throws, and its document validates (validateStory);
 *   2. a rebuild, from the same files in any order, gives byte-identical JSON (serialize);
 *   3. every input file is accounted for: an article of the story, or a warning naming the file.
 * A fixed seed and a bounded number of runs keep `npm test` deterministic and within a few seconds; a
 * failure prints the seed and the shrunk counterexample, which then becomes a regular unit test.
 */
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateStory, type Story } from '../schema/index.ts';
import { readStoryDir } from './io.ts';
import { buildStory, type StoryInput } from './run.ts';
import { serialize } from './story/serialize.ts';
import type { InputFile } from './types.ts';

/** Fixed for `npm test`; PROPERTY_SEED and PROPERTY_RUNS explore further by hand (say, 20 000 runs). */
const SEED = Number(process.env.PROPERTY_SEED ?? 1313);
const RUNS = Number(process.env.PROPERTY_RUNS ?? 100);

/** Sentences of news with dates, so that generated stories reach the dating, events and merge stages. */
const SENTENCES = [
  'The council approved the budget on Tuesday after a four-hour debate.',
  'Officials said on Feb. 21, 2017 that the bridge would open next spring.',
  'Protesters gathered outside city hall on Wednesday, police said.',
  'The minister resigned last week amid the scandal.',
  'Voting began at 7 a.m. on March 3 and ended at 8 p.m.',
  '"We will rebuild," the mayor told reporters on Monday.',
  'Share this article', 'Subscribe to our newsletter', 'Advertisement', '© 2017 The Daily News',
  'By Jane Doe, Reuters', 'WASHINGTON (AP) —', 'Last Updated : Feb 24 2017 | 3:21 PM IST',
  'In 1918, the flu killed millions; in April it reached the city.',
  'Café owners said the “new rules” – announced in 2016 – hurt trade.',
];

const newsText = fc.array(fc.oneof(fc.constantFrom(...SENTENCES), fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 30 })), { maxLength: 12 })
  .chain((parts) => fc.array(fc.constantFrom(' ', '\n', '\n\n', '\r\n', '\t'), { minLength: parts.length, maxLength: parts.length }).map((seps) => parts.map((p, i) => p + seps[i]).join('')));

const html = newsText.chain((text) => fc.record({
  title: fc.oneof(fc.constant(''), fc.string({ maxLength: 30 })),
  meta: fc.constantFrom('', '<meta property="article:published_time" content="2017-02-24T10:00:00Z">', '<meta property="og:site_name" content="Daily">', '<meta name="author" content="<b>x</b>">', '<meta property="article:published_time" content="not a date">'),
  wrap: fc.constantFrom(['<article>', '</article>'], ['<div><p>', '</p></div>'], ['', ''], ['<script>', '</script>'], ['<p onclick="x()">', '']),
}).map(({ title, meta, wrap }) => `<!doctype html><html><head><title>${title}</title>${meta}</head><body>${wrap[0]}${text.split('\n').map((l) => `<p>${l}</p>`).join('')}${wrap[1]}</body></html>`));

const markdown = fc.tuple(fc.oneof(
  fc.constant(''),
  fc.constant('---\ntitle: The vote\npublished: 2017-02-24\npublisher: Daily\n---\n'),
  fc.constant('---\npublished: not a date\n---\n'),
  fc.constant('---\ntitle: [unclosed\n---\n'),
  fc.string({ maxLength: 40 }).map((s) => `---\n${s}\n---\n`),
), newsText, fc.constantFrom('', '# ', '> ', '* ', '[link](http://x) ')).map(([front, body, mark]) => front + mark + body);

/** Text in one of the encodings a scrape arrives in. */
const encoded = (text: fc.Arbitrary<string>) => fc.tuple(text, fc.constantFrom('utf8', 'utf8-bom', 'utf16le-bom', 'utf16be-bom', 'windows-1252')).map(([t, enc]) => {
  switch (enc) {
    case 'utf8': return new TextEncoder().encode(t);
    case 'utf8-bom': return new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(t)]);
    case 'utf16le-bom': return new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]));
    case 'utf16be-bom': return new Uint8Array(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(t, 'utf16le').swap16()]));
    default: return new Uint8Array(iconv.encode(t, 'windows-1252'));
  }
});

const bytes = fc.oneof(
  { weight: 4, arbitrary: encoded(newsText) },
  { weight: 2, arbitrary: encoded(html) },
  { weight: 2, arbitrary: encoded(markdown) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }) },
  { weight: 1, arbitrary: fc.constantFrom(new Uint8Array(), new TextEncoder().encode(' \n\t\n'), new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46])) },
);

/** Names from a few stems and many extensions, so that "a.txt" and "a.md" (one article id) meet. */
const name = fc.tuple(fc.constantFrom('a', 'b', 'article_01', 'Story Notes', 'x-1', 'é'), fc.constantFrom('.txt', '.TXT', '.text', '.html', '.htm', '.md', '.markdown', '.json', '.pdf', '', '.txt.bak'))
  .map(([stem, ext]) => stem + ext);

const folder = fc.uniqueArray(fc.record({ name, bytes }), { selector: (f) => f.name, maxLength: 6 });

/** story.json's metadata, as an editor might get it wrong: any date string, empty or odd titles. */
const published = fc.oneof(fc.constantFrom('2017-02-24', '2017-02-24T10:00:00Z', '2009-04-30T23:59:59-05:00', '1999-12-31', '2017-13-45', '24/02/2017', '', 'yesterday'), fc.string({ maxLength: 20 }));
const articleMeta = fc.record({ published, title: fc.string({ maxLength: 20 }), publisher: fc.string({ maxLength: 20 }), url: fc.constantFrom('https://example.com/a', 'not a url', 'javascript:alert(1)') }, { requiredKeys: [] });
const storyMeta = fc.record({
  title: fc.string({ maxLength: 30 }),
  articles: fc.dictionary(fc.constantFrom('a', 'a.txt', 'b.md', 'article_01', 'article_01.html', 'x-1.htm'), articleMeta, { maxKeys: 3 }),
}, { requiredKeys: [] });

const input = (files: InputFile[], meta: StoryInput['meta'] = {}): StoryInput => ({ id: 'property', meta, files });

function accounted(story: Story, files: InputFile[]): string[] {
  const named = new Set([...story.articles.map((a) => a.file), ...story.warnings.map((w) => w.file)]);
  return files.map((f) => f.name).filter((n) => !named.has(n));
}

describe('any story folder', () => {
  it('builds without throwing, validates, rebuilds byte-identically in any file order, and accounts for every file', () => {
    // The inputs must reach every stage, not only ingest's refusals: count the stories with events.
    let withEvents = 0;
    fc.assert(fc.property(folder, storyMeta, (files, meta) => {
      const story = buildStory(input(files, meta));
      if (story.events.length) withEvents++;
      const valid = validateStory(JSON.parse(serialize(story)));
      expect(valid.ok ? [] : valid.errors).toEqual([]);
      expect(serialize(buildStory(input([...files].reverse(), meta)))).toBe(serialize(story));
      expect(accounted(story, files)).toEqual([]);
    }), { seed: SEED, numRuns: RUNS });
    expect(withEvents).toBeGreaterThan(RUNS / 5);
  }, 60_000);

  it('does the same read from disk, through readStoryDir', () => {
    const root = mkdtempSync(join(tmpdir(), 'dateline-property-'));
    try {
      let n = 0;
      // story.json too: valid metadata, or any bytes (then a warning, and the story builds without it).
      const storyJson = fc.option(fc.oneof(storyMeta.map((m) => new TextEncoder().encode(JSON.stringify(m))), bytes), { nil: undefined });
      fc.assert(fc.property(folder, storyJson, (files, json) => {
        const dir = join(root, `story-${n++}`);
        mkdirSync(dir);
        for (const f of files) writeFileSync(join(dir, f.name), f.bytes);
        if (json) writeFileSync(join(dir, 'story.json'), json);
        const story = buildStory(readStoryDir(dir));
        expect(validateStory(JSON.parse(serialize(story))).ok).toBe(true);
        expect(serialize(buildStory(readStoryDir(dir)))).toBe(serialize(story));
        expect(accounted(story, files)).toEqual([]);
      }), { seed: SEED, numRuns: Math.ceil(RUNS / 5) });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 60_000);
});
