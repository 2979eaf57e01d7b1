/**
 * The story's chronology: the day of writing of every article that states none, decided together from
 * everything the story says (publication.ts scores each day; evidence.ts reads what each expression says;
 * likelihood.ts holds the distributions). Stated publication dates and full dates in the texts pin the
 * story's happenings; an undated article's weekdays ("Thursday") agree with those pins or not; its own
 * stamps, full dates and month-days weigh in as "this week's news" or background; and the articles of one
 * story are written within days of each other. Two passes: the second knows the first-pass days of the
 * other articles and the happenings their relative expressions then date. Every inferred date carries its
 * confidence (the posterior mass of the chosen day) and its evidence. A story whose texts state no year at
 * all is worked out in a frame year (yearFrame.ts) and its dates are masked as "year not stated".
 */
import type { DateValue } from '../../schema/index.ts';
import type { Paragraph } from '../segment/index.ts';
import type { Sentence } from '../types.ts';
import { candidatesOf, type Candidate, type TimexLike } from '../events/candidates.ts';
import { dayNumber, fromDayNumber, spanOf } from '../events/dates.ts';
import { keywords } from '../events/keywords.ts';
import { overlap, pinsOf, type Pin } from './pins.ts';
import { clauseTense, sentenceTense, type Direction } from '../events/tense.ts';
import { insideQuote, yearFrame, type YearFrame } from './yearFrame.ts';
import { evidenceOf, HEAD_CHARS, type DayEvidence } from './evidence.ts';
import { asDateValue, decide, type Decision, type Inputs, type StoryDay, type Told } from './publication.ts';

export interface DatingArticle {
  id: string;
  text: string;
  sentences: Sentence[];
  paragraphs: Paragraph[];
  published: DateValue | null;
}

/**
 * What the chronology needs from the time reader (time/reader.ts): tag against a day, re-resolve one
 * expression against a day tried, and (optionally) the full dates of the texts as scraped, captions included.
 */
export interface Resolver<T extends TimexLike> {
  tag(text: string, dct: string | null): T[];
  resolve(t: T, anchor: string, tense?: Direction): TimexLike;
  raw?(articleIndex?: number): TimexLike[][];
}

export interface Dated<T extends TimexLike> {
  /** Inferred publication dates by article id. */
  inferred: Map<string, DateValue>;
  /** Timexes tagged against each article's stated date (or none), to reuse where the date did not change. */
  tagged: Map<string, T[]>;
  /** Set when no text states a year: how the year was found, or the nominal year to mask (see yearFrame.ts). */
  frame: YearFrame | null;
  /** Per inferred article, its likeliest days of writing with their posterior mass (readAtDay.ts weighs them). */
  posterior: Map<string, Array<{ day: string; p: number }>>;
  /** Per inferred article, where its lead's time expressions start (weekdays there are measured apart). */
  lead: Map<string, Set<number>>;
}

/** Explicit full dates outside the cleaned texts (captions clean removed: "..., November 27, 2011."). */
type RawExplicit = (articleIndex?: number) => TimexLike[][];

/** The least posterior probability of the week around its day at which an inferred date is published (see below). */
export const MIN_WEEK = 0.2;

/** How much the working "now" of a story that states no year weighs against an article's day (see below). */
const FRAME_NOW_WEIGHT = 0.5;

/** How far from a dated happening a publication date is looked for, in days. */
const WINDOW = 7;

