/**
 * The story's lock file, `dateline.lock.json` in the story folder: every event id the story has ever
 * published, with the mentions (mentionKey.ts) it stood for, so that a rebuild gives each happening the id
 * it had before. Live ids have no `redirect`; a retired id has one: the id that absorbed it, or null when
 * its event is gone. Written sorted and byte-for-byte deterministic, meant to be committed like a package
 * lock. Parsing never throws: a broken lock is a warning and the build mints ids afresh.
 */
import type { Warning } from '../../schema/index.ts';

export const LOCK_FILE = 'dateline.lock.json';
export const LOCK_VERSION = 1;

/** One id of the story's history. */
export interface LockEntry {
  id: string;
  /** Mention keys, sorted: what the id stood for when it was last live. */
  mentions: string[];
  /** Absent: a live event of the last build. A string: the event that absorbed it. null: gone. */
  redirect?: string | null;
}

export interface Lock {
  entries: LockEntry[];
}

export const EMPTY_LOCK: Lock = { entries: [] };

/** The lock's text as written: one entry a line, so a rebuild's diff shows which ids came and went. */
export function serializeLock(lock: Lock): string {
  const entries = [...lock.entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const lines = entries.map((e) => `    ${JSON.stringify({ id: e.id, ...(e.redirect !== undefined ? { redirect: e.redirect } : {}), mentions: [...e.mentions].sort() })}`);
  return `{\n  "lockfileVersion": ${LOCK_VERSION},\n  "about": "Event ids of this story kept across rebuilds (see Dateline's README, Links that never break). Commit this file; do not edit it.",\n  "events": [\n${lines.join(',\n')}\n  ]\n}\n`;
}

/** The lock in `text`, or an empty one and a warning naming the file and what is wrong with it. */
export function parseLock(text: string | undefined): { lock: Lock; warning: Warning | null } {
  if (text === undefined) return { lock: EMPTY_LOCK, warning: null };
  const fail = (why: string) => ({
    lock: EMPTY_LOCK,
    warning: { file: LOCK_FILE, code: 'lock', message: `${LOCK_FILE}: ${why}; event ids were made afresh (old links may not resolve)` },
  });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail('not valid JSON');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail('not a JSON object');
  const { lockfileVersion, events } = data as Record<string, unknown>;
  if (lockfileVersion !== LOCK_VERSION) return fail(`lockfileVersion is ${JSON.stringify(lockfileVersion)}, this build reads ${LOCK_VERSION}`);
  if (!Array.isArray(events)) return fail('"events" must be a list');
  const entries: LockEntry[] = [];
  const seen = new Set<string>();
  for (const [i, e] of events.entries()) {
    const v = e as Record<string, unknown> | null;
    const ok = typeof v === 'object' && v !== null && typeof v.id === 'string' && v.id !== '' && Array.isArray(v.mentions) && v.mentions.every((m) => typeof m === 'string')
      && (v.redirect === undefined || v.redirect === null || typeof v.redirect === 'string');
    if (!ok) return fail(`events[${i}] is not {id, mentions[, redirect]}`);
    if (seen.has(v.id as string)) return fail(`events[${i}]: id ${v.id as string} appears twice`);
    seen.add(v.id as string);
    entries.push({ id: v.id as string, mentions: v.mentions as string[], ...(v.redirect !== undefined ? { redirect: v.redirect as string | null } : {}) });
  }
  return { lock: { entries }, warning: null };
}
