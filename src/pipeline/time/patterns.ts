/**
 * Compiles the rule files (rules/en/*.json) into regexes, once, at module load. A rule pattern uses
 * macros such as {MONTH} or {NUM:n2}; each becomes a named group whose kind tells the normalizer how to
 * read it ("Sept." -> "09"). Every regex is bounded by word edges so "May" in "Mayor" never matches.
 */
import { LEX, alternation } from './lexicon.ts';
import dates from './rules/en/dates.json' with { type: 'json' };
import relative from './rules/en/relative.json' with { type: 'json' };
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
  /** Reject the match when the text right before it matches this regex (anchored at its end). */
  notPrecededBy?: string;
  /** Keep the match only when the text right before it matches this regex. */
  precededBy?: string;
  /** Higher wins among equally long overlapping matches. */
  priority?: number;
  /** Block the span without tagging it. */
  drop?: boolean;
  note?: string;
  examples: RuleExample[];
}

export interface Rule extends RuleSpec {
  re: RegExp;
  kinds: Map<string, string>;
  after?: RegExp;
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
  MONTHFULL: 'january|february|march|april|may|june|july|august|september|october|november|december|sept\\.',
  CALUNIT: 'week|month|year|decade|century|quarter',
  CALUNIT2: 'day|week|month|year|decade|century|quarter|night',
  WEEKDAY: alternation(Object.keys(LEX.weekday)),
  NUM: `\\d+(?:,\\d{3})*(?:\\.\\d+)?(?:\\s+1/2)?|(?:${TENS})[\\s-](?:${ONES})|${NUM_WORDS}`,
  // "a quarter of the shares", "a second suspect": these units only count in explicit rules.
  UNIT: alternation(Object.keys(LEX.unit).filter((k) => !k.startsWith('quarter') && k !== 'second')),
  SEASON: alternation(Object.keys(LEX.season)),
  PART: alternation(Object.keys(LEX.partOfDay)),
  ORD: `[1-4](?:st|nd|rd|th)|first|second|third|fourth`,
  HALF: `first|second|1st|2nd|last`,
  REL: `this\\s+past|this\\s+coming|this|last|next|past|coming|previous|following|current|preceding|prior`,
  DECADE: `1[6-9]\\d0['’]?s|20\\d0['’]?s|['’]?[1-9]0['’]?s|${alternation(Object.keys(LEX.decadeWord))}`,
  CENT: `1[0-9](?:th)|2[01](?:st|th)|twentieth|nineteenth|eighteenth|twenty-first|twenty\\s+first`,
  HOUR: '1[0-9]|2[0-4]|0?[0-9]',
  MIN: '[0-5]\\d',
  AMPM: '[ap]\\.?\\s?m\\b\\.?',
  HOLIDAY: HOLIDAYS,
  SETADV: alternation(Object.keys(LEX.setAdverb)),
  TZ: '(?:[ECMP][SD]T|GMT|UTC|IST|BST|CET|EET|JST|HKT|SGT|AEST|AEDT)\\b',
};

const EDGE_BEFORE = "(?<![\\w$£€'’])";
const EDGE_AFTER = '(?![\\w]|[.,]\\d)';

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
  const rule: Rule = { ...spec, re: new RegExp(EDGE_BEFORE + '(?:' + body + ')' + EDGE_AFTER, 'gi'), kinds };
  if (spec.notFollowedBy) rule.after = new RegExp('^(?:' + spec.notFollowedBy + ')', 'i');
  if (spec.notPrecededBy) rule.before = new RegExp('(?:' + spec.notPrecededBy + ')$', 'i');
  if (spec.precededBy) rule.beforeRequired = new RegExp('(?:' + spec.precededBy + ')$', 'i');
  return rule;
}

/** All rule specs, in file order (dates first: absolute forms outrank relative ones on ties). */
export const RULE_SPECS: RuleSpec[] = [dates, times, relative, refs, durations, sets].flatMap(
  (file) => (file as { rules: RuleSpec[] }).rules,
);

/** Compiled rules, built once. */
export const RULES: Rule[] = RULE_SPECS.map(compile);
