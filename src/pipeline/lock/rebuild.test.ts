// Links that never break, on the repository's real story (data/stories/us-officials-in-mexico-city: five
// outlets' reports of 23 Feb 2017), copied to a temporary folder and rebuilt the way `npm run extract` and
// the site build do (buildOne: read the folder, build, write the lock file), after (a) adding an article,
// (b) changing how every event is named, (c) deleting an article.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Event, Story } from '../../schema/index.ts';
import { buildOne } from '../buildAll.ts';
import { readStoryDir, writeLockFile } from '../io.ts';
import { slugWords } from '../merge/ids.ts';
import { buildStoryWithLock } from '../run.ts';
import { LOCK_FILE, parseLock, type Lock } from './lockFile.ts';
import { mentionKey } from './mentionKey.ts';

const seed = join(import.meta.dirname, '../../../data/stories/us-officials-in-mexico-city');
const LATE = '004_a64dbdd333cede17.txt';
const temps: string[] = [];
afterAll(() => { for (const t of temps) rmSync(t, { recursive: true, force: true }); });

/** A fresh copy of the seed story without its committed lock, minus `leave` files. */
function copy(...leave: string[]): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'dateline-lock-')), 'us-officials-in-mexico-city');
  temps.push(dir);
  cpSync(seed, dir, { recursive: true, filter: (src) => ![LOCK_FILE, 'edits.json', ...leave].some((f) => src.endsWith(`/${f}`)) });
  return dir;
}

const lockOf = (dir: string): Lock => parseLock(readFileSync(join(dir, LOCK_FILE), 'utf8')).lock;

/**
 * What a rebuild did to the ids of the lock before it. An old event still exists when an event of the new
 * build holds its sentences more than any other old event's (an event the rebuild merged into another no
 * longer exists on its own: its id redirects). `strict` counts every old event any of whose sentences is
 * still in some event.
 */
function compare(old: Lock, story: Story) {
  const live = new Set(story.events.map((e) => e.id));
  const redirected = new Map((story.redirects ?? []).map((r) => [r.from, r.to]));
  const unresolved = old.entries.map((e) => e.id).filter((id) => !live.has(id) && !redirected.has(id));
  const was = old.entries.filter((e) => e.redirect === undefined);
  const existing = new Set<string>();
  for (const event of story.events) {
    const keys = new Set(event.mentions.map(mentionKey));
    const shared = was.map((e) => ({ id: e.id, n: e.mentions.filter((k) => keys.has(k)).length }));
    const most = Math.max(0, ...shared.map((x) => x.n));
    if (most > 0) for (const x of shared) if (x.n === most) existing.add(x.id);
  }
  const all = new Set(story.events.flatMap((e) => e.mentions.map(mentionKey)));
  const strict = was.filter((e) => e.mentions.some((k) => all.has(k)));
  const kept = [...existing].filter((id) => live.has(id)).length;
  const result = { unresolved, existing: existing.size, kept, share: kept / existing.size, strict: strict.filter((e) => live.has(e.id)).length / strict.length };
  if (process.env.DATELINE_LOCK_REPORT) console.log(`${old.entries.length} old ids, ${result.existing} old events still there, ${kept} kept their id (strictly ${strict.filter((e) => live.has(e.id)).length} of ${strict.length}), ${redirected.size} redirects`);
  return result;
}

