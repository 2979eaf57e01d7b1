/**
 * Candidate events of one article: sentences that report something happening or scheduled, with the date
 * their own time expressions give. "This comes after Kelly on Tuesday issued new orders" -> a candidate
 * dated by "on Tuesday"; "Mexican officials are concerned that ..." -> no candidate (no event word);
 * "(Ethan Miller/AP, Pool)" captions and "Follow @handle" lines -> never candidates.
 */
import type { Granularity } from '../../schema/index.ts';
import type { Sentence } from '../types.ts';
import type { Paragraph } from '../segment/index.ts';
import { EVENT_NOUNS, EVENT_VERBS, PARAGRAPH_FURNITURE, REPORTING, SENTENCE_FURNITURE } from './lexicon.ts';
import { keywords } from './keywords.ts';
import { headlineLead } from './headlineLead.ts';
import { clauseTense, sentenceTense } from './tense.ts';
import { nested, TIMELINE_GRANULARITIES, finer } from './dates.ts';
import { ANAPHORIC_DAY, usableOf } from './usableDates.ts';
import { borrowedSubject, splitClauses } from './clauses.ts';
import { countedFrom } from './relative.ts';
import { isTranscript, opensQuote, programmeHeader, writersVoice } from './pageVoice.ts';

/** The time tagger's output shape (src/pipeline/time, tagTimex). */
export interface TimexLike {
  start: number; end: number; text: string; type: 'DATE' | 'TIME' | 'DURATION' | 'SET'; value: string;
  granularity: Granularity | null; anchor: string | null; note: string;
}

/** A date a sentence gives itself, with the expression it came from. */
export interface OwnDate { value: string; granularity: Granularity; timex: TimexLike; articleId: string }

export interface Candidate {
  articleId: string;
  /** Order of the article in the story (sorted ids), for deterministic tie-breaks. */
  articleIndex: number;
  /** Index of the sentence in its article. */
  index: number;
  sentence: Sentence;
  own: OwnDate | null;
  /** Stems of the content words, deduplicated. */
  keys: string[];
  /** Future or scheduled ("will appear", "were to meet"). */
  future: boolean;
  /** Tells two happenings with different dates: never a mention, only a narrative anchor. */
  excluded: boolean;
  /**
   * A clause cut from its sentence without a subject of its own ("... March 4, 2009, but was found liable
   * for the losses ..."): the subject its sentence opens with ("The mayor"), for its title only; the
   * mention stays the clause as written.
   */
  subject?: string;
}

export interface ArticleSentences {
  id: string;
  text: string;
  sentences: Sentence[];
  paragraphs: Paragraph[];
  /** The day of writing, when known: a coarse date announced ahead of it is a plan, not background. */
  published?: { value: string } | null;
  /** The article's own headline, when it has one (not a title cut from its lead). */
  headline?: string | null;
}

/**
 * A comment's "Report abuse" link set off by a pipe, as the comment systems of scraped pages print it, or a
 * comment's signature: "Posted by: <user> | <date> <clock>" (the Washington Post's).
 */
const COMMENT_MARK = /\|\s*Report abuse\b|\bReport abuse\s*\||\bPosted by\s?:\s?[^|\n]{1,40}\|\s?[A-Z][a-z]+\.? \d{1,2} ?, \d{4},? \d{1,2}:\d{2} ?[AaPp]\.?[Mm]\b/;
const COARSE = new Set<Granularity>(['year', 'season', 'quarter', 'month']);
const PRESENT_REPORT = /\b(?:says|say)\b/;
const TWO_CLAUSES = /[a-z],\s+(?:and|but)\s+(?:he|she|they|it|we)\s+(?:was|were|had|has|is|\w+ed)\b|,\s+but\s+(?:was|were|had|has)\b[^.]*\b(?:later|earlier|afterwards?)\b/;

