/**
 * Types that pass between pipeline stages. They never leave the pipeline: what the viewer sees is
 * src/schema. Each stage is a pure function (input, ctx) -> output; only cli.ts does I/O.
 */
import type { Warning } from '../schema/index.ts';

/** Input formats the ingest stage understands. */
export type Format = 'txt' | 'html' | 'md';

/** Per-article metadata from story.json or front matter; wins over what the text says. */
export interface ArticleMeta {
  title?: string;
  url?: string;
  publisher?: string;
  /** ISO date "2017-02-24" (or datetime); the article's publication date. */
  published?: string;
  byline?: string;
}

/** story.json: the story title and optional metadata keyed by article file name or id. */
export interface StoryMeta {
  title?: string;
  articles?: Record<string, ArticleMeta>;
}

/** One input file as read from disk, before decoding. */
export interface InputFile {
  /** File name inside the story folder: "000_040d3fae169fa766.txt". */
  name: string;
  bytes: Uint8Array;
}

/** Output of ingest: one decoded document with the metadata its container carried. */
export interface RawDocument {
  /** File stem: "000_040d3fae169fa766". */
  id: string;
  file: string;
  format: Format;
  /** Encoding the bytes were decoded from: "UTF-8", "UTF-16LE", "windows-1252". */
  encoding: string;
  /**
   * Plain text with paragraphs separated by blank lines. For HTML this is the reader-mode extraction;
   * for Markdown the body after front matter with markup removed.
   */
  text: string;
  /** Metadata from front matter, HTML meta tags and story.json, merged (story.json wins). */
  meta: ArticleMeta;
}

/** A date the text states outright: "Last Updated : Feb 24 2017 | 3:21 PM IST". */
export interface StatedDate {
  /** TIMEX3 value, "2017-02-24" (or "2017-02-24T15:21" when a time is given). */
  value: string;
  /** The words it came from, as they stood in the raw text. */
  text: string;
}

/** Output of clean: article text without boilerplate, and what the text says about itself. */
export interface CleanedDocument {
  /** Cleaned text: paragraphs separated by one blank line ("\n\n"), no trailing white space. */
  text: string;
  title: string | null;
  /** Dateline place: "Mexico City" from "Mexico City (EFE).-". */
  dateline: string | null;
  /** Publisher or agency named by the text: "EFE", "IANS", "Business Standard". */
  publisher: string | null;
  byline: string | null;
  published: StatedDate | null;
  /** Line counts, for the cleaning report: lines with text in the input and how many were removed. */
  stats: { lines: number; removed: number };
}

/** A sentence with character offsets into the cleaned text. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
  /** Index of the paragraph it belongs to. */
  paragraph: number;
}

/** Collects warnings for one story build; stages add to it instead of throwing. */
export interface BuildContext {
  warn(warning: Warning): void;
}
