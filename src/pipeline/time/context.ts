/**
 * Tense of the clause around a time expression, from nearby auxiliaries and verb forms, without a
 * parser: in "on Tuesday issued new orders" the nearest marker is "issued" (past); in "will meet on
 * Friday" it is "will" (future). The nearest marker within the sentence wins.
 */
import { LEX } from './lexicon.ts';
import type { Tense } from './functions.ts';

const FUTURE = new Set(LEX.futureMarkers);
const PAST = new Set(LEX.pastMarkers);
const INTENT = new Set(LEX.intentionMarkers);
const RESCHEDULE = new Set(LEX.reschedulingMarkers);
const SCHEDULED = new Set(LEX.scheduledPresent);
/** -ed words that are usually adjectives or future-oriented participles, not past verbs. */
const NOT_PAST = new Set(['scheduled', 'expected', 'planned', 'proposed', 'needed', 'red', 'bed', 'hundred', 'based', 'related', 'united', 'limited', 'detailed', 'advanced', 'interested', 'concerned', 'supposed', 'indeed', 'speed', 'seed', 'feed', 'need', 'shed']);
const WORD = /[A-Za-z']+/g;

const BE = new Set(['is', 'are', 'be', 'being', 'am', "'s"]);
/** Present copulas: in "banks will remain closed until Thursday" the participle is an adjective. */
const COPULA = new Set(['remain', 'remains', 'stay', 'stays', 'seem', 'seems', 'become', 'becomes', 'look', 'looks']);

/**
 * After a determiner, a two-word future cue is a noun phrase: "took aim at the plans to send them back"
 * speaks of plans, it does not put the sentence in the future the way "plans to send" does.
 */
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'these', 'those', 'such']);

/**
 * Quotation marks bound the clause: in "will leave at 4 a.m. Thursday,'' Castro said" the reporting verb
 * after the closing quote dates the saying, not the leaving. Single apostrophes are contractions.
 */
