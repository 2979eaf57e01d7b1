/**
 * Markdown front matter: a YAML block between "---" lines at the top of the file. A malformed block is a
 * warning, never a lost article: the body still builds, without the metadata.
 */
import { parse } from 'yaml';
import type { ArticleMeta } from '../types.ts';

export interface FrontMatter {
  meta: ArticleMeta;
  body: string;
  /** Why the block was ignored, when it was. */
  problem: string | null;
}

const OPEN = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSE = /\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

export function splitFrontMatter(source: string): FrontMatter {
  const open = OPEN.exec(source);
  if (!open) return { meta: {}, body: source, problem: null };
  const rest = source.slice(open[0].length);
  const close = CLOSE.exec(rest);
  if (!close) return { meta: {}, body: rest, problem: 'front matter opens with "---" but never closes' };
  const body = rest.slice(close.index + close[0].length);
  let data: unknown;
  try {
    data = parse(rest.slice(0, close.index));
  } catch (error) {
    const first = String((error as Error).message).split('\n')[0];
    return { meta: {}, body, problem: `front matter is not valid YAML (${first})` };
  }
  if (data === null || data === undefined) return { meta: {}, body, problem: null };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { meta: {}, body, problem: 'front matter is not a mapping of fields' };
  }
  return { meta: pickMeta(data as Record<string, unknown>), body, problem: null };
}

/** Known fields only, under the names news front matter commonly uses ("date" for published). */
export function pickMeta(data: Record<string, unknown>): ArticleMeta {
  const meta: ArticleMeta = {};
  const str = (...keys: string[]) => {
    for (const key of keys) {
      const v = data[key];
      if (typeof v === 'string' && v.trim()) return v.trim();
      if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
    }
    return undefined;
  };
  const title = str('title', 'headline');
  const url = str('url', 'link', 'canonical');
  const publisher = str('publisher', 'source', 'outlet', 'site');
  const published = str('published', 'date', 'pubDate', 'published_at');
  const byline = str('byline', 'author');
  if (title) meta.title = title;
  if (url) meta.url = url;
  if (publisher) meta.publisher = publisher;
  if (published) meta.published = published;
  if (byline) meta.byline = byline;
  return meta;
}
