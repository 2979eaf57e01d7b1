/**
 * Old event ids: a link made before a rebuild or an editorial change names an event the story may no longer
 * have under that id. Story.redirects says where it leads: to the event that absorbed it, or to the story
 * (to: null) with a note. An id neither in the story nor in its redirects stays what it was: unknown.
 */
import type { Redirect } from '../../schema/story.ts';
import type { StoryOutline } from '../../schema/outline.ts';

/** Where a link to `id` leads now: the event to open, and the redirect followed to get there (if any). */
export function followRedirect(story: Pick<StoryOutline, 'events' | 'redirects'>, id: string | null): { id: string | null; redirect: Redirect | null } {
  if (id === null || !story.redirects?.length || story.events.some((e) => e.id === id)) return { id, redirect: null };
  const redirect = story.redirects.find((r) => r.from === id) ?? null;
  return redirect ? { id: redirect.to, redirect } : { id, redirect: null };
}

/** What the reader is told about a redirect followed, in plain words. */
export function redirectNote(r: Redirect): string {
  if (r.to !== null) return 'The event you followed was merged into this one in an update.';
  return r.reason === 'hidden' ? 'This event was removed by the editors in an update.' : 'This event was removed in an update.';
}
