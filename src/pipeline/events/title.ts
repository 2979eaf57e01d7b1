/**
 * Headline-style titles built from a sentence, never invented: the main clause (who did what) without the
 * dateline, connectives, a leading adverbial or subordinate phrase, the time expression and the attribution,
 * cut at a clause or phrase boundary to at most 90 characters, never ending on a function word.
 * "The United States Homeland Security Secretary John Kelly on Thursday promised "no mass deportations" or
 * military force against immigrants in the U.S. despite a crackdown ..., AFP reported." ->
 * "United States Homeland Security Secretary John Kelly promised "no mass deportations" or military force"
 * The only words that may come from outside the sentence are the name a leading pronoun stands for, and
 * only when the caller is certain of it (names.ts).
 */
import rules from './titleRules.en.json' with { type: 'json' };
import { dropDateline, dropDiscourse, leadLength } from './clause.ts';
import { timexSpan } from './timexCut.ts';
import { count, DANGLING, inside, isSpace, MAX_TITLE, NEEDS_COMPLEMENT, shorten, VERB, wordCut } from './titleCut.ts';
import { compactSubject, lacksVerb } from './titleSubject.ts';
import { BARE_POSSESSIVE, BARE_UPDATE_STAMP, dropEmptyIt, LEADING_MARK, RUSH_TRANSCRIPT, untokenize } from './headlineText.ts';
import { joinSpacedPossessives } from '../../schema/untokenize.ts';
import { withoutGluedHeadline } from './gluedTitle.ts';


