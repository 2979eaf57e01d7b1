import { useEffect, useState } from 'react';
import { useTimeline } from '../../store/context.ts';
import { selectStory } from '../../store/selectors.ts';
import { loadEdits, saveEdit, setEditMode, takeFlash, useEditMode } from './editMode.ts';
import './editMode.css';

const BASE = import.meta.env.BASE_URL;

/**
 * The edit-mode switch of `npm run dev`, under the story's title, and while it is on: where edits go, the
 * events the editors hid (each with "Show again"), and the announcement of the edit just saved.
 */
export default function EditModeBar() {
  const on = useEditMode();
  const story = useTimeline(selectStory);
  const [flash] = useState(takeFlash);
  const [hidden, setHidden] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!on) return;
    let live = true;
    void loadEdits(story.id).then((events) => live && setHidden(Object.keys(events).filter((id) => events[id]!.hide === true)));
    return () => { live = false; };
  }, [on, story.id]);
  const show = async (id: string) => {
    const refused = await saveEdit({ story: story.id, event: id, set: { hide: null } }, 'The event is shown again.', `${BASE}${encodeURIComponent(story.id)}/${encodeURIComponent(id)}/`);
    if (refused) setError(refused);
  };
  return (
    <div className={`edit-bar${on ? ' edit-bar--on' : ''}`}>
      <button type="button" className="share-button" aria-pressed={on} onClick={() => setEditMode(!on)}>Edit mode</button>
      {on && <p className="edit-bar-text">Editing: changes are written to <code>edits.json</code> in this story’s folder, and the story is rebuilt.</p>}
      {on && hidden.length > 0 && (
        <ul className="edit-hidden" aria-label="Hidden events">
          {hidden.map((id) => (
            <li key={id}>{id} <button type="button" onClick={() => void show(id)}>Show again<span className="visually-hidden"> {id}</span></button></li>
          ))}
        </ul>
      )}
      {error && <p className="edit-error" role="alert">{error}</p>}
      <p className="visually-hidden" role="status">{flash}</p>
    </div>
  );
}
