/**
 * The exports the build writes beside each story's JSON (data/stories/<id>.json): a TimelineJS file, a CSV
 * and an iCalendar file. The Vite plugin emits them in the production build and serves them in `npm run
 * dev`; `npm run extract -- <storyDir> --export <dir>` writes them too. Each is a pure function of the story.
 */
import { KEY_INFIX, STORY_EXPORTS, type Story } from '../../schema/index.ts';
import { toCsv } from './csv.ts';
import { asShown } from './shownText.ts';
import { toICalendar } from './ical.ts';
import type { ExportOptions } from './links.ts';
import { toTimelineJs } from './timelinejs.ts';

export type { ExportOptions } from './links.ts';

export interface ExportFormat {
  /** Appended to the story id: "us-officials.timeline.json". */
  suffix: string;
  contentType: string;
  render: (story: Story, options: ExportOptions) => string;
}

/** Each renders the story's words as the viewer shows them (shownText.ts). */
export const EXPORT_FORMATS: readonly ExportFormat[] = [
  { ...STORY_EXPORTS.timelinejs, render: (story, options) => toTimelineJs(asShown(story), options) },
  { ...STORY_EXPORTS.csv, render: (story, options) => toCsv(asShown(story), options) },
  { ...STORY_EXPORTS.ics, render: (story, options) => toICalendar(asShown(story), options) },
];

export interface ExportFile {
  /** "us-officials.timeline.json": the name beside the story's own JSON. */
  fileName: string;
  contentType: string;
  body: string;
}

/** The whole story's exports, and its key events' when it marks any (schema/exports.ts KEY_INFIX). */
export function storyExports(story: Story, options: ExportOptions): ExportFile[] {
  const key = keyEvents(story);
  return [
    ...EXPORT_FORMATS.map((f) => ({ fileName: `${story.id}${f.suffix}`, contentType: f.contentType, body: f.render(story, options) })),
    ...(key ? EXPORT_FORMATS.map((f) => ({ fileName: `${story.id}${KEY_INFIX}${f.suffix}`, contentType: f.contentType, body: f.render(key, options) })) : []),
  ];
}

/** The story with its key events alone (titled so), or null when it marks none. */
export function keyEvents(story: Story): Story | null {
  const events = story.events.filter((e) => e.key === true);
  return events.length ? { ...story, title: `${story.title}: key events`, events } : null;
}

/** The export a file name under data/stories/ asks for ("x.csv" -> the story "x" and the CSV), if any. */
export function exportFor(fileName: string): { storyId: string; format: ExportFormat; keyOnly: boolean } | null {
  for (const format of EXPORT_FORMATS) {
    if (fileName.endsWith(format.suffix) && fileName.length > format.suffix.length) {
      const stem = fileName.slice(0, -format.suffix.length);
      const keyOnly = stem.endsWith(KEY_INFIX) && stem.length > KEY_INFIX.length;
      return { storyId: keyOnly ? stem.slice(0, -KEY_INFIX.length) : stem, format, keyOnly };
    }
  }
  return null;
}
