/**
 * Headlines for sentences that open with a quotation: “It’s a military operation,” Mr Trump said at the
 * White House. -> Mr Trump: “It’s a military operation”. The speaker is the name the same sentence gives
 * right after the quotation ("..., Mr Trump said", "..., said State Department spokesman Mark Toner",
 * "..., Scott, a Republican, said", "..., the prosecutor, Mustafa Suleiman, told"), or the person a
 * "he said"/"she said" certainly stands for (the caller's word, from names.ts). Nobody named and no
 * certain person: no speaker title (the caller keeps the sentence's own cut or another sentence).
 * Every word comes from the sentence; the quotation is cut at a sentence, clause or phrase boundary.
 */
import words from './lexicon.en.json' with { type: 'json' };
import { dropDateline, dropDiscourse } from './clause.ts';
import { LEADING_MARK, untokenize } from './headlineText.ts';
import { MAX_TITLE, quoteCut } from './titleCut.ts';
import { isOrganization, placeKind } from './places.ts';

/** A sentence led by a quotation: what is quoted and who the sentence says said it. */
export interface QuoteLead {
  /** The quotation's words, without its marks and its closing comma or full stop. */
  body: string;
  /** The opening and closing marks as the sentence has them. */
  open: string;
  close: string;
  /** The speaker's name as the sentence writes it after the quotation, or null. */
  speaker: string | null;
  /** "he said" / "she said" after the quotation: the caller may know who that is. */
  pronoun: 'he' | 'she' | null;
  /**
   * Nobody named, but someone described: "..., an officer said over a loudspeaker", "..., said one of the
   * signers", "..., the statement continued" -> "An officer", "One of the signers", "The statement".
   */
  described?: string | null;
}

const VERBS = [...new Set([...words.reportingVerbs, 'continued', 'yelled', 'shouted', 'wrote', 'tweeted', 'added'])].sort((a, b) => b.length - a.length).join('|');
const ADVERB = '(?:(?:also|later|then|again|once|further|simply|quietly|firmly)\\s+)?';
/** A capitalised word of a name ("Hae-sung", "O'Neill", "Cmdr.") or an Arabic article-joined one ("al-Tahtawi"). */
const TOKEN = "(?:\\p{Lu}[\\p{L}\\p{M}.'’-]*|(?:al|el)-\\p{L}+)";
const JOIN = '(?:de|da|du|van|von|der|bin|ibn|la|le)';
const NAME = `${TOKEN}(?:\\s+(?:${JOIN}\\s+)?${TOKEN}){0,5}`;
const ROLES = new Set([...words.titles.filter((t) => !t.includes(' ')), 'police', 'party', 'state', 'city', 'county', 'school', 'union', 'group', 'campaign', 'company', 'team', 'hockey', 'women’s', 'women\'s', 'men’s', 'men\'s', 'health', 'foreign', 'interior', 'defense', 'defence']);
const ROLE = `(?:${[...ROLES].sort((a, b) => b.length - a.length).join('|')})`;
/** A name with its title: "Unesco head Irina Bokova", "San Bernardino police Lt. Mike Madden". */
const TITLED_NAME = `${TOKEN}(?:\\s+(?:(?:${ROLE}|${JOIN})\\s+){0,3}${TOKEN}){0,6}`;
/** ", he said", ", she added". */
const PRONOUN_AFTER = new RegExp(`^[\\s,]*(he|she)\\s+${ADVERB}(?:${VERBS})\\b`, 'u');
/** ", Mr Trump said", ", LAPD Cmdr. Andy Smith said". */
const NAME_VERB = new RegExp(`^[\\s,]*(${TITLED_NAME})\\s+${ADVERB}(?:${VERBS})\\b`, 'u');
/** ", longtime friend Tom Scotto told": one or two lowercase words that describe the named speaker. */
const DESCRIBED_NAME_VERB = new RegExp(`^[\\s,]*((?:[a-z][\\w’'-]*\\s+){1,2})(${TITLED_NAME})\\s+${ADVERB}(?:${VERBS})\\b`, 'u');
/** Words that make the lowercase run something other than a description ("a source close to Minister X said"). */
const NOT_DESCRIPTION = /\b(?:to|of|for|with|by|from|at|in|on|about|close|near|and|or|he|she|it|they|we|said|says|told|according)\b/;
/** ", Scott, a Republican, said", ", Sidney Grandberry, who owns the garage ..., said". */
const NAME_ASIDE_VERB = new RegExp(`^[\\s,]*(${NAME}),\\s+[^,"“”]{1,90},\\s+${ADVERB}(?:${VERBS})\\b`, 'u');
/** ", the prosecutor, Mustafa Suleiman, told", ", Boone-Doty’s mother, Michelle Doty, told". */
const ASIDE_NAME_VERB = new RegExp(`^[\\s,]*[^,"“”]{1,40},\\s+(${NAME}),\\s+${ADVERB}(?:${VERBS})\\b`, 'u');
/** ", said " then the speaker's words: "said Egyptian President Mohammed Morsy." */
const VERB_FIRST = new RegExp(`^[\\s,]*(?:${VERBS})\\s+`, 'u');
/** A described speaker: an article or "one of the", then a few words, no pronoun, no relative clause. */
const DESCRIBED = '(?:an?|the|one of the|one of its|some of the|several)\\s+[\\p{L}][\\p{L}\\p{M}\\s\'’-]{1,48}?';
/** ", an officer said", ", a doctor at al-Shifa Hospital said". */
const DESCRIBED_VERB = new RegExp(`^[\\s,]*(${DESCRIBED})\\s+${ADVERB}(?:${VERBS})\\b`, 'iu');
/** ", said one of the signers." (to the end of the sentence or a comma). */
const VERB_DESCRIBED = new RegExp(`^[\\s,]*(?:${VERBS})\\s+(${DESCRIBED})\\s*(?:[.,]|$)`, 'iu');
const NOT_DESCRIBED = /\b(?:he|she|it|they|we|i|you|his|her|its|their|our|my|who|which|that|whose|when|where|if|and|or|but|as|because|said|says|told)\b/i;
const WORD_RUN = /^[^\s,.;:!?"“”()]+(?:\.(?=\s+\p{Lu}))?/u;
const CAPITAL = new RegExp(`^${TOKEN}$`, 'u');
/** Capitalised words that are no one: days, months, pronouns, determiners. */
const NOT_NAME = new Set(
  ('Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August ' +
    'September October November December He She It They We I You The A An This That These Those His Her Its Their Our My ' +
    'Reuters AFP AP').split(' '),
);
const SENTENCE_END = /[.!?]["”’]?\s+(?=["“‘]?\p{Lu})/u;

