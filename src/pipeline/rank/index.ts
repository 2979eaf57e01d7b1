/**
 * Importance: every event of a story gets `rank` (1 = the story's most important) and the top ones
 * `key: true`, from evidence a newsroom would accept. Pure; run.ts calls it after merge, before ids and
 * the editors' edits (an editor's `key` is applied after, so it wins).
 *
 * An event's importance is the sum, over the independent sources that report it (a publisher, or an
 * article whose publisher is unknown: what `Event.sources` counts), of how strongly that source reports
 * it; times how central its actors are to the story; times how precise its date is:
 * - a source reports it as strongly as its strongest mention: prominence (in the headline, from two of its
 *   words on, or near the top of the article: the lead carries the news, a sentence deep in the text is
 *   detail) times novelty (how near the event's date lies to the day the article was written: these days'
 *   news, not a recalled past nor a date far ahead) times how much the sentence tells on its own (one that
 *   opens on a pronoun, "He added", "But they agreed", continues the one before: a detail or an aside, half);
 * - the story's actors, squared: (1 + the share of the story's articles that report events naming the
 *   event's best-known actor)^2 (a story is about its protagonists: an event of the actor every article
 *   reports weighs four times one naming no known actor; on the 13 gold stories the exponent 2 puts more
 *   core events on top than 1, 0.725 against 0.714, and 3 no more than 2);
 * - in a story of 20 articles or more, how much the event's sentence speaks of what the story's headlines
 *   and leads speak of (topical(): a long story's busy days also gather sidebars and teasers);
 * - a day-precise happening outranks "in the autumn" or "in 2009": a timeline entry is a happening;
 * - an event whose day one of its reports says ("on Tuesday") outranks one whose day is only inferred from
 *   its article's: a happening is told with its time, a state or a comment without (UNSAID_DAY).
 * The constants are round figures with a meaning (a lead of about 250 characters, a news fortnight of 14
 * days, a continuation counting half), checked on the 13 gold stories' key-event precision (npm run eval:
 * 0.698 with a news week, (1 + actors) once and no continuation; 0.734 as now) and on the Timeline17 tasks,
 * which the ranking does not steer (AR-1 0.135, AR-2 0.040 before and after). Session 9: the headline from
 * two words and the unsaid day, 0.776 -> 0.808 (HEADLINE_WORDS, UNSAID_DAY).
 */
import { timexRange, type Article, type Event, type Granularity } from '../../schema/index.ts';
import { leadOpening } from '../story/leadTitle.ts';

/** How far into its text a title cut from the lead is looked for (a dateline may precede it). */
const LEAD_TITLE_REACH = 400;

/**
 * Characters after which a mention counts half as prominent as the lead: about one lead sentence. (600,
 * a first paragraph, was tried first; on the 13 gold stories, outside the Timeline17 topics, 250 puts
 * more core events on top: 0.744 against 0.713.)
 */
const LEAD_CHARS = 250;
/**
 * Days of distance between an event and the article's day after which it counts half as news: a fortnight
 * (a week was tried first; on the 13 gold stories the fortnight puts more core events on top, 0.725 against
 * 0.714 with the other factors as they are: a story's reports come back to its happenings for days).
 */
const NEWS_FORTNIGHT = 14;
/**
 * A sentence that opens on a pronoun ("He added", "But they agreed", "It won 40 percent") continues the one
 * before it: it tells a detail of a happening told there, or an aside, and counts half.
 */
const CONTINUATION = 0.5;
const CONTINUES = /^(?:(?:but|and|however|yet|still|so|also)\b,?\s+)?(?:he|she|it|they|his|her|its|their|him|them|this|that|these|those)\b/i;
/**
 * Headline words a sentence must share before the headline's share counts as its prominence: two. One
 * shared word is most often the protagonist's name or the story's place, which the story's background and
 * asides say as often as its news ("Brotherhood has played down its electoral strength before" shares
 * only "Brotherhood" with "The Muslim Brotherhood worked to stretch its lead Tuesday as Egyptians returned
 * to the polls"). Measured on the 13 gold stories' key-event precision: 0.776 -> 0.798 (mn03 4 -> 5 of 6,
 * mn11 6 -> 7 of 8, no story lower); three words: 0.762.
 */
