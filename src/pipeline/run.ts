/**
 * The pipeline: the ordered list of stages that turn one story folder's files into one Story document.
 * Pure: the caller (cli.ts, the Vite plugin) reads the files and writes the result.
 */
import { SCHEMA_VERSION, validateStory, type Article, type Event, type Story, type Warning } from '../schema/index.ts';
import { quickValidateStory } from '../schema/quick.ts';
import { clean } from './clean/index.ts';
import { dropSharedFurniture } from './clean/sharedFurniture.ts';
import { notEnglish } from './clean/language.ts';
import { inferPublished } from './chronology/index.ts';
import { readAtDay } from './chronology/readAtDay.ts';
import { frameDate } from './chronology/yearFrame.ts';
import { resolveAnniversaries, resolveSameDay } from './events/anniversary.ts';
import { candidatesOf, type Candidate } from './events/candidates.ts';
import { storyNames } from './events/names.ts';
import { applyEdits } from './edits/applyEdits.ts';
import { parseEdits } from './edits/editsFile.ts';
import { ingest } from './ingest/index.ts';
import { parseLock, serializeLock } from './lock/lockFile.ts';
import { lockIds } from './lock/lockIds.ts';
import { mergeEvents } from './merge/index.ts';
import { attachHeadlines } from './merge/headline.ts';
import { copiesOf, publishersFromCopies, sourcesOf } from './story/copies.ts';
import { rankEvents, renumberRanks } from './rank/index.ts';
import { segment } from './segment/index.ts';
import { publishedOf } from './story/published.ts';
import { leadTitle } from './story/leadTitle.ts';
import { publisherOf } from './story/publisher.ts';
import { storyTitle } from './story/storyTitle.ts';
import { timeReader } from './time/reader.ts';
import type { ArticleMeta, InputFile, StoryMeta } from './types.ts';

export interface StoryInput {
  /** URL-safe story id (the folder name, slugified). */
  id: string;
  meta: StoryMeta;
  /** Every file of the folder except story.json, in any order: we sort by name. */
  files: InputFile[];
  /** Problems found while reading the folder (story.json unreadable, ...). */
  warnings?: Warning[];
  /** The folder's lock file (dateline.lock.json) as read: the event ids of earlier builds. None: ids made afresh. */
  lock?: string;
  /** The folder's edits.json as read: the editors' changes, by event id. */
  edits?: string;
  /**
   * How the id of a new happening is formed; default merge/ids.ts's (date + first content words of its
   * first sentence). The lock test changes it to prove that no naming rule can move an id the lock holds.
   */
  mintId?: (event: Event) => string;
}

/** A build's story and the lock file its folder should hold after it (the caller writes it, if it can). */
export interface Built {
  story: Story;
  /** The text of dateline.lock.json for this build. */
  lock: string;
}

/** Milliseconds spent per stage, summed over articles; nested calls (tagging inside dating) count once, in the inner stage. */
export type StageTimes = Record<string, number>;

/** Process CPU time in ms (user + system): stage figures that a busy shared machine does not inflate. */
export const cpuClock = (): number => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

export function buildStory(input: StoryInput, times?: StageTimes, clock: () => number = () => performance.now()): Story {
  return buildStoryWithLock(input, times, clock).story;
}