export function inferPublished<T extends TimexLike>(articles: readonly DatingArticle[], r: Resolver<T>): Dated<T> {
  const tagged = new Map(articles.map((a) => [a.id, r.tag(a.text, a.published?.value.slice(0, 10) ?? null)]));
  const inferred = new Map<string, DateValue>();
  if (!articles.some((a) => !a.published)) return { inferred, tagged, frame: null, posterior: new Map(), lead: new Map() };
  const s = storyInputs(articles, r, tagged);
  const { frame, undated, evidence } = s;
  let decided = new Map<string, Decision>();
  const memos = new Map(undated.map((a) => [a.id, { years: '', days: new Map() }]));
  for (let pass = 0; pass < 2; pass++) {
    const next = new Map<string, Decision>();
    for (const a of undated) {
      const others = [...s.stated, ...s.frameNow, ...[...decided].filter(([id]) => id !== a.id).map(([id, d]) => ({ day: d.day, weight: d.week, articleId: id }))];
      const d = decide({ ...articleInputs(s, a, others), memo: memos.get(a.id)! }, (t, anchor, tense) => r.resolve(t as T, anchor, tense));
      if (d) next.set(a.id, d);
    }
    decided = next;
  }
  const posterior = new Map<string, Array<{ day: string; p: number }>>();
  // The note names the other articles' days as the story publishes them: stated, or inferred and sure enough.
  const shownDay = new Map<string, string>();
  for (const a of articles) if (a.published) shownDay.set(a.id, a.published.value.slice(0, 10));
  for (const [id, d] of decided) if (d.week >= MIN_WEEK) shownDay.set(id, fromDayNumber(d.day));
  const othersOf = (id: string) => [...new Set([...shownDay].filter(([k]) => k !== id).map(([, v]) => v))];
  for (const a of undated) {
    const d = decided.get(a.id);
    // Say less when the evidence is weak: a day is published only when the model gives the week around it
    // (three days either way) a posterior of at least 0.2, over a calendar five years either way. On the
    // Timeline17 training desks (scripts/dating-train.ts; 415 articles), floors of 0.1 / 0.2 / 0.3 / 0.4 give
    // within 7 days 0.704 / 0.699 / 0.694 / 0.692 and 17 / 12 / 9 / 4 articles more than 30 days off. 0.2 is
    // the lowest that refuses a background day as "now" when no text states the year of writing (the test
    // "does not take the latest background date ..." fails at 0.1); higher floors leave more stories without
    // a timeline (0.4 took gold core recall from 0.97 to 0.91 with no gain in dates). (The first floor, the
    // day's own mass under 0.2 over the days the evidence named, left 33 articles more than 30 days off.)
    if (d && !publishable(d, a.id, shownDay)) continue;
    // An article alone in its story has no story-mate to agree with: its day is published only when what
    // the page writes for its own day favours it (publication.ts saysItsDay: a stamp, a dateline, a caption,
    // a date written with its weekday). A lone date or month-day in the text is the day of writing too
    // rarely to publish: held out on the TempEval-3 documents, each built alone with its creation day hidden
    // (scripts/dating-alone.ts: 256 wire and newspaper stories of 1989 to 2000), 10 of the 11 full days
    // published that way were more than 30 days off, and 82 of the 84 year-less days had the wrong month and
    // day; now 3 year-less days are published (1 right) and none is more than 30 days off. Every figure of
    // the battery and of the training desks is equal (their stories have two articles or more).
    if (d && articles.length === 1 && !d.pageSays) continue;
    const value = withFrame(d ? asDateValue(d, a.id, othersOf(a.id)) : null, frame);
    if (value) inferred.set(a.id, value);
    if (value && d) posterior.set(a.id, d.posterior.map((x) => ({ day: fromDayNumber(x.day), p: x.p })));
  }
  const lead = new Map(undated.map((a) => [a.id, new Set(evidence.get(a.id)!.filter((e) => e.lead).map((e) => e.timex.start))]));
  return { inferred, tagged, frame, posterior, lead };
}

/**
 * Whether an inferred day is sure enough to publish: the week around it holds a posterior of MIN_WEEK, or at
 * least STORY_WEEK when it lies within a day of a story-mate's published day (stated, or inferred and sure
 * enough), which the evidence then backs from outside the article. Measured on the Timeline17 training desks
 * (scripts/dating-train.ts): within a day 0.639 -> 0.641, within 7 days 0.704 -> 0.708, undated 0.275 ->
 * 0.270, more than 30 days off 7 (equal); the battery's Timeline17 within 7 days 0.832 -> 0.836, nothing
 * else moved. (0.1 is the next floor measured for MIN_WEEK below.)
 */
export function publishable(d: Pick<Decision, 'day' | 'week'>, articleId: string, shown: ReadonlyMap<string, string>): boolean {
  if (d.week >= MIN_WEEK) return true;
  if (d.week < STORY_WEEK) return false;
  for (const [id, v] of shown) if (id !== articleId && Math.abs(dayNumber(v)! - d.day) <= 1) return true;
  return false;
}
const STORY_WEEK = 0.1;

/** What the chronology model reads of a story before any day is decided (scripts/calibrate-chronology.ts measures on it too). */
export interface StoryInputs {
  frame: YearFrame | null;
  undated: DatingArticle[];
  cands: Map<string, Candidate[]>;
  tagged: Map<string, TimexLike[]>;
  /** The story's dated happenings. */
  pins: Pin[];
  evidence: Map<string, DayEvidence[]>;
  /** Articles with a stated date, and a year-less story's working "now". */
  stated: StoryDay[];
  frameNow: StoryDay[];
  seeds: number[];
}

