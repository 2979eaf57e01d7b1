/**
 * `npm run add`: pages fetched by URL become articles of a story folder. Each page is kept as fetched
 * (the original HTML, byte for byte) under a name made from its address (articleName.ts), and what its
 * metadata says (address, publisher, headline, byline, publication date; ingest/htmlMeta.ts, the same
 * reading a page added by hand gets) is recorded in story.json. A page is read exactly as the build will
 * read it (ingest, then clean), so a page the build would skip is refused here with the build's reason.
 *
 * One failed address never stops the others; the caller says which failed and exits non-zero. A story
 * folder that does not exist is created with its first article.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { clean } from '../clean/index.ts';
import { ingest } from '../ingest/index.ts';
import { isoDay } from '../story/published.ts';
import { publisherOf } from '../story/publisher.ts';
import type { ArticleMeta } from '../types.ts';
import { articleFileName } from './articleName.ts';
import { fetchPage, type FetchOptions } from './fetchPage.ts';
import { fileWithUrl, readStoryJson, recordArticle, writeStoryJson } from './storyJson.ts';

export interface AddOptions extends FetchOptions {
  /** Overwrite an article file that exists with other content (the page changed since it was added). */
  replace?: boolean;
}

export type AddResult =
  | {
      url: string;
      ok: true;
      /** added: a new file; unchanged: the same page was there already; replaced: --replace wrote over it;
       *  duplicate: the story already has this page under another file name (nothing written). */
      status: 'added' | 'unchanged' | 'replaced' | 'duplicate';
      file: string;
      /** Where the page was fetched from after redirects. */
      finalUrl: string;
      redirects: string[];
      /** What the build will show for the article. */
      shown: { title: string | null; publisher: string | null; published: string | null; byline: string | null };
      notes: string[];
    }
  | { url: string; ok: false; message: string };

export interface AddReport {
  /** Set when nothing could be tried (the folder or its story.json is unusable); results is then empty. */
  problem: string | null;
  createdFolder: boolean;
  results: AddResult[];
}

export async function addArticles(dir: string, urls: string[], options: AddOptions = {}): Promise<AddReport> {
  let createdFolder = false;
  if (existsSync(dir) && !statSync(dir).isDirectory()) return { problem: `${dir}: not a folder`, createdFolder, results: [] };
  // A new story's folder is made with its first article, so a run where every URL fails leaves nothing behind.
  const ensureDir = () => {
    if (existsSync(dir)) return;
    mkdirSync(dir, { recursive: true });
    createdFolder = true;
  };
  const story = readStoryJson(dir);
  if (!story.ok) return { problem: story.message, createdFolder, results: [] };
  const results: AddResult[] = [];
  let changed = false;
  for (const url of urls) {
    const result = await addOne(dir, url, story.data, options, ensureDir);
    if (result.ok && result.status !== 'duplicate') changed = true;
    results.push(result);
  }
  if (changed) writeStoryJson(dir, story.data);
  return { problem: null, createdFolder, results };
}

async function addOne(dir: string, url: string, data: Parameters<typeof recordArticle>[0], options: AddOptions, ensureDir: () => void): Promise<AddResult> {
  const page = await fetchPage(url, options);
  if (!page.ok) return { url, ok: false, message: page.message };
  const file = articleFileName(url);
  const { doc, warnings } = ingest({ name: file, bytes: page.bytes });
  if (!doc) return { url, ok: false, message: `${warnings.map((w) => w.message.replace(`${file}: `, '')).join('; ') || 'no article in the page'}; not added (the page may need its scripts to show its text)` };
  const cleaned = clean(doc);
  if (!cleaned.text.trim()) return { url, ok: false, message: 'nothing left of the page after removing its navigation and boilerplate; not added' };

  const elsewhere = fileWithUrl(data, page.url);
  if (elsewhere !== null && elsewhere !== file && existsSync(join(dir, elsewhere))) {
    return { url, ok: true, status: 'duplicate', file: elsewhere, finalUrl: page.url, redirects: page.redirects, shown: shownOf(doc.meta, page.url, cleaned), notes: [] };
  }
  const path = join(dir, file);
  let status: 'added' | 'unchanged' | 'replaced' = 'added';
  if (existsSync(path)) {
    const old = readFileSync(path);
    if (Buffer.compare(old, page.bytes) === 0) status = 'unchanged';
    else if (options.replace) status = 'replaced';
    else return { url, ok: false, message: `${file} is already in the story and the page has changed since; kept the existing file (--replace overwrites it)` };
  }
  if (status !== 'unchanged') {
    ensureDir();
    writeFileSync(`${path}.tmp`, page.bytes);
    renameSync(`${path}.tmp`, path);
  }

  const notes: string[] = [];
  const meta: ArticleMeta = { url: page.url, publisher: doc.meta.publisher, title: doc.meta.title, byline: doc.meta.byline };
  if (doc.meta.published) {
    if (isoDay(doc.meta.published)) meta.published = doc.meta.published;
    else notes.push(`the page's publication date "${doc.meta.published}" is not an ISO date; not recorded`);
  }
  recordArticle(data, file, meta);
  // story.json wins over the page at build time, an editor's earlier correction included.
  const recorded = Object.entries(data.articles?.[file] ?? {}).filter(([, v]) => typeof v === 'string' && v.trim());
  const effective: ArticleMeta = { ...doc.meta, ...Object.fromEntries(recorded) };
  return { url, ok: true, status, file, finalUrl: page.url, redirects: page.redirects, shown: shownOf(effective, page.url, cleaned), notes };
}

/** What the viewer will show for the article, as the build computes it. */
function shownOf(meta: ArticleMeta, url: string, cleaned: ReturnType<typeof clean>): Extract<AddResult, { ok: true }>['shown'] {
  const published = meta.published && isoDay(meta.published) ? isoDay(meta.published) : cleaned.published ? isoDay(cleaned.published.value) : null;
  return {
    title: meta.title ?? cleaned.title,
    publisher: publisherOf({ ...meta, url: meta.url ?? url }, cleaned),
    published,
    byline: meta.byline ?? cleaned.byline,
  };
}