// Each test builds the seed story two or three times (the first one also compiles the pipeline): seconds on
// a busy two-core machine, past vitest's 5 s default once (CI with other builds running).
describe('a rebuild keeps event ids through the lock file', { timeout: 60_000 }, () => {
  it('(a) adding an article: every old id resolves and at least 95% of the old events keep their own id', () => {
    const dir = copy(LATE);
    const before = buildOne(dir);
    const old = lockOf(dir);
    expect(old.entries).toHaveLength(before.story.events.length);
    cpSync(join(seed, LATE), join(dir, LATE));
    const after = buildOne(dir).story;
    expect(after.articles).toHaveLength(5);
    const c = compare(old, after);
    expect(c.unresolved).toEqual([]);
    // Enough old events still there for the share to mean something (the seed has 10 events since session
    // 11 took "a recent report found" off the news day and joined a "he said" quote to the news conference).
    expect(c.existing).toBeGreaterThanOrEqual(8);
    expect(c.share).toBeGreaterThanOrEqual(0.95);
    // The lock now holds every id of both builds.
    const ids = new Set(lockOf(dir).entries.map((e) => e.id));
    for (const e of old.entries) expect(ids.has(e.id)).toBe(true);
  });

  it('(b) changing every naming rule: no id would survive without the lock, all do with it', () => {
    const dir = copy();
    const before = buildOne(dir).story;
    const old = lockOf(dir);
    // Another rule for every title word the ids are made of: the last content words of the summary, reversed.
    const mintId = (e: Event) => `${e.date.value}-${slugWords(e.summary.split(' ').reverse().join(' '), 4)}`;
    const fresh = buildStoryWithLock({ ...readStoryDir(dir), lock: undefined, mintId }).story;
    const without = compare(old, fresh);
    expect(without.share).toBe(0);
    const input = readStoryDir(dir);
    const { story, lock } = buildStoryWithLock({ ...input, mintId });
    expect(writeLockFile(dir, lock, input.lock)).toBeNull();
    const c = compare(old, story);
    expect(c.unresolved).toEqual([]);
    expect(c.existing).toBe(before.events.length);
    expect(c.share).toBeGreaterThanOrEqual(0.95);
  });

  it('(c) deleting an article: every old id resolves, to its event, the one that absorbed it, or the story', () => {
    const dir = copy();
    const before = buildOne(dir).story;
    const old = lockOf(dir);
    // CNN's report (002) alone tells some of the events (fewer since statements made at one occasion are one
    // event), so those must go.
    const victim = before.articles.find((a) => a.id === '002_bce46593e8c8b5a7')!;
    const gone = before.events.filter((e) => e.mentions.every((m) => m.articleId === victim.id)).map((e) => e.id);
    expect(gone.length).toBeGreaterThan(0);
    rmSync(join(dir, victim.file));
    const after = buildOne(dir).story;
    const c = compare(old, after);
    expect(c.unresolved).toEqual([]);
    expect(c.existing).toBeGreaterThanOrEqual(8);
    expect(c.share).toBeGreaterThanOrEqual(0.95);
    // Events told only by the deleted article are gone: their links lead to the story, with a note.
    for (const id of gone) expect(after.redirects).toContainEqual({ from: id, to: null, reason: 'removed' });
    // And they come back under their own ids when the article does.
    cpSync(join(seed, victim.file), join(dir, victim.file));
    const back = buildOne(dir).story;
    expect(back.events.map((e) => e.id).sort()).toEqual(before.events.map((e) => e.id).sort());
    // Only ids first published by the build without it are retired now, each to the event that took it back.
    const minted = after.events.map((e) => e.id).filter((id) => !before.events.some((e) => e.id === id));
    expect(back.redirects?.map((r) => r.from) ?? []).toEqual(minted.sort());
    for (const r of back.redirects ?? []) expect(r.reason).toBe('merged');
  });

  it('(c) deleting the one article that dates the story: no event is left, and every id still resolves to the story', () => {
    const dir = copy();
    const before = buildOne(dir).story;
    const old = lockOf(dir);
    // Business Standard's "Last Updated : Feb 24 2017" is the only stated date: without it nothing has a year.
    rmSync(join(dir, '001_2158e08e2ff1cba3.txt'));
    const after = buildOne(dir).story;
    expect(after.events).toEqual([]);
    expect(compare(old, after).unresolved).toEqual([]);
    expect(after.redirects?.map((r) => r.from)).toEqual(before.events.map((e) => e.id).sort());
    expect(after.redirects?.every((r) => r.to === null && r.reason === 'removed')).toBe(true);
  });

  it('writes nothing when nothing changed, and the same bytes on every rebuild', () => {
    const dir = copy();
    buildOne(dir);
    const first = readFileSync(join(dir, LOCK_FILE), 'utf8');
    const input = readStoryDir(dir);
    const { lock } = buildStoryWithLock(input);
    expect(lock).toBe(first);
    expect(writeLockFile('/nonexistent/folder', lock, input.lock)).toBeNull();
  });
});
