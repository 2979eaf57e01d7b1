import { describe, expect, it } from 'vitest';
import { deepLink, embedSnippet, fullTimelineLink, siteRoot } from './snippet.ts';

describe('share texts', () => {
  it('makes absolute deep links under the site base', () => {
    const root = siteRoot('https://example.org', '/timelines/');
    expect(root).toBe('https://example.org/timelines/');
    expect(deepLink(root, 'seed', 'dhs-orders')).toBe('https://example.org/timelines/seed/dhs-orders/');
    expect(deepLink(root, 'seed', null)).toBe('https://example.org/timelines/seed/');
  });
  it('opens the full timeline on what the embed shows: its key filter and the passage in its reader', () => {
    const link = 'https://example.org/seed/dhs-orders/';
    expect(fullTimelineLink(link, false, null)).toBe(link);
    expect(fullTimelineLink(link, true, null)).toBe(`${link}?key=1`);
    expect(fullTimelineLink(link, false, { articleId: 'a-1', at: 120 })).toBe(`${link}?read=a-1&at=120`);
    expect(fullTimelineLink(link, true, { articleId: 'a-1', at: 120, to: 128 })).toBe(`${link}?key=1&read=a-1&at=120&to=128`);
    expect(fullTimelineLink(link, false, { articleId: 'a-1', at: null })).toBe(`${link}?read=a-1`);
  });
  it('writes an iframe with the host script, its height as the preferred height', () => {
    const code = embedSnippet('https://example.org/', { storyId: 'seed', eventId: 'dhs-orders', theme: 'dark', height: 640, compact: false }, 'Kelly in Mexico');
    expect(code).toBe(
      '<iframe data-dateline src="https://example.org/embed.html?story=seed&amp;event=dhs-orders&amp;theme=dark&amp;height=640" title="Timeline: Kelly in Mexico" height="640" style="border:0;width:100%" loading="lazy"></iframe>\n' +
        '<script src="https://example.org/embed.js" defer></script>',
    );
  });
  it('puts the height in the address even at its default (else the embed sized itself to its content)', () => {
    const code = embedSnippet('https://example.org/', { storyId: 's', eventId: null, theme: 'auto', height: 600, compact: false }, 'T');
    expect(code).toContain('src="https://example.org/embed.html?story=s&amp;height=600"');
    expect(code).not.toContain('width="100%"');
  });
  it('escapes a story title that looks like markup', () => {
    const code = embedSnippet('https://example.org/', { storyId: 's', eventId: null, theme: 'auto', height: 600, compact: false }, '"><script>alert(1)</script>');
    expect(code).toContain('title="Timeline: &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(code.match(/<script/g)).toHaveLength(1);
  });
});
