/**
 * Which files of a story folder are its articles. By default, every file directly in the folder except
 * the story's own settings (story.json, the lock file, edits.json); in a Multi-News cluster folder
 * (article_01.txt ... beside summary.txt and meta.json) the summary and the metadata are not articles.
 * story.json may instead list them: `include` (glob patterns, subfolders allowed) and/or `index` (a table
 * of files with their metadata, see indexFile.ts). Every problem with those fields is a warning that
 * names story.json and the entry; the story still builds from what could be read.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Warning } from '../../schema/index.ts';
import type { ArticleMeta, InputFile } from '../types.ts';
import { globProblem, globToRegExp, walkFiles } from './glob.ts';
import { META_COLUMNS, readIndex, type IndexSpec } from './indexFile.ts';

export type Listing = { include?: string[]; index?: IndexSpec };

/** Warning code for a story.json `include` or `index` entry that could not be used as written. */
export const LISTING = 'story-json';

const CLUSTER_ARTICLE = /^article_\d+\.[a-z]+$/i;
const CLUSTER_EXTRAS = new Set(['summary.txt', 'meta.json']);

/** The files of the default listing: a cluster folder's summary.txt and meta.json are not articles. */
export function defaultArticleNames(names: string[]): string[] {
  if (!names.some((n) => CLUSTER_ARTICLE.test(n))) return names;
  return names.filter((n) => !CLUSTER_EXTRAS.has(n));
}

/** Reads `include` and `index` from story.json's object; a malformed entry is a warning and left out. */
export function parseListing(data: Record<string, unknown>, warnings: Warning[]): Listing | null {
  const warn = (message: string) => warnings.push({ file: 'story.json', code: LISTING, message: `story.json: ${message}` });
  const listing: Listing = {};
  if (data.include !== undefined) {
    const raw = typeof data.include === 'string' ? [data.include] : data.include;
    if (!Array.isArray(raw)) warn('"include" must be a list of glob patterns such as ["articles/**/*.txt"]; ignored');
    else {
      listing.include = [];
      raw.forEach((p, i) => {
        if (typeof p !== 'string') return warn(`"include[${i}]" must be a string such as "articles/**/*.txt"; ignored`);
        const problem = globProblem(p);
        if (problem) return warn(`"include[${i}]" ("${p}") ${problem}; ignored`);
        listing.include!.push(p);
      });
    }
  }
  if (data.index !== undefined) {
    const v = data.index;
    const example = '{ "file": "articles_index.tsv", "path": "file", "published": "pub_date" }';
    if (typeof v === 'string') listing.index = { file: v, path: 'file' };
    else if (typeof v !== 'object' || v === null || Array.isArray(v)) warn(`"index" must be an object such as ${example}; ignored`);
    else {
      const o = v as Record<string, unknown>;
      const bad = Object.keys(o).filter((k) => k !== 'file' && k !== 'path' && !(META_COLUMNS as readonly string[]).includes(k));
      if (bad.length) warn(`"index" has unknown ${bad.length === 1 ? 'field' : 'fields'} ${bad.map((k) => `"${k}"`).join(', ')} (known: file, path, ${META_COLUMNS.join(', ')}); ignored`);
      const fileProblem = typeof o.file !== 'string' ? 'is missing' : globProblem(o.file.replace(/[*?{}]/g, '_'));
      const wrongType = [...META_COLUMNS, 'path'].filter((k) => o[k] !== undefined && typeof o[k] !== 'string');
      if (fileProblem) warn(`"index.file" ${fileProblem === 'is missing' ? 'is missing: name the table of articles, e.g. "articles_index.tsv"' : `("${String(o.file)}") ${fileProblem}`}; index ignored`);
      else if (wrongType.length) warn(`"index.${wrongType[0]}" must be a column name (a string); index ignored`);
      else {
        const spec: IndexSpec = { file: o.file as string, path: (o.path as string | undefined) ?? 'file' };
        for (const k of META_COLUMNS) if (typeof o[k] === 'string') spec[k] = o[k] as string;
        listing.index = spec;
      }
    }
  }
  return listing.include || listing.index ? listing : null;
}

/** The settings files and the index itself are never articles, whatever a pattern says. */
function isOwnFile(path: string, own: ReadonlySet<string>): boolean {
  return own.has(path);
}