const HEADLINE_WORDS = 2;
/** Novelty of a mention in an article with no known day. */
const UNKNOWN_DAY = 0.5;
/** How well a date of each precision places a happening on a timeline. */
const PRECISION: Record<Granularity, number> = {
  time: 1, day: 1, week: 0.6, month: 0.4, season: 0.3, quarter: 0.3, year: 0.25, decade: 0.1, century: 0.1,
};
/**
 * An event whose day none of its reports says (`date.source` 'inferred': its day is its article's, or the
 * story's) counts 0.7. A report that tells a happening says when ("on Tuesday", "late Sunday", "in July
 * 2013"); a sentence with no time in it is more often a state, a comment or background ("Brotherhood has
 * played down its electoral strength before", "The declarations came as senior officials sought to temper
 * concerns"). Of the 13 gold stories' top-ranked events (twice as many as their core events), 74% of those
 * dated in a sentence of theirs match a core event, 49% of the inferred ones. Key-event precision 0.798 ->
 * 0.808 (mn10 6 -> 7 of 8, no story lower) for any factor from 0.6 to 0.9 (0.5 costs the seed story one);
 * among those, 0.7 moves the Timeline17 summaries least (their day ties read importance: 0.75 and 0.8 took
 * iraq's AR-2 from 0.0352 to 0.0350, 0.7 leaves it at 0.0352).
 */
const UNSAID_DAY = 0.7;
/** A journalist's timeline of a story of a few days has about six entries (the 13 gold stories' core events: median 6, 4 to 8). */
const KEY_BASE = 6;
const DAY = 86_400_000;

const STOP = new Set('the and for with from that this was were are has have had his her its their they them than then into over after before about said says will would could been not but who what when where which while also more most other new one two three year years day days week weeks'.split(' '));
/**
 * The distinct content words of a text (runs of [a-z0-9] in the lower-cased text, three characters or more,
 * no stopword), added to `into`: one scan, no array of words (ranking reads every event's summary).
 */
function addWords(s: string, into: Set<string>): Set<string> {
  const lower = s.toLowerCase();
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    if (i < lower.length && isWordChar(lower.charCodeAt(i))) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0 && i - start >= 3) {
      const w = lower.slice(start, i);
      if (!STOP.has(w)) into.add(w);
    }
    start = -1;
  }
  return into;
}
const words = (s: string): Set<string> => addWords(s, new Set());

export interface RankContext {
  articles: ReadonlyMap<string, { published: number | null; title: Set<string>; publisher: string | null }>;
  /** The independent source an article counts as (story/copies.ts): its publisher, else its copy group. */
  sourceOf: (articleId: string) => string;
  /** Share of the story's articles that report an event naming the actor. */
  actorShare: ReadonlyMap<string, number>;
  /** Share of the story's articles whose headline or lead says the word. */
  wordShare: ReadonlyMap<string, number>;
}

/** What the ranking needs to know of a story: each article's day and headline, and its actors' reach. */
export function rankContext(events: readonly Event[], articles: readonly Article[], sourceOf?: (articleId: string) => string): RankContext {
  const byId = new Map(articles.map((a) => {
    const r = a.published ? timexRange(a.published.value) : null;
    // A title cut from the lead (an article without a headline: every word of it is in the lead) stands for
    // the lead's opening, as it did when the weights were measured (story/leadTitle.ts leadOpening).
    const lead = words(a.text.slice(0, LEAD_TITLE_REACH));
    const own = words(a.title);
    const title = own.size && [...own].every((w) => lead.has(w)) ? leadOpening(a.text) : a.title;
    return [a.id, { published: r ? Math.floor(r.start / DAY) : null, title: words(title), publisher: a.publisher?.toLowerCase() ?? null }];
  }));
  const reach = new Map<string, Set<string>>();
  for (const e of events) {
    for (const actor of e.actors) {
      const set = reach.get(actor) ?? new Set<string>();
      for (const m of e.mentions) set.add(m.articleId);
      reach.set(actor, set);
    }
  }
  const n = Math.max(1, articles.length);
  // Without the story's copies (a built story read back: summarize), a publisher or the article itself.
  const voice = sourceOf ?? ((id: string) => byId.get(id)?.publisher ?? `article:${id}`);
  const df = new Map<string, number>();
  if (articles.length >= TOPIC_MIN_ARTICLES) for (const a of articles) for (const w of addWords(a.text.slice(0, TOPIC_LEAD_CHARS), words(a.title))) df.set(w, (df.get(w) ?? 0) + 1);
  const wordShare = new Map([...df].map(([w, k]) => [w, k / n]));
  return { articles: byId, sourceOf: voice, actorShare: new Map([...reach].map(([k, v]) => [k, v.size / n])), wordShare };
}

