import { useTimeline } from '../../store/context.ts';
import { selectRedirect } from '../../store/selectors.ts';
import { redirectNote } from '../../store/redirects.ts';

/**
 * Says so when the link that opened the page named an event the story no longer has under that id: it was
 * merged into the event now open, or removed (the story is shown). A status, so a screen reader reads it
 * without moving focus.
 */
export function RedirectNote() {
  const redirect = useTimeline(selectRedirect);
  return (
    <p className="redirect-note" role="status">
      {redirect ? redirectNote(redirect) : ''}
    </p>
  );
}
