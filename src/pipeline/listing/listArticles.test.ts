import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readStoryDir } from '../io.ts';
import { globToRegExp } from './glob.ts';
import { splitTable } from './indexFile.ts';

const made: string[] = [];
afterEach(() => { for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true }); });

function folder(files: Record<string, string | object>): string {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-listing-'));
  made.push(dir);
  for (const [path, body] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), typeof body === 'string' ? body : JSON.stringify(body));
  }
  return dir;
}

const text = (s: string) => `${s} The minister said on Monday that talks would resume.`;
const names = (dir: string) => readStoryDir(dir).files.map((f) => f.name);
const warnings = (dir: string) => (readStoryDir(dir).warnings ?? []).map((w) => w.message);

describe('globToRegExp', () => {
  it('matches *, ?, ** and {a,b} on relative paths', () => {
    const re = globToRegExp('articles/**/*.{txt,html}');
    expect(re.test('articles/a.txt')).toBe(true);
    expect(re.test('articles/2009-04-24/003.txt')).toBe(true);
    expect(re.test('articles/2009-04-24/003.md')).toBe(false);
    expect(re.test('other/a.txt')).toBe(false);
    expect(globToRegExp('*.txt').test('sub/a.txt')).toBe(false);
    expect(globToRegExp('a?.txt').test('ab.txt')).toBe(true);
    expect(globToRegExp('a.txt').test('abtxt')).toBe(false);
  });
});

describe('splitTable', () => {
  it('reads quoted CSV cells with commas, quotes and line breaks', () => {
    expect(splitTable('file,title\n"a.txt","Hello, ""world""\nagain"\n', true)).toEqual([['file', 'title'], ['a.txt', 'Hello, "world"\nagain'], []]);
  });
});

