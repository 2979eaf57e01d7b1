/**
 * An event's title: the best headline among its clearest sentences (who did what), a leading pronoun
 * replaced only by a certain antecedent, a bare quotation given its speaker only when the article makes
 * the speaker certain. Split from build.ts, which assembles the whole event.
 */
import type { Candidate } from '../events/candidates.ts';
import type { StoryNames } from './build.ts';
import { nameKey } from '../events/actors.ts';
import { dropPossessiveDescription, untokenize } from '../events/headlineText.ts';
import { opening, titleDraft, titleWith } from '../events/title.ts';
import titleRules from '../events/titleRules.en.json' with { type: 'json' };
import { quoteLead, speakerTitle, transcriptLine } from '../events/quoteTitle.ts';
import { reportsAsSubject } from '../events/headlinePronoun.ts';
import { dropDateline } from '../events/clause.ts';
import { programmeHeader } from '../events/pageVoice.ts';
/** A title that is nothing but a quotation: “There will be no use of military force…”. */
const BARE_QUOTE = /^["“][^"“”]*(?:["”]|…["”]?)$/;
const LEADING_PRONOUN = /^(?:He|She|His|Her|They|Their|It|Its)\b/;
/** Every pronoun a headline may not open with (a contraction too: "It’s", "We’re"). */
const ANY_PRONOUN = /^(?:He|She|His|Her|Him|They|Their|Them|It|Its|We|Our|Us|I|My|Me)(?![\p{L}.])/u;
/**
 * A demonstrative as the subject ("That followed similarly robust backing from ...", "This was the first
 * time ..."): like a pronoun, it points at a sentence the title does not show. As a determiner ("That Google
 * exec", "This week's vote") it is no subject: only a verb right after it counts.
 */
const DEMONSTRATIVE_SUBJECT = /^(?:This|That|These|Those)\s+(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|does|came|comes|followed|follows|means|meant|marks|marked|led|leads|left|leaves|prompted|sparked|raised|raises|includes|included)\b/;
const DANGLING = new Set(titleRules.dangling);

/**
 * The people whose names stood in for a title's leading pronoun while the titles were tried from the
 * clearest sentence down, until one was neither unresolved nor a quotation.
 */
