import { useTimeline } from '../../store/context.ts';
import { selectStory } from '../../store/selectors.ts';
import { undatedNote, undatedOf } from '../../store/undated.ts';

/**
 * Says so when articles of the story could not be dated, and that what they report is therefore missing
 * from the timeline (store/undated.ts). A note, read in place; nothing when every article has a date.
 */
export function UndatedNote() {
  const story = useTimeline(selectStory);
  const u = undatedOf(story);
  if (!u) return null;
  return <p className="undated-note" role="note">{undatedNote(u, import.meta.env.DEV)}</p>;
}