export function candidatesOf(article: ArticleSentences, articleIndex: number, timexes: readonly TimexLike[]): Candidate[] {
  const furniture = new Set<number>();
  article.paragraphs.forEach((p, i) => {
    const text = article.text.slice(p.start, p.end);
    if (PARAGRAPH_FURNITURE.some((f) => (f.needs === null || text.includes(f.needs)) && f.re.test(text))) furniture.add(i);
  });
  const out: Candidate[] = [];
  // A broadcast transcript ("BURNS: You know, I thought ...") is people speaking: its first person is theirs.
  const transcript = isTranscript(article.text, article.paragraphs);
  const lead = headlineLead(article, endsLikeSentence);
  // Readers' comments under the page ("January 27, 2011 at 7:59 pm | Report abuse | I don't believe ...",
  // "Posted by: pwaa | February 25, 2009 2:47 PM | Report abuse"): from the first comment's "Report abuse" on,
  // the sentences are the readers', not the page's news. Dating still reads them (their stamps date the page:
  // dropping them from the text cost Timeline17 Egypt's dating, see README, "Cleaning").
  const comments = COMMENT_MARK.exec(article.text)?.index ?? Infinity;
  /** Sentences that are candidates only through the lead's headline: the lead, and a quotation it leaves open. */
  const throughLead = new Set<number>();
  let t = 0;
  article.sentences.forEach((s, index) => {
    const inside: TimexLike[] = [];
    while (t < timexes.length && timexes[t]!.start < s.start) t++;
    for (let k = t; k < timexes.length && timexes[k]!.start < s.end; k++) inside.push(timexes[k]!);
    if (furniture.has(s.paragraph) || s.end > comments) return;
    // A sentence that dates itself to the day, or states a date outright ("The first flight of the 777 was
    // in 1994."), is telling something that happens then, whatever its verb ("The board on Thursday will get
    // an update on Simpson's behavior"): only its shape is checked. (Stated coarse dates too: SemEval rows
    // covered 54 -> 56, 2 more right; gold all-event dates 0.70 -> 0.71; nothing else moved.)
    if (!endsLikeSentence(s.text)) return;
    const dated = countedFrom(article.text, withModifierYears(s, inside));
    const found = ownDate(s, dated);
    // "Earlier in the day" tells a time too: the sentence is kept, and dated by the happening before it.
    // A quotation the sentence before opened and left open goes on here ("Sugar said `` Everyone told us we
    // had no chance." / "But we took a big swing ... we hit a home run. ''"): the same statement, whatever
    // its words (SemEval-2015 covered 66 -> 68 rows, both right; Timeline17 AR-1 0.1401 -> 0.1397, AR-2
    // 0.0385 -> 0.0380, every topic above its baseline; gold stories unchanged).
    const quoteGoesOn = index > 0 && out.length > 0 && out[out.length - 1]!.index === index - 1 && opensQuote(article.sentences[index - 1]!.text);
    const byLexicon = (!stampLine(s, found) && (isDayDated(found) || isStated(found))) || hasEventWord(s.text) || dated.some((x) => ANAPHORIC_DAY.test(x.text));
    const byDates = !byLexicon && found === 'conflict' && !stampLine(s, found);
    if ((!byLexicon && !byDates && !quoteGoesOn && index !== lead.index) || isFurniture(s.text)) return;
    if (!quoteGoesOn && !transcript && writersVoice(s.text, article.text.slice(article.paragraphs[s.paragraph]?.start ?? s.start, s.start))) return;
    // The lead admitted by its headline alone, or a quotation going on from it: both go if the lead does.
    if (!byLexicon && !byDates && (quoteGoesOn ? throughLead.has(index - 1) : true)) throughLead.add(index);
    // A broadcast's rundown ("Protests Continue in Egypt ...; President Mubarak Appoints New Cabinet Members;
    // ...") lists the programme's happenings: like a sentence telling two, it dates what follows but is no
    // mention of any of them (it had joined, through the day it states, whatever its busy day told).
    const rundown = programmeHeader(s.text);
    const cut = sentenceCandidates(s, dated, found, article.published?.value ?? null);
    // A sentence the lexicon did not find, with two dates of its own ("will make a charity flight on October
    // 25 ... and will begin regular service on October 28"), states when two things happen: each clause
    // its own date says is a mention; uncut, it stays out as before.
    if (byDates && cut.every((c) => c.excluded)) return;
    const made = cut.map(({ span, own, excluded }, k): Candidate => {
      const date = own === 'conflict' ? mainDate(dated.filter((x) => x.start >= span.start && x.end <= span.end)) : own;
      const borrowed = k > 0 ? borrowedSubject(cut[0]!.span.text, span.text) : null;
      const subject = borrowed ? { subject: borrowed } : {};
      return { articleId: article.id, articleIndex, index, sentence: span, own: date ? { ...date, articleId: article.id } : null, keys: [...new Set(keywords(span.text))], future: sentenceTense(span.text) === 'future', excluded: excluded || rundown, ...subject };
    });
    out.push(...made);
  });
  // The lead stands for the headline's happening only when no sentence the lexicon found tells it already.
  if (throughLead.size && out.some((c) => !throughLead.has(c.index) && lead.tells(c.sentence.text))) return out.filter((c) => !throughLead.has(c.index));
  return out;
}

