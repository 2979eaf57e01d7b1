import { createContext, useContext, useState } from 'react';
import { ShareDialog } from './ShareDialog.tsx';

/** False inside an embed, which has "Open full timeline" instead of its own share buttons. */
export const ShareEnabled = createContext(true);

/** "Share" for an event (eventId) or the whole story (null); opens the share dialog. */
export function ShareButton({ eventId, className }: { eventId: string | null; className?: string }) {
  const enabled = useContext(ShareEnabled);
  const [open, setOpen] = useState(false);
  if (!enabled) return null;
  return (
    <>
      <button type="button" className={`share-button ${className ?? ''}`} aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Share<span className="visually-hidden"> this {eventId ? 'event' : 'story'}</span>
      </button>
      {open && <ShareDialog eventId={eventId} onClose={() => setOpen(false)} />}
    </>
  );
}
