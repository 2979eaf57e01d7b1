import type { ReactNode } from 'react';
import type { EditNote } from '../../../schema/story.ts';
import { EditDialog } from './EditDialog.tsx';

type Props = { edited: readonly EditNote[]; what: ReactNode; error: string | null; busy: boolean; onConfirm: () => void; onClose: () => void };

/** What undoing each edit takes away, in the edit mode's words. */
function lost(n: EditNote): string {
  switch (n.what) {
    case 'title': return 'the editors’ title';
    case 'date': return n.note ? `the corrected date and its note (“${n.note}”)` : 'the corrected date';
    case 'key': return 'the editors’ key event mark';
    case 'merged': return `the merge of “${n.note ?? 'another event'}” into this one (it comes back as an event of its own)`;
    case 'article': return `the attached article${n.note ? ` “${n.note}”` : ''}`;
  }
}

/**
 * "Undo all edits of this event" asks first: it discards every edit at once, a long date note with them,
 * and nothing brings them back but writing them again. The dialog lists what goes; Cancel, the focused
 * button, keeps everything (Escape too).
 */
export function UndoAllDialog({ edited, what, error, busy, onConfirm, onClose }: Props) {
  return (
    <EditDialog title="Undo all edits of this event?" what={what} submit="Undo all edits" error={error} busy={busy} onClose={onClose} onSubmit={onConfirm} focusCancel>
      <p className="edit-help-text">This removes, from <code>edits.json</code>:</p>
      <ul className="edit-lost">{edited.map((n, i) => <li key={i}>{lost(n)}</li>)}</ul>
    </EditDialog>
  );
}
