/**
 * One Event from a dated group of candidate sentences: title (the best headline of its clearest
 * sentences), summary (the sentence the title was made from, without a page's stamp glued between headline and lead), actors with unified names, place, quotes with speakers, and the number of
 * independent sources (distinct publishers, else articles).
 */
import type { Article, DateValue, Event, Mention, Quote } from '../../schema/index.ts';
import type { Candidate } from '../events/candidates.ts';
import type { NameBook, NameMention } from '../events/actors.ts';
import { placesIn, type PlaceLevel } from '../events/places.ts';
import type { GroupDate } from './groupDates.ts';
import { linkShare } from './linkPrecision.ts';
import { chooseTitled, titleActors, triedTitles, type SentenceTitle } from './eventTitle.ts';
import { dropGluedStamp } from '../events/title.ts';
import { CAPTION_FORMULA } from '../story/leadTitle.ts';

/** What every event of a story shares: one name book, the names of each sentence, pronouns and quotes. */
export interface StoryNames {
  book: NameBook;
  /** The names of a sentence of the story (found once when the book was built). */
  namesOf(sentence: string): NameMention[];
  /** The story's canonical person a mention names, or null (places, organizations, families, unknown). */
  person(n: NameMention): string | null;
  /** The person a he/she/his/her of the sentence starting at `at` stands for, when certain; else null. */
  antecedent(articleId: string, at: number, pronoun: string): string | null;
  /**
   * For a headline: the person a leading he/she/his/her of the sentence starting at `at` (or its quotation's
   * "he said") stands for, or the organization a they/their/it/its does, by the sentences just before it
   * only (headlinePronoun.ts); else null.
   */
  headlineAntecedent(articleId: string, at: number, pronoun: string): string | null;
  /** The quotes of a sentence with their speakers. */
  quotesOf(articleId: string, sentence: { start: number; end: number; text: string; paragraph: number }): Quote[];
  /**
   * In a broadcast transcript, the speaker whose turn the (unlabelled) sentence starting at `at` goes on:
   * the nearest "COOPER: ..." label within eight sentences before; else null.
   */
  turnSpeaker(articleId: string, at: number): string | null;
  /** The texts of up to `n` sentences before the one starting at `at` in its article, the nearest first. */
  sentencesBefore(articleId: string, at: number, n: number): string[];
}

/**
 * `headline`: the members that name the occasion an event gathers statements from (occasion.ts); its title
 * comes from them ("Kelly promised ... at a news conference in Mexico City"), not from one remark.
 */
