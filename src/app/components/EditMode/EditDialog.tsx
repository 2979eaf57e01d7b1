import { useEffect, useId, useRef, type ReactNode } from 'react';

type Props = {
  title: string;
  /** What is being edited, under the title: the event's title and date. */
  what: ReactNode;
  submit: string;
  error: string | null;
  busy: boolean;
  onSubmit: () => void;
  onClose: () => void;
  children: ReactNode;
  /** A confirmation of something that cannot be taken back: focus starts on Cancel, not on the action. */
  focusCancel?: boolean;
};

/**
 * A modal <dialog> holding one edit's form, as the share dialog is built: showModal() keeps focus inside,
 * Escape closes, focus returns to the button that opened it. The first field gets focus; a refusal from the
 * dev server is an alert inside the dialog, so the person can correct the value and try again.
 */
export function EditDialog({ title, what, submit, error, busy, onSubmit, onClose, children, focusCancel }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const dialog = ref.current!;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLElement>(focusCancel ? '.edit-cancel' : 'input, select, textarea')?.focus();
    return () => {
      if (dialog.open) dialog.close();
      opener?.focus({ preventScroll: true });
    };
  }, []);
  // A refusal gives focus to the first field, marked invalid and described by the message (it had stayed
  // on the page, the message under the last field).
  useEffect(() => {
    const field = ref.current?.querySelector<HTMLElement>('input, select, textarea');
    if (!field) return;
    if (error) {
      field.setAttribute('aria-invalid', 'true');
      field.setAttribute('aria-errormessage', `${id}-error`);
      field.focus();
    } else {
      field.removeAttribute('aria-invalid');
      field.removeAttribute('aria-errormessage');
    }
  }, [error, id]);
  return (
    <dialog ref={ref} className="share-dialog edit-dialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-what`} onClose={() => { if (!ref.current?.open) onClose(); }}>
      <form method="dialog" onSubmit={(e) => { e.preventDefault(); if (!busy) onSubmit(); }}>
        <h2 id={`${id}-title`} className="share-title">{title}</h2>
        <p id={`${id}-what`} className="share-what">{what}</p>
        {children}
        {error && <p id={`${id}-error`} className="edit-error" role="alert">{error}</p>}
        <div className="share-row edit-actions">
          {/* aria-disabled, not disabled: a disabled button drops focus to the page while the server works. */}
          <button type="submit" aria-disabled={busy || undefined}>{busy ? 'Saving…' : submit}</button>
          <button type="button" className="edit-cancel" onClick={onClose}>Cancel</button>
        </div>
      </form>
    </dialog>
  );
}
