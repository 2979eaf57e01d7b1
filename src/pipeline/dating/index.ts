/**
 * Publication dates for articles that state none, inferred from the story. The same happening told as
 * "Thursday" in one article and dated in another pins the first article's reference date: we try every
 * day near the story's dated happenings as the article's date, re-resolve its relative expressions
 * against it, and keep the day whose readings agree best with what other articles date ("on Thursday"
 * read against 2017-02-23..03-01 gives 2017-02-23, the date of "Thursday night" in 001). Among days that
 * agree equally, the one closest to the happenings wins: news is written soon after what it reports, and
 * just before what it announces ("will appear on Thursday" -> the day before). With no stated date in the
 * whole story, the latest explicit date the texts mention stands in for "now" to give year-less dates a year.
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

export interface DatingArticle {
  id: string;
  text: string;
  sentences: Sentence[];
  paragraphs: Paragraph[];
  published: DateValue | null;
}

/** What dating needs from the time tagger: tag against a DCT, and re-resolve one expression against a day. */
export interface Resolver<T extends TimexLike> {
  tag(text: string, dct: string | null): T[];
  resolve(t: T, anchor: string, tense?: Direction): TimexLike;
}

export interface Dated<T extends TimexLike> {
  /** Inferred publication dates by article id. */
  inferred: Map<string, DateValue>;
  /** Timexes tagged against each article's stated date (or none), to reuse where the date did not change. */
  tagged: Map<string, T[]>;
  /** Set when no text states a year: how the year was found, or the nominal year to mask (see yearFrame.ts). */
  frame: YearFrame | null;
}

/** Explicit full dates outside the cleaned texts (captions clean removed: "..., November 27, 2011."). */
export type RawExplicit = () => TimexLike[][];

/** Words that put the day after them ahead of the clause's time: a deadline or an earliest date. */
const DEADLINE = /\b(?:until|till|through|by|before|as early as|as soon as|no sooner than|no later than|from)(?:\s+at\s+(?:least|the\s+earliest|the\s+latest))?\s*$/i;

/** A deadline that, outside a past-tense clause, lies ahead: "can continue operating until at least April 27". */
const AHEAD_DEADLINE = /\b(?:until|till|no\s+sooner\s+than|no\s+later\s+than|as\s+early\s+as|as\s+soon\s+as)(?:\s+at\s+(?:least|the\s+earliest|the\s+latest))?\s*$/i;

/** How far from a dated happening a publication date is looked for, in days. */
const WINDOW = 7;

export function inferPublished<T extends TimexLike>(articles: readonly DatingArticle[], r: Resolver<T>, raw?: RawExplicit): Dated<T> {
  const tagged = new Map(articles.map((a) => [a.id, r.tag(a.text, a.published?.value.slice(0, 10) ?? null)]));
  const inferred = new Map<string, DateValue>();
  const undated = articles.filter((a) => !a.published);
  if (!undated.length) return { inferred, tagged, frame: null };
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
  for (const a of undated) {
    const found = dateOne(a, cands.get(a.id)!, tagged.get(a.id)!, pins, r);
    const fallback = found ? null : within(fallbackDate(a, tagged.get(a.id)!, rough), boundsOf(a, pins));
    const value = withFrame(found ?? fallback, frame);
    if (!value) continue;
    inferred.set(a.id, value);
    if (found) {
      // Its happenings now pin others: the chain "001 dates Thursday, 000 then dates Tuesday" for 003.
      for (const t of tagged.get(a.id)!) {
        const c = candidateAt(cands.get(a.id)!, t.start);
        const tense = c ? clauseTense(c.sentence.text, t.start - c.sentence.start, t.end - c.sentence.start) : null;
        const v = /X/.test(t.value) ? r.resolve(t, value.value, tense).value : t.value;
        if (c && /^\d{4}-\d{2}-\d{2}$/.test(v)) pins.push({ value: v.slice(0, 10), cand: c, text: t.text, articleId: a.id, stated: false, relative: /X/.test(t.value) });
      }
    }
  }
  return { inferred, tagged, frame };
}