/** How strongly one mention reports its event: prominence in its article times novelty. */
export function mentionWeight(event: Event, mention: Event['mentions'][number], ctx: RankContext): number {
  return weightIn(eventDays(event), mention, ctx);
}

/** The event's first and last day (UTC day numbers), or null when its date has no range. */
function eventDays(event: Event): { from: number; to: number } | null {
  const range = timexRange(event.date.value);
  return range ? { from: Math.floor(range.start / DAY), to: Math.ceil(range.end / DAY) - 1 } : null;
}

/** mentionWeight with the event's days worked out once for all its mentions. */
function weightIn(days: { from: number; to: number } | null, mention: Event['mentions'][number], ctx: RankContext): number {
  const a = ctx.articles.get(mention.articleId);
  const position = 1 / (1 + mention.start / LEAD_CHARS);
  const shared = a && a.title.size ? sharedWords(mention.text, a.title) : 0;
  // One headline word alone (most often the protagonist's name, which half the story's sentences say) does
  // not make a sentence the headline's news: the headline counts from two of its words on.
  const headline = a && shared > 0 && shared >= Math.min(HEADLINE_WORDS, a.title.size) ? shared / a.title.size : 0;
  const prominence = Math.max(position, headline);
  let novelty = UNKNOWN_DAY;
  if (a?.published != null && days) {
    const { from, to } = days;
    const gap = a.published < from ? from - a.published : a.published > to ? a.published - to : 0;
    novelty = 1 / (1 + gap / NEWS_FORTNIGHT);
  }
  return prominence * novelty;
}

/** How much of its happening a mention tells on its own: half for a sentence that continues the one before. */
export function standalone(text: string): number {
  return CONTINUES.test(text.trimStart()) ? CONTINUATION : 1;
}

/**
 * How many of the headline's words the text says: the size of words(text) ∩ title, without building
 * words(text) (the title's words are already long enough and no stopwords, so only membership is asked).
 */
function sharedWords(text: string, title: ReadonlySet<string>): number {
  // Each title word is looked for as a whole run of [a-z0-9] in the lower-cased text: the same count as
  // splitting the text into such runs, without an array of every word of every mention (3,000-event stories).
  const lower = text.toLowerCase();
  let hit = 0;
  for (const w of title) if (hasRun(lower, w)) hit++;
  return hit;
}

const isWordChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/** `w` occurs in `text` with no [a-z0-9] character right before or after it. */
function hasRun(text: string, w: string): boolean {
  for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
    const end = at + w.length;
    if ((at === 0 || !isWordChar(text.charCodeAt(at - 1))) && (end === text.length || !isWordChar(text.charCodeAt(end)))) return true;
  }
  return false;
}

/** The event's importance (see the file's comment). */
export function importance(event: Event, ctx: RankContext): number {
  const voices = new Map<string, number>();
  const days = eventDays(event);
  for (const m of event.mentions) {
    // The headline's mention is its article's voice again: the sentence it tells weighs it already.
    if (m.part === 'title') continue;
    const voice = ctx.sourceOf(m.articleId);
    voices.set(voice, Math.max(voices.get(voice) ?? 0, weightIn(days, m, ctx) * standalone(m.text)));
  }
  let reported = 0;
  for (const v of [...voices.keys()].sort()) reported += voices.get(v)!;
  let central = 0;
  for (const actor of event.actors) central = Math.max(central, ctx.actorShare.get(actor) ?? 0);
  return reported * (1 + central) ** 2 * topical(event, ctx) * PRECISION[event.date.granularity] * (event.date.source === 'inferred' ? UNSAID_DAY : 1);
}

/** How much of an article's text, after its headline, tells what the article is about: its first paragraph. */
const TOPIC_LEAD_CHARS = 600;
/**
 * Fewest articles over which a word's share is a measurement: in a story of three to five articles every
 * share is 0, 1/3, 2/3 or 1, and the factor only reshuffles near ties (on the 13 gold stories, applied to
 * every story, key-event precision moved from -0.058 to +0.008 with the lead's length, 250 to 3,000
 * characters: noise). A story of many articles has a measurable topic.
 */
