/**
 * What the editors changed about an event (Event.edited, from the story's edits.json), in the words readers
 * see: the viewer's details and every export say it the same way.
 */
import type { EditNote, Event } from './story.ts';

/** One line per editorial change ("Date corrected by the editors: …"). */
export function editLine(n: EditNote, e: Pick<Event, 'key'>): string {
  switch (n.what) {
    case 'title': return 'Title edited by the editors.';
    case 'date': return n.note ? `Date corrected by the editors: ${n.note}` : 'Date corrected by the editors.';
    case 'key': return e.key ? 'Marked as a key event by the editors.' : 'No longer marked as a key event, by the editors.';
    case 'merged': return n.note ? `Merged by the editors with “${n.note}”.` : 'Merged by the editors with another event.';
    case 'article': return n.note ? `Source added by the editors: “${n.note}”.` : 'Source added by the editors.';
  }
}
