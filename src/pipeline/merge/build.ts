/**
 * One Event from a dated group of candidate sentences: summary (the clearest reporting sentence), title
 * (compressed from it), actors with unified names, place, quotes with speakers, and the number of
 * independent sources (distinct publishers, else articles).
 */
import type { Article, DateValue, Event, Mention, Quote } from '../../schema/index.ts';
import type { Candidate } from '../events/candidates.ts';
import type { NameBook, NameMention } from '../events/actors.ts';
import { quotesIn } from '../events/quotes.ts';
import { titleFrom } from '../events/title.ts';
import type { GroupDate } from './groupDates.ts';

/** What every event of a story shares: one name book, the articles, the last person named before an offset. */
export interface StoryNames {
  book: NameBook;
  /** The names of a sentence of the story (found once when the book was built). */
  namesOf(sentence: string): NameMention[];
  lastPerson(articleId: string, at: number): string | null;
}

export function buildEvent(members: Candidate[], d: GroupDate, byId: ReadonlyMap<string, Article>, names: StoryNames): Event {
  const summary = clearest(members);
  const actorCount = new Map<string, number>();
  const quotes: Quote[] = [];
  let place: string | null = null;
  for (const c of members) {
    for (const n of names.namesOf(c.sentence.text)) {
      const name = names.book.canonical(n.name);
      if (n.person || name.includes(' ')) actorCount.set(name, (actorCount.get(name) ?? 0) + 1);
    }
    quotes.push(...quotesIn(c.articleId, c.sentence, (at) => names.lastPerson(c.articleId, at), (n) => names.book.canonical(n)));
    place ??= placeIn(c.sentence.text);
  }
  place ??= byId.get(members[0]!.articleId)?.dateline ?? null;
  const actors = [...actorCount].filter(([n]) => n !== place).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 6).map(([n]) => n);
  // A pronoun subject of the title becomes the event's main person, when the summary sentence's article names one.
  const lead = summary.index >= 0 ? names.lastPerson(summary.articleId, summary.sentence.start) : null;
  const title = titleFrom(summary.sentence.text, summary.own?.timex.text ?? null, lead && actors.includes(lead) ? lead : null) || summary.sentence.text.slice(0, 90);
  const seen = new Set<string>();
  const mentions = members.map(mentionOf).filter((m) => !seen.has(`${m.articleId}:${m.start}`) && !!seen.add(`${m.articleId}:${m.start}`));
  const sources = new Set(members.map((c) => byId.get(c.articleId)?.publisher?.toLowerCase() ?? `article:${c.articleId}`)).size;
  return { id: '', date: dateValue(d), title, summary: summary.sentence.text, actors, place, quotes, mentions, sources };
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
  const t = n.from.own!.timex;
  return {
    value: d.value,
    granularity: d.granularity,
    source: 'inferred',
    evidence: { articleId: n.from.articleId, text: t.text, start: t.start, end: t.end, anchor: t.anchor, note: `${n.why}${t.note ? `; that expression: ${t.note}` : ''}` },
  };
}

export function mentionOf(c: Candidate): Mention {
  return { articleId: c.articleId, start: c.sentence.start, end: c.sentence.end, text: c.sentence.text };
}

/**
 * The clearest reporting sentence: one that states its date, reads as a whole sentence of moderate length
 * and does not open with a quotation (a quote says what was said, not what happened).
 */
function clearest(members: Candidate[]): Candidate {
  let best = members[0]!;
  let bestScore = -Infinity;
  for (const c of members) {
    const t = c.sentence.text;
    let score = 0;
    if (c.own) score += 3;
    if (t.length >= 60 && t.length <= 260) score += 2;
    if (!/^["“‘']/.test(t)) score += 2;
    if (/^[A-Z]/.test(t)) score += 1;
    score -= Math.max(0, t.length - 260) / 100;
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

/** "in Mexico City", "at SCI Phoenix": the first capitalised place after in/at that is not a date. */
function placeIn(text: string): string | null {
  const m = /\b(?:in|at)\s+((?:the\s+)?[A-Z][\p{L}.'’-]+(?:\s+(?:of\s+)?[A-Z][\p{L}.'’-]+){0,3})/u.exec(text);
  if (!m) return null;
  const p = m[1]!.replace(/^the\s+/, '').replace(/['’]s$/, '');
  if (/^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/.test(p)) return null;
  return p;
}
