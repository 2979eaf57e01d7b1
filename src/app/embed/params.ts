/**
 * The embed's own address, a stable public contract that hosts paste into their pages:
 *
 *   embed.html?story=<id>&event=<id>&theme=light|dark|auto&height=<px>&compact=1&key=1
 *
 * story is required; event opens that event; theme forces a colour scheme (auto follows the reader's
 * system); height is the embed's preferred height in CSS pixels (the timeline and panels fit it; the
 * iframe still grows if the content needs more); compact=1 shrinks the header to one line; key=1 opens on
 * the story's key events only (the reader can still show all of them).
 */
import { isValidId } from './messages.ts';

export type Theme = 'light' | 'dark' | 'auto';

export type EmbedParams = {
  storyId: string | null;
  eventId: string | null;
  theme: Theme;
  height: number;
  compact: boolean;
  /** Open on the key events only. */
  key?: boolean;
};

export const DEFAULT_HEIGHT = 600;
export const MIN_HEIGHT = 320;
export const MAX_HEIGHT = 2000;

export const THEMES: readonly Theme[] = ['auto', 'light', 'dark'];

/** Clamps a height to what the layout can use; anything unreadable is the default. */
export function clampHeight(value: unknown): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\d{1,5}$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isFinite(n)) return DEFAULT_HEIGHT;
  return Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.round(n)));
}

/** Reads the embed's query string. Ids that are not slugs are dropped (null), never passed on. */
export function parseEmbedParams(search: string): EmbedParams {
  const q = new URLSearchParams(search);
  const id = (name: string) => {
    const v = q.get(name);
    return v && isValidId(v) ? v : null;
  };
  const theme = q.get('theme');
  return {
    storyId: id('story'),
    eventId: id('event'),
    theme: theme === 'light' || theme === 'dark' ? theme : 'auto',
    height: q.has('height') ? clampHeight(q.get('height')) : DEFAULT_HEIGHT,
    compact: q.get('compact') === '1',
    ...(q.get('key') === '1' ? { key: true } : {}),
  };
}

/**
 * The embed URL for some parameters: `base` is where the site lives, absolute ("https://x.org/timelines/")
 * for snippets or a path ("/") for the embed's own history entry. Defaults are left out, so URLs stay short.
 */
export function embedUrl(base: string, p: EmbedParams & { storyId: string }): string {
  const q = new URLSearchParams({ story: p.storyId });
  if (p.eventId) q.set('event', p.eventId);
  if (p.theme !== 'auto') q.set('theme', p.theme);
  if (p.height !== DEFAULT_HEIGHT) q.set('height', String(p.height));
  if (p.compact) q.set('compact', '1');
  if (p.key) q.set('key', '1');
  return `${base}embed.html?${q}`;
}

/** What `data-theme` on <html> should be: absent for auto, so prefers-color-scheme decides. */
export function applyTheme(root: HTMLElement, theme: Theme): void {
  if (theme === 'auto') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', theme);
}
