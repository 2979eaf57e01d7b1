/**
 * One undated article's day of writing, as the most likely day under everything the story says, with its
 * posterior probability as the confidence. Each candidate day D is scored by the sum of log-likelihood
 * ratios (likelihood.ts) of:
 *   - the article's own stamps, full dates, months and year-less month-days (evidence.ts), each by how far
 *     from the day of writing such a mention lies in real news, background included (likelihood.ts);
 *   - its weekdays: "said Wednesday" makes a Wednesday or a Thursday likelier than a Monday;
 *   - its relative expressions ("Thursday", "yesterday") read against D: agreeing with a day the story dates
 *     for the same happening (pins, weighted by shared words) counts, the more so the more words they share;
 *   - past sentences that tell a dated happening without a date: written on or after it;
 *   - the story: the other articles' days (stated, or inferred with their confidence), since one story's
 *     articles are written within days of each other.
 * The confidence is the posterior mass of the chosen day among all the days tried.
 */
import type { DateValue } from '../../schema/index.ts';
import type { Candidate, TimexLike } from '../events/candidates.ts';
import { dayNumber, fromDayNumber } from '../events/dates.ts';
import { overlap, type Pin } from './pins.ts';
import type { Direction } from '../events/tense.ts';
import type { DayEvidence } from './evidence.ts';
import { candidateDays, hypotheses, weekdayOfDay, yearOf } from './hypotheses.ts';
import { background, calibrated, datelineDay, mixture, sameStory, weekdayOffset } from './likelihood.ts';

export interface Resolve { (t: TimexLike, anchor: string, tense?: Direction): TimexLike }

/** Another article's day, and how sure the story is of it. */
export interface StoryDay { day: number; weight: number; articleId: string }

export interface Told { c: Candidate; pin: Pin; sim: number }

export interface Inputs {
  articleId: string;
  evidence: readonly DayEvidence[];
  /** Dated happenings of the story that this article's relative expressions may agree with. */
  pins: readonly Pin[];
  told: readonly Told[];
  others: readonly StoryDay[];
  /** Extra days to try (the story's "now" when no text states a year). */
  seeds: readonly number[];
  /** The story states no year (yearFrame.ts): its year is a working convention, so no other year is weighed. */
  nominalYear?: boolean;
  /**
   * Kept between the passes over one article: each day's score from its own evidence (independent of the
   * other articles' days), valid for the calendar years it was read over.
   */
  memo?: { years: string; days: Map<number, { score: number; best: Why }> };
}

export interface Decision {
  day: number;
  confidence: number;
  /** Posterior mass of the three days either side of the chosen day: how sure the story is of its week. */
  week: number;
  score: number;
  /** The likeliest days the evidence names, with their posterior mass (at least ALTERNATIVE), likeliest first. */
  posterior: Array<{ day: number; p: number }>;
  note: string;
  text: string;
  anchor: string | null;
  /**
   * Whether the chosen day is favoured by what pages write for their own day (saysItsDay): a stamp, a
   * comment's or an update's stamp, a dateline, a photo caption's date, or a date written with its weekday.
   */
  pageSays: boolean;
}

/**
 * How strongly the story pulls one article towards the days of the others. 2, chosen on the Timeline17
 * articles outside the evaluation sample (desk groups the dating protocol never scores): from 1.2, the
 * share within a week there rose from 0.67 to 0.70 and the articles more than 30 days off fell from 68 to 57.
 */
const STORY = 2;
/** How much a relative expression agreeing with a dated happening of the story weighs against a full date. */
const RELATIVE = 2;
/**
 * The weekday offsets are measured per mention, but one article's weekdays are not independent ("said
 * Wednesday ... talks Wednesday at the DMZ ... voiced concern Wednesday"): each distinct weekday counts once,
 * at half strength.
 */
const WEEKDAY_TEMPER = 0.5;
const STORY_FLOOR = 1e-3;
const LOG_SAME_DAY = Math.log(STORY_FLOOR + sameStory(0));

