/**
 * The files the build writes beside each story's document (data/stories/<id>.json) so a story can be
 * taken elsewhere: the pipeline writes them (src/pipeline/export), the share dialog links them. Both read
 * the names from here so they cannot drift apart.
 */

/** Each export: the suffix after the story id, and the Content-Type it is served with. */
export const STORY_EXPORTS = {
  /** TimelineJS3's JSON format: the story opens in TimelineJS. */
  timelinejs: { suffix: '.timeline.json', contentType: 'application/json; charset=utf-8' },
  /** RFC 4180 CSV, one row per event. */
  csv: { suffix: '.csv', contentType: 'text/csv; charset=utf-8; header=present' },
  /** RFC 5545 iCalendar, one entry per event a calendar can hold. */
  ics: { suffix: '.ics', contentType: 'text/calendar; charset=utf-8' },
} as const;

/** Which export. */
export type StoryExportKind = keyof typeof STORY_EXPORTS;

/**
 * Each export comes whole and as the story's key events alone ("us-officials.key.csv"): a TimelineJS file
 * of H1N1's 2,810 events does not load usably (Knight Lab advises some 20 slides), its 28 key events do.
 */
export const KEY_INFIX = '.key';

/** The export's file name: "us-officials.timeline.json", or "us-officials.key.timeline.json". */
export function storyExportName(storyId: string, kind: StoryExportKind, keyOnly = false): string {
  return `${storyId}${keyOnly ? KEY_INFIX : ''}${STORY_EXPORTS[kind].suffix}`;
}

/** The export's path under the site's base: "data/stories/us-officials.timeline.json". */
export function storyExportPath(storyId: string, kind: StoryExportKind, keyOnly = false): string {
  return `data/stories/${encodeURIComponent(storyExportName(storyId, kind, keyOnly))}`;
}

/**
 * One iCalendar content line folded at 75 octets (RFC 5545 3.1): continuation lines start with a space. Here
 * because both sides write .ics lines: the pipeline's export, and the share dialog making its links absolute.
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    const limit = parts.length ? 74 : 75; // a continuation line's leading space counts
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return `${parts.join('\r\n ')}\r\n`;
}

/** The lines of an iCalendar text unfolded (RFC 5545 3.1: a CRLF followed by a space or tab is removed). */
export function unfoldLines(text: string): string[] {
  return text.replace(/\r\n[ \t]/g, '').split('\r\n').filter((l, i, all) => l !== '' || i < all.length - 1);
}
