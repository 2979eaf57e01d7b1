/**
 * What the editors changed about an event (Event.edited, from the story's edits.json), in the words the
 * viewer uses (src/schema/editNotes.ts), so an export tells readers what the site does.
 */
import type { Event } from '../../schema/index.ts';
import { editLine } from '../../schema/editNotes.ts';

/** One line per editorial change, oldest first; empty when nothing was edited. */
export function editLines(e: Event): string[] {
  return (e.edited ?? []).map((n) => editLine(n, e));
}