const PRONOUN = /^(?:He|She|His|Her)\s+/;
/** Headline mode: an organization may stand for they/their/it/its (build.ts gives one only when certain). */
const HEADLINE_PRONOUN = /^(?:He|She|His|Her|They|Their|It|Its)\s+/;
const TIME_LEAD_IN = new RegExp(`(?:^|\\s)(?:${rules.timeLeadIns.join('|')})\\s*$`, 'i');
/** A date used as a noun: "on the 13th anniversary of", "a September 2007 robbery", "Tuesday's hearing". */
const DETERMINER_BEFORE = /(?:^|\s)(?:the|a|an|this|that|his|her|its|their|our|every|each|last|next)\s*$|['’]s\s*$/i;
const OF_AFTER = /^\s*(?:of\b|['’]s\b)/;
/**
 * ", CBS News reports", ", the report said", ", according to CNN", ", NPR reports.", ", police said", and after a
 * quotation (`happen," the report says`, whose closing mark stays): a trailing source.
 */
const TRAILING_SOURCE = new RegExp(`,(["”]?)\\s*(?:according to [^,]+|(?:the\\s+)?(?:[A-Z][\\w.'’-]*\\s+){0,4}(?:${rules.reportAttribution.join('|')})|(?:the|a|an)\\s+[\\w ]{1,40}\\s+(?:${rules.reportAttribution.join('|')})|(?!(?:he|she|they|it|we|i)\\s)[a-z][a-z ]{2,50}\\s(?:${rules.reportAttribution.join('|')}))\\.?$`);
/** "Cosby, who left the courthouse in handcuffs, spent ...", "Wyatt, the publicist, said ...": the subject's aside. */
const APPOSITIVE = /^((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*),\s+(?:who|whose|which|the|a|an|an?\s+\d+-year-old)\s[^,"“”]{3,90},(?:\s+[^,"“”]{2,60}\band\s+[^,"“”]{2,60},)?\s+(?=[a-z])/;
/** "The murders -- and the trial -- changed ...": an aside between dashes (outside quotations). */
const DASH_ASIDE = /\s[-–—]{1,2}\s[^-–—"“”]{1,150}\s[-–—]{1,2}\s/g;
/** "Celebrity Net Worth reports O.J. Simpson's net worth was ...": a leading media attribution. */
/** A title cut right after a verb of saying, the source its only words before it (not a passive "was reported"). */
const SAYING_END = /^(?![^,;"“”]*\b(?:was|were|is|are|be|been|being)\s+\S+$)[^,;"“”]{2,90}\s(?:said|says|reported|reports|added|wrote|noted|concluded|showed)(?:\s+that)?[,:]?$/;
/** A verb right after "reports": the word was the noun ("Unconfirmed reports suggest up to 300 ..."). */
const REPORTS_NOUN = /^(?:suggest|suggests|suggested|say|said|indicate|indicated|claim|claimed|show|showed|have|had|are|were)\b/;
const LEADING_MEDIA = new RegExp(`^(?:[A-Z][\\w.'’-]*\\s+){1,4}(?:${rules.mediaAttributionVerbs.filter((w) => /^report/.test(w)).join('|')})\\s+(?:that\\s+)?`);

/**
 * Page furniture joined to a sentence by bars ("January 28, 2011 11:51 am | Two men charged in ...",
 * "Posted at 10:15 AM ET | Protesters gathered ..."): the part that reads as a clause is the headline, the
 * longest with a verb (or the longest).
 */
function barSegment(s: string): string {
  if (!s.includes(' | ')) return s;
  const parts = s.split(/\s+\|\s+/).map((p) => p.trim()).filter(Boolean);
  const withVerb = parts.filter((p) => VERB.test(p.replace(/\b\d{1,2}[:.]\d{2}\b.*?(?:am|pm|AM|PM)?/g, '')));
  const pool = withVerb.length ? withVerb : parts;
  return pool.reduce((a, b) => (b.length > a.length ? b : a), '');
}

/**
 * A dateline in capitals that lost its dash and agency on the page: "GAZA/JERUSALEM Israel's cabinet ...",
 * "NEW YORK Police said ...", and a shouted headline glued the same way ("THE NEW PARADIGM FOR FINANCIAL
 * MARKETS The Credit Crisis ..."). Places joined by a slash, or a run of two or more words in capitals, one of
 * them four letters or longer, without dots or digits, before a capitalised word: "U.S. FDA", "UK NHS" and
 * "WHO H1N1" are not runs and stay. Titles only: the clause finder's dateline rule is left as it is.
 */
const CAPS_PLACE = /^(?:[A-Z]{2,}(?: [A-Z]{2,})*(?:\/[A-Z]{2,}(?: [A-Z]{2,})*)+|(?=[A-Z' -]*\b[A-Z]{4})[A-Z]{2,}(?: [A-Z]{2,}){1,6})\s+(?=[A-Z][a-z’']|["“])/u;

/**
 * A web page's stamp between the headline and the first sentence, glued into one sentence by the page's
 * sentence splitter: "Jailed militia leader counselled ex-foes Friday 27 May 2005 00.01 BST When Sheikh Ali
 * Bapir saw ...". A weekday, a full date and a clock time with its time zone: prose never writes the zone.
 * The title is told from what follows the stamp. (The clean stage keeps the stamp in the text: cutting it
 * there cost Timeline17 article dating, see README.)
 */
const GLUED_STAMP = /^.{3,300}?\s(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? \d{1,2} [A-Z][a-z]+ \d{4},? \d{1,2}[.:]\d{2} [A-Z]{3,4}\s+(?=\S)/;

/**
 * The same sentence with only the stamp cut out: "US to hand over Abu Ghraib jail to Iraqis. American forces
 * have agreed ..." (the headline kept, ended with a full stop, for a summary that quotes the page).
 */
export function withoutGluedStamp(s: string): string {
  // A page whose stamp opens the line, before its lead ("Tuesday 4 January 2005 08.43 GMT There has never ...").
  const lead = LEADING_STAMP.exec(s);
  if (lead && s.slice(lead[0].length).split(' ').length >= 4) return s.slice(lead[0].length);
  const m = GLUED_STAMP.exec(s);
  if (m === null || s.slice(m[0].length).split(' ').length < 4) return s;
  const stamp = STAMP_AT_END.exec(m[0]);
  if (!stamp) return s;
  const head = m[0].slice(0, stamp.index).trimEnd();
  return `${head}${/[.!?:"”’]$/.test(head) ? '' : '.'} ${s.slice(m[0].length)}`;
}
/**
 * A print edition's page glued before the lead, with the page's date: "Thursday, October 23, 2008; Page A01
 * Employers are moving ..." (Washington Post pages). Headline mode.
 */
const PRINT_PAGE = /^(?:[^;]{0,60};\s*)?Page [A-Z]?\d{1,3}\s+(?=[A-Z])/;
const LEADING_STAMP = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? \d{1,2} [A-Z][a-z]+ \d{4},? \d{1,2}[.:]\d{2} [A-Z]{3,4}\s+(?=\S)/;
const STAMP_AT_END = /\s(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? \d{1,2} [A-Z][a-z]+ \d{4},? \d{1,2}[.:]\d{2} [A-Z]{3,4}\s+$/;

export function dropGluedStamp(s: string): string {
  const m = GLUED_STAMP.exec(s);
  return m !== null && s.slice(m[0].length).split(' ').length >= 4 ? s.slice(m[0].length) : s;
}

function dropCapsPlace(s: string): string {
  // A list's bullet ("\\* Grain prices, led by soybeans, have been up ...", escaped by the page's scraper).
  s = s.replace(/^(?:\\?\*|[•·▪])\s+(?=\S)/u, '');
  const m = CAPS_PLACE.exec(s);
  return m !== null && s.slice(m[0].length).split(' ').length >= 3 ? s.slice(m[0].length) : s;
}

/**
 * `actor`: the person a leading he/she/his/her of the main clause stands for, when the caller is certain
 * ("He was ordered" -> "Simpson was ordered"); otherwise the pronoun stays.
 */
export function titleFrom(sentence: string, timexText: string | null, actor: string | null = null, headline = false): string {
  return titleWith(titleDraft(sentence, timexText, headline), actor, headline);
}

/**
 * The title up to its opening word: everything that does not depend on `actor`, so a caller that tries
 * the title with and without an actor cuts the sentence once.
 */
export function titleDraft(sentence: string, timexText: string | null, headline = false): string {
  let s = headline
    ? withoutGluedHeadline(dropDateline(barSegment(joinSpacedPossessives(untokenize(sentence.trim())).replace(RUSH_TRANSCRIPT, '').replace(BARE_POSSESSIVE, '$1’s ').replace(PRINT_PAGE, '').replace(LEADING_MARK, '')).replace(BARE_UPDATE_STAMP, '')))
    : dropDateline(barSegment(sentence.trim()));
  s = mainOf(s, timexText);
  if (headline) s = capitalise(dropEmptyIt(s));
  // The patterns that need a comma or a parenthesis run only when there is one: most titles have neither,
  // and a failed search still scans the whole string.
  if (s.charCodeAt(0) === 40) s = s.replace(/^\((.*)\)\.?$/, '$1');
  s = s.replace(/\s+([.,;:!?])/g, '$1');
  const comma = s.includes(',');
  if (comma) s = headline ? s.replace(LONG_APPOSITIVE, '$1 ').replace(SUBJECT_PARTICIPLE, '$1 ') : s.replace(APPOSITIVE, '$1 ');
  // Not after a dateline ("MOSCOW -- For the past eight years ... -- a soaring economy"): a lowercase word
  // must stand before the aside.
  s = s.replace(DASH_ASIDE, (m, at: number, all: string) => (inside(all, at) || !/[a-z]/.test(all.slice(0, at)) ? m : ' '));
  // After a quotation, a named speaker stays (Jones was "on a spree," Alvarez said): the claim is theirs.
  if (comma) s = s.replace(TRAILING_SOURCE, (m, q: string) => (q && /^,["”]\s*[A-Z]/.test(m) ? m : q)).replace(/,\s*\d{1,3},/, '');
  if (headline && comma) s = s.replace(LONG_TRAILING_SOURCE, '');
  if (s.includes('(')) s = s.replace(/\s*\([A-Z]{2,6}\)/g, '');
  const first = s.charCodeAt(0);
  if (first === 84 || first === 65) s = s.replace(/^(?:The|A|An)\s+(?=[A-Z])/, '');
  if (isEndMark(s.charCodeAt(s.length - 1))) s = s.replace(/[.!,;:]+(["”’]?)$/, '$1');
  return squeeze(s).trim();
}

/**
 * The main clause of a sentence the dateline is off, without the time expression: the part of a draft
 * both modes share. build.ts drafts each sentence in plain mode, then at once in headline mode, and the
 * headline steps before it mostly leave the sentence as it was: the last answer is kept, and given again
 * for the same arguments (the function is pure, so the draft is the same either way).
 */
function mainOf(text: string, timexText: string | null): string {
  if (lastMain !== null && lastMain.text === text && lastMain.timexText === timexText) return lastMain.main;
  let s = dropCapsPlace(dropGluedStamp(text));
  // A quotation opened with " and closed with ': "a "sexually violent predator' just before".
  if (count(s, '"') % 2 === 1) s = s.replace(/"([^"']{2,60})'(?=[\s,.;]|$)/, '"$1"');
  if (timexText) s = dropTimex(s, timexText);
  s = squeeze(s.replace(/\s+,/g, ','));
  // The anchored patterns run only when the first or last character allows a match.
  if (isLeadJunk(s.charCodeAt(0))) s = s.replace(/^[\s,;:]+/, '');
  if (isLeadJunk(s.charCodeAt(1))) s = s.replace(/^(["“‘])[\s,;:]+/, '$1');
  s = s.trim();
  s = mainClause(s);
  lastMain = { text, timexText, main: s };
  return s;
}

let lastMain: { text: string; timexText: string | null; main: string } | null = null;

/** A draft (titleDraft) finished: the actor for a leading pronoun, quotation marks paired, at most MAX_TITLE. */
export function titleWith(draft: string, actor: string | null = null, headline = false): string {
  const s = opening(draft, actor, headline);
  if (s.length <= MAX_TITLE) return finish(s);
  const cut = shorten(s, MAX_TITLE, headline);
  // Headline mode: a cut that leaves the subject without its verb tries the subject without what only
  // describes it (titleSubject.ts), and keeps that when the verb then fits; else whole words up to the
  // length with "…", when they reach the verb.
  // Headline mode: a cut that ends on a verb of saying left only the source ("Interior Ministry spokesman
  // Ismail Othman said", "The Washington Post reported"): the words up to the length, with "…", tell what.
  if (headline && SAYING_END.test(cut)) return finish(wordCut(s, MAX_TITLE, headline));
  if (!headline || !lacksVerb(cut)) return finish(cut);
  const compact = compactSubject(s);
  const again = compact === s ? cut : compact.length <= MAX_TITLE ? compact : shorten(compact, MAX_TITLE, headline);
  if (!lacksVerb(again)) return finish(again);
  const words = [compact, s].map((x) => wordCut(x, MAX_TITLE, headline)).find((w) => !lacksVerb(w));
  return finish(words ?? cut);
}

// Headline mode (`headline`: the title an event shows, build.ts). The plain mode stays as it was: the
// actors are counted from it, and the ranking reads actors.

/**
 * ", a spokeswoman for French Prime Minister Francois Fillon said", ", Dr. Ann Lee and colleagues at the agency
 * reported": a longer trailing source (headline mode).
 */
const LONG_TRAILING_SOURCE = new RegExp(`,\\s*(?:(?:the|a|an)\\s+[\\w .'’-]{1,70}|[A-Z][\\w.'’-]*(?:\\s+[\\w.'’-]+){1,10})\\s+(?:${rules.reportAttribution.join('|')})\\.?$`);

/** An appositive of the subject up to 150 characters ("Pacitti, the goalkeeper for ... and a clerical worker at ..., was"). */
const LONG_APPOSITIVE = /^((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*),\s+(?:who|whose|which|the|a|an|an?\s+\d+-year-old)\s[^,"“”]{3,150},(?:\s+[^,"“”]{2,60}\band\s+[^,"“”]{2,60},)?\s+(?=[a-z])/;

/** "World Health Organisation (WHO), bowing to pressure from ..., said": the subject's participle aside. */
const SUBJECT_PARTICIPLE = /^((?:[A-Z][\w.'’-]*\s+){0,5}[A-Z][\w.'’-]*(?:\s+\([A-Z]{2,6}\))?),\s+[a-z]{3,}ing\s[^,"“”]{3,120},\s+(?=[a-z])/;

/** Quotation marks in pairs; a closing single quote nobody opened ("a "sexually violent predator' just") goes. */
function finish(text: string): string {
  // A quotation the time expression filled alone ("“At 10.30 pm on August 4 1914,” Taylor continues, “the
  // king held ...”): the cut leaves its marks empty, and they go with it.
  let s = balanceQuotes(text.replace(EMPTY_QUOTE, '$1').trimStart());
  // said "everybody must die," -> said "everybody must die"
  if (isEndMark(s.charCodeAt(s.length - 1))) s = s.replace(/[,;:]+(["”’])$/, '$1');
  if (s.length >= 2 && s.charCodeAt(s.length - 1) === 39 && isWord(s.charCodeAt(s.length - 2)) && !/(?:^|\s)'/.test(s)) s = s.slice(0, -1);
  return s;
}

/**
 * The time expression out, with its preposition and lead-in ("as soon as"), unless it is a noun of the
 * sentence ("on the 13th anniversary of his acquittal") or the verb would be left without its complement
 * ("the trial ran from Jan. 24 to Oct. 2"): then the words stay, which is better than a broken headline.
 */
function dropTimex(s: string, timexText: string): string {
  const span = timexSpan(s, timexText);
  if (!span) return s;
  let [p, end] = span;
  const left = s.slice(0, p);
  const right = s.slice(end);
  // The expression alone, without the preposition the span took: does a determiner stand before it?
  const bare = s.toLowerCase().indexOf(timexText.toLowerCase(), p);
  if (DETERMINER_BEFORE.test(s.slice(0, bare >= 0 ? bare : p)) || OF_AFTER.test(right)) return s;
  const lead = TIME_LEAD_IN.exec(left);
  if (lead) p -= lead[0].length;
  const kept = s.slice(0, p).replace(/[\s,]+$/, '');
  const lastWords = /(?:([A-Za-z]+)\s+)?([A-Za-z]+)$/.exec(kept);
  const lastWord = lastWords?.[2]?.toLowerCase();
  // "The dispute dates back to Dec. 13, when ...": a particle between the verb and the expression.
  const verbWord = lastWord && PARTICLE.test(lastWord) ? lastWords?.[1]?.toLowerCase() : lastWord;
  // (The span may have taken the comma after the expression: "dates back to Dec. 13, when ..."; after a verb
  // and its particle a clause that follows without one ends it too: "dates back to December when ...".)
  const endsClause = /^\s*(?:[.;!?]|$|,\s*(?:and|but|while|after|before|when|where|which|who)\b)/.test(right) || right.trim() === ''
    || ((s[end - 1] === ',' || (!!verbWord && verbWord !== lastWord)) && /^\s*(?:and|but|while|after|before|when|where|which|who)\b/.test(right));
  if (endsClause && lastWord && (NEEDS_COMPLEMENT.has(lastWord) || DANGLING.has(lastWord) || (verbWord !== lastWord && !!verbWord && NEEDS_COMPLEMENT.has(verbWord)))) return s;
  // "flight BA242 which landed at 2pm today, a BA spokesman said": a relative clause that said little but its
  // time goes with it ("flight BA242"), rather than leave "which landed" hanging.
  const relative = s[end - 1] === ',' || /^\s*(?:[,.;!?]|$)/.test(right) ? BARE_RELATIVE.exec(kept) : null;
  if (relative && relative.index >= 20) {
    // ", which failed in July, to conceal": an aside between commas goes with both of them.
    if (relative[0].startsWith(',')) return `${s.slice(0, relative.index)} ${right.replace(/^\s*,\s*/, '')}`;
    return s.slice(0, relative.index) + (s[end - 1] === ',' ? ',' : ' ') + right;
  }
  return s.slice(0, p) + (s[end - 1] === ',' ? ',' : ' ') + right;
}

/** A verb's particle: "dates back", "started out", "went on". */
const PARTICLE = /^(?:back|up|out|off|down|on|over|away)$/;

/** A relative clause of its pronoun and one verb, at the end: " which landed", ", who arrived". */
const BARE_RELATIVE = /,?\s+(?:which|who)\s+[a-z]+$/;

/** Connectives, leading adverbial and subordinate phrases and a leading media attribution dropped. */
function mainClause(text: string): string {
  let s = text;
  for (let i = 0; i < 3; i++) {
    const before = s;
    s = capitalise(s);
    const d = dropDiscourse(s);
    if (d.length >= 20) s = d;
    s = capitalise(s);
    const n = leadLength(s);
    if (n) s = s.slice(n);
    const m = LEADING_MEDIA.exec(s);
    if (m && s.length - m[0].length >= 25 && !/\b(?:He|She|They|It)\s+$/.test(m[0]) && !REPORTS_NOUN.test(s.slice(m[0].length))) s = s.slice(m[0].length);
    s = s.replace(/^[\s,;:—–-]+/, '');
    if (s === before) break;
  }
  return s;
}

/** The first letter upper-cased; the same string when it already is (the usual case: no new string). */
function capitalise(s: string): string {
  if (!s) return s;
  const first = s.charAt(0);
  const upper = first.toUpperCase();
  return upper === first ? s : upper + s.slice(1);
}

/** A headline opens with a capitalised word: no comma, no unbalanced quotation mark, no bare pronoun. */
export function opening(text: string, actor: string | null, headline = false): string {
  let s = text.replace(/^[\s,;:—–-]+/, '');
  // A leading quotation mark stays only when its quotation closes inside the title.
  const q = /^["“‘']/.exec(s);
  if (q) {
    const close = q[0] === '“' ? '”' : q[0] === '‘' ? '’' : q[0];
    if (!s.slice(1).includes(close)) s = s.slice(1).replace(/^\s+/, '');
  }
  const p = (headline ? HEADLINE_PRONOUN : PRONOUN).exec(s);
  if (p && actor) {
    const possessive = /^(?:His|Her|Their|Its)\b/.test(p[0]);
    s = `${possessive ? `${actor}’s` : actor} ${s.slice(p[0].length)}`;
  }
  return capitalise(s);
}

/** A title that has a closing quotation mark without its opening one loses the stray mark. */
function balanceQuotes(s: string): string {
  // One pass for the three marks; dropping a curly one below leaves the number of straight ones as is.
  let opens = 0;
  let closes = 0;
  let straight = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x201c) opens++;
    else if (c === 0x201d) closes++;
    else if (c === 34) straight++;
  }
  if (closes > opens) s = s.replace(/”/, '');
  else if (opens > closes) s = s.replace(/“(?!.*“)/, '');
  if (straight % 2 === 1) {
    // The stray straight quote is the first one when the title starts inside a quotation, else the last.
    const i = s.lastIndexOf('"');
    s = s.slice(0, i) + s.slice(i + 1);
  }
  return squeeze(s).trim();
}

/**
 * s.replace(/\s+/g, ' '), without building a new string when every gap already is one space (nearly
 * always: the global replace matched, and rebuilt, at every space).
 */
/** An opening and a closing mark with nothing but a comma or spaces between them. */
const EMPTY_QUOTE = /(^|\s)["“][\s,;:]*["”](?=\s|$)/g;

function squeeze(s: string): string {
  return messySpace(s) ? s.replace(/\s+/g, ' ') : s;
}

/** /\s\s|[^\S ]/.test(s): white space other than single spaces. */
function messySpace(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 ? isSpace(s.charCodeAt(i + 1)) : isSpace(c)) return true;
  }
  return false;
}

/** [\s,;:] (NaN past the end: false). */
const isLeadJunk = (c: number): boolean => isSpace(c) || c === 44 || c === 59 || c === 58;
/** [.!,;:"”’]: the last character of a title that ends in a mark. */
const isEndMark = (c: number): boolean => c === 46 || c === 33 || c === 44 || c === 59 || c === 58 || c === 34 || c === 0x201d || c === 0x2019;
/** \w: [A-Za-z0-9_]. */
const isWord = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

