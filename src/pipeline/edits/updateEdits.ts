/**
 * One change from the viewer's edit mode (`npm run dev`) applied to the story's edits.json: the dev
 * server's endpoint (editsEndpoint.ts) reads the file, calls this, and writes what it returns. Pure, and as
 * strict as the build: a value the build would refuse is refused here, with the reason, before it is
 * written. A field set to null removes that edit; `clear` removes every edit of the event.
 */
import type { Story } from '../../schema/index.ts';
import { checkField, FIELDS, type EditsDoc, type EventEdit, type Field } from './editsFile.ts';

export interface EditChange {
  story: string;
  event: string;
  set?: Partial<Record<Field, unknown>>;
  clear?: boolean;
}

/** The change as sent, checked for shape: the change, or why it is not one. */
export function parseChange(data: unknown): { ok: true; change: EditChange } | { ok: false; error: string } {
  const v = data as Record<string, unknown> | null;
  if (typeof v !== 'object' || v === null || typeof v.story !== 'string' || typeof v.event !== 'string' || !v.event) {
    return { ok: false, error: 'expected {"story": "<id>", "event": "<id>", "set": {...}} or {..., "clear": true}' };
  }
  if (v.clear !== undefined && v.clear !== true) return { ok: false, error: '"clear" can only be true' };
  if (v.set !== undefined && (typeof v.set !== 'object' || v.set === null || Array.isArray(v.set))) return { ok: false, error: '"set" must be an object of edits' };
  if (v.set === undefined && !v.clear) return { ok: false, error: 'nothing to change: give "set" or "clear"' };
  return { ok: true, change: { story: v.story, event: v.event, ...(v.set ? { set: v.set as EditChange['set'] } : {}), ...(v.clear ? { clear: true } : {}) } };
}

/** `doc` with the change made, or why it cannot be (unknown event, a bad date, a merge into itself ...). */
export function updateEdits(doc: EditsDoc, change: EditChange, story: Story): { ok: true; doc: EditsDoc } | { ok: false; error: string } {
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
    return { ok: true, doc: { events } };
  }
  const edit: EventEdit = { ...events[id] };
  for (const [field, value] of Object.entries(change.set ?? {})) {
    if (!(FIELDS as readonly string[]).includes(field)) return { ok: false, error: `"${field}" is not an edit (known: ${FIELDS.join(', ')})` };
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
  if (Object.keys(edit).length) events[id] = edit;
  else delete events[id];
  return { ok: true, doc: { events } };
}
