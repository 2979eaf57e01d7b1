import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest, MAX_TEXT_CHARS } from './index.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const hostile = join(import.meta.dirname, '../../../e2e/fixtures/stories/hostile');

describe('ingest', () => {
  it('skips an empty file with a warning that names it', () => {
    const { doc, warnings } = ingest({ name: 'empty.txt', bytes: new Uint8Array() });
    expect(doc).toBeNull();
    expect(warnings).toEqual([expect.objectContaining({ file: 'empty.txt', code: 'empty' })]);
    expect(warnings[0]!.message).toMatch(/^empty\.txt: /);
  });

  it('treats a file of white space as empty', () => {
    expect(ingest({ name: 'blank.md', bytes: utf8(' \n\n\t\n') }).warnings[0]!.code).toBe('empty');
  });

  it('refuses a binary file (a PNG saved as .txt) with a warning', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3]);
    const { doc, warnings } = ingest({ name: 'photo.txt', bytes: png });
    expect(doc).toBeNull();
    expect(warnings[0]).toMatchObject({ file: 'photo.txt', code: 'binary' });
  });

  it('decodes Windows-1252 curly quotes, euro sign and accents, and says so', () => {
    const { doc, warnings } = ingest({ name: 'cp1252.txt', bytes: readFileSync(join(hostile, 'cp1252.txt')) });
    expect(doc!.text).toContain('Café owners');
    expect(doc!.text).toContain('“new rules”');
    expect(doc!.text).toContain('€ 2,000 a year – a sum');
    expect(doc!.encoding).toBe('windows-1252');
    expect(warnings[0]).toMatchObject({ file: 'cp1252.txt', code: 'encoding' });
  });

  it('decodes UTF-16 with a byte-order mark', () => {
    const text = 'Peña Nieto met Kelly on Thursday.';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) bytes.set([text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8], 2 + i * 2);
    const { doc } = ingest({ name: 'utf16.txt', bytes });
    expect(doc!.text).toBe(text);
    expect(doc!.encoding).toBe('UTF-16LE');
  });

  it('strips a UTF-8 byte-order mark and normalizes CRLF line ends', () => {
    const { doc, warnings } = ingest({ name: 'a.txt', bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('One.\r\n\r\nTwo.')]) });
    expect(doc!.text).toBe('One.\n\nTwo.');
    expect(warnings).toEqual([]);
  });

  it('cuts a 5 MB file to the text limit with a warning, keeping its start', () => {
    const para = 'The council met on Tuesday and approved the budget after a long debate. ';
    const big = utf8(para.repeat(Math.ceil((5 * 1024 * 1024) / para.length)));
    const { doc, warnings } = ingest({ name: 'big.txt', bytes: big });
    expect(big.length).toBeGreaterThanOrEqual(5 * 1024 * 1024);
    expect(doc!.text.length).toBe(MAX_TEXT_CHARS);
    expect(doc!.text.startsWith(para)).toBe(true);
    expect(warnings[0]).toMatchObject({ file: 'big.txt', code: 'too-large' });
  });

  it('reads Markdown front matter and strips markup from the body', () => {
    const md = '---\ntitle: Bridge approved\npublished: 2021-03-04\nurl: https://example.org/b\n---\n# Bridge approved\n\nThe **council** voted on [Tuesday](https://example.org).\n';
    const { doc, warnings } = ingest({ name: 'b.md', bytes: utf8(md) });
    expect(warnings).toEqual([]);
    expect(doc!.meta).toEqual({ title: 'Bridge approved', published: '2021-03-04', url: 'https://example.org/b' });
    expect(doc!.text).toBe('Bridge approved\n\nThe council voted on Tuesday.\n');
  });

  it('keeps the article when its front matter is malformed, with a warning naming the file', () => {
    const md = '---\ntitle: "unclosed\npublished: [2021\n---\nThe council voted on Tuesday to approve the bridge.\n';
    const { doc, warnings } = ingest({ name: 'broken.md', bytes: utf8(md) });
    expect(doc!.text).toContain('The council voted on Tuesday');
    expect(doc!.meta).toEqual({});
    expect(warnings[0]).toMatchObject({ file: 'broken.md', code: 'front-matter' });
    expect(warnings[0]!.message).toMatch(/^broken\.md: front matter is not valid YAML/);
  });

  it('keeps the article when front matter never closes', () => {
    const { doc, warnings } = ingest({ name: 'open.md', bytes: utf8('---\ntitle: x\nThe mayor resigned on Monday.\n') });
    expect(doc!.text).toContain('The mayor resigned on Monday.');
    expect(warnings[0]!.code).toBe('front-matter');
  });

  it('extracts an HTML article as text: no script, no handlers, markup-looking text kept as text', () => {
    const { doc } = ingest({ name: 'page.html', bytes: readFileSync(join(hostile, 'page.html')) });
    const text = doc!.text;
    expect(text).toContain('The city council on Tuesday approved a new pedestrian bridge');
    expect(text).toContain('<script>alert("hi")</script>');
    expect(text).not.toMatch(/__pwned|onerror|onload|onclick|javascript:/);
    expect(text).not.toContain('Sport');
    expect(doc!.meta.title).toBe('Council approves new bridge after long debate');
    expect(doc!.meta.publisher).toBe('Riverside Gazette');
  });

  it('lets story.json metadata win over front matter', () => {
    const md = '---\ntitle: From front matter\npublisher: Front\n---\nText of the article.\n';
    const { doc } = ingest({ name: 'c.md', bytes: utf8(md) }, { title: 'From story.json' });
    expect(doc!.meta).toEqual({ title: 'From story.json', publisher: 'Front' });
  });

  it('skips files that are not articles', () => {
    expect(ingest({ name: 'notes.csv', bytes: utf8('a,b') }).warnings[0]).toMatchObject({ file: 'notes.csv', code: 'unsupported' });
  });

  it('replaces control characters so they never reach the text', () => {
    const { doc } = ingest({ name: 'ctl.txt', bytes: utf8('Kelly\u0007 spoke\u001b on Thursday.\fThen left.') });
    expect(doc!.text).toBe('Kelly  spoke  on Thursday. Then left.');
  });
});