const TOPIC_MIN_ARTICLES = 20;
/** A sentence whose words no headline or lead says keeps this much of its importance (not zero: a new turn). */
const TOPIC_FLOOR = 0.05;

/**
 * How much the event's own sentence (its summary) speaks of what the story's headlines and leads speak of:
 * the summed share of the story's articles whose headline or first paragraph says each of its words, over
 * the square root of its word count (a long sentence does not win by length). A long story collects
 * sidebars and teasers that its busiest days give many mentions: Timeline17's Egypt topic had "Many people
 * are asking whether Sunday's Super Bowl will be the last NFL game", a CNN programme's "Coming up at noon
 * Eastern, Secretary of State Hillary Clinton will talk to Candy Crowley" and Sarkozy's defence of the euro
 * among its 15 key events, and Mubarak's resignation 22nd; with this factor they leave the key events and
 * the resignation is 5th. The Timeline17 summaries (AR-1, AR-2) read dates and sentences, not this order,
 * and are equal.
 */
function topical(event: Event, ctx: RankContext): number {
  if (ctx.articles.size < TOPIC_MIN_ARTICLES) return 1;
  const ws = words(event.summary);
  if (!ws.size) return 1;
  let sum = 0;
  for (const w of ws) sum += ctx.wordShare.get(w) ?? 0;
  return TOPIC_FLOOR + sum / Math.sqrt(ws.size);
}

/**
 * How many key events a journalist's timeline of this story keeps: KEY_BASE for a story told over a few
 * days, growing with the square root of the days its articles were published on (a story of months keeps
 * more entries, but far fewer than one a day).
 */
export function keyCount(articles: readonly Article[], events: number): number {
  const days = new Set(articles.map((a) => a.published?.value.slice(0, 10)).filter((d): d is string => !!d && d.length === 10)).size;
  return Math.min(events, Math.round(KEY_BASE * Math.sqrt(Math.max(1, days / 3))));
}

/** Events in importance order (most important first), ties broken by sources, mentions, date, first mention. */
/** How many of an event's mentions are sentences of the text (a headline's is not counted). */
const inText = (e: Event): number => e.mentions.reduce((n, m) => n + (m.part === 'title' ? 0 : 1), 0);

export function byImportance(events: readonly Event[], ctx: RankContext): Array<{ event: Event; score: number; index: number }> {
  const first = (e: Event) => e.mentions[0]!;
  return events.map((event, index) => ({ event, score: importance(event, ctx), index })).sort((x, y) => {
    const a = x.event;
    const b = y.event;
    return y.score - x.score || b.sources - a.sources || inText(b) - inText(a)
      || (a.date.value < b.date.value ? -1 : a.date.value > b.date.value ? 1 : 0)
      || (first(a).articleId < first(b).articleId ? -1 : first(a).articleId > first(b).articleId ? 1 : 0)
      || first(a).start - first(b).start || x.index - y.index;
  });
}

/** The events with `rank` 1..n and `key: true` on the first keyCount; the order of the array is kept. */
export function rankEvents(events: readonly Event[], articles: readonly Article[], sourceOf?: (articleId: string) => string): Event[] {
  const ctx = rankContext(events, articles, sourceOf);
  const ranked = byImportance(events, ctx);
  const keep = keyCount(articles, events.length);
  const out = [...events];
  ranked.forEach(({ event, index }, i) => {
    const { key: _, ...rest } = event;
    out[index] = { ...rest, rank: i + 1, ...(i < keep ? { key: true } : {}) };
  });
  return out;
}

/** After the editors hid or merged events: ranks 1..n again, in the same order (ties cannot occur). */
export function renumberRanks(events: Event[]): Event[] {
  const order = events.map((e, i) => ({ rank: e.rank ?? Number.MAX_SAFE_INTEGER, i })).sort((a, b) => a.rank - b.rank || a.i - b.i);
  const out = [...events];
  order.forEach(({ i }, r) => { if (out[i]!.rank !== r + 1) out[i] = { ...out[i]!, rank: r + 1 }; });
  return out;
}