type Found = ReturnType<typeof ownDate>;

/**
 * The mentions one sentence gives: itself, or, when it tells two happenings, each clause with its own date
 * where a clause boundary lies between them (events/clauses.ts). A sentence that tells two happenings and
 * cannot be cut is kept out of the timeline (`excluded`), but its main date still sets the narrative time
 * for the next sentence.
 */
function sentenceCandidates(s: Sentence, inside: readonly TimexLike[], found: Found, written: string | null): Array<{ span: Sentence; own: Found; excluded: boolean }> {
  if (!tellsTwo(s, found, written)) return [{ span: s, own: found, excluded: false }];
  const clauses = splitClauses(s, gapsBetween(s, inside, found));
  if (!clauses) return [{ span: s, own: found, excluded: true }];
  const out: Array<{ span: Sentence; own: Found; excluded: boolean }> = [];
  for (const c of clauses) {
    const span: Sentence = { start: c.start, end: c.end, text: s.text.slice(c.start - s.start, c.end - s.start), paragraph: s.paragraph };
    const own = ownDate(span, inside.filter((x) => x.start >= c.start && x.end <= c.end));
    // As for a whole sentence: a clause that dates itself to the day or states its date outright ("were to
    // take delivery in May 2008"), or whose words tell a happening.
    if (!isDayDated(own) && !isStated(own) && !hasEventWord(span.text)) continue;
    out.push({ span, own, excluded: tellsTwo(span, own, written) });
  }
  return out;
}

/**
 * "in 1995 of the 1994 deaths": a year the tagger left in a modifier (it may be a count: "the 1994 deaths")
 * is taken as a date when the sentence states another date, so that its two happenings can be told apart.
 */
function withModifierYears(s: Sentence, inside: readonly TimexLike[]): readonly TimexLike[] {
  if (!inside.some((x) => x.type === 'DATE' && /^\d{4}/.test(x.value))) return inside;
  let out: TimexLike[] | null = null;
  for (const m of modifierYears(s.text)) {
    const at = s.start + m.index! + m[0].indexOf(m[1]!);
    if (inside.some((x) => x.start <= at && at < x.end)) continue;
    (out ??= [...inside]).push({ start: at, end: at + 4, text: m[1]!, type: 'DATE', value: m[1]!, granularity: 'year', anchor: null, note: 'a year in a modifier' });
  }
  return out ? out.sort((a, b) => a.start - b.start) : inside;
}

const isStated = (found: ReturnType<typeof ownDate>): boolean => !!found && found !== 'conflict' && found.timex.anchor === null && /^\d{4}/.test(found.value);
const isDayDated = (found: ReturnType<typeof ownDate>): boolean => !!found && found !== 'conflict' && found.granularity === 'day';
/**
 * A page's stamp line ("Tuesday, February 10, 2009; 11:44 AM SEN. CHRISTOPHER DODD (D-CONN.)", a transcript's
 * head): a date the line opens with, closed by a clock, ";" or "|", and after it no prose, only a label in
 * capitals. It states when the page was written, not when something happened: its date makes no event. A
 * lead glued to its page's stamp ("Tuesday, September 30, 2008; 10:10 AM Most Americans see ...") is prose
 * and stays what its own words make it.
 */
