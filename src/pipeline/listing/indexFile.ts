/**
 * story.json's `index`: a table (TSV, or CSV when the file ends in .csv) with a header row, one article a
 * row. `path` names the column holding the article's file (relative to the story folder), and the
 * optional `published`, `title`, `url`, `publisher`, `byline` name the columns holding its metadata.
 * A Timeline17 topic's articles_index.tsv reads with
 * `{ "file": "articles_index.tsv", "path": "file", "published": "pub_date" }`.
 */
import type { ArticleMeta } from '../types.ts';

export const META_COLUMNS = ['published', 'title', 'url', 'publisher', 'byline'] as const;
export type IndexSpec = { file: string; path: string } & Partial<Record<(typeof META_COLUMNS)[number], string>>;
export type IndexRow = { line: number; path: string; meta: ArticleMeta };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Rows of a CSV text (RFC 4180 quotes) or a TSV text (tab-separated, no quoting). */
export function splitTable(text: string, csv: boolean): string[][] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!csv) return lines.map((l) => (l.trim() ? l.split('\t') : []));
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = lines.join('\n');
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\n') { row.push(cell); rows.push(row.length === 1 && !row[0]!.trim() ? [] : row); row = []; cell = ''; }
    else cell += c;
  }
  row.push(cell);
  rows.push(row.length === 1 && !row[0]!.trim() ? [] : row);
  return rows;
}

/**
 * The index's rows. Problems (a column the header lacks, a row without a path, a date that is not ISO)
 * are messages naming the index file and its line; the rest of the index is still read.
 */
export function readIndex(text: string, spec: IndexSpec): { rows: IndexRow[]; problems: string[] } {
  const problems: string[] = [];
  const table = splitTable(text, /\.csv$/i.test(spec.file));
  const header = (table[0] ?? []).map((h) => h.trim());
  const at = (column: string | undefined, role: string): number | null => {
    if (column === undefined) return null;
    const i = header.indexOf(column);
    if (i < 0) problems.push(`${spec.file} has no column "${column}" (index.${role}); its header is ${header.map((h) => `"${h}"`).join(', ') || 'empty'}`);
    return i < 0 ? null : i;
  };
  const pathAt = at(spec.path, 'path');
  if (pathAt === null) return { rows: [], problems };
  const metaAt = META_COLUMNS.map((k) => [k, at(spec[k], k)] as const);
  const rows: IndexRow[] = [];
  for (let r = 1; r < table.length; r++) {
    const cells = table[r]!;
    if (!cells.length) continue;
    const line = r + 1;
    const path = (cells[pathAt] ?? '').trim();
    if (!path) { problems.push(`${spec.file} line ${line}: no file in column "${spec.path}"; row skipped`); continue; }
    const meta: ArticleMeta = {};
    for (const [k, i] of metaAt) {
      const value = i === null ? '' : (cells[i] ?? '').trim();
      if (!value) continue;
      if (k === 'published' && !ISO_DATE.test(value)) {
        problems.push(`${spec.file} line ${line}: "${value}" in column "${spec.published}" is not an ISO date (YYYY-MM-DD); ${path} is read without it`);
        continue;
      }
      meta[k] = value;
    }
    rows.push({ line, path, meta });
  }
  return { rows, problems };
}
