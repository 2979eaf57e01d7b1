import { useContext, useId, useState } from 'react';
import type { OutlineEvent } from '../../../schema/outline.ts';
import { formatTimex } from '../../../schema/timexRange.ts';
import { useHref, useTimeline } from '../../store/context.ts';
import { selectItems, selectStory } from '../../store/selectors.ts';
import { ShareEnabled } from '../ShareDialog/ShareButton.tsx';
import { DateDialog } from './DateDialog.tsx';
import { EditDialog } from './EditDialog.tsx';
import { UndoAllDialog } from './UndoAllDialog.tsx';
import { saveEdit, useEditMode, type EventChange } from './editMode.ts';
import './editMode.css';

type Kind = 'title' | 'date' | 'merge' | 'attach' | 'undo';

/**
 * The editor's controls for the open event (edit mode of `npm run dev` only): hide it, edit its title,
 * correct its date with a note for readers, mark or unmark it as key, merge it into another event, attach an
 * article to it, or undo every edit of it. Each is a button; the ones that need a value open a dialog.
 */
export default function EditTools({ event: e }: { event: OutlineEvent }) {
  // Inside an embed (no share buttons there either) the timeline is a reader's, never an editor's.
  const editing = useEditMode();
  const inPage = useContext(ShareEnabled);
  const on = editing && inPage;
  const story = useTimeline(selectStory);
  const items = useTimeline(selectItems);
  const id = useId();
  const href = useHref();
  const [open, setOpen] = useState<Kind | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [title, setTitle] = useState(e.title);
  const [target, setTarget] = useState('');
  const [article, setArticle] = useState('');
  if (!on) return null;

  // The page the rebuilt story reloads at keeps the filters the editor works under (a search, "Key events
  // only"): each edit had dropped them, and the list came back whole after every change.
  const here = href({ eventId: e.id, reader: null });
  const send = async (set: EventChange['set'] | null, done: string, then = here) => {
    setBusy(true);
    setError(null);
    const refused = await saveEdit({ story: story.id, event: e.id, ...(set ? { set } : { clear: true }) }, done, then);
    setBusy(false);
    if (refused) setError(refused);
  };
  const close = () => { setOpen(null); setError(null); };
  const keyEdited = !!e.edited?.some((n) => n.what === 'key');
  // The date as readers see it ("Wednesday 14 November 2012"), not its stored form.
  const what = <><strong>{e.title}</strong> · {formatTimex(e.date.value)}</>;
  const others = items.filter((i) => i.event.id !== e.id);
  const unreported = story.articles.filter((a) => !e.articles.includes(a.id));

  return (
    <div className="edit-tools" role="group" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="details-subheading">Edit this event</h3>
      <div className="edit-buttons">
        <button type="button" onClick={() => void send({ hide: true }, `Hidden: “${e.title}”.`, href({ eventId: null, reader: null }))}>Hide event</button>
        <button type="button" aria-haspopup="dialog" onClick={() => setOpen('title')}>Edit title…</button>
        <button type="button" aria-haspopup="dialog" onClick={() => setOpen('date')}>Correct date…</button>
        {/* Toggling back an editors' mark gives the choice back to the pipeline (it had left "No longer marked
            as a key event, by the editors" on an event that never was one). */}
        <button type="button" onClick={() => void send({ key: keyEdited ? null : !e.key }, keyEdited ? 'The key event mark is the pipeline’s again.' : e.key ? 'No longer a key event.' : 'Marked as a key event.')}>
          {e.key ? 'Unmark as key event' : 'Mark as key event'}
        </button>
        <button type="button" aria-haspopup="dialog" onClick={() => setOpen('merge')} disabled={!others.length}>Merge into another event…</button>
        <button type="button" aria-haspopup="dialog" onClick={() => setOpen('attach')} disabled={!unreported.length}>Attach an article…</button>
        {e.edited?.length ? <button type="button" aria-haspopup="dialog" onClick={() => setOpen('undo')}>Undo all edits of this event…</button> : null}
      </div>
      {error && !open && <p className="edit-error" role="alert">{error}</p>}

      {open === 'title' && (
        <EditDialog title="Edit title" what={what} submit="Save title" error={error} busy={busy} onClose={close}
          onSubmit={() => (title.replace(/\s+/g, ' ').trim() === e.title ? close() : void send({ title }, `Title saved: “${title.trim()}”.`))}>
          <label className="share-field"><span className="share-label">Title</span>
            <input type="text" value={title} onChange={(ev) => setTitle(ev.target.value)} maxLength={200} required />
          </label>
        </EditDialog>
      )}
      {open === 'date' && <DateDialog event={e} what={what} error={error} busy={busy} onClose={close} send={(set, done) => void send(set, done)} />}
      {open === 'undo' && <UndoAllDialog edited={e.edited ?? []} what={what} error={error} busy={busy} onClose={close} onConfirm={() => void send(null, 'Every edit of this event was undone.')} />}
      {open === 'merge' && (
        <EditDialog title="Merge into another event" what={what} submit="Merge" error={error} busy={busy} onClose={close}
          onSubmit={() => (target ? void send({ mergeInto: target }, `Merged into “${others.find((i) => i.event.id === target)?.event.title ?? target}”.`, href({ eventId: target, reader: null })) : setError('Choose the event to merge into.'))}>
          <label className="share-field"><span className="share-label">Merge into</span>
            <select value={target} onChange={(ev) => setTarget(ev.target.value)} required>
              <option value="">Choose an event</option>
              {/* Title first, so typing a title's first letters finds it (50 options had begun with one date). */}
              {others.map((i) => <option key={i.event.id} value={i.event.id}>{i.event.title} ({i.dateLabel})</option>)}
            </select>
          </label>
        </EditDialog>
      )}
      {open === 'attach' && (
        <EditDialog title="Attach an article" what={what} submit="Attach" error={error} busy={busy} onClose={close}
          onSubmit={() => (article ? void send({ attach: [article] }, 'Article attached.') : setError('Choose the article to attach.'))}>
          <label className="share-field"><span className="share-label">Article</span>
            <select value={article} onChange={(ev) => setArticle(ev.target.value)} required>
              <option value="">Choose an article</option>
              {unreported.map((a) => <option key={a.id} value={a.id}>{a.publisher ? `${a.publisher}: ` : ''}{a.title}</option>)}
            </select>
          </label>
        </EditDialog>
      )}
    </div>
  );
}
