/**
 * Runtime validation of the split story's documents (outline.ts) with zod, as validate.ts does for the
 * whole document: the viewer reaches it only through outlineQuick.ts, for a document the quick check
 * cannot accept, so the messages are always zod's.
 */
import type { z } from 'zod';
import { ArticleTextSchema, EventChunkSchema, SearchTextsSchema, StoryOutlineFileSchema, type ArticleText, type EventChunk, type SearchTexts, type StoryOutline, type StoryOutlineFile } from './outline.ts';
import { decodeOutline } from './outlineCodec.ts';
import { crossCheckArticleText, crossCheckEventChunk, crossCheckOutline } from './outlineRules.ts';
import { versionProblem } from './rules.ts';
import { format, type Validated } from './validate.ts';

/** `File` is the document as written, T what the viewer gets (the outline decoded; the others as they are). */
function validator<T, File = T>(schema: z.ZodType<File>, cross: (value: File) => string[], decode: (value: File) => T = (v) => v as unknown as T): (data: unknown) => Validated<T> {
  return (data) => {
    const version = versionProblem(data);
    if (version) return { ok: false, errors: [version] };
    const parsed = schema.safeParse(data);
    if (!parsed.success) return { ok: false, errors: format(parsed.error) };
    const errors = cross(parsed.data);
    return errors.length ? { ok: false, errors } : { ok: true, value: decode(parsed.data) };
  };
}

/** The outline's file (data/stories/<id>/index.json), decoded once valid. */
export const validateStoryOutline = validator<StoryOutline, StoryOutlineFile>(StoryOutlineFileSchema, crossCheckOutline, decodeOutline);
export const validateEventChunk = validator<EventChunk>(EventChunkSchema, crossCheckEventChunk);
export const validateArticleText = validator<ArticleText>(ArticleTextSchema, crossCheckArticleText);
export const validateSearchTexts = validator<SearchTexts>(SearchTextsSchema, () => []);
