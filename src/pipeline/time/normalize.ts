/**
 * Reads a rule's captured groups into the canonical pieces its value template needs: "Sept." -> "09",
 * "twenty-four" -> "24", "last" -> "-1", "1990s" -> "199", "3:21 PM" -> "15:21". Returns null when a piece
 * is not what it seems ("may" in lower case is the verb, "the 99th" is no day), which drops the match.
 */
import { LEX, lookup, parseCount, parseYear } from './lexicon.ts';
import { pad } from './value.ts';

/** Lower-case forms that are ordinary words: the month or weekday reading needs a capital ("May 5"). */
const NEEDS_CAPITAL = new Set(['may', 'march', 'mar.', 'sat.', 'sun.', 'wed.', 'jan', 'sep', 'dec', 'aug', 'sept', 'apr', 'feb', 'nov', 'oct', 'jun.', 'jul.', 'jun', 'jul', 'mar', 'sat', 'sun', 'mon.', 'fri.', 'thu.', 'tue.']);

function capitalized(s: string): boolean {
  return s[0] !== undefined && s[0] !== s[0].toLowerCase();
}

const REL: Record<string, string> = {
  'this past': '-1', 'this coming': '1', this: '0', last: '-1', next: '1', past: '-1', coming: '1',
  previous: '-1', following: '1', current: '0', preceding: '-1', prior: '-1',
};

function normalizeOne(kind: string, raw: string): string | null {
  const low = raw.toLowerCase().replace(/\s+/g, ' ');
  switch (kind) {
    case 'MONTH': case 'MONTHFULL': {
      if (NEEDS_CAPITAL.has(low) && !capitalized(raw)) return null;
      const m = lookup(LEX.month, low);
      return m ? pad(m) : null;
    }
    case 'MONTHNUM': return +raw >= 1 && +raw <= 12 ? pad(+raw) : null;
    case 'DAY': case 'DAYNUM': {
      const n = /^\d/.test(low) ? parseInt(low, 10) : lookup(LEX.ordinal, low);
      return n !== undefined && n >= 1 && n <= 31 ? pad(n) : null;
    }
    case 'YEAR2': case 'YEARTAIL': return String(+raw <= 30 ? 2000 + +raw : 1900 + +raw);
    case 'YEAR': case 'YEAR4': {
      const y = parseYear(low);
      return y !== null ? String(y) : null;
    }
    case 'WEEKDAY': {
      if (NEEDS_CAPITAL.has(low) && !capitalized(raw)) return null;
      const w = lookup(LEX.weekday, low);
      return w ? String(w) : null;
    }
    case 'NUM': {
      const n = parseCount(low.replace(/-/g, ' ').replace(/ (?=\d\/)/, ' '));
      if (n === null) {
        const n2 = parseCount(low);
        return n2 === null ? null : String(n2);
      }
      return String(n);
    }
    case 'UNIT': case 'CALUNIT': case 'CALUNIT2': return lookup(LEX.unit, low) ?? null;
    case 'SEASON': return lookup(LEX.season, low) ?? null;
    case 'PART': return lookup(LEX.partOfDay, low) ?? null;
    case 'QNUM': return low;
    case 'ORD': return { '1st': '1', first: '1', '2nd': '2', second: '2', '3rd': '3', third: '3', '4th': '4', fourth: '4' }[low] ?? null;
    case 'HALF': return { first: '1', '1st': '1', second: '2', '2nd': '2', last: '2' }[low] ?? null;
    case 'REL': return REL[low] ?? null;
    case 'DECADE': {
      const w = lookup(LEX.decadeWord, low);
      if (w !== undefined) return '19' + w;
      const m = /^(\d{4})/.exec(low) ?? /(\d)0/.exec(low);
      if (!m) return null;
      return m[1]!.length === 4 ? m[1]!.slice(0, 3) : (+m[1]! <= 2 ? '20' : '19') + m[1];
    }
    case 'CENT': {
      const n = /^\d+/.exec(low)?.[0];
      const c = n ? +n : low.startsWith('twenty') ? 21 : ({ twentieth: 20, nineteenth: 19, eighteenth: 18 } as Record<string, number>)[low];
      return c ? pad(c - 1) : null;
    }
    case 'HOLIDAY': return lookup(LEX.holiday, low) ?? null;
    case 'SETADV': return lookup(LEX.setAdverb, low) ?? null;
    case 'HOUR': case 'MIN': case 'AMPM': return low;
    default: return low;
  }
}

/** "3", "21", "pm" -> "15:21"; "12 a.m." -> "00:00"; hours past 12 with "p.m." are rejected. */
function clock(hour: string | undefined, min: string | undefined, ampm: string | undefined): string | null {
  if (hour === undefined) return null;
  let h = +hour;
  const mm = min === undefined ? 0 : +min;
  if (ampm) {
    const pm = /^p|afternoon|evening|night/i.test(ampm);
    // "14:07 PM": a 24-hour clock with a redundant PM is still 14:07.
    if (pm && h > 12 && h < 24) return `${pad(h)}:${pad(mm)}`;
    // "00:36 am": a 24-hour clock with a redundant AM.
    if (!pm && h === 0) return `00:${pad(mm)}`;
    if (h < 1 || h > 12) return null;
    if (pm && h < 12) h += 12;
    if (!pm && h === 12) h = 0;
  }
  if (h > 24 || mm > 59) return null;
  return `${pad(h)}:${pad(mm)}`;
}

/** Normalize all groups of a match; null if any piece is invalid. Absent optional groups map to "". */
export function normalizeGroups(kinds: Map<string, string>, groups: Record<string, string | undefined>): Record<string, string> | null {
  const out: Record<string, string> = {};
  for (const [name, kind] of kinds) {
    const raw = groups[name];
    if (raw === undefined) { out[name] = ''; continue; }
    const v = normalizeOne(kind, raw);
    if (v === null) return null;
    out[name] = v;
  }
  if (kinds.has('hour')) {
    const hm = clock(groups.hour, groups.min, groups.ampm);
    if (hm === null) return null;
    out.hm = hm;
  }
  return out;
}

/**
 * Fill {name} placeholders. "{year|year2|this(dct,year)}" takes the first captured alternative; an
 * alternative that is not a group of the rule is a literal fallback ("{r|tense}" -> "tense").
 */
export function fill(template: string, vals: Record<string, string>): string {
  return template.replace(/\{([^{}]+)\}/g, (_a, names: string) => {
    for (const n of names.split('|')) {
      if (!(n in vals)) return n;
      if (vals[n] !== '') return vals[n]!;
    }
    return '';
  });
}