/** One undated article's inputs to decide(), given the days of the other articles. */
export function articleInputs(s: StoryInputs, a: DatingArticle, others: StoryDay[]): Inputs {
  const mine = s.pins.filter((p) => p.articleId !== a.id || !p.relative);
  return { articleId: a.id, evidence: s.evidence.get(a.id)!, pins: mine, told: toldOf(s.cands.get(a.id)!, s.tagged.get(a.id)!, mine), others, seeds: s.seeds, nominalYear: s.frame !== null };
}

export function storyInputs<T extends TimexLike>(articles: readonly DatingArticle[], r: Resolver<T>, tagged: Map<string, T[]>): StoryInputs {
  const raw: RawExplicit | undefined = r.raw ? (i) => r.raw!(i) : undefined;
  const undated = articles.filter((a) => !a.published);
  const cands = new Map(articles.map((a, i) => [a.id, candidatesOf(a, i, tagged.get(a.id)!)]));
  const pins: Pin[] = articles.flatMap((a) => pinsOf(cands.get(a.id)!, !!a.published));
  // No stated date anywhere: the latest explicit date stands in for "now" ("as of May 2017" -> 2017-05-31).
  let rough: { value: string; text: string; note?: string } | null = articles.some((a) => a.published) ? null : latestExplicit(articles.map((a) => tagged.get(a.id)!));
  let frame: YearFrame | null = null;
  if (!rough && !articles.some((a) => a.published)) {
    // A full date the cleaning removed (a photo caption) still tells the story's year: "explicit anywhere".
    rough = raw ? latestExplicit(raw()) : null;
    // A caption's full date is the day of the pictures, near the day of writing: it pins that day too.
    if (rough) pins.push(roughPin(rough));
    else {
      frame = yearFrame(articles, tagged, (a, t) => {
        const s = a.sentences.find((x) => t.start >= x.start && t.start < x.end);
        return !!s && clauseTense(a.text.slice(s.start, s.end), t.start - s.start, t.end - s.start) === 'future';
      });
      rough = { value: frame.now, text: frame.nowText, note: frame.nowNote };
    }
  }
  if (rough) {
    for (const a of undated) {
      const list = cands.get(a.id)!;
      for (const t of tagged.get(a.id)!) {
        if (!/^XXXX-\d{2}-\d{2}$/.test(t.value)) continue; // "July 20": a month and day without a year
        // Quoted plans ("I am coming south Monday, December 18", in an e-mail) are not the story's news.
        if (insideQuote(a, t.start)) continue;
        const c = candidateAt(list, t.start);
        const v = r.resolve(t, rough.value).value;
        if (c && /^\d{4}-\d{2}-\d{2}$/.test(v)) pins.push({ value: v, cand: c, text: t.text, articleId: a.id, stated: false, relative: false, at: t.start });
      }
    }
  }
  // A full date outside every event sentence (a photo caption: "... in Tallahassee on Feb 23, 2018. Mark
  // Wallheiser / AP", an embedded post's date line) tells no happening of the timeline, but it is the day of
  // the pictures or the post, near the day of writing: it pins that day, without words to agree with.
  // Only near the story's own dated happenings: a file photo of 2012 in a 2018 story, or a caption added
  // months later, is not the week of writing.
  // (Near one another too: a caption two days after an embedded post dated within the week.)
  const told = pins.map((p) => dayNumber(p.value)!);
  let waiting = articles.flatMap((a) => outsidePins(a, cands.get(a.id)!, tagged.get(a.id)!));
  for (let grew = true; grew;) {
    grew = false;
    waiting = waiting.filter((p) => {
      const d = dayNumber(p.value)!;
      if (!told.some((x) => Math.abs(x - d) <= WINDOW)) return true;
      pins.push(p);
      told.push(d);
      grew = true;
      return false;
    });
  }
  // The chronology model (src/pipeline/chronology): every undated article's day scored against its own
  // evidence and the story's, twice: the second pass knows the others' first-pass days.
  const sameDay = (t: T) => r.resolve(t, '2000-01-05').value.startsWith('2000-01-05') && r.resolve(t, '2000-01-06').value.startsWith('2000-01-06');
  const evidence = new Map(undated.map((a) => {
    const own = evidenceOf(a, tagged.get(a.id)!, cands.get(a.id)!, (t) => sameDay(t as T));
    return [a.id, [...own, ...captionsFrom(raw, a, articles.indexOf(a), own)]];
  }));
  // A stated date is a day of the story only on a page that tells something of it: a page with no event
  // sentence at all (a blog's holiday notice "By Frank Ahrens | December 20, 2009; 11:55 PM ET", an index
  // page) is a page of another day, and five articles of October 2008 were dated to it, 437 days off
  // (battery: Timeline17 more than 30 days off 8 -> 3, now undated, no other figure moved; the same rule
  // for inferred days as well cost within a day 0.775 -> 0.764).
  const stated: StoryDay[] = articles.filter((a) => a.published && cands.get(a.id)!.some((c) => !c.excluded)).map((a) => ({ day: dayNumber(a.published!.value.slice(0, 10))!, weight: 1, articleId: a.id }));
  const seeds = frame ? [dayNumber(frame.now)!] : rough && !articles.some((a) => a.published) ? [] : [];
  // The second pass knows the others' first-pass days. It does not read an undated article's weekdays
  // against its own inferred day to make new pins for the others ("chain" pins): two guesses agreeing with
  // each other counted as evidence, one per weekday, and pulled whole stories a week off (measured without
  // them: Timeline17 training desks exact day 0.48 -> 0.49; battery gold core dates 0.62 -> 0.65).
  // A story that states no year: its working "now" (yearFrame.ts: on or after every month-day told as done,
  // before every plan quoted) is one more day of the story, weighed as half an article's, since it is a
  // reading of the texts rather than a stated date. Without it, articles whose only days are weekdays ("found
  // on Friday", "late Sunday, police said") were refused one by one as too unsure, and the story had no timeline:
  // the battery's gold core recall 0.923 -> 0.987 (mn03 0 -> 0.83, its core dates 0 -> 0.8; weight 0.5 or 1
  // give the same figures), no other story or corpus changed.
  const frameNow: StoryDay[] = frame?.kind === 'nominal' && frame.months ? [{ day: dayNumber(frame.now)!, weight: FRAME_NOW_WEIGHT, articleId: '(frame)' }] : [];
  return { frame, undated, cands, tagged, pins, evidence, stated, frameNow, seeds };
}

