import { useId, useState } from 'react';
import { useHref, useTimeline } from '../../store/context.ts';
import { selectStory } from '../../store/selectors.ts';
import { EditDialog } from './EditDialog.tsx';
import { saveEdit } from './editMode.ts';

/**
 * "Story title…" in the edit-mode bar: the story's title and the credit line readers see under it ("Edited
 * by Ana Ruiz"), written to edits.json's "story" entry. A field left blank removes that edit: a blank title
 * gives the story its own title back (story.json's, else the one taken from an article).
 */
export default function StoryTitleEdit() {
  const story = useTimeline(selectStory);
  const href = useHref();
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState(story.title);
  const [credit, setCredit] = useState(story.credit ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const flat = (t: string) => t.replace(/\s+/g, ' ').trim();
  const submit = async () => {
    const set: Record<string, string | null> = {};
    if (flat(title) !== story.title) set.title = flat(title) || null;
    if (flat(credit) !== (story.credit ?? '')) set.credit = flat(credit) || null;
    if (!Object.keys(set).length) { setOpen(false); return; }
    setBusy(true);
    setError(null);
    const done = set.title ? `Story title saved: “${set.title}”.` : set.title === null ? 'The story has its own title again.' : set.credit ? `Credit line saved: “${set.credit}”.` : 'Credit line removed.';
    const refused = await saveEdit({ story: story.id, storySet: set }, done, href({}));
    setBusy(false);
    if (refused) setError(refused);
  };
  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => { setTitle(story.title); setCredit(story.credit ?? ''); setOpen(true); }}>Story title…</button>
      {open && (
        <EditDialog title="Story title and credit" what="The story’s title, and the credit line readers see under it." submit="Save" error={error} busy={busy}
          onClose={() => { setOpen(false); setError(null); }} onSubmit={() => void submit()}>
          <label className="share-field"><span className="share-label">Story title</span>
            <input type="text" value={title} onChange={(ev) => setTitle(ev.target.value)} maxLength={200} aria-describedby={`${id}-title-help`} />
          </label>
          <p id={`${id}-title-help`} className="edit-help">Left blank, the story has its own title again (story.json’s, else an article’s).</p>
          <label className="share-field"><span className="share-label">Credit line (optional)</span>
            <input type="text" value={credit} placeholder="Edited by …" onChange={(ev) => setCredit(ev.target.value)} maxLength={200} />
          </label>
        </EditDialog>
      )}
    </>
  );
}
