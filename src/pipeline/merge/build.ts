/**
 * One Event from a dated group of candidate sentences: summary (the clearest reporting sentence), title
 * (compressed from it), actors with unified names, place, quotes with speakers, and the number of
 * independent sources (distinct publishers, else articles).
 */
import type { Article, DateValue, Event, Mention, Quote } from '../../schema/index.ts';
import type { Candidate } from '../events/candidates.ts';
import { nameKey, type NameBook, type NameMention } from '../events/actors.ts';
import { placesIn, type PlaceLevel } from '../events/places.ts';
import { dropPossessiveDescription, untokenize } from '../events/headlineText.ts';
import { titleDraft, titleWith } from '../events/title.ts';
import titleRules from '../events/titleRules.en.json' with { type: 'json' };
import { quoteLead, speakerTitle, transcriptLine } from '../events/quoteTitle.ts';
import { reportsAsSubject } from '../events/headlinePronoun.ts';
import { dropDateline } from '../events/clause.ts';
import type { GroupDate } from './groupDates.ts';

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

/** A title that is nothing but a quotation: “There will be no use of military force…”. */
const BARE_QUOTE = /^["“][^"“”]*(?:["”]|…["”]?)$/;
const LEADING_PRONOUN = /^(?:He|She|His|Her|They|Their|It|Its)\b/;
/** Every pronoun a headline may not open with (a contraction too: "It’s", "We’re"). */
const ANY_PRONOUN = /^(?:He|She|His|Her|Him|They|Their|Them|It|Its|We|Our|Us|I|My|Me)(?![\p{L}.])/u;
const DANGLING = new Set(titleRules.dangling);

/**
 * `headline`: the members that name the occasion an event gathers statements from (occasion.ts); its title
 * comes from them ("Kelly promised ... at a news conference in Mexico City"), not from one remark.
 */
export function buildEvent(members: Candidate[], d: GroupDate, byId: ReadonlyMap<string, Article>, names: StoryNames, headline?: readonly Candidate[]): Event {
  const ranked = byClarity(members);
  const summary = ranked[0]!;
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
  const title = headline?.length ? chooseTitle(triedTitles(byClarity([...headline]).slice(0, 6), names, []), names) : chooseTitle(triedTitles(clearest, names, memo), names);
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
  const sources = new Set(members.map((c) => byId.get(c.articleId)?.publisher?.toLowerCase() ?? `article:${c.articleId}`)).size;
  return { id: '', date: withConfidence(dateValue(d), byId), title: title || summary.sentence.text.slice(0, 90), summary: summary.sentence.text, actors, place, quotes, mentions, sources };
}

function bump(counts: Map<string, number>, name: string, by: number): void {
  counts.set(name, (counts.get(name) ?? 0) + by);
}

/**
 * The people whose names stood in for a title's leading pronoun while the titles were tried from the
 * clearest sentence down, until one was neither unresolved nor a quotation.
 */
function titleActors(tried: Iterable<{ c: Candidate; t: SentenceTitle }>): string[] {
  const out: string[] = [];
  let worst = Infinity;
  for (const { c, t } of tried) {
    const quoted = BARE_QUOTE.test(t.title) || (/^["“]/.test(c.sentence.text) && !/["“”]/.test(t.title));
    const rank = t.unresolved ? 2 : quoted ? 1 : 0;
    if (rank < worst) {
      worst = rank;
      if (t.actor) out.push(t.actor);
    }
    if (rank === 0) break;
  }
  return out;
}

/** The title of an event whose clearest members are `clearest` (best first): chooseTitle, for tests. */
export function eventTitle(clearest: readonly Candidate[], names: StoryNames): string {
  return chooseTitle(triedTitles(clearest.slice(0, 6), names), names);
}

/**
 * The event's title: of the clearest sentences (at most six), the first whose title reads as a headline
 * (grade 0); else the best graded (headlineOf): a speaker's quotation, then a quotation nobody certain
 * said or a title ending on a function word, then one opening with a pronoun nobody can resolve.
 */
function chooseTitle(tried: Iterable<{ c: Candidate; t: SentenceTitle }>, names: StoryNames): string {
  let best = '';
  let bestGrade = Infinity;
  for (const { c, t } of tried) {
    const h = headlineOf(c, t, names);
    if (h.grade < bestGrade) {
      best = h.title;
      bestGrade = h.grade;
    }
    if (h.grade === 0) break;
  }
  return best;
}