const QUOTE = /``|''|["“”]/g;

function classify(w: string): Tense {
  if (FUTURE.has(w)) return 'future';
  if (PAST.has(w)) return 'past';
  // "markets untouched by the crisis": un- participles are adjectives, not past verbs.
  if (w.length > 4 && w.endsWith('ed') && !NOT_PAST.has(w) && !w.startsWith('un')) return 'past';
  if (w === 'is' || w === 'are' || w === 'am') return 'present';
  return null;
}

/** Index just after the last quotation mark in s, or 0. */
function afterLastQuote(s: string): number {
  let at = 0;
  QUOTE.lastIndex = 0;
  for (let m = QUOTE.exec(s); m; m = QUOTE.exec(s)) at = m.index + m[0].length;
  return at;
}

/**
 * Tense of one word in its neighbourhood. `side` is where the word stands relative to the expression:
 * a planning verb before it dates the planned event ("planned a rally on Saturday": future), while one
 * after it is the planning itself ("On Friday, the government planned to ...": past).
 */
function tenseOf(words: string[], i: number, side: 'left' | 'right'): Tense {
  const w = words[i]!;
  // Most words are no cue at all: skip them before building any bigram.
  if (!CUE_WORDS.has(w) && !w.endsWith('ed')) return null;
  const prev = i > 0 ? words[i - 1]! : '', next = words[i + 1] ?? '';
  let t: Tense;
  // "a dedicated helpline", "the scheduled meeting": an -ed word after a determiner is an adjective.
  if (w.endsWith('ed') && DETERMINERS.has(prev)) return null;
  // "you would have seen", "could have been": a modal perfect looks back.
  if (MODAL_PERFECT.has(w) && next === 'have' && PERFECT_PARTICIPLE.test(words[i + 2] ?? '')) return 'past';
  // "if it returns earlier in the year": an "earlier" that opens another time expression or a
  // comparison is not a past cue.
  if (w === 'earlier' && /^(?:in|this|that|today|than|on)$/.test(next)) return null;
  // "On Friday, the Senate is expected to vote": after a present "be" a plan told after the expression is
  // still ahead (TimeML: the weekday is the planned event's); "On Friday, the government planned to" is past.
  if (INTENT.has(w)) t = side === 'left' || BE_PRESENT.has(prev) ? 'future' : 'past';
  else if (side === 'left' ? FUTURE.has(prev + ' ' + w) && !DETERMINERS.has(words[i - 2] ?? '') : FUTURE.has(w + ' ' + next) && !DETERMINERS.has(prev)) t = 'future';
  // "erupted into the open Wednesday", "the military's start Wednesday": after a determiner or a
  // possessive a timetable verb is a noun.
  else if ((SCHEDULED.has(w) && !NOT_FINITE_BEFORE.has(prev) && !DETERMINERS.has(prev) && !/['’]s$/.test(prev)) || SCHEDULED.has(prev + ' ' + w)) t = 'future';
  else t = classify(w);
  // "is heard", "be held": a passive participle after a present or bare "be" is not a past verb.
  if (t === 'past' && (BE.has(prev) || COPULA.has(prev))) t = 'present';
  // "had been due to expire Friday": a plan in the past perfect was superseded; its time lies behind.
  if (t === 'future' && supersededPlan(words, i)) t = 'past';
  return t;
}

/** After these a timetable verb is no present tense: "to return", "could return home later on Tuesday". */
const NOT_FINITE_BEFORE = new Set(['to', 'could', 'would', 'should', 'might', 'may', 'must', 'can', 'cannot', 'did', 'not', "didn't", "couldn't", "wouldn't"]);
const MODAL_PERFECT = new Set(['would', 'could', 'should', 'might', 'must', 'may']);
/** A past participle after "would have": "seen", "been", "closed" (not "have the vaccine ready"). */
const PERFECT_PARTICIPLE = /^(?:\w+ed|\w+en|been|done|gone|made|had|got|set|put|let|kept|held|left|lost|won|paid|said|told|sold|sent|spent|built|brought|bought|thought|found|heard|run|come|become)$/;

const PLAN = new Set([...LEX.intentionMarkers, 'due', 'set']);

/** Every word that can be a cue alone or as part of a two-word cue ("going to", "kicks off"). */
const CUE_WORDS = new Set([...FUTURE, ...PAST, ...INTENT, ...SCHEDULED, ...BE, ...MODAL_PERFECT, 'is', 'are', 'am'].flatMap((k) => k.split(' ')));

function supersededPlan(words: string[], i: number): boolean {
  const back = words.slice(Math.max(0, i - 4), i + 1);
  const had = back.indexOf('had');
  return had >= 0 && back.slice(had + 1).some((x) => PLAN.has(x));
}

/**
 * Words that open another clause: a verb after them does not govern the expression before them. "that"
 * opens a complement clause: in "warning Wednesday that Mexico would not accept", "would" belongs to
 * what was warned, not to when.
 */
const RELATIVE = new Set(['which', 'who', 'whom', 'whose']);
const CONDITION = new Set(['if', 'unless']);
const REPORTING = new Set(['said', 'says', 'told', 'reported', 'announced', 'added', 'stated', 'warned', 'noted', 'explained', 'insisted', 'argued', 'claimed', 'confirmed', 'wrote', 'believed', 'thought', 'predicted', 'estimated']);
const CLAUSE_OPENERS = new Set(['and', 'but', 'while', 'when', 'after', 'before', 'because', 'although', 'though', 'until', 'that']);
const BE_PRESENT = new Set(['is', 'are', 'am', "'s", "'re"]);

/**
 * "the European Central Bank and the International Monetary Fund plan to meet", "the National Abortion and
 * Reproductive Rights Action League plans": an "and" inside a name, or joining two names, coordinates noun
 * phrases; it opens no clause. Read on the original casing: the word after it (past a "the") is capitalized.
 */
function joinsNames(original: string, at: number): boolean {
  return /^and\s+(?:the\s+)?[A-Z]/.test(original.slice(at)) && /[A-Z][\w.'-]*\s+$/.test(original.slice(0, at));
}

/** Estimate the tense governing the expression at [start, end) of text. */
export function tenseAt(text: string, start: number, end: number): Tense {
  if (/^['’]s\b/.test(text.slice(end, end + 3))) return possessiveTense(text, start, end);
  return clauseTense(text, start, end);
}

/** Strong future markers: "would" is only future-in-the-past and does not move a possessor day. */
const STRONG_FUTURE = /\b(?:will|'ll|shall|going to|upcoming|scheduled|expected)\b/i;

/**
 * "Wednesday's ruling", "Friday's close": a day named as a possessor is one already reported on, even in
 * "they would look for ways around Wednesday's ruling"; but "ahead of Sunday's election" and "will watch
 * Sunday's vote" look forward.
 */
function possessiveTense(text: string, start: number, end: number): Tense {
  const left = text.slice(Math.max(0, start - 40), start);
  if (/\b(?:ahead\s+of|upcoming|in\s+advance\s+of|awaiting|await)\s+(?:the\s+|next\s+|this\s+)?$/i.test(left)) return 'future';
  const t = clauseTense(text, start, end);
  if (t === 'future' && STRONG_FUTURE.test(text.slice(Math.max(0, start - 60), start))) return 'future';
  // "Thursday's hearing will cover four sentences": the possessed thing's own verb looks forward.
  if (/^['’]s\s+(?:[\w-]+\s+){1,3}(?:will|is\s+(?:set|scheduled|expected|due)|are\s+(?:set|scheduled|expected|due))\b/i.test(text.slice(end, end + 80))) return 'future';
  return 'past';
}

const monthMay = (s: string) => s.replace(/\bMay\b/g, 'Mayx');

function clauseTense(text: string, start: number, end: number): Tense {
  let left = text.slice(Math.max(0, start - 100), start);
  let right = text.slice(end, end + 100);
  left = left.slice(afterLastQuote(left));
  QUOTE.lastIndex = 0;
  const q = QUOTE.exec(right);
  if (q) right = right.slice(0, q.index);
  // Stop at sentence or clause boundaries: the governing verb is in the same clause.
  const lcut = Math.max(left.lastIndexOf('. '), left.lastIndexOf('\n'), left.lastIndexOf('; '), left.lastIndexOf('? '));
  // A colon opens what follows ("posed to me on Tuesday: what should we do?").
  const rcut = right.search(/[.;:?!]\s|\n|[.;?!]$/);
  // The month "May" is no modal: "runs from September to May" says nothing of the future.
  const l = monthMay(lcut >= 0 ? left.slice(lcut + 1) : left).toLowerCase();
  const r = monthMay(rcut >= 0 ? right.slice(0, rcut) : right).toLowerCase();
  const lw = l.match(WORD) ?? [];
  const rw = r.match(WORD) ?? [];
  let best: Tense = null;
  let bestDist = Infinity;
  // "postponed until Tuesday", "extended its deadline until 9 a.m. Tuesday": the new time lies ahead.
  if (/^(until|till|to)$/.test(lw[lw.length - 1] ?? '') && lw.slice(-10).some((w, i, a) => RESCHEDULE.has(w) || RESCHEDULE.has(a[i - 1] + ' ' + w))) return 'future';
  let sawPresent = false;
  for (let i = lw.length - 1, d = 0; i >= 0 && d < 10; i--, d++) {
    // "has ordered vaccine, some doses of which could be available by October": a relative pronoun
    // opens the expression's own clause; the verb before it is another clause's.
    if (RELATIVE.has(lw[i]!)) break;
    // "could be released by Oct. 1 if he is granted parole on Thursday": a condition in the present
    // looks forward.
    if (CONDITION.has(lw[i]!)) { best = 'future'; bestDist = d; break; }
    const t = tenseOf(lw, i, 'left');
    // "Officials said a helpline is opened in the autumn": a present verb nearer than the reporting verb
    // is the expression's own; the saying belongs to the clause above it.
    if (t === 'past' && sawPresent && REPORTING.has(lw[i]!)) break;
    if (t === 'present') sawPresent = true;
    if (t && t !== 'present') { best = t; bestDist = d; break; }
  }
  // "The vote is Sunday, officials said", "the next hearing is on Thursday": a weekday as the predicate
  // of a present copula is the coming one (or today), whatever reports it.
  if (best === null && /^(?:this\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i.test(text.slice(start, end))) {
    const last = lw[lw.length - 1] ?? '', prev = lw[lw.length - 2] ?? '';
    if (/^(?:is|are)$/.test(last) || (last === 'on' && /^(?:is|are)$/.test(prev))) return 'future';
  }
  // "talks supposed to conclude by May, invited Sinn Fein": once the clause has a verb before the
  // expression, a comma after it closes that clause.
  const rlimit = best && /^[^,]*,/.test(r) ? (r.slice(0, r.indexOf(',')).match(WORD) ?? []).length : rw.length;
  const rOrig = rcut >= 0 ? right.slice(0, rcut) : right;
  const rAt: number[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(rOrig); m; m = WORD.exec(rOrig)) rAt.push(m.index);
  // "the March 3 vote", "a Tuesday meeting": after a determiner the expression modifies the word that
  // follows it, a noun, not a timetable verb ("the council votes Tuesday").
  const attributive = DETERMINERS.has(lw[lw.length - 1] ?? '');
  for (let i = 0; i < rlimit && i < 10 && i < bestDist; i++) {
    if (CLAUSE_OPENERS.has(rw[i]!) && !(rw[i] === 'and' && joinsNames(rOrig, rAt[i]!))) break;
    if (i === 0 && attributive && SCHEDULED.has(rw[0]!)) continue;
    const t = tenseOf(rw, i, 'right');
    if (t && t !== 'present') { best = t; break; }
  }
  // "Cyprus has until Monday to raise the money", "must decide by Friday": a deadline with no tense
  // cue in its clause lies ahead.
  if (best === null) {
    const last = lw[lw.length - 1] ?? '', prev = lw[lw.length - 2] ?? '';
    if (/^(?:until|till|by)$/.test(last)) return 'future';
    // "closed through Wednesday", "stop work beginning on Friday", "starting Monday": the end or start of
    // a stretch named by its weekday, with no tense cue, lies ahead.
    const weekday = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|the\s+weekend)\b/i.test(text.slice(start, end));
    if (weekday && (last === 'through' || /^(?:starting|beginning)$/.test(last) || (last === 'on' && /^(?:starting|beginning)$/.test(prev)))) return 'future';
  }
  // "have been closed until at least Thursday", "will stay shut until Monday": a state that still holds,
  // or holds until a day named with "at least", lasts into the days ahead.
  const last = lw[lw.length - 1] ?? '';
  const until = last === 'until' || last === 'till' ? lw.length - 1 : last === 'least' && lw[lw.length - 2] === 'at' && /^(?:until|till)$/.test(lw[lw.length - 3] ?? '') ? lw.length - 3 : -1;
  if (until >= 0 && (last === 'least' || /\b(?:has|have|will|remain|remains|stay|stays|is|are)\s+(?:\w+\s+){0,2}$/.test(lw.slice(Math.max(0, until - 4), until).join(' ') + ' '))) return 'future';
  return best;
}
