/**
 * story.json as `npm run add` edits it: the per-article metadata of each added page is recorded under its
 * file name; everything else in the file (the story title, other articles, keys this code does not know)
 * is kept as it was. An editor's correction stands: a field already in the entry is never overwritten by
 * what the page says (delete the entry, or the field, to take the page's value again).
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleMeta } from '../types.ts';

export type StoryJson = { [key: string]: unknown; articles?: Record<string, Record<string, unknown>> };

export function readStoryJson(dir: string): { ok: true; data: StoryJson } | { ok: false; message: string } {
  const path = join(dir, 'story.json');
  if (!existsSync(path)) return { ok: true, data: {} };
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return { ok: false, message: `${path}: not valid JSON (${(error as Error).message}); fix it before adding articles` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, message: `${path}: not a JSON object; fix it before adding articles` };
  const { articles } = data as StoryJson;
  if (articles !== undefined && (typeof articles !== 'object' || articles === null || Array.isArray(articles))) {
    return { ok: false, message: `${path}: "articles" must be an object keyed by file name; fix it before adding articles` };
  }
  return { ok: true, data: data as StoryJson };
}

/** The file name under which story.json already records this address, if any. */
export function fileWithUrl(data: StoryJson, url: string): string | null {
  for (const [file, entry] of Object.entries(data.articles ?? {})) if (entry && entry.url === url) return file;
  return null;
}

/** Records `meta` for `file`; fields already in its entry win. */
export function recordArticle(data: StoryJson, file: string, meta: ArticleMeta): void {
  const articles = (data.articles ??= {});
  const fresh = Object.fromEntries((['url', 'publisher', 'title', 'byline', 'published'] as const).filter((k) => meta[k]).map((k) => [k, meta[k]]));
  const old = articles[file];
  articles[file] = old && typeof old === 'object' && !Array.isArray(old) ? { ...fresh, ...old } : fresh;
}

/** Written whole to a temporary file and renamed, so a reader never sees half a story.json. */
export function writeStoryJson(dir: string, data: StoryJson): void {
  const path = join(dir, 'story.json');
  writeFileSync(`${path}.tmp`, `${JSON.stringify(data, null, 2)}\n`);
  renameSync(`${path}.tmp`, path);
}
