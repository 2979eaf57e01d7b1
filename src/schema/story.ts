/**
 * The contract between the pipeline (build time, Node) and the viewer (browser): one story document.
 * Both halves import these schemas; neither imports the other. The zod schemas are the single source of
 * truth, and the TypeScript types are inferred from them so the two can never drift apart.
 */
import { z } from 'zod';
import { SCHEMA_VERSION } from './version.ts';

/**
 * How fine a date is. TIMEX3 values carry it implicitly ("2017-W08" is a week); we spell it out so the
 * viewer does not parse values to know how wide to draw an event.
 */
export const GranularitySchema = z.enum([
  'century', 'decade', 'year', 'season', 'quarter', 'month', 'week', 'day', 'time',
]);
/** How fine a date is: a week-precise event spans its week on the timeline. */
export type Granularity = z.infer<typeof GranularitySchema>;

/**
 * Where a date came from: `stated` in the text ("Last Updated : Feb 24 2017"), `resolved` from a relative
 * expression against an anchor ("on Tuesday" against 2017-02-24), or `inferred` from the rest of the story.
 */
export const DateSourceSchema = z.enum(['stated', 'resolved', 'inferred']);
/** Where a date came from. */
export type DateSource = z.infer<typeof DateSourceSchema>;

/**
 * Why a date is what it is: the words it came from, in which article, and what it was resolved against.
 * The viewer shows this as the date's evidence.
 */
export const EvidenceSchema = z.object({
  /** Article the words are in, or null when the date came from story.json or front matter. */
  articleId: z.string().nullable(),
  /** The words themselves: "on Tuesday", "Last Updated : Feb 24 2017". */
  text: z.string(),
  /** Offsets of `text` in that article's cleaned text, when it is in it. */
  start: z.number().int().nonnegative().nullable(),
  end: z.number().int().nonnegative().nullable(),
  /** The TIMEX3 value the expression was resolved against (the reference date), if it was relative. */
  anchor: z.string().nullable(),
  /** One readable line on how: "weekday before the reference date (past tense)". */
  note: z.string(),
});
/** Why a date is what it is. */
export type Evidence = z.infer<typeof EvidenceSchema>;

/** A date as TIMEX3 value ("2017-02-21", "2017-W08", "2017-01", "2017", "2017-02-24T15:21") plus provenance. */
export const DateValueSchema = z.object({
  value: z.string().min(1),
  granularity: GranularitySchema,
  source: DateSourceSchema,
  /** For an inferred date: the model's probability that this exact day is right (0..1); absent when stated. */
  confidence: z.number().min(0).max(1).optional(),
  evidence: EvidenceSchema.nullable(),
});
/** A date with its precision and provenance. */
export type DateValue = z.infer<typeof DateValueSchema>;

/** One source article after cleaning. `text` is what every offset in the document points into. */
export const ArticleSchema = z.object({
  /** The file stem: "000_040d3fae169fa766". Stable across rebuilds. */
  id: z.string().min(1),
  /** The file name inside the story folder. */
  file: z.string(),
  title: z.string(),
  publisher: z.string().nullable(),
  url: z.string().nullable(),
  byline: z.string().nullable(),
  /** Place of the dateline: "Mexico City" from "Mexico City (EFE).-". */
  dateline: z.string().nullable(),
  published: DateValueSchema.nullable(),
  /** Cleaned article text: paragraphs separated by a blank line. Untrusted: render as text only. */
  text: z.string(),
});
/** One source article after cleaning. */
export type Article = z.infer<typeof ArticleSchema>;

/**
 * A sentence of an article that reports an event; offsets index Article.text, or Article.title when
 * `part` is "title" (the article's headline, which the cleaned text does not hold).
 */
