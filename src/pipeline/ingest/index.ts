/**
 * Ingest: one input file -> one RawDocument, or a warning that names the file and says what is wrong.
 * A broken file never throws out of here: the story builds from the others.
 */
import type { Warning } from '../../schema/index.ts';
import type { ArticleMeta, Format, InputFile, RawDocument } from '../types.ts';
import { decode } from './decode.ts';
import { splitFrontMatter } from './frontMatter.ts';
import { htmlToArticle } from './html.ts';
import { markdownToText } from './markdown.ts';

/**
 * Longest article text we keep. News articles run to tens of KB; a multi-megabyte file is a dump or a
 * mistake, and cutting it keeps one bad file from dominating the build time of the whole story.
 */
export const MAX_TEXT_CHARS = 1_000_000;

const FORMATS: Record<string, Format> = {
  txt: 'txt', text: 'txt', html: 'html', htm: 'html', xhtml: 'html', md: 'md', markdown: 'md',
};

export type IngestResult = { doc: RawDocument | null; warnings: Warning[] };

/** The format a file name implies, or null for files that are not articles. */
export function formatOf(name: string): Format | null {
  const ext = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase();
  return ext ? (FORMATS[ext] ?? null) : null;
}

/** Decodes and unwraps one file; `storyMeta` (from story.json) wins over the file's own metadata. */
export function ingest(file: InputFile, storyMeta: ArticleMeta = {}): IngestResult {
  const warnings: Warning[] = [];
  const warn = (code: string, message: string) => warnings.push({ file: file.name, code, message: `${file.name}: ${message}` });
  const format = formatOf(file.name);
  if (!format) {
    warn('unsupported', 'not an article format (.txt, .html, .md); skipped');
    return { doc: null, warnings };
  }
  const decoded = decode(file.bytes);
  if (decoded.kind === 'empty') {
    warn('empty', 'the file is empty; skipped');
    return { doc: null, warnings };
  }
  if (decoded.kind === 'binary') {
    warn('binary', `not a text file: ${decoded.reason}; skipped`);
    return { doc: null, warnings };
  }
  if (decoded.encoding !== 'UTF-8') warn('encoding', `decoded as ${decoded.encoding}, not UTF-8`);
  let source = decoded.text.replace(/\r\n?/g, '\n');
  if (source.length > MAX_TEXT_CHARS) {
    warn('too-large', `${source.length.toLocaleString('en-US')} characters; only the first ${MAX_TEXT_CHARS.toLocaleString('en-US')} are used`);
    source = source.slice(0, MAX_TEXT_CHARS);
  }
  let text = source;
  let meta: ArticleMeta = {};
  if (format === 'md') {
    const fm = splitFrontMatter(source);
    if (fm.problem) warn('front-matter', `${fm.problem}; the article is used without its metadata`);
    meta = fm.meta;
    text = markdownToText(fm.body);
  } else if (format === 'html') {
    ({ text, meta } = htmlToArticle(source));
  }
  // Control characters other than tab and newline are never article text (form feeds, stray escapes).
  text = text.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ');
  if (!text.trim()) {
    warn('empty', 'no article text found; skipped');
    return { doc: null, warnings };
  }
  const id = file.name.replace(/\.[^.]+$/, '');
  return {
    doc: { id, file: file.name, format, encoding: decoded.encoding, text, meta: { ...meta, ...definedOnly(storyMeta) } },
    warnings,
  };
}

function definedOnly(meta: ArticleMeta): ArticleMeta {
  return Object.fromEntries(Object.entries(meta).filter(([, v]) => typeof v === 'string' && v.trim())) as ArticleMeta;
}