const stampLine = (s: Sentence, found: ReturnType<typeof ownDate>): boolean => {
  if (!found || found === 'conflict' || !/^\d{4}-\d{2}-\d{2}/.test(found.value) || found.timex.start - s.start > 2) return false;
  const rest = s.text.slice(found.timex.end - s.start);
  const m = STAMP_END.exec(rest);
  return m !== null && !/\b[a-z]{3,}\b/.test(rest.slice(m[0].length));
};
/** What closes a stamp: a clock ("; 11:44 AM", "| 3:21 PM") or a ";" or "|". */
const STAMP_END = /^\s*(?:[;,|-]\s*)?(?:\d{1,2}[:.]\d\d\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?|[;|])/;

/**
 * "On Tuesday, Mr. Cosby was sentenced ... for assaulting a woman ... in 2004" tells two happenings, and
 * so does "The Department of Corrections says he will serve his sentence ... for assaulting ... in 2004"
 * (a present or future main clause with a past year): one mention cannot carry both.
 * "A confrontation ... led to armed robbery charges, and he was sentenced ... in 2008": two clauses with
 * their own subjects, one dated, are two happenings too.
 * A coarse date relative to the day of writing ("will be released this fall") is the main clause's own time.
 */
function tellsTwo(s: Sentence, found: ReturnType<typeof ownDate>, written: string | null): boolean {
  const text = s.text;
  if (found === 'conflict') return true;
  if (!found) return false;
  // "The first jets will be delivered in 2014", written in 2007: the year is the plan's own time, not a
  // second, past happening (only where the page states its date: SemEval rows covered 56 -> 61, 4 right).
  const ahead = written !== null && sentenceTense(text) === 'future' && found.value >= written.slice(0, found.value.length);
  if (!ahead && COARSE.has(found.granularity) && found.timex.anchor === null && (sentenceTense(text) === 'future' || PRESENT_REPORT.test(text))) return true;
  // "a reporter asked Mr. Obama about ... running against him as a Republican candidate in 2012", written
  // in 2011: a past telling cannot have happened after the day of writing, so a date past that day is a
  // second time, of a prospect the past clause speaks of; or a day read against the day of writing the
  // wrong way ("was issued", dated to a later clock). A date that writes its year and that its own verb
  // tells as past ("Kennedy passed away in August 2009") is the page's word against its stated date: a page
  // updated after that date, as profiles are, tells it right.
  if (written !== null && sentenceTense(text) === 'past' && afterWriting(found.value, written)) {
    const t = found.timex;
    const ownYear = /\b\d{4}\b/.test(t.text) && clauseTense(text, t.start - s.start, t.end - s.start) === 'past';
    if (!ownYear) return true;
  }
  return TWO_CLAUSES.test(text);
}

/** A calendar date ("2012", "2011-03", "2011-02-05") wholly after the day of writing. */
function afterWriting(value: string, written: string): boolean {
  return /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(value) && value > written.slice(0, value.length);
}

/**
 * Where the clause boundary between two happenings must lie, as sentence-relative ranges: between each two
 * consecutive dates that do not nest (not across a range's "to"), or around the ", and he was" that makes two
 * clauses of one dated sentence. None when the sentence's trouble is not one a boundary can solve.
 */
function gapsBetween(s: Sentence, inside: readonly TimexLike[], found: ReturnType<typeof ownDate>): Array<[number, number]> {
  if (found !== 'conflict') {
    const m = TWO_CLAUSES.exec(s.text);
    return m ? [[m.index, m.index + m[0].length]] : [];
  }
  const points = datePoints(s, inside);
  const gaps: Array<[number, number]> = [];
  for (let k = 1; k < points.length; k++) {
    const a = points[k - 1]!;
    const b = points[k]!;
    if (nested(a.value, b.value)) continue;
    const between = s.text.slice(a.end - s.start, b.start - s.start);
    if (RANGE_JOIN.test(between)) continue;
    gaps.push([a.end - s.start, b.start - s.start]);
  }
  return gaps;
}

const RANGE_JOIN = /^\s*(?:to|through|until|till|and|-|–)\s*$/i;

