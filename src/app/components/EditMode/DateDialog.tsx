import { useId, useRef, useState, type ReactNode } from 'react';
import type { OutlineEvent } from '../../../schema/outline.ts';
import { EditDialog } from './EditDialog.tsx';
import type { EventChange } from './editMode.ts';
import { readWrittenDate } from './writtenDate.ts';

/** The forms an editors' date takes (edits/editsFile.ts FORMS): YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www, YYYY-MM-DDTHH:MM. */
const EDITABLE_DATE = /^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2})?)?|-W\d{2})?$/;

type Props = {
  event: OutlineEvent;
  what: ReactNode;
  error: string | null;
  busy: boolean;
  send: (set: EventChange['set'], done: string) => void;
  onClose: () => void;
};

/**
 * "Correct date": the date as an editor writes it ("29 November 2012", "Nov 29, 2012", "November 2012",
 * "2012", or a stored form), with what Dateline understood of it said under the field as it is typed
 * ("Understood: Thursday 29 November 2012"), so the saved value is never a surprise. The note for readers is
 * asked for, not required: saving a new date without one stops once to say that readers would see "Date
 * corrected by the editors." with no reason, and a second Save saves it so.
 */
export function DateDialog({ event: e, what, error, busy, send, onClose }: Props) {
  const id = useId();
  const note = useRef<HTMLTextAreaElement>(null);
  // A date in a form the editors cannot write (a season "2008-WI", a year-less "XXXX-12-17") is not offered
  // back: it would be refused as it stands. The field says what the date is now.
  const [date, setDate] = useState(EDITABLE_DATE.test(e.date.value) ? e.date.value : '');
  // The note readers see now, so saving a new date does not silently take it away.
  const shownNote = e.edited?.find((n) => n.what === 'date')?.note ?? '';
  const [text, setText] = useState(shownNote);
  const [asked, setAsked] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const read = readWrittenDate(date);
  const submit = () => {
    if (!read) { setRefusal('Write the date the event happened.'); return; }
    if (!read.ok) { setRefusal(read.why); return; }
    if (read.value === e.date.value && text.trim() === shownNote) { onClose(); return; }
    if (!text.trim() && !asked) { setAsked(true); note.current?.focus(); return; }
    setRefusal(null);
    send({ date: read.value, dateNote: text.trim() || null }, `Date saved: ${read.words}.`);
  };
  return (
    <EditDialog title="Correct date" what={what} submit={asked && !text.trim() ? 'Save without a note' : 'Save date'} error={refusal ?? error} busy={busy} onClose={onClose} onSubmit={submit}>
      <label className="share-field"><span className="share-label">Date</span>
        <input type="text" value={date} placeholder={e.date.value} onChange={(ev) => { setDate(ev.target.value); setRefusal(null); }}
          aria-describedby={`${id}-understood ${id}-date-help`} required spellCheck={false} autoComplete="off" />
      </label>
      {/* What the field will save, said as it changes (polite: after the typing, not over it). */}
      <p id={`${id}-understood`} className="edit-understood" aria-live="polite">
        {read?.ok ? <>Understood: <strong>{read.words}</strong></> : read ? 'Not a date yet.' : ''}
      </p>
      <p id={`${id}-date-help`} className="edit-help">A date as you would write it: 29 November 2012, Nov 29, 2012, November 2012 or 2012 (or 2012-11-29, 2012-W48, 2012-11-29T14:30).</p>
      <label className="share-field"><span className="share-label">Note for readers</span>
        <textarea ref={note} rows={3} value={text} onChange={(ev) => setText(ev.target.value)} maxLength={500} aria-describedby={`${id}-note-help${asked ? ` ${id}-ask` : ''}`}
          placeholder="The ministry’s statement gives the Thursday." />
      </label>
      <p id={`${id}-note-help`} className="edit-help">Why the date was corrected: readers see it beside the date. Asked for, not required.</p>
      {asked && !text.trim() && (
        <p id={`${id}-ask`} className="edit-ask" role="status">Without a note, readers see “Date corrected by the editors.” and no reason. Add a note, or save without one.</p>
      )}
    </EditDialog>
  );
}
