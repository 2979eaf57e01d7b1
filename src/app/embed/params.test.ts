import { describe, expect, it } from 'vitest';
import { clampHeight, DEFAULT_HEIGHT, embedUrl, parseEmbedParams } from './params.ts';

describe('the embed address', () => {
  it('reads story, event, theme, height and compact', () => {
    expect(parseEmbedParams('?story=seed&event=dhs-orders&theme=dark&height=700&compact=1')).toEqual({
      storyId: 'seed', eventId: 'dhs-orders', theme: 'dark', height: 700, compact: true,
    });
  });
  it('falls back to auto theme, the default height and the full header', () => {
    expect(parseEmbedParams('?story=seed')).toEqual({ storyId: 'seed', eventId: null, theme: 'auto', height: DEFAULT_HEIGHT, compact: false });
    expect(parseEmbedParams('?story=seed&theme=neon&compact=yes').theme).toBe('auto');
  });
  it('reads and writes key=1 (open on the key events only); absent, it is left out', () => {
    expect(parseEmbedParams('?story=seed&key=1')).toMatchObject({ storyId: 'seed', key: true });
    expect(parseEmbedParams('?story=seed&key=yes')).not.toHaveProperty('key');
    expect(embedUrl('/', { storyId: 'seed', eventId: null, theme: 'auto', height: DEFAULT_HEIGHT, compact: false, key: true })).toBe('/embed.html?story=seed&key=1');
    expect(embedUrl('/', { storyId: 'seed', eventId: null, theme: 'auto', height: DEFAULT_HEIGHT, compact: false, key: false })).toBe('/embed.html?story=seed');
  });
  it('drops ids that are not slugs instead of passing them on', () => {
    expect(parseEmbedParams('?story=%3Cscript%3E&event=../x')).toMatchObject({ storyId: null, eventId: null });
  });
  it('keeps the height within what the layout can use', () => {
    expect(clampHeight('100')).toBe(320);
    expect(clampHeight('99999')).toBe(2000);
    expect(clampHeight('12px')).toBe(DEFAULT_HEIGHT);
    expect(clampHeight(' 480 ')).toBe(480);
  });
  it('writes what it reads, leaving defaults out', () => {
    const p = { storyId: 'seed', eventId: 'dhs-orders', theme: 'light' as const, height: 640, compact: true };
    const url = embedUrl('https://example.org/t/', p);
    expect(url).toBe('https://example.org/t/embed.html?story=seed&event=dhs-orders&theme=light&height=640&compact=1');
    expect(parseEmbedParams(new URL(url).search)).toEqual(p);
    expect(embedUrl('/', { storyId: 'seed', eventId: null, theme: 'auto', height: DEFAULT_HEIGHT, compact: false })).toBe('/embed.html?story=seed');
  });
});