export function decide(x: Inputs, resolve: Resolve): Decision | null {
  const days = candidateDays(x);
  if (!days.length) return null;
  const storyWeight = Math.min(1, x.others.reduce((s, o) => s + o.weight, 0));
  const resolved = new Map<number, number | null>();
  // A weekday named five times in one article is one day of the week, not five pieces of evidence.
  const firstWeekdays = new Set<DayEvidence>();
  const seenWeekdays = new Set<string>();
  for (const e of x.evidence) {
    const key = `${e.timex.value}|${e.tense}`;
    if (e.kind === 'relative' && WEEKDAY.test(e.timex.value) && !seenWeekdays.has(key)) { seenWeekdays.add(key); firstWeekdays.add(e); }
  }
  // Year-less month-days of one article mostly recap one stretch of the story ("Oct. 13 ... Oct. 18 ...
  // Nov. 2 ... Nov. 27"): n of them count as much as sqrt(n) independent ones (chosen on the Timeline17
  // training desks: exponents 0.3, 0.5, 0.7 and 1 gave exact day 0.484, 0.487, 0.487, 0.484).
  const monthDayTemper = 1 / Math.sqrt(Math.max(1, x.evidence.filter((e) => e.kind === 'monthday' && !e.dateline).length));
  // Full dates days apart in one article mostly recap one episode ("May 13, 2013 ... May 15, 2013 ... Thursday,
  // May 16, 2013"): k of them within a week of each other count as much as sqrt(k) independent ones.
  const fullTemper = new Map<DayEvidence, number>();
  const fulls = x.evidence.filter((e) => e.kind === 'full');
  for (const e of fulls) fullTemper.set(e, 1 / Math.sqrt(fulls.filter((f) => Math.abs(f.day! - e.day!) <= 7).length));
  // Each month-day's occurrences in the years the hypotheses span, to find the nearest one without dates.
  // A year or a month told as past is a bound on the day of writing (below): the calendar weighed reaches
  // past the latest of them, or a story told wholly about 1961 with "in 1977" in it would weigh 1956 to 1966
  // only, where every day breaks the bound alike, and be sure of 1961.
  const bounds = x.evidence.filter((e) => (e.kind === 'year' || e.kind === 'month') && e.tense === 'past' && e.day !== null).map((e) => e.to ?? e.day!);
  const span = hypotheses(days, x.nominalYear ?? false, bounds);
  const years = [yearOf(Math.min(...span.map(([d]) => d))) - 1, yearOf(Math.max(...span.map(([d]) => d))) + 1];
  const occurrences = new Map<DayEvidence, number[]>();
  for (const e of x.evidence) {
    if (e.kind !== 'monthday') continue;
    const list: number[] = [];
    for (let y = years[0]!; y <= years[1]!; y++) {
      const d = dayNumber(`${String(y).padStart(4, '0')}${e.timex.value.slice(4, 10)}`);
      // "Monday, March 26" names a March 26 that is a Monday: the other years' are not it.
      if (d !== null && (e.weekday === undefined || weekdayOfDay(d) === e.weekday)) list.push(d);
    }
    occurrences.set(e, list);
  }
  const pinsOn = pinsByDay(x.pins);
  const counts = new Map([...pinsOn].map(([d, list]) => [d, list.length]));
  const maxCount = Math.max(1, ...counts.values());
  // A relative expression repeated ("prosecutors said Tuesday" six times) is one piece of evidence: its best
  // reading counts, once.
  const groups = relativeGroups(x.evidence);
  const told = x.told.map((t) => ({ ...t, day: dayNumber(t.pin.value)! }));
  const total = x.others.reduce((s, o) => s + o.weight, 0);
  // Scoring runs over thousands of days: what explains a day is kept as references and worded for the
  // chosen day only.
  // What the article's own evidence and the story's happenings say of a day does not depend on the other
  // articles' days: the second pass (index.ts) reads it from the first's memo and adds the story's pull.
  const memo = x.memo && x.memo.years === `${years[0]}-${years[1]}` ? x.memo.days : new Map<number, { score: number; best: Why }>();
  if (x.memo) { x.memo.years = `${years[0]}-${years[1]}`; x.memo.days = memo; }
  const scoreDay = (day: number, weight: number, support?: Set<string>) => {
    const known = support ? undefined : memo.get(day);
    const own = known ?? ownScore(day, support);
    if (!support && !known) memo.set(day, own);
    let score = own.score;
    if (total > 0) {
      let near = 0;
      for (const o of x.others) near += o.weight * sameStory(day - o.day);
      score += STORY * storyWeight * (Math.log(STORY_FLOOR + near / total) - LOG_SAME_DAY);
    }
    return { day, score, best: own.best, weight };
  };
  const ownScore = (day: number, support?: Set<string>): { score: number; best: Why } => {
    let score = 0;
    let best: Why = { gain: 0 };
    // Evidence read the plain way (e, and the day it was read as): no object per call, since a story's
    // scoring credits some hundred thousand times; the reason is kept only when it is the best so far.
    const creditE = (gain: number, e: DayEvidence, v?: number) => {
      score += gain;
      if (gain > best.gain) best = v === undefined ? { gain, e } : { gain, e, v, day };
      if (support && gain > 0 && saysItsDay(e)) support.add(e.kind);
    };
    const credit = (gain: number, why: Omit<Why, 'gain'>) => {
      score += gain;
      if (gain > best.gain) best = { gain, ...why };
      if (support && gain > 0 && why.e && saysItsDay(why.e)) support.add(why.e.kind);
    };
    for (const e of x.evidence) {
      const t = e.timex;
      if (e.kind === 'stamp') creditE(calibrated('stamp', null, day - e.day!), e);
      else if (e.kind === 'later') creditE(calibrated('later', null, day - e.day!), e);
      else if (e.kind === 'full' && e.named) {
        // A full date that names a thing ("the attacks of Sept. 11, 2001") tells that the thing happened
        // before the writing, as a year does, and nothing about how long before: measured on nine mentions
        // (calibration.ts fullNamed), its distribution is mostly its prior's, and it alone made a 2009
        // column "written 2001-09-12". As a bound only: Timeline17 training desks more than 30 days off
        // 11 -> 8 (those three now undated, every other figure equal); the battery's Timeline17 articles
        // 9 -> 8, one off-by-one article more; gold stories unchanged.
        score += mixture(0, 0, background(e.tense, day < e.day! ? -1 : 0));
      }
      else if (e.kind === 'full') creditE(fullTemper.get(e)! * QUOTE(e) * calibrated(e.named ? 'fullNamed' : 'full', e.tense, day - e.day!), e);
      else if (e.kind === 'month') creditE(calibrated('month', e.tense, day - e.day!), e);
      else if (e.kind === 'year') {
        // A year told in the past is no later than the day of writing; nothing more.
        score += mixture(0, 0, background(e.tense, day < e.day! ? -1 : 0));
      } else if (e.kind === 'monthday') {
        // The occurrence nearest the day tried (bins.ts says why not the one the tense points to).
        let v: number | null = null;
        for (const d of occurrences.get(e)!) if (v === null || Math.abs(d - day) < Math.abs(v - day)) v = d;
        // A wire dateline's day is the filing day: the page is that day's (a wire, the web) or the next (print).
        if (v !== null && e.dateline) creditE(datelineDay(day - v, e.dateline), e, v);
        // With its weekday it is a full date in all but the printed year, and counts as one.
        else if (v !== null && e.weekday !== undefined && !e.quoted) creditE(calibrated('full', e.tense, day - v), e, v);
        else if (v !== null) creditE(monthDayTemper * QUOTE(e) * calibrated(e.named ? 'monthdayNamed' : 'monthday', e.tense, day - v), e, v);
      } else {
        // A weekday says which day of the week the article was written: "said Wednesday" is mostly today or
        // yesterday (calibration.ts), whatever the story dates.
        const weekday = WEEKDAY.test(t.value);
        if (weekday && firstWeekdays.has(e)) {
          const v = read(t, day, e.tense ?? undefined);
          if (v !== null) score += WEEKDAY_TEMPER * weekdayOffset(e.tense, day - v, e.lead);
        }
        if (weekday) continue;
        const v1 = read(t, day, e.tense ?? 'past');
        const v2 = e.tense ? null : read(t, day, 'future');
        if (v1 === null && v2 === null) continue;
        score -= 0.05 * Math.min(v1 === null ? Infinity : Math.abs(day - v1) + (v1 > day ? 0.5 : 0), v2 === null ? Infinity : Math.abs(day - v2) + (v2 > day ? 0.5 : 0));
      }
    }
    // Relative expressions read against D agree with a day the story dates for the same happening or not,
    // the more so the more words their sentences share. Each reading tries the clause's direction, or both
    // when it has none. One expression is one piece of evidence: "prosecutors said Tuesday" six times, each
    // landing on the story's "Oct. 13", is one agreement (its best mention), not six (mn10: 6 nats pulled
    // three articles written in March 2016 to October 2015).
    for (const list of groups) {
      let gain = 0;
      let why: Omit<Why, 'gain'> | null = null;
      for (const e of list) {
        for (const v of [read(e.timex, day, e.tense ?? 'past'), e.tense ? null : read(e.timex, day, 'future')]) {
          if (v === null) continue;
          if (e.tense === 'future' && v === day) continue; // "will appear on Thursday" is not the day of writing
          const base = e.sameDay ? 0.3 * (counts.get(v) ?? 0) / maxCount : 0.5;
          // "today" is read like a weekday: its sentence's words tie it to the happening the story dates
          // (it had only the day's count of pins: battery Timeline17 exact 0.614 -> 0.618, within a day
          // 0.789 -> 0.793; the gold stories, the training desks and the held-out runs equal).
          for (const p of pinsOn.get(v) ?? []) {
            const g = base + (e.cand ? 2 * overlap(e.cand.keys, p.cand.keys) : 0);
            if (g > gain) { gain = g; why = { e, pin: p }; }
          }
        }
      }
      if (why) credit(Math.log1p(RELATIVE * gain), why);
    }
    for (const tl of told) {
      if (day < tl.day || day > tl.day + 7) continue;
      score -= 0.05 * (day - tl.day);
      credit(Math.log1p(tl.sim), { told: tl });
    }
    return { score, best };
  };
  const scored = span.map(([day, weight]) => scoreDay(day, weight));
  // A weekday or a day offset read against a day moves with it: its offset from the day depends only on the
  // day of the week, so each expression is resolved at most seven times per tense.
  function read(t: TimexLike, day: number, tense: Direction | undefined): number | null {
    const key = t.start * 32 + (((day % 7) + 7) % 7) * 4 + (tense === 'past' ? 1 : tense === 'future' ? 2 : 0);
    let offset = resolved.get(key);
    if (offset === undefined) {
      const value = resolve(t, fromDayNumber(day), tense ?? undefined).value;
      offset = /^\d{4}-\d{2}-\d{2}/.test(value) ? dayNumber(value.slice(0, 10))! - day : null;
      resolved.set(key, offset);
    }
    return offset === null ? null : day + offset;
  }
  // The day chosen is one the evidence names; the rest of the calendar only keeps the confidence honest (a
  // day a year later fits a story told wholly in the past as well, and would win the ties by drifting on).
  const named = new Set(days);
  let win = scored[0]!;
  for (const s of scored) if (named.has(s.day) && s.score > win.score + 1e-9) win = s;
  const top = Math.max(...scored.map((s) => s.score));
  // Each day's unnormalised posterior, once (the sums below add the same terms in the same order as before).
  const terms = scored.map((s) => s.weight * Math.exp(s.score - top));
  const z = terms.reduce((sum, t) => sum + t, 0);
  const mass = (keep: (day: number) => boolean) => {
    let sum = 0;
    for (let i = 0; i < scored.length; i++) if (keep(scored[i]!.day)) sum += terms[i]!;
    return sum / z;
  };
  const support = new Set<string>();
  scoreDay(win.day, win.weight, support);
  const said = explain(win.best);
  const why = win.best.gain > 0 ? said.note : 'no date of its own';
  const posterior = scored.map((s, i) => ({ day: s.day, p: terms[i]! / z })).filter((s) => named.has(s.day))
    .filter((s) => s.p >= ALTERNATIVE).sort((a, b) => b.p - a.p || a.day - b.day).slice(0, 5);
  return {
    day: win.day,
    posterior,
    confidence: round(mass((day) => day === win.day)),
    week: round(mass((day) => Math.abs(day - win.day) <= 3)),
    score: win.score,
    // The other articles' days are said by the caller, once every day is decided (index.ts): the days this
    // pass read were the first pass's, and some of them are never published.
    note: `${why}; ${fromDayNumber(win.day)} is the publication day that agrees best with the article and its story`,
    text: said.text,
    anchor: said.anchor,
    pageSays: support.size > 0,
  };
}

