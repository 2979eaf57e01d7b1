/**
 * Edit mode of `npm run dev` (never part of the production build: every import of this folder sits behind
 * import.meta.env.DEV, so the bundler drops it). On or off per browser tab (sessionStorage), so it survives
 * the reload that shows a rebuilt story. Each change goes to the dev server's edits endpoint
 * (src/pipeline/editsEndpoint.ts), which validates it, writes edits.json in the story folder and rebuilds
 * the story before it answers.
 */
import { useSyncExternalStore } from 'react';

const KEY = 'dateline:edit-mode';
const FLASH = 'dateline:edit-saved';
const listeners = new Set<() => void>();

function read(): boolean {
  try { return sessionStorage.getItem(KEY) === '1'; } catch { return false; }
}

export function setEditMode(on: boolean): void {
  try { if (on) sessionStorage.setItem(KEY, '1'); else sessionStorage.removeItem(KEY); } catch { /* storage refused: this page only */ }
  current = on;
  for (const l of listeners) l();
}

let current = typeof window === 'undefined' ? false : read();

/** True while edit mode is on, re-rendering when it changes. */
export function useEditMode(): boolean {
  return useSyncExternalStore((l) => { listeners.add(l); return () => listeners.delete(l); }, () => current);
}

/** The editors' changes to one event: a field set to null removes that edit; `clear` removes them all. */
export type EventChange = {
  story: string;
  event: string;
  set?: Partial<Record<'hide' | 'key', boolean | null> & Record<'title' | 'date' | 'dateNote' | 'mergeInto', string | null> & { attach: string[] | null }>;
  clear?: boolean;
};
export type EditChange = EventChange | {
  /** The story's own title and credit line (edits.json's "story"). */
  story: string;
  storySet: Partial<Record<'title' | 'credit', string | null>>;
};

export const ENDPOINT = `${import.meta.env.BASE_URL}__dateline/edits`;

/**
 * Sends a change; on success remembers what to announce and opens `then` (a fresh load of the rebuilt
 * story). Resolves to the server's message when it refused the change.
 */
export async function saveEdit(change: EditChange, done: string, then: string): Promise<string | null> {
  let response: Response;
  try {
    response = await fetch(ENDPOINT, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(change) });
  } catch (error) {
    return `The dev server could not be reached (${(error as Error).message}).`;
  }
  const body = (await response.json().catch(() => null)) as { ok?: boolean; error?: string } | null;
  if (!response.ok || !body?.ok) return body?.error ?? `The dev server answered ${response.status}.`;
  try { sessionStorage.setItem(FLASH, done); } catch { /* the announcement is lost, the edit is not */ }
  window.location.assign(then);
  return null;
}

/** The announcement of the last saved edit, once, after the reload it caused. */
export function takeFlash(): string {
  try {
    const message = sessionStorage.getItem(FLASH) ?? '';
    sessionStorage.removeItem(FLASH);
    return message;
  } catch {
    return '';
  }
}

/**
 * The edits file of a story as the dev server has it: its entries, what the build cannot apply of it, and
 * the titles of the events it hid or merged away (as long as the server has seen them built).
 */
export type StoryEdits = { events: Record<string, Record<string, unknown>>; warnings: string[]; titles: Record<string, string> };

export async function loadEdits(story: string): Promise<StoryEdits> {
  try {
    const response = await fetch(`${ENDPOINT}?story=${encodeURIComponent(story)}`);
    const body = (await response.json()) as Partial<StoryEdits>;
    return { events: body.events ?? {}, warnings: body.warnings ?? [], titles: body.titles ?? {} };
  } catch {
    return { events: {}, warnings: [], titles: {} };
  }
}