/** Explicit full days of an article that lie in no candidate sentence, as pins without words. */
function outsidePins(a: DatingArticle, list: readonly Candidate[], timexes: readonly TimexLike[]): Pin[] {
  const out: Pin[] = [];
  for (const t of timexes) {
    if ((t.type !== 'DATE' && t.type !== 'TIME') || t.anchor !== null || !/^\d{4}-\d{2}-\d{2}/.test(t.value)) continue;
    if (candidateAt(list as Candidate[], t.start)) continue;
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
  const note = `${d.evidence?.note ?? ''}; ${frame.note}${frame.kind === 'nominal' ? ' (working date only, never published)' : ''}`;
  return { ...d, evidence: d.evidence ? { ...d.evidence, note } : { articleId: null, text: '', start: null, end: null, anchor: null, note } };
}

interface Reading { day: number; score: number; penalty: number; best: { text: string; pin: Pin; value: string } | null }

function dateOne<T extends TimexLike>(a: DatingArticle, list: Candidate[], timexes: T[], pins: Pin[], r: Resolver<T>): DateValue | null {
  // Pins the article made itself from relative expressions would only confirm the article's own guess.
  const others = pins.filter((p) => p.articleId !== a.id || !p.relative);
  if (!others.length) return null;
  const days = new Set<number>();
  for (const p of others) {
    const d = dayNumber(p.value)!;
    for (let k = -WINDOW; k <= WINDOW; k++) days.add(d + k);
  }
  // Only expressions whose day moves with the reference date are evidence for it: weekdays and day offsets
  // ("Thursday", "yesterday", "hours earlier"); "Oct. 1" only needs a year and says nothing about the day.
  // "USA TODAY Sports" is a masthead, not a day: capitalised-only expressions are skipped.
  // A bare clock time ("the 4 a.m. deadline", "midnight") belongs to the narrative's day, not the day of writing.
  const relative = timexes.filter((t) => (t.type === 'DATE' || t.type === 'TIME') && /^XXXX-(?:WXX-\d|XX-XX)/.test(t.value) && !/^XXXX-XX-XXT\d/.test(t.value) && !/^[A-Z]{3,}$/.test(t.text));
  const sameDay = relative.map((t) => r.resolve(t, '2000-01-05').value.startsWith('2000-01-05') && r.resolve(t, '2000-01-06').value.startsWith('2000-01-06'));
  // Past-tense sentences without any date that tell a dated happening: the article was written after it.
  const undatedCands = list.filter((c) => !c.own && sentenceTense(c.sentence.text) === 'past' && !relative.some((t) => t.start >= c.sentence.start && t.start < c.sentence.end));
  // Direction of each weekday from its clause, read outside quotations; unknown -> try both readings.
  const tenses = relative.map((t) => {
    const c = a.sentences.find((x) => t.start >= x.start && t.start < x.end);
    return c ? clauseTense(c.text, t.start - c.start, t.end - c.start) : null;
  });
  const counts = new Map<string, number>();
  for (const p of others) counts.set(p.value, (counts.get(p.value) ?? 0) + 1);
  const maxCount = Math.max(...counts.values());
  // Which fresh happening each undated past sentence tells, once: it does not depend on the day tried.
  const told: Array<{ c: Candidate; bestPin: Pin; sim: number }> = [];
  for (const c of undatedCands) {
    let bestPin: Pin | null = null;
    let sim = 0.3;
    for (const p of others) {
      // Only news-fresh pins ("Thursday night" in a dated article): "Oct. 3, 1995" is history, and being
      // written after it says nothing about the week of writing.
      if (!/X/.test(p.cand.own?.timex.value ?? '') && p.cand.own?.timex.anchor === null) continue;
      const s = overlap(c.keys, p.cand.keys);
      if (s > sim) { sim = s; bestPin = p; }
    }
    if (bestPin) told.push({ c, bestPin, sim });
  }
  const { floor, ceiling } = boundsOf(a, pins);
  const gains = new Map<string, { gain: number; pin: Pin }>();
  let win: Reading | null = null;
  for (const day of [...days].sort((x, y) => x - y)) {
    if (day < floor || day > ceiling) continue;
    const anchor = fromDayNumber(day);
    const reading: Reading = { day, score: 0, penalty: 0, best: null };
    let bestGain = 0;
    relative.forEach((t, ti) => {
      const c = candidateAt(list, t.start);
      const tense = tenses[ti]!;
      const readings = tense ? [r.resolve(t, anchor, tense).value] : [r.resolve(t, anchor, 'past').value, r.resolve(t, anchor, 'future').value];
      // A weekday announced in the future tense is not the day of writing ("will appear on Thursday").
      const v = readings.map((x) => x.slice(0, 10)).find((x) => others.some((p) => p.value === x) && !(tense === 'future' && x === anchor));
      // News is written close to the days it mentions: every reading's distance counts against the day,
      // a little more when it lies ahead ("confirmed on Wednesday morning" pushes past Tuesday).
      const near = readings.map((x) => dayNumber(x.slice(0, 10))).filter((x): x is number => x !== null);
      if (near.length) reading.penalty += Math.min(...near.map((x) => Math.abs(day - x) + (x > day ? 0.5 : 0) + (tense === 'future' && x === day ? 2 : 0)));
      if (!v) return;
      const key = `${ti}|${v}`;
      let cached = gains.get(key);
      if (!cached) {
        const same = others.filter((p) => p.value === v);
      // "today", "hours earlier" agree with any dated day, most with the day the story dates most often;
      // a weekday agreeing with a dated happening says much more.
      const base = sameDay[ti] ? 0.05 * (counts.get(v) ?? 0) / maxCount : 0.5;
        let gain = base;
        let pin = same[0]!;
        if (c && !sameDay[ti]) for (const p of same) {
          const g = base + 2 * overlap(c.keys, p.cand.keys);
          if (g > gain) { gain = g; pin = p; }
        }
        gains.set(key, (cached = { gain, pin }));
      }
      const { gain, pin } = cached;
      reading.score += gain;
      if (gain > bestGain) { bestGain = gain; reading.best = { text: t.text, pin, value: v }; }
    });
    // A sentence that tells a dated happening without a date of its own was written after it.
    for (const { c, bestPin, sim } of told) {
      const d = dayNumber(bestPin.value)!;
      if (day < d || day > d + WINDOW) continue;
      reading.score += sim;
      // Weakly: the same day is likeliest, but a weekday read from the day of writing says more.
      reading.penalty += (day - d) * 0.25;
      if (!reading.best) reading.best = { text: c.sentence.text.slice(0, 60), pin: bestPin, value: bestPin.value };
    }
    if (!win || reading.score > win.score + 1e-9 || (Math.abs(reading.score - win.score) <= 1e-9 && reading.penalty < win.penalty)) win = reading;
  }
  if (!win || win.score <= 0 || !win.best) return null;
  const b = win.best;
  const value = fromDayNumber(win.day);
  return {
    value,
    granularity: 'day',
    source: 'inferred',
    evidence: {
      articleId: a.id,
      text: b.text,
      start: null,
      end: null,
      anchor: b.pin.value,
      note: `"${b.text}" here is ${b.value}, the date of "${b.pin.text}" in ${b.pin.articleId}${b.pin.stated ? ' (dated there)' : ''}; ${value} is the publication day that agrees best with the dated happenings of the story (score ${win.score.toFixed(2)})`,
    },
  };
}

/**
 * News reports what has happened: a day the article itself states for a happening it tells in the past
 * ("On Nov. 27, Morgan was charged") was before it was written, whatever its weekdays agree with. Only
 * plain cases: the expression's own clause is in the past, and it is no deadline ("ruled Monday that they
 * can stay open until April 27" tells a day ahead in a past-tense sentence). And the other way: a day it
 * announces ("the assembly, due to hold its first session on Jan. 23") is still ahead of it, where both the
 * clause and the whole sentence look forward. Day numbers; ±Infinity where the article says nothing.
 */
function boundsOf(a: DatingArticle, pins: readonly Pin[]): { floor: number; ceiling: number } {
  let floor = -Infinity;
  let ceiling = Infinity;
  for (const p of pins) {
    const x = p.at === undefined ? null : { start: p.at, end: p.at + p.text.length };
    if (!x || p.articleId !== a.id || p.relative || p.cand.excluded || insideQuote(a, x.start)) continue;
    const s = p.cand.sentence;
    const clause = clauseTense(s.text, x.start - s.start, x.end - s.start);
    const day = dayNumber(p.value) ?? NaN;
    if (clause === 'future' && p.cand.future) ceiling = Math.min(ceiling, day - 1);
    // "the court ruled Monday that they can continue operating until at least April 27": a deadline in a
    // clause that is not told in the past is still ahead.
    else if (clause !== 'past' && AHEAD_DEADLINE.test(s.text.slice(0, x.start - s.start))) ceiling = Math.min(ceiling, day - 1);
    if (p.cand.future || (clause ?? sentenceTense(s.text)) !== 'past' || DEADLINE.test(s.text.slice(0, x.start - s.start))) continue;
    floor = Math.max(floor, day);
  }
  // Contradictory bounds (a misread tense): trust neither.
  return floor <= ceiling ? { floor, ceiling } : { floor: -Infinity, ceiling: Infinity };
}

/** A guessed date moved inside the article's bounds: "the latest explicit date" may be a day it announces. */
function within(d: DateValue | null, { floor, ceiling }: { floor: number; ceiling: number }): DateValue | null {
  const day = d ? dayNumber(d.value) : null;
  if (!d || day === null || (day >= floor && day <= ceiling)) return d;
  const value = fromDayNumber(day > ceiling ? ceiling : floor);
  const note = `${d.evidence?.note ?? ''}; moved to ${value}, ${day > ceiling ? 'the day before a day the article announces' : 'the last day the article tells as past'}`;
  return { ...d, value, evidence: d.evidence ? { ...d.evidence, note } : null };
}

/** No agreement to go on: the latest explicit full date the article (else the story) mentions. */
function fallbackDate(a: DatingArticle, timexes: TimexLike[], rough: { value: string; text: string; note?: string } | null): DateValue | null {
  const own = latestExplicit([timexes], true);
  const pick = own ?? rough;
  if (!pick) return null;
  return {
    value: pick.value,
    granularity: 'day',
    source: 'inferred',
    evidence: {
      articleId: own ? a.id : null,
      text: pick.text,
      start: null,
      end: null,
      anchor: null,
      note: own
        ? `no relative expression matches a dated happening; "${pick.text}" is the latest explicit date the article mentions, taken as near publication`
        : rough?.note
          ? `no date in the article; ${rough.note}; taken as near publication (a guess)`
          : `no date in the article; "${pick.text}" is the latest explicit date in the story, taken as near publication (a guess)`,
    },
  };
}

/** The latest date stated outright (with a year), as the last day of its span: "May 2017" -> 2017-05-31. */
function latestExplicit(lists: TimexLike[][], dayOnly = false): { value: string; text: string } | null {
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
