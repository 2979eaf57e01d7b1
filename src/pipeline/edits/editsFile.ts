/**
 * `edits.json` beside the articles: the editors' last word on the timeline, keyed by event id (ids the lock
 * file keeps across rebuilds, so edits survive them):
 *
 *   { "events": {
 *       "2017-02-23-tillerson-kelly-meet-mexican": { "title": "Tillerson and Kelly meet Peña Nieto", "key": true },
 *       "2017-02-22-videgaray-said": { "date": "2017-02-23", "dateNote": "The meeting was on Thursday, as the ministry's statement says." },
 *       "2017-02-24-trump-said": { "hide": true },
 *       "2017-02-23-kelly-promised": { "mergeInto": "2017-02-23-tillerson-kelly-meet-mexican" },
 *       "2017-02-23-mexican-officials": { "attach": ["004_a64dbdd333cede17"] } },
 *     "story": { "title": "US officials in Mexico City", "credit": "Edited by Ana Ruiz" } }
 *
 * `story` (optional) is the editors' title of the whole story and the credit line shown under it; the
 * events' edits are applied by the pipeline's edits stage (applyEdits.ts), the story's title and credit by run.ts where it titles the story.
 *
 * Parsing validates every field on its own and never throws: what is wrong is a warning naming the file,
 * the entry and the field, and the rest of the file still applies.
 */
import type { Granularity, Warning } from '../../schema/index.ts';
import { timexRange } from '../../schema/index.ts';

export const EDITS_FILE = 'edits.json';
/** io.ts's code for a settings file that cannot be read or parsed at all (`npm run extract` refuses it). */
const UNREADABLE = 'unreadable';

/** The editors' changes to one event; every field optional. */
export interface EventEdit {
  /** Leave the event out of the story; its links lead to the story with a note. */
  hide?: boolean;
  /** A new title. */
  title?: string;
  /** A corrected date: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www or YYYY-MM-DDTHH:MM. */
  date?: string;
  /** Why the date was corrected, shown to readers beside it. */
  dateNote?: string;
  /** Mark (true) or unmark (false) as a key event. */
  key?: boolean;
  /** Merge this event into that one: its sentences and sources join it, and its links lead there. */
  mergeInto?: string;
  /** Articles (ids or file names) that report this event although the pipeline did not see it. */
  attach?: string[];
  /**
   * The event's title when the editors hid it or merged it away, recorded by the dev server; never applied.
   * Edit mode lists a hidden event by it ("Hidden events: “Violence continued …” Show again"), since the
   * built story no longer holds that event.
   */
  titleWas?: string;
}

/** The editors' changes to the story as a whole; every field optional. */
export interface StoryEdit {
  /** The story's title, in place of story.json's or the one taken from an article. */
  title?: string;
  /** A credit line shown under the title: "Edited by Ana Ruiz". */
  credit?: string;
}

export interface EditsDoc {
  events: Record<string, EventEdit>;
  /** Absent when the file has no story edits. */
  story?: StoryEdit;
}

export const FIELDS = ['hide', 'title', 'date', 'dateNote', 'key', 'mergeInto', 'attach', 'titleWas'] as const;
export type Field = (typeof FIELDS)[number];
/** The fields an edit mode change may set: titleWas is the server's to record. */
export const CHANGEABLE = FIELDS.filter((f) => f !== 'titleWas');
export const STORY_FIELDS = ['title', 'credit'] as const;
export type StoryField = (typeof STORY_FIELDS)[number];

const MAX_TITLE = 200;
const MAX_NOTE = 500;

/** A field's value checked: the value to keep, or why it is refused ("must be ..."). */
export function checkField(field: Field, value: unknown): { ok: true; value: EventEdit[Field] } | { ok: false; why: string } {
  switch (field) {
    case 'hide':
    case 'key':
      return typeof value === 'boolean' ? { ok: true, value } : { ok: false, why: 'must be true or false' };
    case 'title':
    case 'titleWas': {
      const t = typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
      return t && t.length <= MAX_TITLE ? { ok: true, value: t } : { ok: false, why: `must be a title of 1 to ${MAX_TITLE} characters` };
    }
    case 'dateNote': {
      const t = typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : null;
      return t !== null && t.length <= MAX_NOTE ? { ok: true, value: t } : { ok: false, why: `must be a note of at most ${MAX_NOTE} characters` };
    }
    case 'date':
      return typeof value === 'string' && granularityOf(value) ? { ok: true, value } : { ok: false, why: `${JSON.stringify(value)} is not a date (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www or YYYY-MM-DDTHH:MM)` };
    case 'mergeInto':
      return typeof value === 'string' && value ? { ok: true, value } : { ok: false, why: 'must be the id of another event' };
    case 'attach':
      return Array.isArray(value) && value.length > 0 && value.every((a) => typeof a === 'string' && a)
        ? { ok: true, value: [...new Set(value as string[])] }
        : { ok: false, why: 'must be a list of article ids or file names' };
  }
}

