/**
 * The story split for a fast first render (issue 12, "a long story loads fast"). The site build writes,
 * beside the whole document (data/stories/<id>.json, unchanged), a folder data/stories/<id>/ with:
 *  - index.json: the story's OUTLINE, only what the first render needs (every event's date, title, rank,
 *    key mark, actors, articles and counts; every article's title, publisher and publication date);
 *  - events/<n>.json: DETAIL chunks, consecutive events' summaries, quotes, mentions and date evidence,
 *    fetched when an event is opened;
 *  - articles/<n>.json: one article's text with the offsets of every event's mention in it, fetched when
 *    the reader opens it (n is the article's position in the outline);
 *  - texts.json: every event's summary and quotes, fetched on the first search, so a search still finds
 *    words of quotes and summaries.
 * The outline is called StoryOutline because StoryIndex already names data/index.json, the list of stories.
 */
import { z } from 'zod';
import { DateValueSchema, EditNoteSchema, EvidenceSchema, MentionSchema, QuoteSchema, RedirectSchema, WarningSchema } from './story.ts';
import { SCHEMA_VERSION } from './version.ts';

const count = () => z.number().int().nonnegative();

/** An event's date without its evidence (in the detail chunk): what the axis and the list need. */
export const OutlineDateSchema = DateValueSchema.omit({ evidence: true });
/** A date without its evidence. */
export type OutlineDate = z.infer<typeof OutlineDateSchema>;

/** One article as the list, the source filter and the undated note need it: no text. */
export const OutlineArticleSchema = z.object({
  id: z.string().min(1),
  file: z.string(),
  title: z.string(),
  publisher: z.string().nullable(),
  url: z.string().nullable(),
  /** Kept whole: an inferred date's evidence note is shown in the article list. */
  published: DateValueSchema.nullable(),
  /** How many of the story's context statements (no anchorable time) come from this article. */
  context: count(),
});
/** One article of the outline. */
export type OutlineArticle = z.infer<typeof OutlineArticleSchema>;

/** One event as the timeline, lanes, filters, density strip, cluster list and deep links need it. */
export const OutlineEventSchema = z.object({
  id: z.string().min(1),
  date: OutlineDateSchema,
  title: z.string(),
  actors: z.array(z.string()),
  place: z.string().nullable(),
  /** Number of independent sources, as Event.sources. */
  sources: count(),
  /** The articles its mentions are in, each once, in the order of its mentions. */
  articles: z.array(z.string()).min(1),
  /** How many mentions and quotes its detail holds. */
  mentions: z.number().int().positive(),
  quotes: count(),
  rank: z.number().int().positive().optional(),
  key: z.boolean().optional(),
  edited: z.array(EditNoteSchema).optional(),
});
/** One event of the outline. */
export type OutlineEvent = z.infer<typeof OutlineEventSchema>;

/**
 * The outline as the viewer holds it, once decoded (outlineCodec.ts): what the first render needs. The file
 * (data/stories/<id>/index.json) holds it in columns, StoryOutlineFileSchema below.
 */
export const StoryOutlineSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: z.string().min(1),
  title: z.string(),
  /** The editors' credit line under the title (Story.credit); absent when none. */
  credit: z.string().optional(),
  articles: z.array(OutlineArticleSchema),
  /** Events in the whole document's order. */
  events: z.array(OutlineEventSchema),
  warnings: z.array(WarningSchema),
  redirects: z.array(RedirectSchema).optional(),
  /** Index of the first event of each detail chunk (events/<n>.json): [0, 14, 31, …]; [] without events. */
  eventChunks: z.array(count()),
});
/** The story's outline. */
export type StoryOutline = z.infer<typeof StoryOutlineSchema>;

