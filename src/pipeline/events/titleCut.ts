/**
 * Cutting a title to at most MAX_TITLE characters at a boundary English marks (title.ts builds the text
 * first): the main clause, else the longest whole phrase, else the clause before an "and" or "but", else
 * whole words and "…"; and a quotation cut so that its words never change meaning.
 */
import rules from './titleRules.en.json' with { type: 'json' };

/** The longest title, in characters (two lines on the axis). */
export const MAX_TITLE = 90;
/** A finite verb somewhere: a clause cut must leave one ("The Los Angeles encampment, which ..." must not). */
export const VERB = /\b(?:is|are|was|were|be|been|has|have|had|will|would|could|can|may|might|must|should|did|does|do|said|says|told|got|gave|made|went|came|took|ran|met|left|won|lost|held|began|became|sat|fled|fell|saw|led|shot|hit|put|set|cut|spoke|wrote|broke|drove|rose|sent|paid|sold|brought|bought|thought|found|kept|felt|stood|heard|meant|built|sought|fought|caught|struck|threw|grew|knew|drew|flew|chose|stole|wore|swore|spent|lent|lost|won|\w{2,}ed)\b/;

// The end-anchored patterns below are read backwards from the end by hand: a regex ending in $ is tried
// at every position from the start of the string.

/** JavaScript's \s: white space and line terminators. */
export function isSpace(c: number): boolean {
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
export function trimDangling(s: string): string {
  let t = trimTrailing(s);
  for (let i = 0; i < 6; i++) {
    // /\s([a-z’']+)$/: the last word, lowercase letters and apostrophes, after a space.
    let j = t.length;
    while (j > 0 && isWordChar(t.charCodeAt(j - 1))) j--;
    if (j === t.length || j === 0 || !isSpace(t.charCodeAt(j - 1)) || !DANGLING.has(t.slice(j))) break;
    const word = t.slice(j);
    t = trimTrailing(t.slice(0, j - 1));
    // "shot about two weeks later": the measure goes with its "later", not left hanging ("shot about two weeks").
    if (word === 'later' || word === 'earlier') t = trimTrailing(t.replace(MEASURE_AT_END, ''));
  }
  return t;
}

/** A span of time at the end: "about two weeks", "a few days", "nearly 40 years", "an hour". */
const MEASURE_AT_END = /\s+(?:(?:about|some|nearly|almost|roughly|around|just|only|barely|more than|less than|over|under)\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|a couple of|several|many|\d+(?:\.\d+)?)\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)$/i;

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
export function shorten(s: string, max = MAX_TITLE, headline = false): string {
  const t = shortenCut(s, max, headline);
  // "... clung to the presidency, refusing": a participle the cut left alone after a comma.
  if (!headline) return t;
  const u = t.replace(TRAILING_PARTICIPLE, '').replace(TRAILING_QUANTIFIER, '');
  const v = u.length >= 20 ? trimDangling(u) : t;
  // "Mali's president was sent into hiding when a group": a subordinate clause the cut left without its
  // verb says nothing; the title ends before it.
  const open = OPEN_CLAUSE.exec(v);
  if (open && open.index >= 20 && !VERB.test(v.slice(open.index)) && s.length > v.length && !/["“”]/.test(v)) return trimDangling(v.slice(0, open.index));
  return v;
}

/** A subordinating word and the subject it opens (a determiner and a word or two), ending the cut title. */
const OPEN_CLAUSE = /[\s,]+(?:when|while|where|although|though|unless|whereas)\s+(?:a|an|the|its|his|her|their|this|that|these|those)\s+(?:\S+\s+){0,1}\S+$/;

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
      // Headline mode: a reported clause keeps its verb ("ElBaradei said that the situation | in Egypt was
      // ..." is no headline; 39 of the 281 Timeline17 titles with "said that" had ended so).
      if (headline && !complementVerb(s.slice(0, i))) continue;
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
  return wordCut(s, max, headline, minKeep);
}

/**
 * Whole words, no hanging function word, and a mark that the sentence goes on (step 3 of shorten, and
 * title.ts's last resort when every boundary would leave the subject without its verb).
 * A quotation cut open is closed after the mark: “getting really bad dudes out…”.
 */
export function wordCut(s: string, max = MAX_TITLE, headline = false, minKeep = Math.min(45, Math.round(max / 2))): string {
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


/** ", one": a quantifier the cut left alone after a comma ("diagnosed in the UK, one | in London"). */
const TRAILING_QUANTIFIER = /,\s+(?:one|two|three|some|most|all|both|each|many|several|none|including)$/;

/** ", bowing to pressure from ..., said": a participle's aside after the subject (headline mode). */
const PARTICIPLE_ASIDE = /,\s+(?:who|which|[a-z]{3,}ing)\s[^,"“”]{3,120},\s+(?=[a-z])/y;

/** Words that hold "of" to them: "because of", "instead of", "ahead of". */
const OF_HOLDER = /(?:^|\s)(?:because|instead|ahead|out|regardless|front|top|spite|charge|favou?r|inside|outside)\s*$/i;

/** Verbs that hold their preposition: "calling for", "called on" (headline mode). */
const HOLDS_PREPOSITION = new Set(['call', 'calls', 'called']);

/** Participles the cut may leave last, dropped then: "demonstrators calling | for an end" -> "demonstrators". */
const TRAILING_PARTICIPLE = /(?:,\s+[a-z]{3,}ing|\s(?:calling|urging|pressing|pushing|asking|appealing|demanding|seeking|hoping|aiming|trying))$/;

/** ", which officials had tolerated for weeks," : an aside after the subject, closed by a comma. */
const RELATIVE_ASIDE = /,\s+(?:who|which)\s[^,"“”]{3,120},\s+(?=[a-z])/y;

const PHRASE = new RegExp(`\\s(?:${rules.phraseBreaks.filter((w) => w !== 'of').join('|')})\\s`, 'g');

const OF = /\s(?:of)\s/g;

const AND = /\s(?:and|but)\s/g;

/** Verbs that take a clause: "said (that) ...", "believe ...". */
const SAYS = /\b(?:said|says|say|told|tells|believe[sd]?|think|thinks|thought|claim(?:s|ed)?|argue[sd]?|insist(?:s|ed)?|found|showed|reported|announced|warned|added|noted|suggested|knew|know|hope[sd]?|fear(?:s|ed)?|expect(?:s|ed)?)\b/g;

const FINITE = /\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|does|said|says)\b/;

const QUANTIFIER_BEFORE = /(?:^|\s)(?:one|some|many|most|all|none|each|part|both|several|any|much|lot|number|couple|series|kind|sort|type|half|third|quarter|percent|dozens|hundreds|thousands|millions|rest|members?|head|chief|secretary|minister|director|department|ministry|office|board|university|court|house|city|state|county|republic)\s*$/i;

export const NEEDS_COMPLEMENT = new Set(rules.needsComplement);

export const DANGLING = new Set(rules.dangling);

const CLAUSE = new RegExp(`,\\s+(?:${rules.clauseBreaks.join('|')}|(?:many|most|some|several|all|one|none) of)\\b|;|\\s[-–—]{1,2}\\s|:\\s(?![“"])`, 'g');

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

/**
 * What follows the last verb that takes a clause ("said", "told ... that") has a verb of its own, or is
 * empty: "ElBaradei said that the situation" has none; "WHO said it expects" and "WHO said" do.
 */
function complementVerb(kept: string): boolean {
  let from = -1;
  let verb = '';
  SAYS.lastIndex = 0;
  for (let v = SAYS.exec(kept); v; v = SAYS.exec(kept)) { from = v.index + v[0].length; verb = v[0]; }
  if (from < 0) return true;
  const after = kept.slice(from);
  const that = /^\s*(?:[^\s,]+\s+){0,3}?that\s+/.exec(after);
  // A clause only after "that", or after "said"/"says" (which take no other object): "reported 250 outbreaks"
  // and "expects the economy to contract" are a verb and its object.
  if (!that && verb !== 'said' && verb !== 'says') return true;
  const rest = (that ? after.slice(that[0].length) : after).trim();
  return !rest || /^(?:it|he|she|they|we|i|you)\s+[a-z]/i.test(rest) || VERB.test(rest);
}

/** How often the one-code-unit character `ch` occurs in s: no match array to count. */
export function count(s: string, ch: string): number {
  const c = ch.charCodeAt(0);
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === c) n++;
  return n;
}

/** Open quotation or parenthesis at the end of s.slice(0, end): cutting there would break it. */
export function inside(s: string, end: number): boolean {
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