export const MentionSchema = z.object({
  articleId: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** The whole sentence, equal to Article.text.slice(start, end) (Article.title's for a headline). */
  text: z.string(),
  /** "title": the article's headline tells the event; absent for a sentence of the text. */
  part: z.literal('title').optional(),
});
/** A sentence of an article that reports an event. */
export type Mention = z.infer<typeof MentionSchema>;

/** A direct quote with its speaker, when the text names one. */
export const QuoteSchema = z.object({
  articleId: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  speaker: z.string().nullable(),
});
/** A direct quote with its speaker. */
export type Quote = z.infer<typeof QuoteSchema>;

/**
 * One editorial change to an event, shown to readers: `title` (retitled), `date` (redated; `note` is the
 * editors' reason, "The ministry's statement gives Wednesday"), `key` (marked or unmarked as key), `merged`
 * (another event was merged into this one; `note` is its title), `article` (an article was attached; `note`
 * is its title).
 */
export const EditNoteSchema = z.object({
  what: z.enum(['title', 'date', 'key', 'merged', 'article']),
  note: z.string().nullable(),
});
/** One editorial change to an event. */
export type EditNote = z.infer<typeof EditNoteSchema>;

/**
 * Where an event id that is no longer in the story leads: `to` the event that absorbed it, or null (the
 * story, with a note). `merged`: its sentences went into `to` on a rebuild or by the editors; `removed`: a
 * rebuild no longer finds it; `hidden`: the editors hid it.
 */
export const RedirectSchema = z.object({
  from: z.string().min(1),
  to: z.string().nullable(),
  reason: z.enum(['merged', 'removed', 'hidden']),
});
/** Where an old event id leads. */
export type Redirect = z.infer<typeof RedirectSchema>;

/** One happening on the timeline, merged across every article that reports it. */
export const EventSchema = z.object({
  /** Deterministic and stable across rebuilds: deep links use it. */
  id: z.string().min(1),
  date: DateValueSchema,
  /** Headline-style, at most 90 characters, built from the text. */
  title: z.string(),
  /** The clearest reporting sentence. */
  summary: z.string(),
  /** People and organizations, names unified ("John Kelly" for "Kelly", "Mr Kelly"). */
  actors: z.array(z.string()),
  place: z.string().nullable(),
  quotes: z.array(QuoteSchema),
  mentions: z.array(MentionSchema).min(1),
  /** Number of independent sources (distinct publishers, else articles) that report it. */
  sources: z.number().int().nonnegative(),
  /**
   * Importance in the story, 1 = most important (src/pipeline/rank: independent sources, prominence in
   * each article, the story's actors, novelty); every event of a built story has one, ranks 1..n.
   */
  rank: z.number().int().positive().optional(),
  /** A key event, one a journalist's timeline keeps; absent when nothing decided it. The editors' mark wins. */
  key: z.boolean().optional(),
  /** What the editors changed (edits.json), for the viewer to say so; absent when nothing was edited. */
  edited: z.array(EditNoteSchema).optional(),
});
/** One happening on the timeline. */
export type Event = z.infer<typeof EventSchema>;

/** Something that went wrong with one input file; the rest of the story still builds. */
export const WarningSchema = z.object({
  /** File name inside the story folder, or null for the story as a whole. */
  file: z.string().nullable(),
  /** Machine-readable kind: "empty", "binary", "front-matter", "encoding", "too-large", ... */
  code: z.string(),
  message: z.string(),
});
/** Something that went wrong with one input file. */
export type Warning = z.infer<typeof WarningSchema>;

/** The whole document the pipeline writes for one story and the viewer reads. */
export const StorySchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** The story folder name (slug). */
  id: z.string().min(1),
  title: z.string(),
  /** The editors' credit line, shown under the title ("Edited by Ana Ruiz"; edits.json's story.credit); absent when none. */
  credit: z.string().optional(),
  articles: z.array(ArticleSchema),
  /** Dated events, chronological. */
  events: z.array(EventSchema),
  /** Statements with no anchorable time: story context, not timeline events. */
  context: z.array(MentionSchema),
  warnings: z.array(WarningSchema),
  /** Old event ids and where they lead now (sorted by `from`), so no published link breaks; absent when none. */
  redirects: z.array(RedirectSchema).optional(),
});
/** The whole document for one story. */
export type Story = z.infer<typeof StorySchema>;

/** One line of the story index (`index.json`) that lists every built story. */
export const StoryIndexEntrySchema = z.object({
  id: z.string(),
  title: z.string(),
  articles: z.number().int().nonnegative(),
  events: z.number().int().nonnegative(),
  /** The span of its key events (of all its events when none is key) as date values, or null without events. */
  from: z.string().nullable(),
  to: z.string().nullable(),
  /** Set when every event of the period dated by `from` (`to`) reads "about": the index says so too. */
  fromAbout: z.boolean().optional(),
  toAbout: z.boolean().optional(),
});
/** One line of the story index. */
export type StoryIndexEntry = z.infer<typeof StoryIndexEntrySchema>;

export const StoryIndexSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  stories: z.array(StoryIndexEntrySchema),
});
/** Every built story. */
export type StoryIndex = z.infer<typeof StoryIndexSchema>;