/**
 * What a page writes for its own day, rather than for the days it tells: its stamp, a comment's or an update's
 * stamp, its dateline, a photo caption's date, and a date written with its weekday ("on Thursday, Sept. 28,
 * 2017", "Monday, March 26"): news names the weekday of the days of its own week.
 */
const WEEKDAY_WRITTEN = /\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b/i;
function saysItsDay(e: DayEvidence): boolean {
  return e.kind === 'stamp' || e.kind === 'later' || !!e.dateline || !!e.caption || ((e.kind === 'full' || e.kind === 'monthday') && WEEKDAY_WRITTEN.test(e.timex.text));
}

/** What explains a day best: one piece of evidence (with the day it was read as) or one told happening. */
export interface Why { gain: number; e?: DayEvidence; v?: number; day?: number; pin?: Pin; told?: Told }

function explain(w: Why): { text: string; note: string; anchor: string | null } {
  if (w.told) {
    const { c, pin } = w.told;
    // Whole words: "died of the di…" read as a typo.
    const text = c.sentence.text.length > 60 ? c.sentence.text.slice(0, 60).replace(/\s+\S*$/, '') : c.sentence.text;
    return { text, note: `"${text}…" tells the happening of ${pin.value} ("${pin.text}" in ${pin.articleId}) as past`, anchor: pin.value };
  }
  const e = w.e;
  if (!e) return { text: '', note: '', anchor: null };
  const t = e.timex;
  if (w.pin) return { text: t.text, note: `"${t.text}" here is ${w.pin.value}, the date of "${w.pin.text}" in ${w.pin.articleId}${w.pin.stated ? ' (dated there)' : ''}`, anchor: w.pin.value };
  if (e.kind === 'stamp') return { text: t.text, note: `the page's stamp "${t.text}"`, anchor: null };
  if (e.kind === 'later') return { text: t.text, note: `a later stamp "${t.text}" (a comment or update)`, anchor: null };
  // A caption the cleaning removed is not in the text the reader shows: the note says where the words are.
  if (e.kind === 'full' && e.caption) return { text: t.text, note: `"${t.text}" in a photo caption (not part of the article's text) is the day of a picture`, anchor: null };
  if (e.kind === 'full') return { text: t.text, note: `"${t.text}" is told ${tenseWord(e.tense)}`, anchor: null };
  if (e.kind === 'month') return { text: t.text, note: `"${t.text}" is recent`, anchor: null };
  return { text: t.text, note: `"${t.text}" is ${fromDayNumber(w.v!)}, told ${tenseWord(e.tense)}`, anchor: w.day === undefined ? null : fromDayNumber(w.day) };
}


