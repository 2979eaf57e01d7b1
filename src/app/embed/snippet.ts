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
 * The embed's "Open full timeline": the deep link with what the embed shows besides the event, its key
 * filter and the article open in its reader at its passage (the full page had opened on the event alone, the
 * passage read in a 400 px frame lost, and all 3,927 of Iraq's events where the frame showed its 50 key ones).
 */
export function fullTimelineLink(link: string, key: boolean, reader: { articleId: string; at: number | null; to?: number } | null): string {
  const q = new URLSearchParams();
  if (key) q.set('key', '1');
  if (reader) {
    q.set('read', reader.articleId);
    if (reader.at !== null) q.set('at', String(reader.at));
    if (reader.at !== null && reader.to !== undefined) q.set('to', String(reader.to));
  }
  const query = q.toString();
  return query ? `${link}?${query}` : link;
}

/**
 * The iframe and the host script. The iframe's height attribute is the preferred height, so the page does
 * not jump before the script loads; the script then fits the iframe to the content.
 */
export function embedSnippet(root: string, p: EmbedParams & { storyId: string }, title: string): string {
  // The height goes in the address even at its default: without it the embed sizes itself to its content
  // and the frame grew from the 600 px asked to 659 after loading, moving the host's text (the embed review).
  const url = embedUrl(root, p);
  const src = /[?&]height=/.test(url) ? url : `${url}&height=${p.height}`;
  return [
    // Full width by style: the width attribute takes whole pixels only, and "100%" there is invalid HTML.
    `<iframe data-dateline src="${escapeAttr(src)}" title="${escapeAttr(`Timeline: ${title}`)}" height="${p.height}" style="border:0;width:100%" loading="lazy"></iframe>`,
    `<script src="${escapeAttr(`${root}embed.js`)}" defer></script>`,
  ].join('\n');
}