export function buildStoryWithLock(input: StoryInput, times?: StageTimes, clock: () => number = () => performance.now()): Built {
  const timed = stopwatch(times, clock);
  const warnings: Warning[] = [...(input.warnings ?? [])];
  const files = [...input.files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const articles: Article[] = [];
  const rawTexts: string[] = [];
  /** Each article's own headline (metadata or the page's), null where its title is its first sentence. */
  const headlines: Array<string | null> = [];
  /** Articles in a language the pipeline does not read: sources without sentences. */
  const unread = new Set<string>();
  for (const file of files) {
    // 1. ingest first: everything after it works on decoded text, never bytes.
    const { doc, warnings: found } = timed('ingest', () => ingest(file, metaFor(input.meta, file.name)));
    warnings.push(...found);
    if (!doc) continue;
    // An article's id is its file's stem: "a.txt" and "a.md" would be two articles with one id (a link,
    // a mention and story.json could not tell them apart). The first by name keeps it; the other is named.
    const twin = articles.find((a) => a.id === doc.id);
    if (twin) {
      warnings.push({ file: file.name, code: 'duplicate-id', message: `${file.name}: ${twin.file} already gives the article id "${doc.id}"; skipped (rename one of them)` });
      continue;
    }
    // 2. clean before anything reads sentences, so boilerplate never becomes an event or a date anchor.
    const cleaned = timed('clean', () => clean(doc));
    if (!cleaned.text.trim()) {
      warnings.push({ file: file.name, code: 'empty', message: `${file.name}: nothing left after removing boilerplate; skipped` });
      continue;
    }
    // The pipeline reads English: a page in another language stays a source of the story (listed, readable,
    // dated by its story-mates) but gives no time expression and no event (clean/language.ts).
    const foreign = notEnglish(cleaned.text);
    if (foreign) {
      warnings.push({ file: file.name, code: 'language', message: `${file.name}: ${foreign}; kept as a source, but no dates or events are read from it (Dateline reads articles in English)` });
      unread.add(doc.id);
    }
    const { published, problem } = publishedOf(doc, cleaned);
    if (problem) warnings.push({ file: file.name, code: 'metadata', message: `${file.name}: ${problem}` });
    rawTexts.push(foreign ? '' : doc.text);
    headlines.push(doc.meta.title ?? cleaned.title);
    articles.push({
      id: doc.id,
      file: doc.file,
      title: doc.meta.title ?? cleaned.title ?? leadTitle(cleaned.text),
      publisher: publisherOf(doc.meta, cleaned),
      url: doc.meta.url ?? null,
      byline: doc.meta.byline ?? cleaned.byline,
      dateline: cleaned.dateline,
      published,
      text: cleaned.text,
    });
  }
  // 2b. furniture the story's pages share (a teaser for another story printed on forty of them) is no
  // article's text: only the story sees it repeated (clean/sharedFurniture.ts).
  timed('clean', () => dropSharedFurniture(articles, headlines, rawTexts, warnings));
  // 3. segment before anything cites text: every mention and quote is a sentence span of Article.text.
  const segmented = timed('segment', () => articles.map((a) => ({ ...a, ...(unread.has(a.id) ? NOTHING_READ : segment(a.text)) })));
  // 3b. copies of one article (a page saved twice, a wire story run verbatim) are one source, and a copy
  // whose publisher is unknown is the known copy's (story/copies.ts).
  const copies = timed('segment', () => copiesOf(segmented));
  publishersFromCopies(articles, copies);
  publishersFromCopies(segmented, copies);
  const sourceOf = sourcesOf(articles, copies);
  // 4. time: one reader of time expressions for the whole build (time/reader.ts), shared by what follows.
  const reader = timeReader(rawTexts, timed);
  // 5. chronology: every article without a stated date gets the day the story's evidence makes likeliest
  // (its "Thursday" is another article's dated Thursday), with its confidence, or none when too unsure.
  // A story whose texts state no year at all is worked out in a frame year (chronology/yearFrame.ts).
  const chronology = timed('chronology', () => inferPublished(segmented, reader));
  // 6. every article read against its day of writing, stated or inferred.
  const dct = new Map<string, string | null>();
  const candidates: Candidate[] = [];
  segmented.forEach((a, i) => {
    const read = readAtDay(a, chronology, reader, timed);
    dct.set(a.id, read.dct);
    articles[i]!.published = read.shown;
    // 7. events: sentences that report a happening, dated by their own expressions where they have one.
    candidates.push(...timed('events', () => candidatesOf({ ...a, headline: headlines[i] === a.title ? headlines[i] : null }, i, read.timexes)));
  });
  // "on the 13th anniversary of his acquittal" needs the story's date of the acquittal: after all articles.
  timed('events', () => resolveAnniversaries(candidates));
  // "the same day as the hearing" takes the story's date of the hearing, likewise.
  timed('events', () => resolveSameDay(candidates));
  // 8. merge after every article is dated, so one happening told by five outlets meets itself on one day.
  const frame = chronology.frame;
  const merged = timed('merge', () => mergeEvents(articles, candidates, storyNames(segmented), { dct, date: frame ? (d) => frameDate(frame, d) : undefined, sourceOf }));
  const { context } = merged;
  // 9. importance once the happenings are whole (every source of one happening in one event): rank and key.
  const ranked = timed('rank', () => rankEvents(merged.events, articles, sourceOf));
  // 9b. each article's headline is one more mention of the event of its article that tells it (after the
  // rank, which reads headlines already; merge/headline.ts).
  const headed = timed('merge', () => attachHeadlines(ranked, articles, headlines));
  // 10. ids from the lock file after merge, so a happening keeps the id it had whatever merge now calls it.
  const { lock: previous, warning: lockProblem } = parseLock(input.lock);
  if (lockProblem) warnings.push(lockProblem);
  const locked = timed('story', () => lockIds(headed, previous, input.mintId));
  // 11. the editors' edits last: they name events by the ids the lock just gave, and have the last word.
  const { doc: edits, warnings: editProblems } = parseEdits(input.edits);
  warnings.push(...editProblems);
  const sentences = new Map(segmented.map((a) => [a.id, a.sentences]));
  const edited = timed('story', () => applyEdits(locked.events, locked.redirects, edits, { articles, sentencesOf: (id) => sentences.get(id) ?? [] }));
  warnings.push(...edited.warnings);
  // Ids, dates and merges may have changed: the order merge gives (date, then most sources, then id).
  const events = renumberRanks(edited.events).sort((a, b) => (a.date.value < b.date.value ? -1 : a.date.value > b.date.value ? 1 : b.sources - a.sources || (a.id < b.id ? -1 : 1)));
  const story: Story = {
    schemaVersion: SCHEMA_VERSION,
    id: input.id,
    // The editors' title and credit line (edits.json's "story") over the story's own title.
    title: edits.story?.title ?? storyTitle(input.meta.title, articles, headlines, input.id),
    ...(edits.story?.credit !== undefined ? { credit: edits.story.credit } : {}),
    articles,
    events,
    context,
    warnings,
    ...(edited.redirects.length ? { redirects: edited.redirects } : {}),
  };
  // Last: a document that fails its own contract must never be written for the viewer to choke on.
  // The quick check (schema/quick.ts) accepts only a document zod would accept unchanged, in one pass
  // without copying it; anything else gets zod's verdict and messages. The four Timeline17 topics: zod
  // 180 to 215 CPU-ms in a fresh thread, 70 to 110 warm; the quick check 50 to 80, then 40 to 55.
  const checked = timed('validate', () => quickValidateStory(story) ?? validateStory(story));
  if (!checked.ok) throw new Error(`story ${input.id} failed validation:\n${checked.errors.join('\n')}`);
  return { story, lock: serializeLock(locked.lock) };
}

/** An article the pipeline does not read (not in English): no paragraph, no sentence, so no date and no event. */
const NOTHING_READ = { paragraphs: [], sentences: [] };

/** A timer per stage that pauses the enclosing stage while a nested one runs; a no-op without `times`. */
function stopwatch(times: StageTimes | undefined, clock: () => number): <T>(stage: string, f: () => T) => T {
  if (!times) return (_stage, f) => f();
  const stack: Array<{ stage: string; since: number }> = [];
  const charge = (stage: string, now: number, since: number) => { times[stage] = (times[stage] ?? 0) + now - since; };
  return (stage, f) => {
    const now = clock();
    const outer = stack[stack.length - 1];
    if (outer) { charge(outer.stage, now, outer.since); }
    stack.push({ stage, since: now });
    try {
      return f();
    } finally {
      const end = clock();
      const me = stack.pop()!;
      charge(me.stage, end, me.since);
      if (outer) outer.since = end;
    }
  };
}

/** story.json may key article metadata by file name ("a.txt") or by id ("a"). */
function metaFor(meta: StoryMeta, fileName: string): ArticleMeta {
  const id = fileName.replace(/\.[^.]+$/, '');
  return meta.articles?.[fileName] ?? meta.articles?.[id] ?? {};
}