/**
 * Full days the cleaning removed with a photo caption ("... leaves the court building on March 8, 2016"):
 * the day of the pictures, told as past, so evidence like any full date (a file photo years old is
 * background, as the mixture allows).
 */
function captionsFrom(raw: RawExplicit | undefined, a: DatingArticle, index: number, kept: readonly DayEvidence[]): DayEvidence[] {
  if (!raw) return [];
  const have = new Set(kept.filter((e) => e.day !== null).map((e) => e.timex.value.slice(0, 10)));
  const out: DayEvidence[] = [];
  for (const t of raw(index)[0] ?? []) {
    if ((t.type !== 'DATE' && t.type !== 'TIME') || t.anchor !== null || !/^\d{4}-\d{2}-\d{2}/.test(t.value)) continue;
    const v = t.value.slice(0, 10);
    if (have.has(v) || a.text.includes(t.text)) continue;
    have.add(v);
    out.push({ kind: 'full', timex: t, day: dayNumber(v), to: null, tense: 'past', quoted: false, sameDay: false, cand: null, lead: false, caption: true });
  }
  return out;
}

/** Past sentences without a date of their own that tell a fresh dated happening: written after it. */
function toldOf(list: readonly Candidate[], timexes: readonly TimexLike[], pins: readonly Pin[]): Told[] {
  const relative = timexes.filter((t) => /^XXXX-(?:WXX-\d|XX-XX)/.test(t.value));
  const out: Told[] = [];
  for (const c of list) {
    if (c.own || sentenceTense(c.sentence.text) !== 'past' || relative.some((t) => t.start >= c.sentence.start && t.start < c.sentence.end)) continue;
    let pin: Pin | null = null;
    let sim = 0.3;
    for (const p of pins) {
      // Only news-fresh pins ("Thursday night" in a dated article): "Oct. 3, 1995" is history.
      if (!/X/.test(p.cand.own?.timex.value ?? '') && p.cand.own?.timex.anchor === null) continue;
      const s = overlap(c.keys, p.cand.keys);
      if (s > sim) { sim = s; pin = p; }
    }
    if (pin) out.push({ c, pin, sim });
  }
  return out;
}