describe('the articles of a story folder', () => {
  it('a cluster folder: summary.txt and meta.json are not articles', () => {
    const dir = folder({ 'article_01.txt': text('One.'), 'article_02.txt': text('Two.'), 'summary.txt': 'A summary.', 'meta.json': { n: 2 } });
    expect(names(dir)).toEqual(['article_01.txt', 'article_02.txt']);
  });

  it('a folder without article_NN files keeps its summary.txt as an article', () => {
    const dir = folder({ 'a.txt': text('A.'), 'summary.txt': text('Summary.') });
    expect(names(dir)).toEqual(['a.txt', 'summary.txt']);
  });

  it('"include" reads articles in subfolders, named by their path, and leaves out what it does not match', () => {
    const dir = folder({
      'story.json': { title: 'Long story', include: ['articles/**/*.txt'], articles: { 'articles/day2/b.txt': { publisher: 'Reuters' } } },
      'articles/day1/a.txt': text('A.'),
      'articles/day2/b.txt': text('B.'),
      'articles/notes.md': 'not matched',
      'README.txt': 'not matched',
    });
    const input = readStoryDir(dir);
    expect(input.files.map((f) => f.name)).toEqual(['articles_day1_a.txt', 'articles_day2_b.txt']);
    expect(input.meta.title).toBe('Long story');
    expect(input.meta.articles?.['articles_day2_b.txt']).toEqual({ publisher: 'Reuters' });
    expect(input.warnings ?? []).toEqual([]);
  });

  it('"index" reads a Timeline17-style table with its publication dates; story.json entries win field by field', () => {
    const dir = folder({
      'story.json': {
        index: { file: 'articles_index.tsv', path: 'file', published: 'pub_date' },
        articles: { 'articles/2009-04-25/001.txt': { published: '2009-04-26', publisher: 'AP' } },
      },
      'articles_index.tsv': 'file\tpub_date\tchars\narticles/2009-04-24/003.txt\t2009-04-24\t10\narticles/2009-04-25/001.txt\t2009-04-25\t12\n',
      'articles/2009-04-24/003.txt': text('A.'),
      'articles/2009-04-25/001.txt': text('B.'),
      'gold_timeline_1.txt': 'not an article',
    });
    const input = readStoryDir(dir);
    expect(input.files.map((f) => f.name)).toEqual(['articles_2009-04-24_003.txt', 'articles_2009-04-25_001.txt']);
    expect(input.meta.articles?.['articles_2009-04-24_003.txt']).toEqual({ published: '2009-04-24' });
    expect(input.meta.articles?.['articles_2009-04-25_001.txt']).toEqual({ published: '2009-04-26', publisher: 'AP' });
    expect(input.warnings ?? []).toEqual([]);
  });

  it('a Timeline17 topic with a story.json index is read from the index, not as the built-in topic', () => {
    const dir = folder({
      'story.json': { index: { file: 'articles_index.tsv', published: 'pub_date' } },
      'articles_index.tsv': 'file\tpub_date\narticles/2009-04-24/003.txt\t2009-04-24\n',
      'articles/2009-04-24/003.txt': text('A.'),
    });
    expect(names(dir)).toEqual(['articles_2009-04-24_003.txt']);
  });

  it('"index" and "include" together: each file once', () => {
    const dir = folder({
      'story.json': { index: { file: 'list.csv', title: 'title' }, include: ['extra/*.txt', 'list/*.txt'] },
      'list.csv': 'file,title\nlist/a.txt,"First, with a comma"\n',
      'list/a.txt': text('A.'),
      'extra/b.txt': text('B.'),
    });
    const input = readStoryDir(dir);
    expect(input.files.map((f) => f.name)).toEqual(['extra_b.txt', 'list_a.txt']);
    expect(input.meta.articles?.['list_a.txt']).toEqual({ title: 'First, with a comma' });
  });

  it('bad entries are warnings naming story.json and the entry; the rest still builds', () => {
    const dir = folder({
      'story.json': {
        include: ['../outside/*.txt', 7, '/abs/*.txt', 'nothing/*.txt', 'articles/*.txt'],
        index: { file: 'index.tsv', path: 'path', published: 'date', colour: 'x' },
      },
      'index.tsv': 'path\tdate\narticles/a.txt\t24 April 2009\nmissing.txt\t2009-04-24\n\t2009-04-25\narticles/a.txt\t2009-04-24\n',
      'articles/a.txt': text('A.'),
      'articles/b.txt': text('B.'),
    });
    const input = readStoryDir(dir);
    expect(input.files.map((f) => f.name)).toEqual(['articles_a.txt', 'articles_b.txt']);
    const messages = (input.warnings ?? []).map((w) => `${w.file}|${w.code}|${w.message}`);
    expect(messages).toEqual([
      'story.json|story-json|story.json: "include[0]" ("../outside/*.txt") leaves the story folder (".."); ignored',
      'story.json|story-json|story.json: "include[1]" must be a string such as "articles/**/*.txt"; ignored',
      'story.json|story-json|story.json: "include[2]" ("/abs/*.txt") is an absolute path; patterns are relative to the story folder; ignored',
      'story.json|story-json|story.json: "index" has unknown field "colour" (known: file, path, published, title, url, publisher, byline); ignored',
      'story.json|story-json|story.json: index: index.tsv line 2: "24 April 2009" in column "date" is not an ISO date (YYYY-MM-DD); articles/a.txt is read without it',
      'story.json|story-json|story.json: index: index.tsv line 4: no file in column "path"; row skipped',
      'story.json|story-json|story.json: index: index.tsv line 3: "missing.txt" is not a file in the story folder; row skipped',
      'story.json|story-json|story.json: index: index.tsv line 5: "articles/a.txt" is listed twice; the first row is kept',
      'story.json|story-json|story.json: "include" pattern "nothing/*.txt" matches no file in the story folder',
    ]);
  });

  it('an index that is missing or lacks a named column says so', () => {
    expect(warnings(folder({ 'story.json': { index: { file: 'nope.tsv' } }, 'a.txt': text('A.') }))).toEqual([
      'story.json: index file "nope.tsv" not found in the story folder; index ignored',
    ]);
    expect(warnings(folder({ 'story.json': { index: { file: 'i.tsv', path: 'file', published: 'pub' } }, 'i.tsv': 'file\tdate\na.txt\t2009-01-01\n', 'a.txt': text('A.') }))).toEqual([
      'story.json: index: i.tsv has no column "pub" (index.published); its header is "file", "date"',
    ]);
    expect(warnings(folder({ 'story.json': { include: 'x' }, 'a.txt': text('A.') }))).toEqual(['story.json: "include" pattern "x" matches no file in the story folder']);
    expect(warnings(folder({ 'story.json': { include: { a: 1 } }, 'a.txt': text('A.') }))).toEqual([
      'story.json: "include" must be a list of glob patterns such as ["articles/**/*.txt"]; ignored',
    ]);
  });

  it('story.json, the lock file, edits.json and the index are never articles, even when a pattern matches them', () => {
    const dir = folder({ 'story.json': { include: ['*'], index: 'i.tsv' }, 'i.tsv': 'file\na.txt\n', 'a.txt': text('A.'), 'edits.json': '{}', 'dateline.lock.json': '{}' });
    expect(names(dir)).toEqual(['a.txt']);
  });
});
