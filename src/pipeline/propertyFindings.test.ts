/**
 * Counterexamples the property tests (inputs.property.test.ts) found, kept as plain unit tests so that
 * each bug stays fixed whatever the generators draw.
 */
import { describe, expect, it } from 'vitest';
import { validateStory } from '../schema/index.ts';
import { ingest } from './ingest/index.ts';
import { buildStory } from './run.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('found by the property tests', () => {
  it('reads an .htm file with no element in it as text instead of throwing (linkedom gives it no <html>)', () => {
    // seed 1313: Markdown front matter saved as a.htm crashed ingest with "Cannot destructure property 'firstElementChild'".
    const frontMatter = '---\ntitle: The vote\npublished: 2017-02-24\npublisher: Daily\n---\n';
    expect(ingest({ name: 'a.htm', bytes: utf8(frontMatter) }).doc?.text).toBe('--- title: The vote published: 2017-02-24 publisher: Daily ---');
    expect(ingest({ name: 'b.html', bytes: utf8('The council met on Tuesday.') }).doc?.text).toBe('The council met on Tuesday.');
    expect(ingest({ name: 'c.html', bytes: utf8('<!-- only a comment -->') }).warnings.map((w) => w.code)).toEqual(['empty']);
  });

  it('keeps one article per id when two files share a stem, and names the other file', () => {
    // seed 1313: "a.txt" and "a.markdown" both became article "a", and the story failed its own validation.
    const story = buildStory({ id: 'twins', meta: {}, files: [{ name: 'a.txt', bytes: utf8('The council met on Tuesday.') }, { name: 'a.markdown', bytes: utf8('Protesters gathered on Wednesday.') }] });
    expect(validateStory(story).ok).toBe(true);
    expect(story.articles.map((a) => [a.id, a.file])).toEqual([['a', 'a.markdown']]);
    expect(story.warnings).toContainEqual({ file: 'a.txt', code: 'duplicate-id', message: 'a.txt: a.markdown already gives the article id "a"; skipped (rename one of them)' });
  });
});