/** The dated expressions of a sentence in order, with the years the tagger left in modifiers ("the 1994 deaths"). */
function datePoints(s: Sentence, inside: readonly TimexLike[]): Array<{ value: string; start: number; end: number }> {
  const points: Array<{ value: string; start: number; end: number }> = usableOf(s, inside).map((x) => ({ value: x.value, start: x.start, end: x.end }));
  for (const m of modifierYears(s.text)) {
    const at = s.start + m.index! + m[0].indexOf(m[1]!);
    if (!inside.some((x) => x.start <= at && at < x.end)) points.push({ value: m[1]!, start: at, end: at + 4 });
  }
  return points.sort((a, b) => a.start - b.start);
}

const MODIFIER_YEAR = /\b(?:the|his|her|their|a)\s+((?:19|20)\d\d)\s+[a-z]/g;
const NO_MATCHES: RegExpExecArray[] = [];

/**
 * MODIFIER_YEAR's matches in the text, as matchAll gives them, by an exec loop: matchAll copies the regex
 * and makes an iterator on every call, and three steps ask for every candidate sentence.
 */
function modifierYears(text: string): readonly RegExpExecArray[] {
  MODIFIER_YEAR.lastIndex = 0;
  let m = MODIFIER_YEAR.exec(text);
  if (m === null) return NO_MATCHES;
  const out: RegExpExecArray[] = [];
  for (; m !== null; m = MODIFIER_YEAR.exec(text)) out.push(m);
  return out;
}

/** A reporting sentence: ends like a sentence, is not furniture or a question, and names an event. */
export function isEventSentence(text: string): boolean {
  return isSentenceShaped(text) && hasEventWord(text);
}

/** REPORTING, EVENT_VERBS and EVENT_NOUNS in one set: one lookup per word, not three. */
const EVENT_WORDS: ReadonlySet<string> = new Set([...REPORTING, ...EVENT_VERBS, ...EVENT_NOUNS]);

/** Any lower-case ASCII word of the text in the event lexicon; a character scan, no match arrays. */
function hasEventWord(text: string): boolean {
  const lower = text.toLowerCase();
  const n = lower.length;
  for (let i = 0; i < n; i++) {
    if (!isLowerAscii(lower.charCodeAt(i))) continue;
    let j = i + 1;
    while (j < n && isLowerAscii(lower.charCodeAt(j))) j++;
    const w = lower.slice(i, j);
    if (EVENT_WORDS.has(w)) return true;
    i = j;
  }
  return false;
}

const isLowerAscii = (c: number) => c >= 97 && c <= 122;
const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
/** The sentence furniture patterns as one regex: one pass per sentence instead of one per pattern. */
const ANY_FURNITURE = new RegExp(SENTENCE_FURNITURE.filter((f) => f.re.flags === 'i').map((f) => `(?:${f.re.source})`).join('|'), 'i');
/** Patterns with other flags (unicode, case-sensitive) are tested one by one. */
const OTHER_FURNITURE = SENTENCE_FURNITURE.filter((f) => f.re.flags !== 'i');

/** Whether the text has at least `min` ASCII words (what /[A-Za-z]+/g would count). */
function atLeastWords(text: string, min: number): boolean {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isAsciiLetter(text.charCodeAt(i))) continue;
    if (++count >= min) return true;
    while (i + 1 < text.length && isAsciiLetter(text.charCodeAt(i + 1))) i++;
  }
  return false;
}

/** Ends like a sentence, has five words or more, is not furniture. */
export function isSentenceShaped(text: string): boolean {
  return endsLikeSentence(text) && !isFurniture(text);
}

/** Ends like a sentence and has five words or more: the cheap half of isSentenceShaped. */
function endsLikeSentence(text: string): boolean {
  return (/[.!]["'”’)]*$/.test(text) || /[.!,]?["”’]\s*$/.test(text)) && atLeastWords(text, 5);
}

/** A furniture sentence (nonEvents.en.json): the costly half, run last. */
function isFurniture(text: string): boolean {
  return ANY_FURNITURE.test(text) || OTHER_FURNITURE.some((f) => f.re.test(text));
}

