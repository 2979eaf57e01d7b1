/**
 * What the share dialog offers to copy: the deep link of an event (or the story) and an iframe snippet
 * that embeds it with the host script. Pure, so the exact text is unit-tested.
 */
import { escapeAttr } from './escape.ts';
import { embedUrl, type EmbedParams } from './params.ts';

/** The absolute site root the page was served from: origin plus Vite's base ("https://x.org/timelines/"). */
export function siteRoot(origin: string, base: string): string {
  return new URL(base, origin).href;
}

/** The absolute deep link of a story or one of its events. */
export function deepLink(root: string, storyId: string, eventId: string | null): string {
  return `${root}${encodeURIComponent(storyId)}/${eventId ? `${encodeURIComponent(eventId)}/` : ''}`;
}

/**
 * The iframe and the host script. The iframe's height attribute is the preferred height, so the page does
 * not jump before the script loads; the script then fits the iframe to the content.
 */
export function embedSnippet(root: string, p: EmbedParams & { storyId: string }, title: string): string {
  const src = embedUrl(root, p);
  return [
    `<iframe data-dateline src="${escapeAttr(src)}" title="${escapeAttr(`Timeline: ${title}`)}" width="100%" height="${p.height}" style="border:0" loading="lazy"></iframe>`,
    `<script src="${escapeAttr(`${root}embed.js`)}" defer></script>`,
  ].join('\n');
}