/** Explicit full days of an article that lie in no candidate sentence, as pins without words. */
function outsidePins(a: DatingArticle, list: readonly Candidate[], timexes: readonly TimexLike[]): Pin[] {
  const out: Pin[] = [];
  for (const t of timexes) {
    if ((t.type !== 'DATE' && t.type !== 'TIME') || t.anchor !== null || !/^\d{4}-\d{2}-\d{2}/.test(t.value)) continue;
    if (candidateAt(list as Candidate[], t.start)) continue;
    // A clock stamp below the page's head is a reader's comment or an update (evidence.ts: 'later'), often
    // years after the story: no happening of it.
    if (/T\d{2}:\d{2}/.test(t.value) && t.start >= HEAD_CHARS) continue;
    const pin = roughPin({ value: t.value.slice(0, 10), text: t.text });
    // The caption's words say which happening its day is ("Scott lays out his school safety proposal").
    const s = a.sentences.find((x) => t.start >= x.start && t.start < x.end);
    const keys = s ? [...new Set(keywords(s.text))] : [];
    out.push({ ...pin, articleId: a.id, at: t.start, cand: { ...pin.cand, articleId: a.id, keys, sentence: s ?? pin.cand.sentence } });
  }
  return out;
}

/** A day known from outside the cleaned texts, as a pin without words of its own. */
function roughPin(rough: { value: string; text: string }): Pin {
  const timex: TimexLike = { start: 0, end: 0, text: rough.text, type: 'DATE', value: rough.value, granularity: 'day', anchor: null, note: '' };
  const sentence = { start: 0, end: 0, text: rough.text, paragraph: -1 };
  const cand: Candidate = { articleId: '', articleIndex: -1, index: -1, sentence, own: { value: rough.value, granularity: 'day', timex, articleId: '' }, keys: [], future: false, excluded: false };
  return { value: rough.value, cand, text: rough.text, articleId: '(removed caption)', stated: false, relative: false };
}

/** A publication date worked out in a frame's year carries the frame's note. */
function withFrame(d: DateValue | null, frame: YearFrame | null): DateValue | null {
  if (!d || !frame) return d;
  const note = `${d.evidence?.note ?? ''}; ${frame.note}`;
  return { ...d, evidence: d.evidence ? { ...d.evidence, note } : { articleId: null, text: '', start: null, end: null, anchor: null, note } };
}

/**
 * The latest date stated outright (with a year), as the last day of its span: "May 2017" -> 2017-05-31.
 * A clock stamp below a page's head is a comment, an update or a sidebar post (evidence.ts: 'later'), often
 * years after the story ("7:01 pm ET February 11, 2013 RETWEET" on a page of 2011 made every year-less
 * "January 27" of its story 2013's): it is written on or after the page, so it stands for "now" only when
 * no other date does, and then the earliest such stamp.
 */
export function latestExplicit(lists: TimexLike[][]): { value: string; text: string } | null {
  const later = (t: TimexLike) => /T\d{2}:\d{2}/.test(t.value) && t.start >= HEAD_CHARS;
  const own = lists.map((l) => l.filter((t) => !later(t)));
  const found = latestOf(own);
  if (found) return found;
  const earliest = lists.flat().filter(later).sort((x, y) => (x.value < y.value ? -1 : x.value > y.value ? 1 : 0))[0];
  return earliest ? latestOf([[earliest]]) : null;
}

function latestOf(lists: TimexLike[][], dayOnly = false): { value: string; text: string } | null {
  let best: { value: string; text: string; to: number } | null = null;
  for (const list of lists) {
    for (const t of list) {
      if ((t.type !== 'DATE' && t.type !== 'TIME') || t.anchor !== null || !/^\d{4}/.test(t.value)) continue;
      if (dayOnly && !/^\d{4}-\d{2}-\d{2}/.test(t.value)) continue;
      const s = spanOf(t.value.slice(0, 10));
      if (!s || (t.granularity !== 'day' && t.granularity !== 'time' && t.granularity !== 'month')) continue;
      if (!best || s.to > best.to) best = { value: `${String(s.to).slice(0, 4)}-${String(s.to).slice(4, 6)}-${String(s.to).slice(6, 8)}`, text: t.text, to: s.to };
    }
  }
  return best;
}

function candidateAt(list: Candidate[], at: number): Candidate | null {
  for (const c of list) if (at >= c.sentence.start && at < c.sentence.end) return c;
  return null;
}