/** A story edit's value checked: the value to keep, or why it is refused. */
export function checkStoryField(field: StoryField, value: unknown): { ok: true; value: string } | { ok: false; why: string } {
  const t = typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
  const what = field === 'title' ? 'a title' : 'a credit line';
  return t && t.length <= MAX_TITLE ? { ok: true, value: t } : { ok: false, why: `must be ${what} of 1 to ${MAX_TITLE} characters` };
}

const FORMS: Array<[RegExp, Granularity]> = [
  [/^\d{4}$/, 'year'],
  [/^\d{4}-\d{2}$/, 'month'],
  [/^\d{4}-W\d{2}$/, 'week'],
  [/^\d{4}-\d{2}-\d{2}$/, 'day'],
  [/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'time'],
];

/** The granularity of an editors' date, or null when it is not one (a 30 February is not). */
export function granularityOf(value: string): Granularity | null {
  const form = FORMS.find(([re]) => re.test(value));
  if (!form || !timexRange(value)) return null;
  const [y, m, d] = [Number(value.slice(0, 4)), Number(value.slice(5, 7)), Number(value.slice(8, 10))];
  if (form[1] === 'day' || form[1] === 'time') {
    const t = new Date(Date.UTC(y, m - 1, d));
    if (t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
    if (form[1] === 'time' && (Number(value.slice(11, 13)) > 23 || Number(value.slice(14, 16)) > 59)) return null;
  }
  if (form[1] === 'month' && (m < 1 || m > 12)) return null;
  return form[1];
}

function warn(message: string): Warning {
  return { file: EDITS_FILE, code: 'edits', message: `${EDITS_FILE}: ${message}` };
}

/** The edits in `text` that are well-formed, and a warning for each thing that is not. */
export function parseEdits(text: string | undefined): { doc: EditsDoc; warnings: Warning[] } {
  const doc: EditsDoc = { events: {} };
  if (text === undefined) return { doc, warnings: [] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { doc, warnings: [{ ...warn(`not valid JSON (${(error as Error).message}); no edits applied`), code: UNREADABLE }] };
  }
  const { events: given, story } = (data ?? {}) as { events?: unknown; story?: unknown };
  // A file of story edits alone needs no "events"; a file with neither is not an edits file.
  const events = given === undefined && story !== undefined ? {} : given;
  if (typeof data !== 'object' || data === null || Array.isArray(data) || typeof events !== 'object' || events === null || Array.isArray(events)) {
    return { doc, warnings: [{ ...warn('must be an object {"events": {"<event id>": {...}}}; no edits applied'), code: UNREADABLE }] };
  }
  const warnings: Warning[] = [];
  if (story !== undefined) {
    const edit = parseStoryEdit(story, warnings);
    if (edit) doc.story = edit;
  }
  for (const id of Object.keys(events).sort()) {
    const entry = (events as Record<string, unknown>)[id];
    const where = `events[${JSON.stringify(id)}]`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      warnings.push(warn(`${where} must be an object of edits; skipped`));
      continue;
    }
    const edit: EventEdit = {};
    for (const [field, value] of Object.entries(entry)) {
      if (!(FIELDS as readonly string[]).includes(field)) {
        warnings.push(warn(`${where}.${field}: unknown edit (known: ${FIELDS.join(', ')}); ignored`));
        continue;
      }
      const checked = checkField(field as Field, value);
      if (checked.ok) (edit as Record<string, unknown>)[field] = checked.value;
      else warnings.push(warn(`${where}.${field} ${checked.why}; not applied`));
    }
    doc.events[id] = edit;
  }
  return { doc, warnings };
}

/** The file's "story" entry: what is well-formed of it, a warning for the rest; null when nothing is. */
function parseStoryEdit(entry: unknown, warnings: Warning[]): StoryEdit | null {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
    warnings.push(warn('story must be an object {"title": "...", "credit": "..."}; skipped'));
    return null;
  }
  const edit: StoryEdit = {};
  for (const [field, value] of Object.entries(entry)) {
    if (!(STORY_FIELDS as readonly string[]).includes(field)) {
      warnings.push(warn(`story.${field}: unknown story edit (known: ${STORY_FIELDS.join(', ')}); ignored`));
      continue;
    }
    const checked = checkStoryField(field as StoryField, value);
    if (checked.ok) edit[field as StoryField] = checked.value;
    else warnings.push(warn(`story.${field} ${checked.why}; not applied`));
  }
  return Object.keys(edit).length ? edit : null;
}

