/**
 * The embed's message protocol with its host page (window.postMessage across origins). Messages are plain
 * data: ids, a number, an URL string; nothing in them is ever evaluated, inserted as HTML or followed as
 * a link without checking. Both directions are validated field by field; anything else is ignored.
 *
 * embed -> host:  dateline:ready  { storyId }
 *                 dateline:resize { storyId, height }            content height in CSS pixels
 *                 dateline:select { storyId, eventId, url }      eventId null when closed; url = deep link
 * host -> embed:  dateline:select { eventId }                    open an event (null closes)
 *                 dateline:sync   {}                             repeat ready, size and any open event: the host
 *                                                                script may load after the embed spoke first
 */
export const PROTOCOL = 1;

/** Ids are the pipeline's URL-safe slugs; anything else is refused. */
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;

export type EmbedToHost =
  | { type: 'dateline:ready'; version: typeof PROTOCOL; storyId: string }
  | { type: 'dateline:resize'; version: typeof PROTOCOL; storyId: string; height: number }
  | { type: 'dateline:select'; version: typeof PROTOCOL; storyId: string; eventId: string | null; url: string };

export type HostToEmbed =
  | { type: 'dateline:select'; version: typeof PROTOCOL; eventId: string | null }
  | { type: 'dateline:sync'; version: typeof PROTOCOL };

/** Parses a message a host sent to the embed; null for anything that is not exactly a valid command. */
export function parseHostMessage(data: unknown): HostToEmbed | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const { type, version, eventId } = data as Record<string, unknown>;
  if (version !== PROTOCOL) return null;
  if (type === 'dateline:sync') return { type, version: PROTOCOL };
  if (type !== 'dateline:select') return null;
  if (eventId !== null && (typeof eventId !== 'string' || !ID.test(eventId))) return null;
  return { type, version: PROTOCOL, eventId: eventId as string | null };
}

export function isValidId(id: string): boolean {
  return ID.test(id);
}

export function readyMessage(storyId: string): EmbedToHost {
  return { type: 'dateline:ready', version: PROTOCOL, storyId };
}

export function resizeMessage(storyId: string, height: number): EmbedToHost {
  return { type: 'dateline:resize', version: PROTOCOL, storyId, height: Math.max(0, Math.ceil(height)) };
}

export function selectMessage(storyId: string, eventId: string | null, url: string): EmbedToHost {
  return { type: 'dateline:select', version: PROTOCOL, storyId, eventId, url };
}
