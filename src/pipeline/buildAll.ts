/**
 * Builds every story under the given roots into serialized documents plus the story index. Shared by the
 * Vite plugin (dev server and production build) so both serve exactly what `npm run extract` writes.
 */
import { SCHEMA_VERSION, type Story, type StoryIndex, type StoryIndexEntry, type Warning } from '../schema/index.ts';
import { listStoryDirs, readStoryDir, writeLockFile } from './io.ts';
import { buildStoryWithLock } from './run.ts';
import { serialize } from './story/serialize.ts';
import { buildInPool, type PoolResult } from './pool/storyPool.ts';
import { isTimeline17 } from './datasets/timeline17.ts';
import { periodAbout, periodOf } from '../schema/period.ts';

export interface BuiltStory {
  id: string;
  dir: string;
  /** From a worker thread, parsed from `json` only when first read (pool/storyPool.ts). */
  story: Story;
  json: string;
  /**
   * From a worker thread, `json` as UTF-8, as the worker sent it (pool/storyPool.ts): a writer writes these
   * bytes, the same a write of `json` gives, and `json` is then never decoded.
   */
  bytes?: Uint8Array;
  /** What `npm run extract` prints and checks, so that it never needs `story` parsed. */
  summary: StorySummary;
}

/** A built story's counts and warnings: all a command line reports of it. */
export interface StorySummary { articles: number; events: number; warnings: Warning[] }

export interface BuildAllResult {
  stories: BuiltStory[];
  index: StoryIndex;
  /** Stories that could not be built at all, with why (a bug, never bad input: that is a warning). */
  failures: { dir: string; message: string }[];
}

/** Roots from DATELINE_STORIES ("a:b", each a folder of story folders), else data/stories. */
export function storyRoots(env: string | undefined): string[] {
  return (env ?? 'data/stories').split(':').map((s) => s.trim()).filter(Boolean);
}

/** Folders whose lock file could not be written, so each says so once per process, on stderr only. */
const unwritable = new Set<string>();

/** Builds one folder and keeps its event ids in its lock file (io.ts writeLockFile). */
export function buildOne(dir: string): BuiltStory {
  const input = readStoryDir(dir);
  const { story, lock } = buildStoryWithLock(input);
  // A Timeline17 topic is a read-only research data set, not a newsroom's story folder: its ids are not kept.
  const problem = isTimeline17(dir) ? null : writeLockFile(dir, lock, input.lock);
  if (problem && !unwritable.has(dir)) {
    unwritable.add(dir);
    process.stderr.write(`[dateline] warning: ${problem}\n`);
  }
  return { id: story.id, dir, story, json: serialize(story), summary: { articles: story.articles.length, events: story.events.length, warnings: story.warnings } };
}

/**
 * Every story folder under the roots, one story per thread on every core (this one and worker threads,
 * pool/storyPool.ts; `jobs` to cap it); a single story is built in this thread, where a worker's start-up would only cost time.
 * Stories come back in folder order whatever order they finish in.
 */
export async function buildAll(roots: string[], jobs?: number): Promise<BuildAllResult> {
  const dirs = listStoryDirs(roots);
  const results: PoolResult[] = dirs.length === 1 || jobs === 1
    ? dirs.map((dir) => { try { return { dir, ok: true, built: buildOne(dir) }; } catch (error) { return { dir, ok: false, message: (error as Error).message }; } })
    : await buildInPool(dirs, { jobs });
  const stories: BuiltStory[] = [];
  const failures: BuildAllResult['failures'] = [];
  const seen = new Set<string>();
  for (const result of results) {
    if (!result.ok) failures.push({ dir: result.dir, message: result.message });
    else if (seen.has(result.built.id)) failures.push({ dir: result.dir, message: `another story folder already has the id "${result.built.id}"` });
    else {
      seen.add(result.built.id);
      stories.push(result.built);
    }
  }
  return { stories, index: indexOf(stories.map((s) => s.story)), failures };
}

export function indexOf(stories: Story[]): StoryIndex {
  const entries: StoryIndexEntry[] = stories.map((story) => {
    const [from, to] = periodOf(story.events);
    const [fromAbout, toAbout] = periodAbout(story.events, [from, to]);
    return { id: story.id, title: story.title, articles: story.articles.length, events: story.events.length, from, to, ...(fromAbout ? { fromAbout } : {}), ...(toAbout ? { toAbout } : {}) };
  });
  return { schemaVersion: SCHEMA_VERSION, stories: entries };
}

/** The span the index shows for a story: src/schema/period.ts, the same the story's own header shows. */
export { periodOf } from '../schema/period.ts';
