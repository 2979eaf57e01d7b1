import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readHtmlMeta } from './htmlMeta.ts';

const meta = (head: string, body = '<p>Text.</p>') =>
  readHtmlMeta(parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document);

// Shapes as news CMSs write them: a WordPress/Yoast "@graph", a wire service's NewsArticle with an author
// list, an Open Graph-only page, a page with nothing but <title>.
describe('readHtmlMeta', () => {
  it('reads a JSON-LD @graph, following the publisher reference', () => {
    const m = meta(`<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
      {"@type":"Organization","@id":"https://gazette.example/#org","name":"Riverside Gazette"},
      {"@type":"WebPage","@id":"https://gazette.example/bridge/","url":"https://gazette.example/bridge/"},
      {"@type":["NewsArticle"],"headline":"Council approves new bridge","datePublished":"2024-03-05T18:20:00-05:00",
       "author":{"@type":"Person","name":"Ana Ruiz"},"publisher":{"@id":"https://gazette.example/#org"},
       "mainEntityOfPage":{"@id":"https://gazette.example/bridge/"}}]}</script>
      <meta property="og:title" content="Council approves new bridge | Riverside Gazette">`);
    expect(m).toEqual({
      title: 'Council approves new bridge',
      url: 'https://gazette.example/bridge/',
      publisher: 'Riverside Gazette',
      published: '2024-03-05T18:20:00-05:00',
      byline: 'Ana Ruiz',
    });
  });

  it('joins several JSON-LD authors and takes a top-level array of records', () => {
    const m = meta(`<script type="application/ld+json">[{"@type":"BreadcrumbList"},{"@type":"NewsArticle","headline":"Quake hits coast",
      "author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"Sam Lee"},"Kim Park"],"publisher":{"@type":"Organization","name":"Associated Press"}}]</script>`);
    expect(m).toMatchObject({ title: 'Quake hits coast', byline: 'Jane Doe, Sam Lee and Kim Park', publisher: 'Associated Press' });
  });

  it('falls back to Open Graph, article:published_time and the author meta tag', () => {
    const m = meta(`<title>Ignored - Site</title>
      <meta property="og:title" content="Mayor resigns"><meta property="og:site_name" content="The Daily Planet">
      <meta property="og:url" content="https://planet.example/mayor"><meta property="article:published_time" content="2019-07-01T09:00:00Z">
      <meta name="author" content="By Lois Lane"><meta property="article:author" content="https://www.facebook.com/lois">`);
    expect(m).toEqual({ title: 'Mayor resigns', url: 'https://planet.example/mayor', publisher: 'The Daily Planet', published: '2019-07-01T09:00:00Z', byline: 'Lois Lane' });
  });

  it('prefers a date that reads as ISO over an earlier one that does not', () => {
    const m = meta('<meta name="date" content="July 1, 2019"><meta name="parsely-pub-date" content="2019-07-01T10:00:00Z">');
    expect(m.published).toBe('2019-07-01T10:00:00Z');
    expect(meta('<meta name="date" content="July 1, 2019">').published).toBe('July 1, 2019');
  });

  it('reads <time datetime> and the NYT-style byl tag', () => {
    const m = meta('<meta name="byl" content="By Ellen Barry">', '<article><time datetime="2012-11-16">Nov. 16</time><p>Text.</p></article>');
    expect(m).toMatchObject({ byline: 'Ellen Barry', published: '2012-11-16' });
  });

  it('ignores a JSON-LD block that does not parse and keeps the other tags', () => {
    const m = meta(`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Broken",}</script>
      <meta property="og:title" content="From Open Graph">`);
    expect(m).toEqual({ title: 'From Open Graph' });
  });

  it('gives nothing but the <title> for a page without metadata', () => {
    expect(meta('<title>Plain page</title>')).toEqual({ title: 'Plain page' });
    expect(meta('')).toEqual({});
  });

  it('never takes a URL as the publisher or a non-web address as the url', () => {
    expect(meta('<meta property="og:site_name" content="https://x.example"><link rel="canonical" href="javascript:alert(1)">')).toEqual({});
  });
});