/** The quotation a sentence opens with and who the sentence says said it; null when it opens otherwise. */
export function quoteLead(sentence: string): QuoteLead | null {
  const s = dropDiscourse(dropDateline(sentence.trim()));
  const open = s.charAt(0);
  if (open !== '"' && open !== '“') return null;
  const close = open === '“' ? '”' : '"';
  const end = s.indexOf(close, 1);
  if (end < 0) return null;
  const body = s.slice(1, end).trim().replace(/[\s,.;:]+$/, '');
  // A title or a nickname in quotation marks ("The Juice" could be ...) is not a quotation; a short one
  // is when someone is said to say it ("I'm amazed," Powers said).
  const n = body.split(/\s+/).length;
  if (n < 2) return null;
  const after = s.slice(end + 1);
  const p = PRONOUN_AFTER.exec(after);
  const lead: QuoteLead = p
    ? { body, open, close, speaker: null, pronoun: p[1] === 'she' ? 'she' : 'he' }
    : { body, open, close, speaker: speakerAfter(after), pronoun: null };
  if (!lead.speaker && !lead.pronoun) lead.described = describedAfter(after);
  return n >= 4 || lead.speaker || lead.pronoun || lead.described ? lead : null;
}

/** The words that describe who said it when nobody is named ("an officer"), capitalised; else null. */
function describedAfter(after: string): string | null {
  const m = DESCRIBED_VERB.exec(after) ?? VERB_DESCRIBED.exec(after);
  if (!m) return null;
  const d = m[1]!.trim();
  if (NOT_DESCRIBED.test(d) || d.split(/\s+/).length > 7) return null;
  return d.charAt(0).toUpperCase() + d.slice(1);
}

/** The speaker's name in the words after a quotation, or null (nobody named: "an officer said"). */
function speakerAfter(after: string): string | null {
  for (const re of [NAME_VERB, NAME_ASIDE_VERB, ASIDE_NAME_VERB]) {
    const m = re.exec(after);
    if (m && isName(m[1]!)) return m[1]!;
  }
  const d = DESCRIBED_NAME_VERB.exec(after);
  if (d && !NOT_DESCRIPTION.test(d[1]!) && isName(d[2]!)) return d[2]!;
  const v = VERB_FIRST.exec(after);
  if (!v) return null;
  // "said State Department spokesman Mark Toner": capitalised words and role nouns, ending on a capital.
  const run: string[] = [];
  let rest = after.slice(v[0].length);
  for (let i = 0; i < 8; i++) {
    const w = WORD_RUN.exec(rest);
    if (!w) break;
    const word = w[0];
    if (!CAPITAL.test(word) && !ROLES.has(word.toLowerCase()) && !new RegExp(`^${JOIN}$`).test(word)) break;
    run.push(word);
    rest = rest.slice(word.length);
    if (!/^\s+\S/.test(rest)) break;
    rest = rest.replace(/^\s+/, '');
  }
  while (run.length && !CAPITAL.test(run[run.length - 1]!)) run.pop();
  const name = run.join(' ');
  return name && isName(name) ? name : null;
}

