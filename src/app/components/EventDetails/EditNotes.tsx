import type { OutlineEvent } from '../../../schema/outline.ts';
import { editLine } from '../../../schema/editNotes.ts';

/** What the editors changed about this event (edits.json), shown to readers; nothing when nothing was. */
export function EditNotes({ event }: { event: OutlineEvent }) {
  if (!event.edited?.length) return null;
  return (
    <div className="edit-notes" role="note" aria-labelledby="edit-notes-heading">
      <h3 id="edit-notes-heading" className="details-subheading">Edited</h3>
      <ul>{event.edited.map((n, i) => <li key={i}>{editLine(n, event)}</li>)}</ul>
    </div>
  );
}
