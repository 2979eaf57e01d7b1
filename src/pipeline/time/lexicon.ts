/**
 * Loads the English lexicon (rules/en/lexicon.json) once and turns each table into a regex alternation
 * for the pattern macros: {MONTH} becomes "(?<month>september|sept\.|sept|...)" longest-first, so
 * "Sept. 30" is read as "Sept." + "30" and never as "Sep" + "t. 30".
 */
import lexiconJson from './rules/en/lexicon.json' with { type: 'json' };

export interface Lexicon {
  month: Record<string, number>;
  weekday: Record<string, number>;
  number: Record<string, number>;
  vague: Record<string, string>;
  ordinal: Record<string, number>;
  unit: Record<string, string>;
  season: Record<string, string>;
  partOfDay: Record<string, string>;
  decadeWord: Record<string, number>;
  holiday: Record<string, string>;
  setAdverb: Record<string, string>;
  futureMarkers: string[];
  pastMarkers: string[];
  /** Verbs of planning or rescheduling: they point forward from the verb to the time they govern. */
  intentionMarkers: string[];
  /** Verbs that move a time: with "until" they point forward ("postponed until Tuesday"). */
  reschedulingMarkers: string[];
  /** Present-tense verbs of timetabled events: "the summit opens Monday" is a coming Monday. */
  scheduledPresent: string[];
}

export const LEX: Lexicon = lexiconJson as unknown as Lexicon;

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Alternation of the keys, longest first, spaces matching any run of whitespace ("a couple of"). */
export function alternation(keys: Iterable<string>): string {
  return [...keys]
    .sort((a, b) => b.length - a.length)
    .map((k) => escapeRe(k).replace(/ /g, '\\s+').replace(/-/g, '[\\s-]'))
    .join('|');
}

/** Lexicon lookup tolerant of case and inner whitespace: "Sept." and "sept." are one key. */
export function lookup<T>(table: Record<string, T>, surface: string): T | undefined {
  const k = surface.toLowerCase().replace(/\s+/g, ' ').replace(/-/g, '-');
  return table[k] ?? table[k.replace(/-/g, ' ')] ?? table[k.replace(/ /g, '-')];
}

const UNITS_WORDS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ONES = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/**
 * Parse a spelled or written count: "24" -> 24, "twenty-four" -> 24, "a" -> 1, "2 1/2" -> 2.5,
 * "a few" -> 'X'. Returns null when the text is not a count.
 */
export function parseCount(raw: string): number | 'X' | null {
  const s = raw.toLowerCase().trim().replace(/\s+/g, ' ');
  if (s in LEX.vague) return 'X';
  let m = /^(\d+)(?:\s+(\d)\/(\d))?$/.exec(s);
  if (m) return +m[1]! + (m[2] ? +m[2] / +m[3]! : 0);
  if (/^\d+\.\d+$/.test(s)) return +s;
  if (s.replace(/,/g, '').match(/^\d+$/)) return +s.replace(/,/g, '');
  const direct = LEX.number[s];
  if (direct !== undefined) return direct;
  m = /^(\w+)[\s-](\w+)$/.exec(s);
  if (m && UNITS_WORDS.includes(m[1]!) && ONES.includes(m[2]!)) return LEX.number[m[1]!]! + LEX.number[m[2]!]!;
  // "two thousand", "three hundred", "a few thousand" (vague)
  m = /^(.+?) (hundred|thousand)$/.exec(s);
  if (m) {
    const n = parseCount(m[1]!);
    if (n === 'X') return 'X';
    if (typeof n === 'number' && n >= 1 && n < 1000) return n * (m[2] === 'hundred' ? 100 : 1000);
  }
  m = /^(.+?) and a half$/.exec(s);
  if (m) {
    const n = parseCount(m[1]!);
    return typeof n === 'number' ? n + 0.5 : n;
  }
  return null;
}

/** Spoken or written year: "1997", "'98" -> 1998, "nineteen ninety-seven" -> 1997, "two thousand" -> 2000. */
export function parseYear(raw: string): number | null {
  const s = raw.toLowerCase().trim().replace(/\s+/g, ' ');
  let m = /^(\d{4})$/.exec(s);
  if (m) return +m[1]!;
  m = /^[''’](\d{2})$/.exec(s);
  if (m) return +m[1]! <= 30 ? 2000 + +m[1]! : 1900 + +m[1]!;
  m = /^two thousand(?:(?: and)? (.+))?$/.exec(s);
  if (m) {
    const rest = m[1] ? parseCount(m[1]) : 0;
    return typeof rest === 'number' && Number.isInteger(rest) && rest < 100 ? 2000 + rest : null;
  }
  m = /^(\w+(?:[\s-]\w+)?) (hundred(?: and)? )?(.+)$/.exec(s);
  if (m) {
    const hi = parseCount(m[1]!);
    const lo = m[3] === 'hundred' ? 0 : parseCount(m[3]!);
    if (typeof hi === 'number' && typeof lo === 'number' && hi >= 10 && hi <= 20 && lo < 100 && Number.isInteger(lo)) {
      if (!m[2] && lo < 10 && !/^oh /.test(m[3]!)) return null;
      return hi * 100 + lo;
    }
  }
  return null;
}
