import { useEffect, useId, useState } from 'react';
import { useTimeline } from '../../store/context.ts';
import { selectItems, selectStory } from '../../store/selectors.ts';
import { loadEdits, saveEdit, setEditMode, takeFlash, useEditMode, type StoryEdits } from './editMode.ts';
import StoryTitleEdit from './StoryTitleEdit.tsx';
import './editMode.css';

const BASE = import.meta.env.BASE_URL;

/**
 * The edit-mode switch of `npm run dev`, under the story's title, and while it is on: where edits go, what
 * the build cannot apply of the edits file (to fix by hand), the events the editors hid ("Show again") or
 * merged into others ("Unmerge"), and the announcement of the edit just saved.
 */
export default function EditModeBar() {
  const on = useEditMode();
  const story = useTimeline(selectStory);
  const items = useTimeline(selectItems);
  const [flash] = useState(takeFlash);
  const [said, setSaid] = useState('');
  const [edits, setEdits] = useState<StoryEdits | null>(null);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  useEffect(() => {
    if (!on) return;
    let live = true;
    void loadEdits(story.id).then((r) => live && setEdits(r));
    return () => { live = false; };
  }, [on, story.id]);
  // After the reload an edit causes: focus on the edited event (its details' heading), else the time axis, and
  // the message said into a live region that is already there (one that arrives holding it is not read).
  useEffect(() => {
    if (!flash) return;
    const t = setTimeout(() => {
      (document.querySelector<HTMLElement>('.details-title') ?? document.querySelector<HTMLElement>('.timeline-viewport'))?.focus();
      setSaid(flash);
    }, 150);
    return () => clearTimeout(t);
  }, [flash]);
  const undo = async (id: string, set: { hide: null } | { mergeInto: null }, done: string) => {
    const refused = await saveEdit({ story: story.id, event: id, set }, done, `${BASE}${encodeURIComponent(story.id)}/${encodeURIComponent(id)}/`);
    if (refused) setError(refused);
  };
  const entries = Object.entries(edits?.events ?? {});
  // An event of the story is named by its title (the one a merge went into had been named by its id: the
  // server names only the events it saw built and no longer are); a gone event the server never saw, by id.
  const name = (id: string) => edits?.titles[id] ?? items.find((i) => i.event.id === id)?.event.title ?? id;
  const hidden = entries.filter(([, e]) => e.hide === true).map(([id]) => id);
  const merged = entries.filter(([, e]) => typeof e.mergeInto === 'string').map(([id, e]) => [id, e.mergeInto as string] as const);
  return (
    <div className={`edit-bar${on ? ' edit-bar--on' : ''}`}>
      <button type="button" className="share-button" aria-pressed={on} onClick={() => setEditMode(!on)}>Edit mode</button>
      {on && <StoryTitleEdit />}
      {on && <p className="edit-bar-text">Editing: changes are written to <code>edits.json</code> in this story’s folder, and the story is rebuilt.</p>}
      {on && !!edits?.warnings.length && (
        <div className="edit-list">
          <h3 id={`${id}-warnings`} className="details-subheading">What the build cannot apply of edits.json (fix it by hand)</h3>
          <ul aria-labelledby={`${id}-warnings`}>{edits.warnings.map((w) => <li key={w}>{w}</li>)}</ul>
        </div>
      )}
      {on && hidden.length > 0 && (
        <div className="edit-list">
          <h3 id={`${id}-hidden`} className="details-subheading">Hidden events</h3>
          <ul className="edit-hidden" aria-labelledby={`${id}-hidden`}>
            {hidden.map((id) => (
              <li key={id}>“{name(id)}” <button type="button" onClick={() => void undo(id, { hide: null }, 'The event is shown again.')}>Show again<span className="visually-hidden"> “{name(id)}”</span></button></li>
            ))}
          </ul>
        </div>
      )}
      {on && merged.length > 0 && (
        <div className="edit-list">
          <h3 id={`${id}-merged`} className="details-subheading">Merged events</h3>
          <ul className="edit-hidden" aria-labelledby={`${id}-merged`}>
            {merged.map(([id, into]) => (
              <li key={id}>“{name(id)}” into “{name(into)}” <button type="button" onClick={() => void undo(id, { mergeInto: null }, 'The events are apart again.')}>Unmerge<span className="visually-hidden"> “{name(id)}”</span></button></li>
            ))}
          </ul>
        </div>
      )}
      {error && <p className="edit-error" role="alert">{error}</p>}
      <p className="visually-hidden" role="status">{said}</p>
    </div>
  );
}