/** The story edit's fields in their fixed order, or null when it has none. */
function orderedStory(edit: Record<string, unknown> | undefined): Record<string, unknown> | null {
  if (!edit) return null;
  const ordered: Record<string, unknown> = {};
  for (const f of STORY_FIELDS) if (edit[f] !== undefined) ordered[f] = edit[f];
  for (const [k, v] of Object.entries(edit)) if (!(STORY_FIELDS as readonly string[]).includes(k)) ordered[k] = v;
  return Object.keys(ordered).length ? ordered : null;
}

/** The file's text as the dev server writes it: events and fields in a fixed order, so diffs stay small. */
export function serializeEdits(doc: EditsDoc): string {
  const events: Record<string, EventEdit> = {};
  for (const id of Object.keys(doc.events).sort()) {
    const edit = doc.events[id]!;
    const ordered: Record<string, unknown> = {};
    for (const f of FIELDS) if (edit[f] !== undefined) ordered[f] = edit[f];
    if (Object.keys(ordered).length) events[id] = ordered as EventEdit;
  }
  const story = orderedStory(doc.story as Record<string, unknown> | undefined);
  return `${JSON.stringify({ ...(story ? { story } : {}), events }, null, 2)}\n`;
}

/**
 * The file's new text after the dev server's edit turned `before` (the file as parsed) into `after`: only
 * the fields that changed are written; every other entry, and every field the build could not read (a typo'd
 * "Title", an hour of 25), stays as the editors wrote it, to be fixed by hand (saving an unrelated edit had
 * dropped them without a word). `cleared` is the event whose every edit was undone: its entry goes whole.
 */
export function rewriteEdits(text: string | undefined, before: EditsDoc, after: EditsDoc, cleared: string | null = null): string {
  const parsed = text === undefined ? null : (JSON.parse(text) as { events?: Record<string, unknown>; story?: unknown });
  const raw: Record<string, unknown> = { ...(parsed?.events ?? {}) };
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  // The story entry likewise: only the fields that changed; a field by hand the build refused stays.
  const storyRaw: Record<string, unknown> = typeof parsed?.story === 'object' && parsed.story !== null && !Array.isArray(parsed.story) ? { ...(parsed.story as object) } : {};
  for (const f of STORY_FIELDS) {
    if (same(before.story?.[f], after.story?.[f])) continue;
    if (after.story?.[f] === undefined) delete storyRaw[f];
    else storyRaw[f] = after.story[f];
  }
  const story = parsed?.story !== undefined && (typeof parsed.story !== 'object' || parsed.story === null || Array.isArray(parsed.story)) ? parsed.story : orderedStory(storyRaw);
  for (const id of new Set([...Object.keys(before.events), ...Object.keys(after.events)])) {
    const was = before.events[id];
    const now = after.events[id];
    if (same(was, now)) continue;
    if (id === cleared && now === undefined) { delete raw[id]; continue; }
    const entry: Record<string, unknown> = typeof raw[id] === 'object' && raw[id] !== null && !Array.isArray(raw[id]) ? { ...(raw[id] as object) } : {};
    for (const f of FIELDS) {
      if (same(was?.[f], now?.[f])) continue;
      if (now?.[f] === undefined) delete entry[f];
      else entry[f] = now[f];
    }
    if (Object.keys(entry).length) raw[id] = entry;
    else delete raw[id];
  }
  const events: Record<string, unknown> = {};
  for (const id of Object.keys(raw).sort()) {
    const entry = raw[id];
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) { events[id] = entry; continue; }
    const ordered: Record<string, unknown> = {};
    for (const f of FIELDS) if ((entry as Record<string, unknown>)[f] !== undefined) ordered[f] = (entry as Record<string, unknown>)[f];
    for (const [k, v] of Object.entries(entry)) if (!(FIELDS as readonly string[]).includes(k)) ordered[k] = v;
    events[id] = ordered;
  }
  const { story: _old, ...rest } = parsed ?? {};
  return `${JSON.stringify({ ...(story !== null ? { story } : {}), ...rest, events }, null, 2)}\n`;
}
