/**
 * Reading story folders from disk: the only file I/O of the pipeline besides cli.ts (the Vite plugin
 * shares it). A folder holds article files and an optional story.json.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Warning } from '../schema/index.ts';
import type { StoryInput } from './run.ts';
import { slugify } from './story/serialize.ts';
import type { StoryMeta } from './types.ts';
import { isTimeline17, readTimeline17 } from './datasets/timeline17.ts';
import { EDITS_FILE } from './edits/editsFile.ts';
import { LOCK_FILE } from './lock/lockFile.ts';
import { defaultArticleNames, listArticles, mergeArticleMeta, parseListing, type Listing } from './listing/listArticles.ts';

/**
 * Warning code for a file the story's own settings come from (story.json, edits.json) that could not be
 * read or parsed: the site build warns and builds without it, `npm run extract` refuses with one line.
 */
export const UNREADABLE = 'unreadable';

export function readStoryDir(dir: string): StoryInput {
  const warnings: Warning[] = [];
  const names = readdirSync(dir).filter((n) => !n.startsWith('.') && statSync(join(dir, n)).isFile());
  let meta: StoryMeta = {};
  let listing: Listing | null = null;
  if (names.includes('story.json')) {
    try {
      const data: unknown = JSON.parse(readFileSync(join(dir, 'story.json'), 'utf8'));
      meta = parseStoryMeta(data);
      listing = parseListing(data as Record<string, unknown>, warnings);
    } catch (error) {
      warnings.push({ file: 'story.json', code: UNREADABLE, message: `story.json: ${(error as Error).message}; built without it` });
    }
  }
  // A Timeline17 topic reads as one story unless its story.json lists the articles itself.
  if (!listing && isTimeline17(dir)) {
    const t17 = readTimeline17(dir);
    return { ...t17, meta: { ...t17.meta, ...(meta.title ? { title: meta.title } : {}) }, warnings: [...warnings, ...(t17.warnings ?? [])] };
  }
  // The lock file and the editors' edits are the story's own settings, never articles.
  const own = (name: string): string | undefined => {
    if (!names.includes(name)) return undefined;
    try {
      return readFileSync(join(dir, name), 'utf8');
    } catch (error) {
      warnings.push({ file: name, code: UNREADABLE, message: `${name}: ${(error as Error).message}; built without it` });
      return undefined;
    }
  };
  const lock = own(LOCK_FILE);
  const edits = own(EDITS_FILE);
  const ownFiles = new Set(['story.json', LOCK_FILE, EDITS_FILE]);
  let files: StoryInput['files'];
  if (listing) {
    const listed = listArticles(dir, listing, ownFiles, warnings);
    files = listed.files;
    meta = { ...meta, articles: mergeArticleMeta(listed.articles, meta.articles, listed.paths) };
  } else {
    files = defaultArticleNames(names.filter((n) => !ownFiles.has(n)))
      .sort()
      .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
  }
  return { id: slugify(basename(dir)), meta, files, warnings, ...(lock !== undefined ? { lock } : {}), ...(edits !== undefined ? { edits } : {}) };
}

/**
 * Writes the story folder's lock file when its text changed (a rebuild with nothing new writes nothing).
 * Never throws: a folder that cannot be written (read-only data, DATELINE_LOCKS=frozen) keeps its old
 * lock; the message says why, for the caller to print once.
 */
export function writeLockFile(dir: string, text: string, previous: string | undefined): string | null {
  if (text === previous || process.env.DATELINE_LOCKS === 'frozen') return null;
  try {
    writeFileSync(join(dir, LOCK_FILE), text);
    return null;
  } catch (error) {
    return `${join(dir, LOCK_FILE)}: not written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); event ids of this folder are not kept across rebuilds`;
  }
}

/** Folders under each root that look like stories (hold at least one file). */
export function listStoryDirs(roots: string[]): string[] {
  const dirs: string[] = [];
  for (const root of roots) {
    if (!existsSync(root)) continue;
    for (const name of readdirSync(root).sort()) {
      const dir = join(root, name);
      if (!name.startsWith('.') && statSync(dir).isDirectory()) dirs.push(dir);
    }
  }
  return dirs;
}

function parseStoryMeta(data: unknown): StoryMeta {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error('not a JSON object');
  const { title, articles } = data as Record<string, unknown>;
  const meta: StoryMeta = {};
  if (title !== undefined) {
    if (typeof title !== 'string') throw new Error('"title" must be a string');
    meta.title = title;
  }
  if (articles !== undefined) {
    if (typeof articles !== 'object' || articles === null || Array.isArray(articles)) throw new Error('"articles" must be an object keyed by file name');
    meta.articles = {};
    for (const [key, value] of Object.entries(articles)) {
      if (typeof value !== 'object' || value === null) throw new Error(`"articles.${key}" must be an object`);
      const v = value as Record<string, unknown>;
      const pick = (k: string) => (typeof v[k] === 'string' ? (v[k] as string) : undefined);
      meta.articles[key] = { title: pick('title'), url: pick('url'), publisher: pick('publisher'), published: pick('published'), byline: pick('byline') };
    }
  }
  return meta;
}
