/**
 * Runtime validation of the split story's documents (outline.ts) with zod, as validate.ts does for the
 * whole document: the viewer reaches it only through outlineQuick.ts, for a document the quick check
 * cannot accept, so the messages are always zod's.
 */
import type { z } from 'zod';
import { ArticleTextSchema, EventChunkSchema, SearchTextsSchema, StoryOutlineSchema, type ArticleText, type EventChunk, type SearchTexts, type StoryOutline } from './outline.ts';
import { crossCheckArticleText, crossCheckEventChunk, crossCheckOutline } from './outlineRules.ts';
import { versionProblem } from './rules.ts';
import { format, type Validated } from './validate.ts';

function validator<T>(schema: z.ZodType<T>, cross: (value: T) => string[]): (data: unknown) => Validated<T> {
  return (data) => {
    const version = versionProblem(data);
    if (version) return { ok: false, errors: [version] };
    const parsed = schema.safeParse(data);
    if (!parsed.success) return { ok: false, errors: format(parsed.error) };
    const errors = cross(parsed.data);
    return errors.length ? { ok: false, errors } : { ok: true, value: parsed.data };
  };
}

export const validateStoryOutline = validator<StoryOutline>(StoryOutlineSchema, crossCheckOutline);
export const validateEventChunk = validator<EventChunk>(EventChunkSchema, crossCheckEventChunk);
export const validateArticleText = validator<ArticleText>(ArticleTextSchema, crossCheckArticleText);
export const validateSearchTexts = validator<SearchTexts>(SearchTextsSchema, () => []);