export function titleActors(tried: Iterable<{ c: Candidate; t: SentenceTitle }>): string[] {
  const out: string[] = [];
  let worst = Infinity;
  for (const { c, t } of tried) {
    // A title with no quotation mark is no bare quotation: it is quoted only when its sentence opens with one.
    const quoted = t.quoteFree ? /^["“]/.test(c.sentence.text) : BARE_QUOTE.test(t.title) || (/^["“]/.test(c.sentence.text) && !/["“”]/.test(t.title));
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
export function chooseTitle(tried: Iterable<{ c: Candidate; t: SentenceTitle }>, names: StoryNames): string {
  return chooseTitled(tried, names).title;
}

/** The best headline and the sentence it was made from (null when no sentence gave one). */
export function chooseTitled(tried: Iterable<{ c: Candidate; t: SentenceTitle }>, names: StoryNames): { title: string; from: Candidate | null } {
  let best = '';
  let from: Candidate | null = null;
  let bestGrade = Infinity;
  for (const { c, t } of tried) {
    const h = headlineOf(c, t, names);
    if (h.grade < bestGrade) {
      best = h.title;
      from = c;
      bestGrade = h.grade;
    }
    if (h.grade === 0) break;
  }
  return { title: capitalFirst(best), from };
}

/**
 * A headline opens with a capital, as a sentence does: "Chairman Muhammad Ibrahim Khali: “...”" (said
 * "said chairman ..."), "El-Nawawy: “...”". A word written with a capital inside ("iPhone", "eBay") is
 * left as it is.
 */
function capitalFirst(title: string): string {
  return /^\p{Ll}/u.test(title) && !/^\p{Ll}+\p{Lu}/u.test(title) ? title[0]!.toUpperCase() + title.slice(1) : title;
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
  if (t.shownUnresolved || ANY_PRONOUN.test(title) || DEMONSTRATIVE_SUBJECT.test(title)) return { title, grade: 3 };
  // A sentence that opens a quotation is what someone said, even when the title lost the mark.
  if (/^["“]/.test(dropDateline(c.sentence.text.trim())) || BARE_QUOTE.test(title)) return { title, grade: 2 };
  // A title cut with "…" says it goes on: "had endured the “most…”" does not end on "most".
  const last = /…["”’]?$/.test(title) ? undefined : /([a-z’']+)\W*$/.exec(title)?.[1];
  if (last && DANGLING.has(last)) return { title, grade: 2 };
  // A link's label or a call to the reader ("Read the first part of the advice", "Watch the report"): no
  // one did anything; another member that says who did what is the better headline.
  if (READER_CALL.test(title)) return { title, grade: 2 };
  return { title, grade: 0 };
}

const READER_CALL = /^(?:Read|Watch|Listen to|See|Click|Join us|Follow us|Let me|Let us|Let['’]s|Take a look)\b/;

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
export interface SentenceTitle {
  title: string;
  actor: string | null;
  unresolved: boolean;
  shown: string;
  shownUnresolved: boolean;
  /** `title` holds no quotation mark (" “ ”): known from its draft, without finishing the title. */
  quoteFree?: boolean;
}

/** The candidates with their titles, each title cut when first asked for (most events stop at the first). */
export function* triedTitles(cs: readonly Candidate[], names: StoryNames, memo: SentenceTitle[] = []): Generator<{ c: Candidate; t: SentenceTitle }> {
  for (let i = 0; i < cs.length; i++) yield { c: cs[i]!, t: (memo[i] ??= titleOf(cs[i]!, names)) };
}

/** The title of one sentence, with a leading he/she/his/her replaced only by a certain antecedent. */
function titleOf(c: Candidate, names: StoryNames): SentenceTitle {
  // The draft is cut once; it is finished without, and perhaps with, the pronoun's person.
  const draft = titleDraft(withSubject(c), c.own?.timex.text ?? null);
  // A draft with no quotation mark and no leading pronoun: what titleActors reads of its title (whether it
  // opens with a pronoun, whether it is quoted) is known from its opening, so the title is finished (cut to
  // length) only if something reads it. Finishing and cutting keep the opening words and add no mark.
  if (!hasQuoteMark(draft)) {
    const opened = opening(draft, null);
    if (!LEADING_PRONOUN.test(opened)) return unfinished(draft, c, names);
  }
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
    return { title, actor, unresolved: false, ...shownTitle(c, names) };
  }
  return { title: plain, actor: null, unresolved: true, ...shownTitle(c, names) };
}

/** A clause cut without its subject, titled with its sentence's ("The mayor" + "was found liable ..."). */
const withSubject = (c: Candidate): string => (c.subject ? `${c.subject} ${c.sentence.text}` : c.sentence.text);

/** A plain title finished only when read (titleOf): no pronoun, no quotation mark. */
function unfinished(draft: string, c: Candidate, names: StoryNames): SentenceTitle {
  const { shown, shownUnresolved } = shownTitle(c, names);
  let title: string | null = null;
  return {
    get title() { return (title ??= titleWith(draft, null)); },
    actor: null,
    unresolved: false,
    shown,
    shownUnresolved,
    quoteFree: true,
  };
}

/** " “ ” in the text. */
function hasQuoteMark(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    if (ch === 34 || ch === 0x201c || ch === 0x201d) return true;
  }
  return false;
}

function same(title: string, unresolved: boolean, c: Candidate, names: StoryNames): SentenceTitle {
  return { title, actor: null, unresolved, ...shownTitle(c, names) };
}

/**
 * The title an event may show, cut in headline mode (title.ts: tokenized marks restored, an empty "it"
 * dropped, no cut that leaves a subject without its verb); a leading he/she/his/her takes the person the
 * sentence's own leading phrase or the sentences just before make certain (headlinePronoun.ts).
 */
function shownTitle(c: Candidate, names: StoryNames): { shown: string; shownUnresolved: boolean } {
  const draft = titleDraft(openedQuote(withSubject(c)), c.own?.timex.text ?? null, true);
  const plain = titleWith(draft, null, true);
  const p = LEADING_PRONOUN.exec(plain);
  if (!p) return { shown: plain, shownUnresolved: false };
  if (/^['’]/.test(plain.slice(p[0].length))) return { shown: plain, shownUnresolved: true };
  const ownClause = (who: string) => plain.slice(p[0].length).includes(who.slice(who.lastIndexOf(' ') + 1));
  // The sentences just before (an organization for they/it), never names.ts's person: that may be the
  // article's dominant person, which put the wrong name on about one title in five where the sentences
  // before do not say who ("That Google exec Wael is a true inspiration. ... He cares about Egypt" read
  // as Hosni Mubarak).
  const who = [names.headlineAntecedent(c.articleId, c.sentence.start, p[0])].find((a) => a && !ownClause(a));
  if (who) return { shown: titleWith(draft, who, true), shownUnresolved: false };
  // Nobody certain, but the sentence names the subject the pronoun only describes: "Its chief lobbyist in
  // Florida, Marion Hammer, called it ..." -> "Marion Hammer called it ...".
  const named = dropPossessiveDescription(draft);
  return named !== draft ? { shown: titleWith(named, null, true), shownUnresolved: false } : { shown: plain, shownUnresolved: true };
}