export function buildEvent(members: Candidate[], d: GroupDate, byId: ReadonlyMap<string, Article>, names: StoryNames, headline?: readonly Candidate[], sourceOf?: (articleId: string) => string): Event {
  const ranked = byClarity(members, d.value);
  const actorCount = new Map<string, number>();
  const quotes: Quote[] = [];
  for (const c of members) {
    for (const n of names.namesOf(c.sentence.text)) {
      if (n.modifier) continue;
      const p = names.person(n);
      if (p) bump(actorCount, p, n.possessive ? 0.5 : 1);
      else if (n.kind === 'org' && n.name.includes(' ')) bump(actorCount, names.book.canonical(n.name), 1);
    }
    quotes.push(...names.quotesOf(c.articleId, c.sentence));
  }
  // Who said something is an actor of the event.
  for (const q of quotes) if (q.speaker) bump(actorCount, q.speaker, 1);
  const place = placeOf(ranked, d, byId, names);
  // The title: the best headline of the clearest sentences (chooseTitle). The person a title's pronoun
  // stands for counts half as an actor, as it did before headlines were graded (titleActors): the ranking
  // reads actors, and a better title must not move an event's rank.
  const memo: SentenceTitle[] = [];
  const clearest = ranked.slice(0, 6);
  for (const actor of titleActors(triedTitles(clearest, names, memo))) bump(actorCount, actor, 0.5);
  const chosen = headline?.length ? chooseTitled(triedTitles(byClarity([...headline]).slice(0, 6), names, []), names) : chooseTitled(triedTitles(clearest, names, memo), names);
  const title = chosen.title;
  // The text under the title is the sentence the title was made from, so the two tell one thing (the
  // seed's Trump: "It's a military operation" was shown over his trade-deficit remark, the clearest member).
  const summary = chosen.from ?? ranked[0]!;
  const actors = [...actorCount].filter(([n]) => n !== place).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 6).map(([n]) => n);
  const seen = new Set<string>();
  const mentions: Mention[] = [];
  for (const c of members) {
    // One key per member, not two (has, then add).
    const key = `${c.articleId}:${c.sentence.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    mentions.push(mentionOf(c));
  }
  const sources = new Set(members.map((c) => sourceOf?.(c.articleId) ?? byId.get(c.articleId)?.publisher?.toLowerCase() ?? `article:${c.articleId}`)).size;
  return { id: '', date: withConfidence(dateValue(d), byId), title: title || summary.sentence.text.slice(0, 90), summary: dropGluedStamp(summary.sentence.text), actors, place, quotes, mentions, sources };
}

function bump(counts: Map<string, number>, name: string, by: number): void {
  counts.set(name, (counts.get(name) ?? 0) + by);
}

const RANK: Record<PlaceLevel, number> = { site: 4, city: 4, state: 2, region: 1, country: 1 };

/**
 * Where it happened: the most specific place the sentences name after in/at/near/outside (outside quotes),
 * the clearest sentence first; a city beats a country. The article's dateline counts as a city when the
 * event is within three days of the article's date (a dateline says where the reporter was that day, not
 * where a happening of 1994 took place).
 */
function placeOf(ranked: Candidate[], d: GroupDate, byId: ReadonlyMap<string, Article>, names: StoryNames): string | null {
  let best: string | null = null;
  let bestScore = 0;
  ranked.slice(0, 12).forEach((c, i) => {
    for (const p of placesIn(c.sentence.text, (w) => isNamed(w, names))) {
      const score = RANK[p.level] * 10 - Math.min(i, 9);
      if (score > bestScore) {
        best = p.name;
        bestScore = score;
      }
    }
  });
  if (bestScore >= 30) return best;
  for (const c of ranked.slice(0, 12)) {
    const a = byId.get(c.articleId);
    if (a?.dateline && a.published && near(d.value, a.published.value)) return a.dateline;
  }
  return best;
}

/** A person or an organization of the story: never a place, whatever the preposition before it. */
function isNamed(words: string, names: StoryNames): boolean {
  const c = names.book.canonical(words);
  return names.book.isPerson(c) || c !== words;
}

function near(a: string, b: string): boolean {
  if (a.length < 10 || b.length < 10) return false;
  const t = (x: string) => Date.UTC(+x.slice(0, 4), +x.slice(5, 7) - 1, +x.slice(8, 10));
  return Math.abs(t(a) - t(b)) <= 3 * 86_400_000;
}

/**
 * A date counted from an article's inferred day of writing ("Thursday", read against a day the chronology
 * chose) is exactly as sure as that day: it carries the article date's confidence, so the reader is told.
 */
function withConfidence(date: DateValue, byId: ReadonlyMap<string, Article>): DateValue {
  const ev = date.evidence;
  if (!ev?.articleId || !ev.anchor || date.source === 'stated') return date;
  const published = byId.get(ev.articleId)?.published;
  if (published?.source !== 'inferred' || published.confidence === undefined) return date;
  // A date taken from the narrative around the sentence is as sure as its link and its article's day together.
  return { ...date, confidence: Math.round((date.confidence ?? 1) * published.confidence * 100) / 100 };
}

function dateValue(d: GroupDate): DateValue {
  if (d.own) {
    const t = d.own.timex;
    const c = d.own;
    return {
      value: d.value,
      granularity: d.granularity,
      source: t.anchor ? 'resolved' : 'stated',
      evidence: { articleId: c.articleId, text: t.text, start: t.start, end: t.end, anchor: t.anchor, note: t.note || `stated as "${t.text}"` },
    };
  }
  const n = d.narrative!;
  // A date the sentence's own words do not give carries how often its link gives the right day (linkPrecision.ts).
  const confidence = linkShare(n.link);
  if (n.published) return { value: d.value, granularity: d.granularity, source: 'inferred', confidence, evidence: { articleId: n.from.articleId, text: '', start: null, end: null, anchor: null, note: n.why } };
  const t = n.from.own!.timex;
  return {
    value: d.value,
    granularity: d.granularity,
    source: 'inferred',
    confidence,
    evidence: { articleId: n.from.articleId, text: t.text, start: t.start, end: t.end, anchor: t.anchor, note: `${n.why}${t.note ? `; that expression: ${t.note}` : ''}` },
  };
}

export function mentionOf(c: Candidate): Mention {
  return { articleId: c.articleId, start: c.sentence.start, end: c.sentence.end, text: c.sentence.text };
}

/**
 * Members from the clearest reporting sentence down: one that states its date, reads as a whole sentence
 * of moderate length and does not open with a quotation (a quote says what was said, not what happened).
 * One point more for a member whose own date is the event's, written outside any clause opened before it
 * (session 24): its main clause is what happened that day, so its title says the happening, where a
 * reaction would ("friends of the couple are reeling, stunned that the pair were found dead on Friday" gave
 * mn03's key event "Friends of the couple are reeling"; "The new H1N1 virus, which has caused the first
 * pandemic ..." titled the WHO's declaration). Photo captions in the agencies' formula are left out.
 * Stable: equal scores keep the members' order.
 */
function byClarity(members: Candidate[], day: string | null = null): Candidate[] {
  return members.map((c, i) => ({ c, i, s: clarity(c) + (day !== null && datesItsClause(c, day) ? 1 : 0) })).sort((a, b) => b.s - a.s || a.i - b.i).map((x) => x.c);
}

/** The sentence's own date is the event's, and its time expression stands in the clause its title is made of. */
function datesItsClause(c: Candidate, day: string): boolean {
  if (!c.own || c.own.value !== day || CAPTION_FORMULA.test(c.sentence.text)) return false;
  const at = c.own.timex.start - c.sentence.start;
  const before = c.sentence.text.slice(0, Math.max(0, at));
  // "The board announced that it will rule ... the same day", "The new H1N1 virus, which has caused ...":
  // a clause opened inside the sentence before the time expression: the date is the inner clause's.
  return !SUBORDINATOR.test(before);
}
const SUBORDINATOR = /\b(?:that|when|after|before|as|because|while|since|which|who|where|until|if|though|although|once)\b|[–—]|\s--\s/;

/** A module function, not a closure per event (tsx names every closure it creates, at a cost). */
function clarity(c: Candidate): number {
  const t = c.sentence.text;
  let s = 0;
  if (c.own) s += 3;
  if (t.length >= 60 && t.length <= 260) s += 2;
  if (!/^["“‘']/.test(t)) s += 2;
  if (/^[A-Z]/.test(t)) s += 1;
  s -= Math.max(0, t.length - 260) / 100;
  return s;
}
