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
};

/**
 * A modal <dialog> holding one edit's form, as the share dialog is built: showModal() keeps focus inside,
 * Escape closes, focus returns to the button that opened it. The first field gets focus; a refusal from the
 * dev server is an alert inside the dialog, so the person can correct the value and try again.
 */
export function EditDialog({ title, what, submit, error, busy, onSubmit, onClose, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const dialog = ref.current!;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLElement>('input, select, textarea')?.focus();
    return () => {
      if (dialog.open) dialog.close();
      opener?.focus({ preventScroll: true });
    };
  }, []);
  return (
    <dialog ref={ref} className="share-dialog edit-dialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-what`} onClose={() => { if (!ref.current?.open) onClose(); }}>
      <form method="dialog" onSubmit={(e) => { e.preventDefault(); onSubmit(); }}>
        <h2 id={`${id}-title`} className="share-title">{title}</h2>
        <p id={`${id}-what`} className="share-what">{what}</p>
        {children}
        {error && <p className="edit-error" role="alert">{error}</p>}
        <div className="share-row edit-actions">
          <button type="submit" disabled={busy}>{busy ? 'Saving…' : submit}</button>
          <button type="button" onClick={onClose}>Cancel</button>
        </div>
      </form>
    </dialog>
  );
}
