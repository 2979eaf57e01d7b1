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

export const MAX_TITLE = 90;

const PRONOUN = /^(?:He|She|His|Her)\s+/;
/** Headline mode: an organization may stand for they/their/it/its (build.ts gives one only when certain). */
const HEADLINE_PRONOUN = /^(?:He|She|His|Her|They|Their|It|Its)\s+/;
const DANGLING = new Set(rules.dangling);
const NEEDS_COMPLEMENT = new Set(rules.needsComplement);
const TIME_LEAD_IN = new RegExp(`(?:^|\\s)(?:${rules.timeLeadIns.join('|')})\\s*$`, 'i');
/** A date used as a noun: "on the 13th anniversary of", "a September 2007 robbery", "Tuesday's hearing". */
const DETERMINER_BEFORE = /(?:^|\s)(?:the|a|an|this|that|his|her|its|their|our|every|each|last|next)\s*$|['’]s\s*$/i;
const OF_AFTER = /^\s*(?:of\b|['’]s\b)/;
const CLAUSE = new RegExp(`,\\s+(?:${rules.clauseBreaks.join('|')}|(?:many|most|some|several|all|one|none) of)\\b|;|\\s[-–—]{1,2}\\s|:\\s(?![“"])`, 'g');
/** A finite verb somewhere: a clause cut must leave one ("The Los Angeles encampment, which ..." must not). */
const VERB = /\b(?:is|are|was|were|be|been|has|have|had|will|would|could|can|may|might|must|should|did|does|do|said|says|told|got|gave|made|went|came|took|ran|met|left|won|lost|held|began|became|sat|fled|fell|saw|led|shot|hit|put|set|cut|spoke|wrote|broke|drove|rose|sent|paid|sold|brought|bought|thought|found|kept|felt|stood|heard|meant|built|sought|fought|caught|struck|threw|grew|knew|drew|flew|chose|stole|wore|swore|spent|lent|lost|won|\w{2,}ed)\b/;
/** ", which officials had tolerated for weeks," : an aside after the subject, closed by a comma. */
const RELATIVE_ASIDE = /,\s+(?:who|which)\s[^,"“”]{3,120},\s+(?=[a-z])/y;
const PHRASE = new RegExp(`\\s(?:${rules.phraseBreaks.filter((w) => w !== 'of').join('|')})\\s`, 'g');
const OF = /\s(?:of)\s/g;
const AND = /\s(?:and|but)\s/g;
/** Verbs that take a clause: "said (that) ...", "believe ...". */
const SAYS = /\b(?:said|says|say|told|tells|believe[sd]?|think|thinks|thought|claim(?:s|ed)?|argue[sd]?|insist(?:s|ed)?|found|showed|reported|announced|warned|added|noted|suggested|knew|know|hope[sd]?|fear(?:s|ed)?|expect(?:s|ed)?)\b/g;
const FINITE = /\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|does|said|says)\b/;
const QUANTIFIER_BEFORE = /(?:^|\s)(?:one|some|many|most|all|none|each|part|both|several|any|much|lot|number|couple|series|kind|sort|type|half|third|quarter|percent|dozens|hundreds|thousands|millions|rest|members?|head|chief|secretary|minister|director|department|ministry|office|board|university|court|house|city|state|county|republic)\s*$/i;
/**
 * ", CBS News reports", ", the report said", ", according to CNN", ", NPR reports.", ", police said", and after a
 * quotation (`happen," the report says`, whose closing mark stays): a trailing source.
 */
const TRAILING_SOURCE = new RegExp(`,(["”]?)\\s*(?:according to [^,]+|(?:the\\s+)?(?:[A-Z][\\w.'’-]*\\s+){0,4}(?:${rules.reportAttribution.join('|')})|(?:the|a|an)\\s+[\\w ]{1,40}\\s+(?:${rules.reportAttribution.join('|')})|(?!(?:he|she|they|it|we|i)\\s)[a-z][a-z ]{2,50}\\s(?:${rules.reportAttribution.join('|')}))\\.?$`);
/** "Cosby, who left the courthouse in handcuffs, spent ...", "Wyatt, the publicist, said ...": the subject's aside. */
const APPOSITIVE = /^((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*),\s+(?:who|which|the|a|an|an?\s+\d+-year-old)\s[^,"“”]{3,90},\s+(?=[a-z])/;
/** "The murders -- and the trial -- changed ...": an aside between dashes (outside quotations). */
const DASH_ASIDE = /\s[-–—]{1,2}\s[^-–—"“”]{1,80}\s[-–—]{1,2}\s/g;
/** "Celebrity Net Worth reports O.J. Simpson's net worth was ...": a leading media attribution. */
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
    ? dropDateline(barSegment(untokenize(sentence.trim()).replace(RUSH_TRANSCRIPT, '').replace(BARE_POSSESSIVE, '$1’s ')).replace(BARE_UPDATE_STAMP, ''))
    : dropDateline(barSegment(sentence.trim()));
  // A quotation opened with " and closed with ': "a "sexually violent predator' just before".
  if (count(s, '"') % 2 === 1) s = s.replace(/"([^"']{2,60})'(?=[\s,.;]|$)/, '"$1"');
  if (timexText) s = dropTimex(s, timexText);
  s = squeeze(s.replace(/\s+,/g, ','));
  // The anchored patterns run only when the first or last character allows a match.
  if (isLeadJunk(s.charCodeAt(0))) s = s.replace(/^[\s,;:]+/, '');
  if (isLeadJunk(s.charCodeAt(1))) s = s.replace(/^(["“‘])[\s,;:]+/, '$1');
  s = s.trim();
  s = mainClause(s);
  if (headline) s = capitalise(dropEmptyIt(s));
  // The patterns that need a comma or a parenthesis run only when there is one: most titles have neither,
  // and a failed search still scans the whole string.
  if (s.charCodeAt(0) === 40) s = s.replace(/^\((.*)\)\.?$/, '$1');
  s = s.replace(/\s+([.,;:!?])/g, '$1');
  const comma = s.includes(',');
  if (comma) s = headline ? s.replace(LONG_APPOSITIVE, '$1 ').replace(SUBJECT_PARTICIPLE, '$1 ') : s.replace(APPOSITIVE, '$1 ');
  s = s.replace(DASH_ASIDE, (m, at: number, all: string) => (inside(all, at) ? m : ' '));
  // After a quotation, a named speaker stays (Jones was "on a spree," Alvarez said): the claim is theirs.
  if (comma) s = s.replace(TRAILING_SOURCE, (m, q: string) => (q && /^,["”]\s*[A-Z]/.test(m) ? m : q)).replace(/,\s*\d{1,3},/, '');
  if (headline && comma) s = s.replace(LONG_TRAILING_SOURCE, '');
  if (s.includes('(')) s = s.replace(/\s*\([A-Z]{2,6}\)/g, '');
  const first = s.charCodeAt(0);
  if (first === 84 || first === 65) s = s.replace(/^(?:The|A|An)\s+(?=[A-Z])/, '');
  if (isEndMark(s.charCodeAt(s.length - 1))) s = s.replace(/[.!,;:]+(["”’]?)$/, '$1');
  return squeeze(s).trim();
}

/** A draft (titleDraft) finished: the actor for a leading pronoun, quotation marks paired, at most MAX_TITLE. */
export function titleWith(draft: string, actor: string | null = null, headline = false): string {
  const s = opening(draft, actor, headline);
  return finish(s.length <= MAX_TITLE ? s : shorten(s, MAX_TITLE, headline));
}

// Headline mode (`headline`: the title an event shows, build.ts). The plain mode stays as it was: the
// actors are counted from it, and the ranking reads actors.

/**
 * Tokenized text as the Timeline17 and Penn tools write it: "-LRB- AP -RRB-", "` partnership '",
 * "`` no '' ", "Egypt 's": brackets and quotation marks as a reader writes them.
 */
export function untokenize(s: string): string {
  if (!/-[LR][RSC]B-|`|\s'(?:s|re|ve|ll|d|m)\b|n't\b|\s[,.;:!?](?:\s|$)/.test(s)) return s;
  return s
    .replace(/-LRB-\s*/g, '(').replace(/\s*-RRB-/g, ')').replace(/-LSB-\s*/g, '[').replace(/\s*-RSB-/g, ']')
    .replace(/-LCB-\s*/g, '{').replace(/\s*-RCB-/g, '}')
    .replace(/``\s*([^`']*?)\s*''/g, '“$1”')
    .replace(/`\s*([^`']*?)\s*'(?=[\s,.;:!?]|$)/g, '‘$1’')
    .replace(/(\w)\s+('(?:s|re|ve|ll|d|m)\b|n't\b)/gi, '$1$2')
    .replace(/\s+([,.;:!?])(?=\s|$)/g, '$1');
}

/** What a broadcast transcript's header ends with: "... Fortune Aired THIS IS A RUSH TRANSCRIPT. THIS COPY ...". */
const RUSH_TRANSCRIPT = /\s*THIS IS A RUSH TRANSCRIPT\b.*$/;
/** A possessive the detokenizer left without its apostrophe: "Nicolas Sarkozy s defense". */
const BARE_POSSESSIVE = /(\p{Lu}\p{Ll}+) s (?=\p{Ll})/gu;
/** ", a spokeswoman for French Prime Minister Francois Fillon said": a longer trailing source (headline mode). */
const LONG_TRAILING_SOURCE = new RegExp(`,\\s*(?:the|a|an)\\s+[\\w .'’-]{1,70}\\s+(?:${rules.reportAttribution.join('|')})\\.?$`);
/** ", one": a quantifier the cut left alone after a comma ("diagnosed in the UK, one | in London"). */
const TRAILING_QUANTIFIER = /,\s+(?:one|two|three|some|most|all|both|each|many|several|none|including)$/;

/**
 * A live page's entry stamp with no brackets, or with a bracket inside: "Update 3:00 a.m. in Cairo U.S.
 * President ...", "(Updated 5:45 p.m. (0045 in Egypt)) Protesters ...".
 */
const BARE_UPDATE_STAMP = /^(?:\(\s*Update[sd]?\b[^()]{0,40}\([^()]{0,30}\)\s*\)|Update[sd]?:?\s+\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?|AM|PM)(?:\s+(?:in\s+)?\p{Lu}\p{Ll}+)?(?:,\s*\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?|AM|PM)\s+[A-Z]{2,3})?\)?)\s*[-–—:]?\s*(?=\p{Lu})/u;

/** "It was reported that", "It is there that", "It is unclear whether": an empty "it" before the news. */
const EMPTY_IT = /^It\s+(?:(?:is|was|has been|had been)\s+(?:reported|announced|confirmed|learned|learnt)\s+that\s+|(?:is|was)\s+(?:there|then|here)\s+(?:[-–—]{1,2}\s[^-–—"“”]{1,200}\s[-–—]{1,2}\s+)?that\s+(?=\S)|(?:is|was|remains|remained)\s+(?=(?:unclear|not clear|uncertain|not known|unknown)\s+(?:whether|if|who|what|how|why|when|where)\b))/;

/**
 * "Its chief lobbyist in Florida, Marion Hammer, called ...", "His brother Corey Morgan vowed ...": a
 * pronoun's description of the person the sentence names, who is the subject.
 */
const POSSESSIVE_DESCRIPTION = /^(?:His|Her|Its|Their)\s+(?:[^,"“”]{2,60},\s+((?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w.'’-]*),|(?:[a-z][\w-]*(?<!ed|s)\s+){1,2}((?:[A-Z][\w.'’-]*\s+){1,2}[A-Z][\w.'’-]*))\s+(?=(?:[a-z]{2,}ed|said|says|told|has|had|was|is|will|would|could|can|may)\b)/;

/** A draft without a pronoun's description of its named subject; the same draft when there is none. */
export function dropPossessiveDescription(draft: string): string {
  const m = POSSESSIVE_DESCRIPTION.exec(draft);
  // The description is a noun phrase, no clause: not "Her upgraded condition was announced after Giffords'
  // husband, Mark Kelly, said ...".
  if (!m || /\b(?:is|are|was|were|has|have|had|be|been|after|before|when|while|said|says|that|which|who)\b/.test(m[0].slice(0, m[0].length - (m[1] ?? m[2] ?? '').length - 2))) return draft;
  return `${m[1] ?? m[2]} ${draft.slice(m[0].length)}`;
}

function dropEmptyIt(s: string): string {
  const m = EMPTY_IT.exec(s);
  return m && s.length - m[0].length >= 20 ? s.slice(m[0].length) : s;
}

/** An appositive of the subject up to 150 characters ("Pacitti, the goalkeeper for ... and a clerical worker at ..., was"). */
const LONG_APPOSITIVE = /^((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*),\s+(?:who|which|the|a|an|an?\s+\d+-year-old)\s[^,"“”]{3,150},\s+(?=[a-z])/;
/** ", bowing to pressure from ..., said": a participle's aside after the subject (headline mode). */
const PARTICIPLE_ASIDE = /,\s+(?:who|which|[a-z]{3,}ing)\s[^,"“”]{3,120},\s+(?=[a-z])/y;
/** Words that hold "of" to them: "because of", "instead of", "ahead of". */
const OF_HOLDER = /(?:^|\s)(?:because|instead|ahead|out|regardless|front|top|spite|charge|favou?r|inside|outside)\s*$/i;
/** Verbs that hold their preposition: "calling for", "called on" (headline mode). */
const HOLDS_PREPOSITION = new Set(['call', 'calls', 'called']);
/** Participles the cut may leave last, dropped then: "demonstrators calling | for an end" -> "demonstrators". */
const TRAILING_PARTICIPLE = /(?:,\s+[a-z]{3,}ing|\s(?:calling|urging|pressing|pushing|asking|appealing|demanding|seeking|hoping|aiming|trying))$/;
/**
 * A short subject and its aside with no verb yet: "World Health Organisation, bowing to pressure" (a
 * subject of at most six words before the first comma: VERB does not know every verb, "Mubarak stubbornly
 * clung to the presidency, refusing" has one).
 */
function asideWithoutVerb(kept: string): boolean {
  const k = kept.replace(/[\s,]+$/, '');
  const comma = k.indexOf(',');
  return comma > 0 && k.slice(0, comma).split(' ').length <= 6 && !VERB.test(k);
}
/**
 * A clause that stands: not a leading subordinate clause alone ("About two hours after the deadline had
 * passed"), and a verb after any verb that takes a clause or a "that" ("Wyatt said that Mr. Cosby, once an
 * actor" has none; "revelations that Scot Peterson" neither).
 */
function ownVerb(kept: string): boolean {
  if (/^(?:About|After|Before|When|While|As|If|Although|Though|Because|Since|Once|Until|Unless|Whether)\b/.test(kept)) return false;
  // "Mr. Cosby, once a beloved actor and comedian": an aside the cut would leave open.
  if (/,\s+(?:once|a|an|the|who|which|whose|former|now|then|\d)\b[^,]*$/.test(kept)) return false;
  let from = 0;
  SAYS.lastIndex = 0;
  for (let v = SAYS.exec(kept); v; v = SAYS.exec(kept)) from = v.index + v[0].length;
  const that = kept.lastIndexOf(' that ');
  if (that >= 0) from = Math.max(from, that + 6);
  // "No damage was reported": the verb that could take a clause ends it, and is its verb.
  // "said it needs to ...": a pronoun after it is the subject of a verb VERB may not know.
  const rest = kept.slice(from).trim();
  return !rest || /^(?:it|he|she|they|we|i|you)\s+[a-z]/i.test(rest) || VERB.test(rest);
}

/** "World Health Organisation (WHO), bowing to pressure from ..., said": the subject's participle aside. */
const SUBJECT_PARTICIPLE = /^((?:[A-Z][\w.'’-]*\s+){0,5}[A-Z][\w.'’-]*(?:\s+\([A-Z]{2,6}\))?),\s+[a-z]{3,}ing\s[^,"“”]{3,120},\s+(?=[a-z])/;

/** Quotation marks in pairs; a closing single quote nobody opened ("a "sexually violent predator' just") goes. */
function finish(text: string): string {
  let s = balanceQuotes(text);
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
  const lastWord = /([A-Za-z]+)$/.exec(kept)?.[1]?.toLowerCase();
  const endsClause = /^\s*(?:[.;!?]|$|,\s*(?:and|but|while|after|before|when|where|which|who)\b)/.test(right) || right.trim() === '';
  if (endsClause && lastWord && (NEEDS_COMPLEMENT.has(lastWord) || DANGLING.has(lastWord))) return s;
  return s.slice(0, p) + (s[end - 1] === ',' ? ',' : ' ') + right;
}

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
    if (m && s.length - m[0].length >= 25 && !/\b(?:He|She|They|It)\s+$/.test(m[0])) s = s.slice(m[0].length);
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
function opening(text: string, actor: string | null, headline = false): string {
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

/** How often the one-code-unit character `ch` occurs in s: no match array to count. */
function count(s: string, ch: string): number {
  const c = ch.charCodeAt(0);
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === c) n++;
  return n;
}

/** Open quotation or parenthesis at the end of s.slice(0, end): cutting there would break it. */
function inside(s: string, end: number): boolean {
  let straight = 0;
  let curly = 0;
  let paren = 0;
  for (let i = 0; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === 34) straight++;
    else if (c === 0x201c) curly++;
    else if (c === 0x201d) curly--;
    else if (c === 40) paren++;
    else if (c === 41) paren--;
  }
  return straight % 2 === 1 || curly > 0 || paren > 0;
}

// The end-anchored patterns below are read backwards from the end by hand: a regex ending in $ is tried
// at every position from the start of the string.

/** JavaScript's \s: white space and line terminators. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const isLower = (c: number): boolean => c >= 97 && c <= 122;
/** [a-z’'] */
const isWordChar = (c: number): boolean => isLower(c) || c === 0x2019 || c === 39;

/** Start of the run of lowercase ASCII letters ending at `end` (`end` when there is none): /[a-z]+$/. */
function lowerRunStart(s: string, end: number): number {
  let j = end;
  while (j > 0 && isLower(s.charCodeAt(j - 1))) j--;
  return j;
}

/** , ; : ( “ " ‘ — – - and white space. */
const isTrailing = (c: number): boolean =>
  isSpace(c) || c === 44 || c === 59 || c === 58 || c === 40 || c === 0x201c || c === 34 || c === 0x2018 || c === 0x2014 || c === 0x2013 || c === 45;

/** s.replace(/[\s,;:(“"‘—–-]+$/, ''): no trailing punctuation or space a cut leaves. */
function trimTrailing(s: string): string {
  let j = s.length;
  while (j > 0 && isTrailing(s.charCodeAt(j - 1))) {
    // A straight quote that closes a quotation ("were a "significant step"") stays.
    if (s.charCodeAt(j - 1) === 34 && count(s.slice(0, j), '"') % 2 === 0) break;
    j--;
  }
  return j === s.length ? s : s.slice(0, j);
}

/** Words at the end that leave the headline hanging: "as soon as", "on the", "his". */
function trimDangling(s: string): string {
  let t = trimTrailing(s);
  for (let i = 0; i < 6; i++) {
    // /\s([a-z’']+)$/: the last word, lowercase letters and apostrophes, after a space.
    let j = t.length;
    while (j > 0 && isWordChar(t.charCodeAt(j - 1))) j--;
    if (j === t.length || j === 0 || !isSpace(t.charCodeAt(j - 1)) || !DANGLING.has(t.slice(j))) break;
    t = trimTrailing(t.slice(0, j - 1));
  }
  return t;
}

/**
 * A quotation in at most `max` characters: whole, else cut at its first clause boundary when that keeps
 * most of the room, else at a word; a cut quotation always shows "…" (a phrase cut inside a quotation
 * could change what was said: "impossible for anyone" of "impossible for anyone who has mental issues").
 */
export function quoteCut(s: string, max: number): string {
  if (s.length <= max) return s;
  CLAUSE.lastIndex = 0;
  let at = -1;
  for (let m = CLAUSE.exec(s); m && m.index < max; m = CLAUSE.exec(s)) at = m.index;
  const clause = at > 0 ? trimDangling(s.slice(0, at)) : '';
  if (clause.length >= max * 0.6) return `${clause}…`;
  return `${trimDangling(s.slice(0, max - 1).replace(/\s+\S*$/, ''))}…`;
}

/**
 * At most `max` (MAX_TITLE) characters: the main clause, else the longest whole phrase, else the clause
 * before an "and" or "but", else words and "…".
 */
function shorten(s: string, max = MAX_TITLE, headline = false): string {
  const t = shortenCut(s, max, headline);
  // "... clung to the presidency, refusing": a participle the cut left alone after a comma.
  if (!headline) return t;
  const u = t.replace(TRAILING_PARTICIPLE, '').replace(TRAILING_QUANTIFIER, '');
  return u.length >= 20 ? trimDangling(u) : t;
}

function shortenCut(s: string, max: number, headline: boolean): string {
  // The shortest phrase cut worth keeping, and where a phrase boundary may first be: 45 and 35 of 90.
  const minKeep = Math.min(45, Math.round(max / 2));
  const minPhrase = Math.min(35, Math.round(max * 0.4));
  // 1. The first clause boundary that leaves a headline of useful length.
  // exec loops, not matchAll, which clones the regex on every call (nothing else moves these lastIndex).
  CLAUSE.lastIndex = 0;
  for (let m = CLAUSE.exec(s); m; m = CLAUSE.exec(s)) {
    const i = m.index;
    if (i > max) break;
    // Headline mode: the verb must be the clause's own, after any "said (that)" ("Schwartz said that Hassan,
    // who made closing arguments, may appeal": the aside goes, not the verb).
    if (headline ? !ownVerb(s.slice(0, i)) : !VERB.test(s.slice(0, i))) {
      // The subject alone: drop its relative aside and read on to the verb.
      const re = headline ? PARTICIPLE_ASIDE : RELATIVE_ASIDE;
      re.lastIndex = i;
      const aside = re.exec(s);
      if (aside) return shortenCut(`${s.slice(0, i)} ${s.slice(i + aside[0].length)}`, max, headline);
      continue;
    }
    if (i >= 20 && !inside(s, i)) {
      const t = trimDangling(s.slice(0, i));
      if (t.length >= 20) return t;
    }
  }
  // 2. The last phrase boundary (a preposition or relative word) that fits; "of" only when nothing else does,
  // then "and" or "but" ("97 rockets hit Israel | and 99 more were intercepted").
  for (const re of [PHRASE, OF, AND]) {
    let best = -1;
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      const i = m.index;
      if (i > max) break;
      if (i < minPhrase || inside(s, i)) continue;
      if (re === OF && QUANTIFIER_BEFORE.test(s.slice(0, i))) continue;
      // Headline mode: what stays past a comma has a verb ("World Health Organisation, bowing to pressure"),
      // "because | of" and "calling | for" stay together.
      if (headline && (asideWithoutVerb(s.slice(0, i)) || (re === OF && OF_HOLDER.test(s.slice(0, i))) || HOLDS_PREPOSITION.has(/(\S+)$/.exec(s.slice(0, i))?.[1] ?? ''))) continue;
      // "and" ends a clause only when another clause follows ("and 99 more were intercepted"), not a
      // second noun ("a joint North | and South Korean team", "between the Parliament | and the army").
      if (re === AND) {
        const next = s.slice(i + m[0].length);
        // A finite verb within its first four words ("and 99 more were intercepted") or a second verb of
        // the subject ("and closed down whole areas"); not a second object ("and safety issues to determine
        // where it would be", "and eleven collapsed culverts").
        const head = /^(?:[^\s,;:]+\s+){0,3}[^\s,;:]+/.exec(next)?.[0] ?? '';
        if (/^\p{Lu}/u.test(next) || /\bbetween\s+(?:\S+\s+){0,3}\S+$/.test(s.slice(0, i)) || !(FINITE.test(head) || /^[a-z]{2,}ed\b/.test(next))) continue;
        // What stays must have its own verb, after any verb that takes a clause: not "Many believe Mubarak
        // | and his two sons were arrested", but "The army said 97 rockets hit Israel | and 99 more were".
        const kept = s.slice(0, i);
        let from = 0;
        SAYS.lastIndex = 0;
        for (let v = SAYS.exec(kept); v; v = SAYS.exec(kept)) from = v.index + v[0].length;
        if (!VERB.test(kept.slice(from))) continue;
      }
      // "the court case came | on the 13th anniversary": the verb needs what follows.
      const from = lowerRunStart(s, i);
      const last = from < i ? s.slice(from, i) : undefined;
      if (last && (NEEDS_COMPLEMENT.has(last) || /ed$/.test(last) && /^\sby\s/.test(m[0]))) continue;
      best = i;
    }
    if (best >= 0) {
      const t = trimDangling(s.slice(0, best));
      if (t.length >= minKeep) return t;
    }
  }
  // Headline mode: the last comma that leaves a clause with a verb of useful length ("Hamas began to join in
  // the firing itself, | in what some observers believed ...") before a cut with "…".
  if (headline) {
    let best = -1;
    for (let i = s.indexOf(', '); i >= 0 && i <= max; i = s.indexOf(', ', i + 1)) {
      // Not inside a list: "to hospitals, | universities and the United Way".
      const list = /^(?:[\w'’-]+\s){0,2}[\w'’-]+(?:,|\s+(?:and|or)\s)/.test(s.slice(i + 2));
      if (i >= minKeep && !list && !inside(s, i) && ownVerb(s.slice(0, i))) best = i;
    }
    if (best >= 0) {
      const t = trimDangling(s.slice(0, best));
      if (t.length >= minKeep) return t;
    }
  }
  // 3. Whole words, no hanging function word, and a mark that the sentence goes on.
  // A quotation cut open is closed after the mark: “getting really bad dudes out…”.
  let cut = trimDangling(s.slice(0, max - 2).replace(/\s+\S*$/, ''));
  // Headline mode: not a quotation cut after its first word or two (`Kandil's visit "was…"`).
  if (headline) {
    const open = /\s["“](?:[^\s"“”]+|[^\s"“”]+\s([^\s"“”]+))$/.exec(cut);
    if (open && open.index >= minKeep && (!open[1] || DANGLING.has(open[1]))) cut = trimDangling(cut.slice(0, open.index));
  }
  const curly = count(cut, '“') > count(cut, '”');
  const straight = count(cut, '"') % 2 === 1;
  return `${cut}…${curly ? '”' : straight ? '"' : ''}`;
}
