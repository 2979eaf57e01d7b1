/**
 * One change from the viewer's edit mode (`npm run dev`) applied to the story's edits.json: the dev
 * server's endpoint (editsEndpoint.ts) reads the file, calls this, and writes what it returns. Pure, and as
 * strict as the build: a value the build would refuse is refused here, with the reason, before it is
 * written. A field set to null removes that edit; `clear` removes every edit of the event. A change of the
 * story as a whole (its title, its credit line) names no event: {"story", "storySet": {"title", "credit"}}.
 */
import type { Story } from '../../schema/index.ts';
import { CHANGEABLE, checkField, checkStoryField, STORY_FIELDS, type EditsDoc, type EventEdit, type Field, type StoryEdit, type StoryField } from './editsFile.ts';

export type EditChange = {
  story: string;
  event: string;
  set?: Partial<Record<Field, unknown>>;
  clear?: boolean;
} | {
  story: string;
  event?: undefined;
  /** The story's title and credit line; null removes one. */
  storySet: Partial<Record<StoryField, unknown>>;
};

/** The change as sent, checked for shape: the change, or why it is not one. */
export function parseChange(data: unknown): { ok: true; change: EditChange } | { ok: false; error: string } {
  const v = data as Record<string, unknown> | null;
  if (typeof v === 'object' && v !== null && typeof v.story === 'string' && v.storySet !== undefined && v.event === undefined) {
    if (typeof v.storySet !== 'object' || v.storySet === null || Array.isArray(v.storySet)) return { ok: false, error: '"storySet" must be an object {"title", "credit"}' };
    return { ok: true, change: { story: v.story, storySet: v.storySet as Record<string, unknown> } };
  }
  if (typeof v !== 'object' || v === null || typeof v.story !== 'string' || typeof v.event !== 'string' || !v.event) {
    return { ok: false, error: 'expected {"story": "<id>", "event": "<id>", "set": {...}} or {..., "clear": true}, or {"story": "<id>", "storySet": {...}}' };
  }
  if (v.clear !== undefined && v.clear !== true) return { ok: false, error: '"clear" can only be true' };
  if (v.set !== undefined && (typeof v.set !== 'object' || v.set === null || Array.isArray(v.set))) return { ok: false, error: '"set" must be an object of edits' };
  if (v.set === undefined && !v.clear) return { ok: false, error: 'nothing to change: give "set" or "clear"' };
  return { ok: true, change: { story: v.story, event: v.event, ...(v.set ? { set: v.set as Partial<Record<Field, unknown>> } : {}), ...(v.clear ? { clear: true } : {}) } };
}

/** `doc` with the change made, or why it cannot be (unknown event, a bad date, a merge into itself ...). */
export function updateEdits(doc: EditsDoc, change: EditChange, story: Story): { ok: true; doc: EditsDoc } | { ok: false; error: string } {
  if (change.event === undefined) return updateStory(doc, change.storySet);
  const id = change.event;
  const known = story.events.some((e) => e.id === id) || doc.events[id] !== undefined;
  if (!known) return { ok: false, error: `story ${story.id} has no event "${id}"` };
  const events = { ...doc.events };
  if (change.clear) {
    delete events[id];
    // Every edit this event shows, merges into it included ("Merged by the editors with ..."): the merged
    // events come back as they were (the undo had said "undone" and left the merge).
    for (const [other, edit] of Object.entries(events)) {
      if (edit.mergeInto !== id) continue;
      const { mergeInto: _gone, ...rest } = edit;
      if (Object.keys(rest).length) events[other] = rest;
      else delete events[other];
    }
    return { ok: true, doc: { ...doc, events } };
  }
  const edit: EventEdit = { ...events[id] };
  for (const [field, value] of Object.entries(change.set ?? {})) {
    if (!(CHANGEABLE as readonly string[]).includes(field)) return { ok: false, error: `"${field}" is not an edit (known: ${CHANGEABLE.join(', ')})` };
    if (value === null) {
      delete edit[field as Field];
      continue;
    }
    const checked = checkField(field as Field, value);
    if (!checked.ok) return { ok: false, error: `${field} ${checked.why}` };
    if (field === 'mergeInto') {
      if (value === id) return { ok: false, error: 'an event cannot be merged into itself' };
      if (!story.events.some((e) => e.id === value)) return { ok: false, error: `story ${story.id} has no event "${String(value)}" to merge into` };
    }
    if (field === 'attach') {
      const refs = checked.value as string[];
      const missing = refs.find((r) => !story.articles.some((a) => a.id === r || a.file === r));
      if (missing) return { ok: false, error: `story ${story.id} has no article "${missing}"` };
      edit.attach = [...new Set([...(edit.attach ?? []), ...refs])];
      continue;
    }
    (edit as Record<string, unknown>)[field] = checked.value;
  }
  // A hidden or merged-away event is no longer in the built story: its title goes with the edit, so edit
  // mode can name it after a restart of the dev server (editsEndpoint.ts says why here and not elsewhere).
  const shown = story.events.find((e) => e.id === id)?.title;
  if (!edit.hide && edit.mergeInto === undefined) delete edit.titleWas;
  else if (shown !== undefined) edit.titleWas = shown;
  if (Object.keys(edit).length) events[id] = edit;
  else delete events[id];
  return { ok: true, doc: { ...doc, events } };
}

/** `doc` with the story's title or credit line set (null removes it), or why the value cannot be. */
function updateStory(doc: EditsDoc, set: Partial<Record<StoryField, unknown>>): { ok: true; doc: EditsDoc } | { ok: false; error: string } {
  const edit: StoryEdit = { ...doc.story };
  const fields = Object.keys(set);
  if (!fields.length) return { ok: false, error: 'nothing to change: give the story\'s "title" or "credit"' };
  for (const field of fields) {
    if (!(STORY_FIELDS as readonly string[]).includes(field)) return { ok: false, error: `"${field}" is not a story edit (known: ${STORY_FIELDS.join(', ')})` };
    const value = set[field as StoryField];
    if (value === null || value === '') { delete edit[field as StoryField]; continue; }
    const checked = checkStoryField(field as StoryField, value);
    if (!checked.ok) return { ok: false, error: `story ${field} ${checked.why}` };
    edit[field as StoryField] = checked.value;
  }
  const { story: _old, ...rest } = doc;
  return { ok: true, doc: Object.keys(edit).length ? { ...rest, story: edit } : rest };
}