export function asDateValue(d: Decision, articleId: string, others: readonly string[] = []): DateValue {
  return {
    value: fromDayNumber(d.day),
    granularity: 'day',
    source: 'inferred',
    confidence: d.confidence,
    evidence: { articleId, text: d.text, start: null, end: null, anchor: d.anchor, note: `${withOthers(d.note, others)} (confidence ${d.confidence.toFixed(2)})` },
  };
}

/** "...; the story's other articles are dated A, B; ..." after the note's first clause (its evidence). */
function withOthers(note: string, others: readonly string[]): string {
  if (!others.length) return note;
  const at = note.indexOf('; ');
  const said = `; the story's other articles are dated ${others.slice(0, 3).join(', ')}`;
  return at < 0 ? `${note}${said}` : `${note.slice(0, at)}${said}${note.slice(at)}`;
}

/** The least posterior mass of a day kept as an alternative reading of the article's day (readAtDay.ts). */
const ALTERNATIVE = 0.02;

/** A day in quoted speech ("I am coming south Monday, December 18") tells the speaker's plans, not the
 * writer's day: its evidence is tempered. */
const QUOTE = (e: DayEvidence) => (e.quoted ? 0.4 : 1);
const WEEKDAY = /^XXXX-WXX-\d$/;
const round = (x: number) => Math.round(x * 100) / 100;

export function pinsByDay(pins: readonly Pin[]): Map<number, Pin[]> {
  const out = new Map<number, Pin[]>();
  for (const p of pins) { const d = dayNumber(p.value)!; out.set(d, [...(out.get(d) ?? []), p]); }
  return out;
}

/** An article's relative expressions, the mentions of one value told in one tense together: one piece of evidence. */
export function relativeGroups(evidence: readonly DayEvidence[]): DayEvidence[][] {
  const out = new Map<string, DayEvidence[]>();
  for (const e of evidence) if (e.kind === 'relative') { const k = `${e.timex.value}|${e.tense}`; out.set(k, [...(out.get(k) ?? []), e]); }
  return [...out.values()];
}
const tenseWord = (t: Direction) => (t === 'past' ? 'as past' : t === 'future' ? 'as ahead' : 'without tense');