/**
 * The date a sentence states for itself. A year that modifies a noun ("his 2007 robbery", "a 2014
 * interview") dates the sentence only when nothing else does; a range ("from Jan. 24, 1995 to Oct. 2,
 * 1995") gives its start; two unrelated dates ("acquitted Oct. 3, 1995, but found responsible two years
 * later") make the sentence two happenings, which one mention cannot carry: 'conflict'.
 */
/** The finest date of a sentence that tells two happenings: the one its main clause most likely has. */
function mainDate(inside: readonly TimexLike[]): Omit<OwnDate, 'articleId'> | null {
  let best: TimexLike | null = null;
  for (const x of inside) {
    if ((x.type !== 'DATE' && x.type !== 'TIME') || !/^\d{4}/.test(x.value) || !x.granularity || !TIMELINE_GRANULARITIES.has(x.granularity)) continue;
    if (!best || finer(x.granularity, best.granularity!)) best = x;
  }
  return best ? { value: best.value.slice(0, 10), granularity: best.granularity === 'time' ? 'day' : best.granularity!, timex: best } : null;
}

/** Whether the words right after a modifier year ("robbery of two collectors") start with a happening noun. */
function namesHappening(after: string): boolean {
  const words = after.toLowerCase().match(/[a-z]+/g) ?? [];
  return words.slice(0, 2).some((w) => EVENT_NOUNS.has(w) || EVENT_NOUNS.has(w.replace(/s$/, '')));
}

export function ownDate(s: Sentence, inside: readonly TimexLike[]): Omit<OwnDate, 'articleId'> | null | 'conflict' {
  const usable = usableOf(s, inside);
  if (!usable.length) return null;
  // A year the tagger left untagged ("of the 1994 deaths") still makes a second happening.
  for (const m of modifierYears(s.text)) {
    const at = s.start + m.index! + m[0].indexOf(m[1]!);
    if (!inside.some((x) => x.start <= at && at < x.end) && !usable.some((x) => nested(x.value, m[1]!))) return 'conflict';
  }
  const isModifier = (x: TimexLike) => {
    const before = s.text.slice(0, x.start - s.start);
    const after = s.text.slice(x.end - s.start);
    return /^\d{4}$/.test(x.text) && /^\s*-?[a-z]/.test(after) && /\b(?:a|an|the|his|her|its|their|our|this|that)\s*$|['’]s\s*$/i.test(before);
  };
  const main = usable.filter((x) => !isModifier(x));
  // With no other date, a modifier year dates the sentence only when it names a happening ("his 2007
  // robbery", "a 2014 interview"), not a thing that lasts ("a 1979 peace treaty", "the 1991 Gulf War" is
  // background to a sentence about today).
  const pool = main.length ? main : usable.filter((x) => namesHappening(s.text.slice(x.end - s.start)));
  if (!pool.length) return null;
  // "found not guilty ... in 1995 of the 1994 deaths": a modifier year disjoint from the main date is a
  // second happening in the same sentence.
  if (main.length && usable.some((x) => isModifier(x) && !main.some((y) => nested(x.value, y.value)))) return 'conflict';
  const kept: TimexLike[] = [];
  for (const x of pool) {
    const prev = kept[kept.length - 1];
    // "from X to Y", "X - Y", "between X and Y": the range starts the happening.
    if (prev && /^\s*(?:to|through|until|till|and|-|–)\s*$/i.test(s.text.slice(prev.end - s.start, x.start - s.start))) continue;
    kept.push(x);
  }
  let best = kept[0]!;
  for (const x of kept.slice(1)) {
    if (!nested(x.value, best.value)) return 'conflict';
    if (finer(x.granularity!, best.granularity!)) best = x;
  }
  // A time of day is its day ("2017-02-23T22:00" -> "2017-02-23"); any other value stays whole: "2009-W17-WE"
  // (a weekend) had lost its last letter to the same cut and become no date at all.
  return { value: /^\d{4}-\d{2}-\d{2}T/.test(best.value) ? best.value.slice(0, 10) : best.value, granularity: best.granularity === 'time' ? 'day' : best.granularity!, timex: best };
}
