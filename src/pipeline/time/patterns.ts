/**
 * Compiles the rule files (rules/en/*.json) into regexes, once, at module load. A rule pattern uses
 * macros such as {MONTH} or {NUM:n2}; each becomes a named group whose kind tells the normalizer how to
 * read it ("Sept." -> "09"). Every regex is bounded by word edges so "May" in "Mayor" never matches.
 */
import { LEX, alternation } from './lexicon.ts';
import dates from './rules/en/dates.json' with { type: 'json' };
import periods from './rules/en/periods.json' with { type: 'json' };
import relative from './rules/en/relative.json' with { type: 'json' };
import anaphora from './rules/en/anaphora.json' with { type: 'json' };
import durations from './rules/en/durations.json' with { type: 'json' };
import times from './rules/en/times.json' with { type: 'json' };
import sets from './rules/en/sets.json' with { type: 'json' };
import refs from './rules/en/refs.json' with { type: 'json' };

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** One worked example of a rule, run by the generic rule test. */
export interface RuleExample {
  text: string;
  dct: string | null;
  /** Expected timexes in the text (all of them), by surface text. */
  expect: { text: string; value: string; type?: TimexType }[];
}

/** A rule as written in JSON. */
export interface RuleSpec {
  id: string;
  type: TimexType;
  pattern: string;
  /** Value expression (see resolve.ts), with {group} placeholders. */
  value: string;
  /** Time-of-day part ("T{hm}") for rules that name a clock time; merged with an adjacent day. */
  tod?: string;
  /** Reject the match when the text right after it matches this regex. */
  notFollowedBy?: string;
  /** Like notFollowedBy, but case-sensitive: "March on Washington" (a name) but not "in March for talks". */
  notFollowedByCase?: string;
  /** Reject the match when the text right before it matches this regex (anchored at its end). */
  notPrecededBy?: string;
  /** Keep the match only when the text right before it matches this regex. */
  precededBy?: string;
  /** Keyword regex every match contains (e.g. "ago"): the rule only scans windows around it. */
  trigger?: string;
  /** Higher wins among equally long overlapping matches. */
  priority?: number;
  /** Block the span without tagging it. */
  drop?: boolean;
  /** Match the pattern case-sensitively (names: "the Daily Mail"). */
  caseSensitive?: boolean;
  note?: string;
  examples: RuleExample[];
}

export interface Rule extends RuleSpec {
  re: RegExp;
  /** Keyword class every match contains; the rule only scans windows around its occurrences. */
  triggerClass?: string;
  kinds: Map<string, string>;
  after?: RegExp;
  afterCase?: RegExp;
  before?: RegExp;
  beforeRequired?: RegExp;
}

const HOLIDAYS = alternation(Object.keys(LEX.holiday));
const ORD_WORDS = alternation(Object.keys(LEX.ordinal).filter((k) => k !== 'last'));
const NUM_WORDS = alternation([...Object.keys(LEX.number), ...Object.keys(LEX.vague)]);
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const ONES = 'one|two|three|four|five|six|seven|eight|nine';
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';

/** Macro bodies (without the group); the key is the kind. */
const MACROS: Record<string, string> = {
  MONTH: alternation(Object.keys(LEX.month)),
  MONTHNUM: '1[0-2]|0?[1-9]',
  DAY: `(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?|${ORD_WORDS}`,
  DAYNUM: '[12]\\d|3[01]|0?[1-9]',
  YEAR: `1[6-9]\\d\\d|20\\d\\d|['’]\\d\\d|(?:nineteen|twenty)[\\s-](?:hundred(?:\\s+and)?\\s+)?(?:(?:${TENS})(?:[\\s-](?:${ONES}))?|${TEENS})|two\\s+thousand(?:(?:\\s+and)?\\s+(?:(?:${TENS})(?:[\\s-](?:${ONES}))?|${TEENS}|${ONES}))?`,
  YEAR4: '1[6-9]\\d\\d|20\\d\\d',
  YEAR2: '\\d\\d',
  // The second year of a span written short: "2008-9", "1998-99" (its century from the first: YEAR2's rule).
  YEARTAIL: '\\d\\d?',
  MONTHFULL: 'january|february|march|april|may|june|july|august|september|october|november|december|sept\\.|(?:jan|feb|aug|sep|oct|nov|dec)\\.(?!\\s*\\d)',
  CALUNIT: 'week|month|year|decade|century|quarter',
  CALUNIT2: 'day|week|month|year|decade|century|quarter|night',
  WEEKDAY: alternation(Object.keys(LEX.weekday)),
  NUM: `(?:\\d+(?:,\\d{3})*(?:\\.\\d+)?(?:\\s+1/2)?|(?:${TENS})[\\s-](?:${ONES})|${NUM_WORDS})(?:\\s+(?:hundred|thousand)(?![\\w-]))?`,
  // "a quarter of the shares", "a second suspect": these units only count in explicit rules.
  UNIT: alternation(Object.keys(LEX.unit).filter((k) => !k.startsWith('quarter') && k !== 'second')),
  SEASON: alternation(Object.keys(LEX.season)),
  PART: alternation(Object.keys(LEX.partOfDay)),
  ORD: `[1-4](?:st|nd|rd|th)|first|second|third|fourth`,
  QNUM: '[1-4]',
  HALF: `first|second|1st|2nd|last`,
  REL: `this\\s+past|this\\s+coming|this|last|next|past|coming|previous|following|current|preceding|prior`,
  DECADE: `1[6-9]\\d0['’]?s|20\\d0['’]?s|['’]?[1-9]0['’]?s|${alternation(Object.keys(LEX.decadeWord))}`,
  CENT: `1[0-9](?:th)|2[01](?:st|th)|twentieth|nineteenth|eighteenth|twenty-first|twenty\\s+first`,
  HOUR: '1[0-9]|2[0-4]|0?[0-9]',
  MIN: '[0-5]\\d',
  AMPM: '[ap]\\.?\\s?m\\b\\.?',
  HOLIDAY: HOLIDAYS,
  SETADV: alternation(Object.keys(LEX.setAdverb)),
  TZ: '(?:[ECMP][SD]?T|GMT|UTC|IST|BST|CET|EET|JST|HKT|SGT|AEST|AEDT)\\b',
};

