import type { EditNote, Event } from '../../../schema/story.ts';

/** One line per editorial change, in the words a reader needs ("Date corrected by the editors: …"). */
export function editLine(n: EditNote, e: Pick<Event, 'key'>): string {
  switch (n.what) {
    case 'title': return 'Title edited by the editors.';
    case 'date': return n.note ? `Date corrected by the editors: ${n.note}` : 'Date corrected by the editors.';
    case 'key': return e.key ? 'Marked as a key event by the editors.' : 'No longer marked as a key event, by the editors.';
    case 'merged': return n.note ? `Merged by the editors with “${n.note}”.` : 'Merged by the editors with another event.';
    case 'article': return n.note ? `Source added by the editors: “${n.note}”.` : 'Source added by the editors.';
  }
}

/** What the editors changed about this event (edits.json), shown to readers; nothing when nothing was. */
export function EditNotes({ event }: { event: Event }) {
  if (!event.edited?.length) return null;
  return (
    <div className="edit-notes" role="note" aria-labelledby="edit-notes-heading">
      <h3 id="edit-notes-heading" className="details-subheading">Edited</h3>
      <ul>{event.edited.map((n, i) => <li key={i}>{editLine(n, event)}</li>)}</ul>
    </div>
  );
}