/**
 * The outline's events as they are written (data/stories/<id>/index.json): one array per field, each with
 * an entry per event in the document's order, and tables for what many events share. Event i is
 * { id: id[i], date: dates[date[i]], title: title[i], actors: actorLists[actors[i]] (as names[...]),
 * place: place[i], sources: sources[i], articles: articleLists[articles[i]] (as the ids of articles[...]),
 * mentions: mentions[i], quotes: quotes[i], rank: rank?.[i], key: key?.[i], edited: edited?.[i] }, a null
 * in the last three meaning "not set". A column of those three is written only when an event sets it.
 *
 * Why columns: 100,000 events as objects repeat every key 100,000 times (23 MB of JSON, most of the time
 * to first render spent receiving, parsing and collecting it); in columns the keys come once, and the
 * tables give events that share a date, a list of actors or of articles one object between them.
 */
export const OutlineEventColumnsSchema = z.object({
  /** Each distinct date once. */
  dates: z.array(OutlineDateSchema),
  /** Each distinct actor name once. */
  names: z.array(z.string()),
  /** Each distinct list of actors once, as places in `names`. */
  actorLists: z.array(z.array(count())),
  /** Each distinct list of an event's articles once, as places in the outline's `articles`. */
  articleLists: z.array(z.array(count()).min(1)),
  id: z.array(z.string().min(1)),
  /** A place in `dates`. */
  date: z.array(count()),
  title: z.array(z.string()),
  /** A place in `actorLists`. */
  actors: z.array(count()),
  place: z.array(z.string().nullable()),
  sources: z.array(count()),
  /** A place in `articleLists`. */
  articles: z.array(count()),
  mentions: z.array(z.number().int().positive()),
  quotes: z.array(count()),
  rank: z.array(z.number().int().positive().nullable()).optional(),
  key: z.array(z.boolean().nullable()).optional(),
  edited: z.array(z.array(EditNoteSchema).nullable()).optional(),
});
/** The outline's events in columns. */
export type OutlineEventColumns = z.infer<typeof OutlineEventColumnsSchema>;

/** data/stories/<id>/index.json: the outline as written, its events in columns. */
export const StoryOutlineFileSchema = StoryOutlineSchema.extend({ events: OutlineEventColumnsSchema });
/** The outline's file. */
export type StoryOutlineFile = z.infer<typeof StoryOutlineFileSchema>;

/** What opening an event adds to its outline entry. */
export const EventDetailSchema = z.object({
  id: z.string().min(1),
  summary: z.string(),
  /** The date's evidence (Event.date.evidence). */
  evidence: EvidenceSchema.nullable(),
  quotes: z.array(QuoteSchema),
  mentions: z.array(MentionSchema).min(1),
});
/** One event's detail. */
export type EventDetail = z.infer<typeof EventDetailSchema>;

/** data/stories/<id>/events/<n>.json: the detail of consecutive events. */
export const EventChunkSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  storyId: z.string().min(1),
  chunk: count(),
  events: z.array(EventDetailSchema).min(1),
});
/** A detail chunk. */
export type EventChunk = z.infer<typeof EventChunkSchema>;

/** A sentence of the article that reports an event: offsets into ArticleText.text. */
export const ArticleMarkSchema = z.object({
  eventId: z.string().min(1),
  start: count(),
  end: count(),
});
/** Where an event's mention lies in the article. */
export type ArticleMark = z.infer<typeof ArticleMarkSchema>;

/** data/stories/<id>/articles/<n>.json: one article's cleaned text and every event's mention in it. */
export const ArticleTextSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  storyId: z.string().min(1),
  articleId: z.string().min(1),
  /** Untrusted: render as text only. */
  text: z.string(),
  /** Sorted by start, then end, then event id. */
  marks: z.array(ArticleMarkSchema),
});
/** One article's text. */
export type ArticleText = z.infer<typeof ArticleTextSchema>;

/** data/stories/<id>/texts.json: each event's summary and quotes, in outline order, for the search. */
export const SearchTextsSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  storyId: z.string().min(1),
  texts: z.array(z.string()),
});
/** The search's texts. */
export type SearchTexts = z.infer<typeof SearchTextsSchema>;

export { outlinePaths } from './outlinePaths.ts';