/**
 * The articles story.json lists: index rows first, then the files `include` matches, each file once,
 * sorted by path. A file in a subfolder is named by its path with "/" turned into "_"
 * ("articles/2009-04-24/003.txt" is "articles_2009-04-24_003.txt"), so article ids stay one URL segment.
 * Metadata from the index is returned keyed by that name; story.json's `articles` entries win over it.
 */
export function listArticles(dir: string, listing: Listing, own: ReadonlySet<string>, warnings: Warning[]): { files: InputFile[]; articles: Record<string, ArticleMeta>; paths: Map<string, string> } {
  const warn = (message: string) => warnings.push({ file: 'story.json', code: LISTING, message: `story.json: ${message}` });
  const picked = new Map<string, ArticleMeta>();
  const ownFiles = new Set([...own, ...(listing.index ? [listing.index.file] : [])]);
  if (listing.index) {
    const { file } = listing.index;
    const at = join(dir, file);
    if (!existsSync(at) || !statSync(at).isFile()) warn(`index file "${file}" not found in the story folder; index ignored`);
    else {
      const { rows, problems } = readIndex(readFileSync(at, 'utf8'), listing.index);
      for (const p of problems) warn(`index: ${p}`);
      for (const row of rows) {
        const path = row.path.replace(/^\.\//, '');
        const problem = globProblem(path);
        if (problem) { warn(`index: ${file} line ${row.line}: "${row.path}" ${problem}; row skipped`); continue; }
        const full = join(dir, path);
        if (!existsSync(full) || !statSync(full).isFile()) { warn(`index: ${file} line ${row.line}: "${path}" is not a file in the story folder; row skipped`); continue; }
        if (picked.has(path)) { warn(`index: ${file} line ${row.line}: "${path}" is listed twice; the first row is kept`); continue; }
        picked.set(path, row.meta);
      }
      if (!rows.length && !problems.length) warn(`index file "${file}" lists no articles`);
    }
  }
  if (listing.include?.length) {
    const all = walkFiles(dir).filter((p) => !isOwnFile(p, ownFiles));
    for (const pattern of listing.include) {
      const re = globToRegExp(pattern.replace(/^\.\//, ''));
      const hits = all.filter((p) => re.test(p));
      if (!hits.length) warn(`"include" pattern "${pattern}" matches no file in the story folder`);
      for (const p of hits) if (!picked.has(p)) picked.set(p, {});
    }
  }
  const files: InputFile[] = [];
  const articles: Record<string, ArticleMeta> = {};
  const named = new Map<string, string>();
  for (const path of [...picked.keys()].sort()) {
    if (isOwnFile(path, ownFiles)) continue;
    const name = path.replaceAll('/', '_');
    const twin = named.get(name);
    if (twin !== undefined) { warn(`"${path}" and "${twin}" would both be the article "${name}"; "${path}" skipped (rename one of them)`); continue; }
    named.set(name, path);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(readFileSync(join(dir, path)));
    } catch (error) {
      warnings.push({ file: path, code: 'unreadable-file', message: `${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}; skipped` });
      continue;
    }
    files.push({ name, bytes });
    const meta = picked.get(path)!;
    if (Object.keys(meta).length) articles[name] = meta;
  }
  return { files, articles, paths: named };
}

/**
 * Metadata of every listed article: story.json's `articles` entry (keyed by the article's name, its path
 * in the folder, or its id) field by field over the index row's.
 */
export function mergeArticleMeta(fromIndex: Record<string, ArticleMeta>, fromStory: Record<string, ArticleMeta> | undefined, paths: Map<string, string>): Record<string, ArticleMeta> {
  const out: Record<string, ArticleMeta> = { ...(fromStory ?? {}) };
  for (const [name, path] of paths) {
    const own = fromStory?.[name] ?? fromStory?.[path] ?? fromStory?.[path.replace(/\.[^./]+$/, '')] ?? {};
    const defined = Object.fromEntries(Object.entries(own).filter(([, v]) => v !== undefined));
    const merged = { ...(fromIndex[name] ?? {}), ...defined };
    if (Object.keys(merged).length) out[name] = merged;
  }
  return out;
}