/** Characters that may not precede a match: "May" in "Mayor" no, "1990" in "$1990" no. */
export const EDGE_BEFORE = /[\w$£€'’]/;
const EDGE_AFTER = '(?![\\w]|[.,]\\d)';

/**
 * Keyword classes that make a rule worth trying: a rule that needs a unit word ("three [days] ago") is
 * only run near unit words. Scanning every position with a pattern that starts with a number alternation
 * is what makes naive taggers slow.
 */
export const TRIGGERS: Record<string, RegExp> = {
  MONTH: new RegExp(`\\b(?:${MACROS.MONTH})`, 'gi'),
  WEEKDAY: new RegExp(`\\b(?:${MACROS.WEEKDAY})`, 'gi'),
  UNIT: new RegExp(`\\b(?:${alternation(Object.keys(LEX.unit))})`, 'gi'),
  SEASON: new RegExp(`\\b(?:${MACROS.SEASON})`, 'gi'),
  PART: new RegExp(`\\b(?:${MACROS.PART})`, 'gi'),
  AMPM: new RegExp(MACROS.AMPM!, 'gi'),
};
/**
 * Trigger classes made only of plain words are found in one tokenizing pass: lower-cased word -> classes.
 * "quarters" finds "quarter" (a trailing s is tried off), "Sept." finds "sept".
 */
export const WORD_TRIGGERS = new Map<string, string[]>();
/** Trigger classes that need their own regex pass (digits, punctuation, multi-word). */
export const REGEX_TRIGGERS = new Set<string>();

function registerTrigger(cls: string, words: string[] | null): void {
  if (!words) { REGEX_TRIGGERS.add(cls); return; }
  for (const w of words) {
    const k = w.toLowerCase().replace(/\.$/, '');
    const list = WORD_TRIGGERS.get(k) ?? [];
    if (!list.includes(cls)) list.push(cls);
    WORD_TRIGGERS.set(k, list);
  }
}

/** Words of a trigger: the last word of each lexicon key or alternative, or null if not plain words. */
function triggerWords(keys: string[]): string[] | null {
  const out: string[] = [];
  for (const k of keys) {
    const last = k.split(/[\s-]+/).pop()!.replace(/\\\.$|\.$/, '');
    if (!/^[A-Za-z]+$/.test(last)) return null;
    out.push(last);
  }
  return out;
}

registerTrigger('MONTH', triggerWords(Object.keys(LEX.month)));
registerTrigger('WEEKDAY', triggerWords(Object.keys(LEX.weekday)));
registerTrigger('UNIT', triggerWords(Object.keys(LEX.unit)));
registerTrigger('SEASON', triggerWords(Object.keys(LEX.season)));
registerTrigger('PART', triggerWords(Object.keys(LEX.partOfDay)));
// "a.m." tokenizes as "a" + "m", "10pm" as "pm": the word "m" (rare otherwise) finds the spelled forms.
registerTrigger('AMPM', ['am', 'pm', 'm']);

const TRIGGER_OF: Record<string, string> = {
  MONTH: 'MONTH', MONTHFULL: 'MONTH', WEEKDAY: 'WEEKDAY', UNIT: 'UNIT', CALUNIT: 'UNIT', CALUNIT2: 'UNIT', SEASON: 'SEASON', PART: 'PART', AMPM: 'AMPM',
};

/** Split a pattern at its top-level "|" (outside groups and classes). */
function topLevelBranches(src: string): string[] {
  const out: string[] = [];
  let depth = 0, cls = false, cur = '';
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\') { cur += c + (src[i + 1] ?? ''); i++; continue; }
    if (cls) { if (c === ']') cls = false; }
    else if (c === '[') cls = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) { out.push(cur); cur = ''; continue; }
    cur += c;
  }
  out.push(cur);
  return out;
}

