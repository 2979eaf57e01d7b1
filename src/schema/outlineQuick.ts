/**
 * The quick check (quick.ts) for the split story's documents (outline.ts): their zod schemas restated as
 * data (outlineQuick.test.ts requires them equal), checked in one pass without zod in the page. Only
 * "exactly valid" is decided here; anything else goes to outlineValidate.ts, loaded on demand, so the
 * verdict and the messages are zod's. The outline's file (its events in columns) comes back decoded
 * (outlineCodec.ts), one object per event, as the viewer uses it.
 */
import { compile, type Shape } from './quick.ts';
import type { ArticleText, EventChunk, SearchTexts, StoryOutline, StoryOutlineFile } from './outline.ts';
import { decodeOutline } from './outlineCodec.ts';
import { crossCheckArticleText, crossCheckEventChunk, crossCheckOutline } from './outlineRules.ts';
import { versionProblem } from './rules.ts';
import type { Validated } from './validate.ts';
import { SCHEMA_VERSION } from './version.ts';

const str: Shape = { type: 'string' };
const str1: Shape = { type: 'string', min: 1 };
const count: Shape = { type: 'count' };
const positive: Shape = { type: 'positive' };
const version: Shape = { type: 'literal', value: SCHEMA_VERSION };
const nullable = (of: Shape): Shape => ({ type: 'nullable', of });
const optional = (of: Shape): Shape => ({ type: 'optional', of });
const array = (of: Shape, min?: number): Shape => (min ? { type: 'array', of, min } : { type: 'array', of });
const object = (shape: Record<string, Shape>): Shape => ({ type: 'object', shape });

const granularity: Shape = { type: 'enum', values: ['century', 'decade', 'year', 'season', 'quarter', 'month', 'week', 'day', 'time'] };
const dateSource: Shape = { type: 'enum', values: ['stated', 'resolved', 'inferred'] };
const evidence = object({ articleId: nullable(str), text: str, start: nullable(count), end: nullable(count), anchor: nullable(str), note: str });
const outlineDate = { value: str1, granularity, source: dateSource, confidence: optional({ type: 'probability' }) };
const dateValue = object({ ...outlineDate, evidence: nullable(evidence) });
const editNote = object({ what: { type: 'enum', values: ['title', 'date', 'key', 'merged', 'article'] }, note: nullable(str) });
const redirect = object({ from: str1, to: nullable(str), reason: { type: 'enum', values: ['merged', 'removed', 'hidden'] } });

/** StoryOutlineFileSchema as data. */
export const OUTLINE_SHAPE: Shape = object({
  schemaVersion: version,
  id: str1,
  title: str,
  credit: optional(str),
  articles: array(object({ id: str1, file: str, title: str, publisher: nullable(str), url: nullable(str), published: nullable(dateValue), context: count })),
  events: object({
    dates: array(object(outlineDate)), names: array(str), actorLists: array(array(count)), articleLists: array(array(count, 1)),
    id: array(str1), date: array(count), title: array(str), actors: array(count), place: array(nullable(str)), sources: array(count),
    articles: array(count), mentions: array(positive), quotes: array(count),
    rank: optional(array(nullable(positive))), key: optional(array(nullable({ type: 'boolean' }))), edited: optional(array(nullable(array(editNote)))),
  }),
  warnings: array(object({ file: nullable(str), code: str, message: str })),
  redirects: optional(array(redirect)),
  eventChunks: array(count),
});

/** EventChunkSchema as data. */
export const EVENT_CHUNK_SHAPE: Shape = object({
  schemaVersion: version,
  storyId: str1,
  chunk: count,
  events: array(object({
    id: str1, summary: str, evidence: nullable(evidence),
    quotes: array(object({ articleId: str, start: count, end: count, text: str, speaker: nullable(str) })),
    mentions: array(object({ articleId: str, start: count, end: count, text: str, part: optional({ type: 'literal', value: 'title' }) }), 1),
  }), 1),
});

/** ArticleTextSchema as data. */
export const ARTICLE_TEXT_SHAPE: Shape = object({
  schemaVersion: version,
  storyId: str1,
  articleId: str1,
  text: str,
  marks: array(object({ eventId: str1, start: count, end: count })),
});

/** SearchTextsSchema as data. */
export const SEARCH_TEXTS_SHAPE: Shape = object({ schemaVersion: version, storyId: str1, texts: array(str) });

type Quick<T> = (data: unknown) => Validated<T> | null;

/** `File` is the document as written, T what the viewer gets (the outline decoded; the others as they are). */
function quick<T, File = T>(shape: Shape, cross: (value: File) => string[], decode: (value: File) => T = (v) => v as unknown as T): Quick<T> {
  let check: ((v: unknown) => boolean) | null = null;
  return (data) => {
    const problem = versionProblem(data);
    if (problem) return { ok: false, errors: [problem] };
    if (!(check ??= compile(shape))(data)) return null;
    const errors = cross(data as File);
    return errors.length ? { ok: false, errors } : { ok: true, value: decode(data as File) };
  };
}

export const quickValidateStoryOutline = quick<StoryOutline, StoryOutlineFile>(OUTLINE_SHAPE, crossCheckOutline, decodeOutline);
export const quickValidateEventChunk = quick<EventChunk>(EVENT_CHUNK_SHAPE, crossCheckEventChunk);
export const quickValidateArticleText = quick<ArticleText>(ARTICLE_TEXT_SHAPE, crossCheckArticleText);
export const quickValidateSearchTexts = quick<SearchTexts>(SEARCH_TEXTS_SHAPE, () => []);

/** Each validator with zod loaded only for a document the quick check cannot accept. */
export async function validateStoryOutlineLazily(data: unknown): Promise<Validated<StoryOutline>> {
  return quickValidateStoryOutline(data) ?? (await import('./outlineValidate.ts')).validateStoryOutline(data);
}
export async function validateEventChunkLazily(data: unknown): Promise<Validated<EventChunk>> {
  return quickValidateEventChunk(data) ?? (await import('./outlineValidate.ts')).validateEventChunk(data);
}
export async function validateArticleTextLazily(data: unknown): Promise<Validated<ArticleText>> {
  return quickValidateArticleText(data) ?? (await import('./outlineValidate.ts')).validateArticleText(data);
}
export async function validateSearchTextsLazily(data: unknown): Promise<Validated<SearchTexts>> {
  return quickValidateSearchTexts(data) ?? (await import('./outlineValidate.ts')).validateSearchTexts(data);
}
