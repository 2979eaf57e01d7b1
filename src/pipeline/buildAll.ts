/**
 * Builds every story under the given roots into serialized documents plus the story index. Shared by the
 * Vite plugin (dev server and production build) so both serve exactly what `npm run extract` writes.
 */
import { SCHEMA_VERSION, type Story, type StoryIndex, type StoryIndexEntry } from '../schema/index.ts';
import { listStoryDirs, readStoryDir } from './io.ts';
import { buildStory } from './run.ts';
import { serialize } from './story/serialize.ts';

export interface BuiltStory {
  id: string;
  dir: string;
  story: Story;
  json: string;
}

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

export function buildOne(dir: string): BuiltStory {
  const story = buildStory(readStoryDir(dir));
  return { id: story.id, dir, story, json: serialize(story) };
}

export function buildAll(roots: string[]): BuildAllResult {
  const stories: BuiltStory[] = [];
  const failures: BuildAllResult['failures'] = [];
  const seen = new Set<string>();
  for (const dir of listStoryDirs(roots)) {
    try {
      const built = buildOne(dir);
      if (seen.has(built.id)) throw new Error(`another story folder already has the id "${built.id}"`);
      seen.add(built.id);
      stories.push(built);
    } catch (error) {
      failures.push({ dir, message: (error as Error).message });
    }
  }
  return { stories, index: indexOf(stories.map((s) => s.story)), failures };
}

export function indexOf(stories: Story[]): StoryIndex {
  const entries: StoryIndexEntry[] = stories.map((story) => ({
    id: story.id,
    title: story.title,
    articles: story.articles.length,
    events: story.events.length,
    from: story.events[0]?.date.value ?? null,
    to: story.events.at(-1)?.date.value ?? null,
  }));
  return { schemaVersion: SCHEMA_VERSION, stories: entries };
}