/** The trigger class present in every top-level branch of the pattern, if any. */
function triggerOf(pattern: string): string | undefined {
  const branches = topLevelBranches(pattern);
  const classes = Object.keys(TRIGGERS);
  return classes.find((cls) => branches.every((b) => [...b.matchAll(/\{([A-Z0-9]+)/g)].some((m) => TRIGGER_OF[m[1]!] === cls)));
}

function compile(spec: RuleSpec): Rule {
  const kinds = new Map<string, string>();
  const body = spec.pattern.replace(/\{([A-Z0-9]+)(?::(\w+))?\}/g, (_all, kind: string, name?: string) => {
    const macro = MACROS[kind];
    if (macro === undefined) throw new Error(`rule ${spec.id}: unknown macro ${kind}`);
    if (kind === 'TZ') return `(?:${macro})`;
    const group = name ?? kind.toLowerCase();
    if (kinds.has(group)) throw new Error(`rule ${spec.id}: group ${group} used twice`);
    kinds.set(group, kind);
    return `(?<${group}>${macro})`;
  });
  // The left edge is checked in code (see tag.ts): a leading lookbehind would stop V8 from skipping
  // quickly to the characters a match can start with, which triples the scan time.
  const rule: Rule = { ...spec, re: new RegExp('(?:' + body + ')' + EDGE_AFTER, spec.caseSensitive ? 'g' : 'gi'), kinds };
  const trig = spec.trigger !== undefined ? spec.trigger : triggerOf(spec.pattern);
  if (trig) {
    rule.triggerClass = trig;
    if (!TRIGGERS[trig]) {
      TRIGGERS[trig] = new RegExp(`(?:${trig})`, 'gi');
      registerTrigger(trig, triggerWords(trig.split('|')));
    }
  }
  if (spec.notFollowedBy) rule.after = new RegExp('^(?:' + spec.notFollowedBy + ')', 'i');
  if (spec.notFollowedByCase) rule.afterCase = new RegExp('^(?:' + spec.notFollowedByCase + ')');
  if (spec.notPrecededBy) rule.before = new RegExp('(?:' + spec.notPrecededBy + ')$', 'i');
  if (spec.precededBy) rule.beforeRequired = new RegExp('(?:' + spec.precededBy + ')$', 'i');
  return rule;
}

/** All rule specs, in file order (dates first: absolute forms outrank relative ones on ties). */
export const RULE_SPECS: RuleSpec[] = [dates, periods, times, relative, anaphora, refs, durations, sets].flatMap(
  (file) => (file as { rules: RuleSpec[] }).rules,
);

/** Compiled rules, built once. */
export const RULES: Rule[] = RULE_SPECS.map(compile);

/**
 * WORD_TRIGGERS keyed by the surface forms a tokenizer meets, so the scan neither lower-cases nor slices
 * each word: "day", "Day", "DAY" and the plurals "days", "Days", "DAYS" all map to the classes of "day".
 */
export const WORD_LOOKUP = new Map<string, string[]>();

/**
 * One regex over the text finds every trigger word (with an optional plural s) between non-letters, as a
 * tokenizer would: V8 scans a literal alternation natively, three times faster than splitting the text
 * into words and looking each up.
 */
export let TRIGGER_WORDS_RE = /(?!)/g;
for (const [k, classes] of WORD_TRIGGERS) {
  const forms = [k, k[0]!.toUpperCase() + k.slice(1), k.toUpperCase()];
  const plurals = k.length + 1 > 3 ? [k + 's', forms[1] + 's', forms[2] + 'S'] : [];
  for (const f of [...forms, ...plurals]) {
    const list = WORD_LOOKUP.get(f) ?? [];
    for (const c of classes) if (!list.includes(c)) list.push(c);
    WORD_LOOKUP.set(f, list);
  }
}
TRIGGER_WORDS_RE = new RegExp(`(?<![A-Za-z])(?:${alternation([...WORD_TRIGGERS.keys()])})s?(?![A-Za-z])`, 'gi');

/** Classes of a trigger word as found in the text, whatever its case: "TUESDAYS" -> WEEKDAY. */
export function triggerClasses(word: string): string[] | undefined {
  const hit = WORD_LOOKUP.get(word);
  if (hit) return hit;
  const low = word.toLowerCase();
  return WORD_LOOKUP.get(low) ?? (low.length > 3 && low.endsWith('s') ? WORD_TRIGGERS.get(low.slice(0, -1)) : undefined);
}