/**
 * One sentence's title graded as a headline: 0 who did what; 1 "<speaker>: “<quotation>”" for a sentence
 * that opens with a quotation whose speaker it names (or a he/she it says said it, when names.ts is certain
 * who that is); 2 a quotation with no certain speaker, or a title ending on a function word; 3 a title that
 * opens with a pronoun (he, she, it, they, we, I, their possessives) nobody can resolve.
 */
function headlineOf(c: Candidate, t: SentenceTitle, names: StoryNames): { title: string; grade: number } {
  // A transcript's line ("BURNS: You know, ..."): what someone said on air, "Burns: “You know, ...”".
  const line = transcriptLine(c.sentence.text);
  if (line) {
    // "ELBARADEI" is written "ElBaradei" where the story writes the same name (the same key, case aside).
    const written = line.speaker && names.book.canonical(line.speaker);
    const speaker = written && nameKey(written) === nameKey(line.speaker!) ? written : line.speaker;
    const st = speaker ? speakerTitle(speaker, { body: line.body, open: '“', close: '”' }) : null;
    return st ? { title: st, grade: 1 } : { title: t.shown, grade: 2 };
  }
  // The rest of a transcript's turn: "COOPER: ..." a few lines before, and this line goes on with what
  // Cooper said ("I think ..."): "Cooper: “I think ...”".
  // Only for a line that would open with a pronoun: a line that says who did what stays as it is.
  const turn = t.shownUnresolved || ANY_PRONOUN.test(t.shown) ? names.turnSpeaker(c.articleId, c.sentence.start) : null;
  if (turn) {
    const written = names.book.canonical(turn);
    const speaker = nameKey(written) === nameKey(turn) ? written : turn;
    const body = untokenize(c.sentence.text.trim()).replace(/[\s,.;:]+$/, '');
    const st = !/["“”]/.test(body) && body.length >= 10 ? speakerTitle(speaker, { body, open: '“', close: '”' }) : null;
    // Below a labelled line or a named quotation: the turn is read off the lines before.
    if (st) return { title: st, grade: 1.5 };
  }
  // A broadcast's list of segment titles ("Calm after Heavy Gunfire in Tahrir Square; Crisis ..."): a
  // programme's furniture, not who did what; another member that says it is better.
  if (programmeHeader(c.sentence.text)) return { title: t.shown, grade: 2 };
  // Tokenized corpora (Timeline17) write `` ... '' for the marks: the quotation read as a reader writes it.
  const text = untokenize(c.sentence.text);
  const own = quoteLead(text);
  // A sentence that starts inside a quotation the sentence before opened counts as one.
  const lead = own ?? quoteLead(openedQuote(text));
  if (lead) {
    let speaker = lead.speaker;
    if (!speaker && lead.pronoun) {
      const q = names.quotesOf(c.articleId, c.sentence)[0];
      const same = q && untokenize(q.text).includes(lead.body.slice(0, 20));
      if (same && q.speaker && names.book.isPerson(q.speaker) && namedJustBefore(c, q.speaker, names)) speaker = q.speaker;
      // The sentences just before say who: "..., Mahmoud Abbas said Friday. “...,” he said." A person does
      // not speak of themselves by name ("“Barry Sherman was a reserved man,” he said" is not Sherman's).
      const h = speaker ? null : names.headlineAntecedent(c.articleId, c.sentence.start, lead.pronoun);
      if (h && !lead.body.includes(h.slice(h.lastIndexOf(' ') + 1))) speaker = h;
    }
    if (!speaker && !lead.pronoun && !lead.described && own && WHOLE_QUOTE.test(text.trim())) speaker = continuedSpeaker(c, names);
    const st = speaker ? speakerTitle(speaker, lead) : lead.described ? speakerTitle(lead.described, lead) : null;
    if (st) return { title: st, grade: 1 };
    return { title: t.shown, grade: 2 };
  }
  const title = t.shown;
  if (t.shownUnresolved || ANY_PRONOUN.test(title)) return { title, grade: 3 };
  // A sentence that opens a quotation is what someone said, even when the title lost the mark.
  if (/^["“]/.test(dropDateline(c.sentence.text.trim())) || BARE_QUOTE.test(title)) return { title, grade: 2 };
  // A title cut with "…" says it goes on: "had endured the “most…”" does not end on "most".
  const last = /…["”’]?$/.test(title) ? undefined : /([a-z’']+)\W*$/.exec(title)?.[1];
  if (last && DANGLING.has(last)) return { title, grade: 2 };
  return { title, grade: 0 };
}

/** A sentence that is one quotation and nothing else: no attribution inside it. */
const WHOLE_QUOTE = /^["“][^"“”]{10,}["”]$/;

/**
 * Who goes on speaking in a sentence that is a quotation alone: the person the sentence just before
 * quotes by name ("“Last fall, ...,” Mayor Rahm Emanuel said in a statement. “It was one of the most
 * disturbing examples ...”"), when quotes.ts gives the same person for it (two readings agree); else null.
 * A report attributes a new speaker's words; an unattributed paragraph of quotation goes on with the last.
 */
function continuedSpeaker(c: Candidate, names: StoryNames): string | null {
  const prev = names.sentencesBefore(c.articleId, c.sentence.start, 1)[0];
  const before = prev ? quoteLead(prev) : null;
  const q = names.quotesOf(c.articleId, c.sentence)[0];
  if (!before?.speaker || !q?.speaker || !names.book.isPerson(q.speaker)) return null;
  const last = (n: string) => nameKey(n.slice(n.lastIndexOf(' ') + 1));
  return last(before.speaker) === last(q.speaker) ? q.speaker : null;
}

/**
 * A sentence that starts inside a quotation the segmenter opened in the sentence before: `I do not want to
 * see Egyptians fighting each other, " he said.` gets its opening mark back (no word is added).
 */
function openedQuote(text: string): string {
  const m = /^[^"“”]{15,300}?[,.!?]\s?(["”])\s*,?\s+(?:he|she|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s+(?:said|says|told|added)\b/u.exec(text);
  return m ? `${m[1] === '”' ? '“' : '"'}${text}` : text;
}

/**
 * Segment titles joined by semicolons, or a "RUSH TRANSCRIPT" notice: most words of four letters or more
 * capitalised ("Egypt Standoff Continues; Hosni Mubarak's Fortune Aired THIS IS A RUSH TRANSCRIPT").
 */
function programmeHeader(text: string): boolean {
  if (/RUSH TRANSCRIPT/.test(text)) return true;
  const head = text.slice(0, 160);
  if (!head.includes(';')) return false;
  const long = head.split(/\s+/).filter((w) => /^[\p{L}’']{4,}$/u.test(w.replace(/[;:,.!?"“”]+$/, '')));
  return long.length >= 3 && long.filter((w) => /^\p{Lu}/u.test(w)).length >= long.length * 0.7;
}

/**
 * For a headline, the person a quotation's "he said" stands for must be the last person the article named
 * before it, within three sentences ("Tillerson said ... But he agreed ... “...,” he said"): quotes.ts may
 * take the article's dominant person, which is no one's for certain after a paragraph about someone else.
 */
function namedJustBefore(c: Candidate, speaker: string, names: StoryNames): boolean {
  for (const text of names.sentencesBefore(c.articleId, c.sentence.start, 3)) {
    const people = names.namesOf(text).map((n) => names.person(n)).filter((p): p is string => p !== null);
    // Or the one who said the sentence before, its subject: "Bathily Seye, the owner of ... Afrique Oil,
    // said that ... . “...,” he said." (the aside's name is no speaker).
    if (people.length) return people[people.length - 1] === speaker || reportsAsSubject(text, speaker, { book: names.book, namesIn: (t) => names.namesOf(t), person: (n) => names.person(n) });
  }
  return false;
}

/**
 * `title`, `actor` and `unresolved` are what the actors were counted from before headlines were graded
 * (titleActors: they must not move a rank); `shown` is the title the event may show, with the pronoun's
 * person the sentences just before make certain (headlinePronoun.ts), `shownUnresolved` whether its
 * leading pronoun stays.
 */
interface SentenceTitle { title: string; actor: string | null; unresolved: boolean; shown: string; shownUnresolved: boolean }

/** The candidates with their titles, each title cut when first asked for (most events stop at the first). */
function* triedTitles(cs: readonly Candidate[], names: StoryNames, memo: SentenceTitle[] = []): Generator<{ c: Candidate; t: SentenceTitle }> {
  for (let i = 0; i < cs.length; i++) yield { c: cs[i]!, t: (memo[i] ??= titleOf(cs[i]!, names)) };
}

/** The title of one sentence, with a leading he/she/his/her replaced only by a certain antecedent. */
function titleOf(c: Candidate, names: StoryNames): SentenceTitle {
  // The draft is cut once; it is finished without, and perhaps with, the pronoun's person.
  const draft = titleDraft(c.sentence.text, c.own?.timex.text ?? null);
  const plain = titleWith(draft, null);
  const p = LEADING_PRONOUN.exec(plain);
  if (!p) return same(plain, false, c, names);
  // "He’s been ...": a contraction keeps its pronoun.
  if (/^['’]/.test(plain.slice(p[0].length))) return same(plain, true, c, names);
  const personal = /^(?:He|She|His|Her)$/.test(p[0]);
  const actor = personal ? names.antecedent(c.articleId, c.sentence.start, p[0]) : null;
  // "His brother Corey Morgan vowed ...": a pronoun never stands for a person its own clause names.
  const ownClause = (who: string) => plain.slice(p[0].length).includes(who.slice(who.lastIndexOf(' ') + 1));
  if (actor && !ownClause(actor)) {
    const title = titleWith(draft, actor);
    return { title, actor, unresolved: false, ...shownTitle(c, names, actor) };
  }
  return { title: plain, actor: null, unresolved: true, ...shownTitle(c, names, actor) };
}

function same(title: string, unresolved: boolean, c: Candidate, names: StoryNames): SentenceTitle {
  return { title, actor: null, unresolved, ...shownTitle(c, names, null) };
}

/**
 * The title an event may show, cut in headline mode (title.ts: tokenized marks restored, an empty "it"
 * dropped, no cut that leaves a subject without its verb); a leading he/she/his/her takes names.ts's
 * certain person (`actor`), else the one the sentences just before make certain (headlinePronoun.ts).
 */
function shownTitle(c: Candidate, names: StoryNames, actor: string | null): { shown: string; shownUnresolved: boolean } {
  const draft = titleDraft(openedQuote(c.sentence.text), c.own?.timex.text ?? null, true);
  const plain = titleWith(draft, null, true);
  const p = LEADING_PRONOUN.exec(plain);
  if (!p) return { shown: plain, shownUnresolved: false };
  if (/^['’]/.test(plain.slice(p[0].length))) return { shown: plain, shownUnresolved: true };
  const ownClause = (who: string) => plain.slice(p[0].length).includes(who.slice(who.lastIndexOf(' ') + 1));
  // names.ts's person first (he/she only), then the sentences just before (an organization for they/it).
  const who = [actor, names.headlineAntecedent(c.articleId, c.sentence.start, p[0])].find((a) => a && !ownClause(a));
  if (who) return { shown: titleWith(draft, who, true), shownUnresolved: false };
  // Nobody certain, but the sentence names the subject the pronoun only describes: "Its chief lobbyist in
  // Florida, Marion Hammer, called it ..." -> "Marion Hammer called it ...".
  const named = dropPossessiveDescription(draft);
  return named !== draft ? { shown: titleWith(named, null, true), shownUnresolved: false } : { shown: plain, shownUnresolved: true };
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
  return { ...date, confidence: published.confidence };
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
  if (n.published) return { value: d.value, granularity: d.granularity, source: 'inferred', evidence: { articleId: n.from.articleId, text: '', start: null, end: null, anchor: null, note: n.why } };
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
 * Members from the clearest reporting sentence down: one that states its date, reads as a whole sentence
 * of moderate length and does not open with a quotation (a quote says what was said, not what happened).
 * Stable: equal scores keep the members' order.
 */
function byClarity(members: Candidate[]): Candidate[] {
  return members.map((c, i) => ({ c, i, s: clarity(c) })).sort((a, b) => b.s - a.s || a.i - b.i).map((x) => x.c);
}

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