/** At least one capitalised word that is a name, not a day, a pronoun or an agency. */
function isName(words: string): boolean {
  const ws = words.split(/\s+/);
  return ws.some((w) => CAPITAL.test(w) && !NOT_NAME.has(w.replace(/[.’']+$/, ''))) && !NOT_NAME.has(ws[0]!);
}

/**
 * "<speaker>: “<quotation>”" in at most MAX_TITLE characters: the whole quotation, else its first sentence,
 * else cut at a clause or phrase boundary with "…". Null when the speaker leaves too little room.
 */
export function speakerTitle(speaker: string, lead: Pick<QuoteLead, 'body' | 'open' | 'close'>): string | null {
  const room = MAX_TITLE - speaker.length - 4;
  if (room < 30) return null;
  // "And I encourage ...", "But respecting ...": a connective tying the quotation to what came before.
  let body = lead.body.replace(/^(?:And|But|So)\s+(?=\S)/, '');
  body = body.charAt(0).toUpperCase() + body.slice(1);
  if (body.length > room) {
    const first = body.split(SENTENCE_END)[0]!.replace(/[\s,.;:]+$/, '');
    body = first.length >= 20 && first.length <= room ? first : quoteCut(first.length >= 20 ? first : body, room);
  }
  // "... and indignity _ from the palace": a dash (or its typewriter underscore) the cut left at the end.
  return `${speaker}: ${lead.open}${body.replace(/[\s,;:_—–-]+(…?)$/, '$1')}${lead.close}`;
}

/**
 * A broadcast transcript's speaker label: "BURNS: You know, I thought ...", "SAMEH SHOUKRY, EGYPTIAN
 * AMBASSADOR TO U.S.: Mr. Blitzer, ...", "COOPER (voice-over): ...". `speaker` is the name as a reader writes
 * it ("Burns", "Sameh Shoukry"), null for a label that names nobody ("UNIDENTIFIED MALE"); `body` is what
 * follows the label. A page's own labels ("UPDATE:", "VIDEO:") and a place ("CAIRO:") are no speaker: null.
 */
export function transcriptLine(sentence: string): { speaker: string | null; body: string } | null {
  // "(COMMERCIAL BREAK) KURTZ: Bill O'Reilly said ...": a stage direction the sentence splitter left before the label.
  const t = sentence.trim().replace(LEADING_MARK, '');
  // A label opens with two capitals (or a capital and a mark). Untokenizing never makes a capital of a first
  // character that is none, and never touches a second character that is a lower-case letter: most
  // sentences are no label, and are not untokenized to find that out.
  if (!startsLikeLabel(t)) return null;
  const s = untokenize(t);
  const m = LABEL.exec(s);
  if (!m) return null;
  const name = m[1]!;
  if (!/[A-Z]{3}/.test(name) || PAGE_LABELS.has(name)) return null;
  // Initials keep their capitals: "P.J. CROWLEY" is "P.J. Crowley".
  const speaker = name.split(/\s+/).map((w) => (/^(?:[A-Z]\.)+$/.test(w) ? w : w.charAt(0) + w.slice(1).toLowerCase())).join(' ');
  if (placeKind(speaker) || isOrganization(speaker)) return null;
  const body = s.slice(m[0].length).replace(/[\s,.;:]+$/, '');
  if (body.length < 10) return null;
  return { speaker: NOBODY.test(name) ? null : speaker, body };
}

/** An all-capitals name (up to four words), an optional "(voice-over)", an optional ", ROLE (via telephone)", a colon. */
const LABEL = /^([A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,3})(?:\s*\([^()]{0,30}\))?(?:,\s+[A-Z][A-Z0-9 .,'’&-]{2,80}?)?(?:\s*\([^()]{0,30}\))?:\s+(?=\S)/;
const PAGE_LABELS = new Set(['UPDATE', 'UPDATED', 'BREAKING', 'BREAKING NEWS', 'VIDEO', 'PHOTOS', 'PHOTO', 'WATCH', 'NOTE', "EDITOR'S NOTE", 'EDITOR’S NOTE', 'RELATED', 'READ MORE', 'MORE', 'LIVE', 'ANALYSIS', 'OPINION', 'EXCLUSIVE', 'CLICK', 'SOURCE', 'SOURCES', 'ALSO', 'CORRECTION', 'ADVERTISEMENT', 'GRAPHIC', 'MAP', 'AUDIO', 'TRANSCRIPT', 'QUESTION', 'ANSWER', 'Q', 'A']);
/** Labels for a voice the transcript does not name. */
const NOBODY = /^(?:UNIDENTIFIED|UNKNOWN|CROWD|GROUP|VOICE|MAN|WOMAN|MALE|FEMALE|PROTESTERS?|DEMONSTRATORS?)\b/;

/** [A-Z] then not [a-z]: what LABEL's first two characters need, read before untokenizing. */
function startsLikeLabel(t: string): boolean {
  const a = t.charCodeAt(0);
  if (!(a >= 65 && a <= 90)) return false;
  const b = t.charCodeAt(1);
  return !(b >= 97 && b <= 122);
}
