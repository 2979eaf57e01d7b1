/**
 * Tagging: runs every compiled rule over the text, keeps the longest non-overlapping matches, joins
 * adjacent pieces ("10 p.m." + "Wednesday"), widens extents by value-neutral modifiers ("early" + "next
 * year") and returns expressions whose values are still unresolved calls such as "wd(dct,2,tense)".
 */
import modifiers from './rules/en/modifiers.json' with { type: 'json' };
import type { Rule, TimexType } from './patterns.ts';
import { EDGE_BEFORE, REGEX_TRIGGERS, RULES, TRIGGERS, TRIGGER_WORDS_RE, triggerClasses } from './patterns.ts';
import { fill, normalizeGroups } from './normalize.ts';

/** A tagged expression before resolution. */
export interface Tagged {
  start: number;
  end: number;
  type: TimexType;
  /** Value expression with unresolved parts, e.g. "wd(dct,2,tense)" or "2017-02-24". */
  expr: string;
  /** Clock or part-of-day suffix to attach to the resolved day: "T15:21", "TMO". */
  tod?: string;
  rule: string;
  priority: number;
  /** A blocking match: it wins its span but is not output ("$2 million a year"). */
  drop?: boolean;
}

interface Prefix { re: RegExp; only: string[]; needsDeictic?: boolean; needsCount?: boolean; needsExpr?: RegExp; notExpr?: RegExp }

const PREFIXES: Prefix[] = modifiers.prefixes.map((p) => ({
  ...p, re: new RegExp('(?<![\\w])(?:' + p.re + ')$', 'i'), needsExpr: 'needsExpr' in p ? new RegExp(p.needsExpr as string) : undefined, notExpr: 'notExpr' in p ? new RegExp(p.notExpr as string) : undefined,
}));
const TIME_DAY = new RegExp(modifiers.merge.timeDaySeparator, 'i');
const DAY_TIME = new RegExp(modifiers.merge.dayTimeSeparator, 'i');
const WD_DATE = new RegExp(modifiers.merge.weekdayDateSeparator, 'i');

/** How far a match may reach left and right of its trigger keyword ("the next 12 to 18 [months]"). */
const LEFT = 48, RIGHT = 36;

function addWindow(out: number[], start: number, end: number, n: number): void {
  const s = Math.max(0, start - LEFT), e = Math.min(n, end + RIGHT);
  if (out.length && s <= out[out.length - 1]!) out[out.length - 1] = Math.max(e, out[out.length - 1]!);
  else out.push(s, e);
}

/**
 * Merged windows around every occurrence of every trigger class, as [start, end) pairs per class: one
 * literal-alternation pass for the word classes (TRIGGER_WORDS_RE), one regex pass for each of the few others.
 */
function allWindows(text: string): Map<string, number[]> {
  const wins = new Map<string, number[]>();
  const get = (cls: string) => { let w = wins.get(cls); if (!w) { w = []; wins.set(cls, w); } return w; };
  TRIGGER_WORDS_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TRIGGER_WORDS_RE.exec(text)) !== null) {
    const classes = triggerClasses(m[0]);
    if (classes) for (const c of classes) addWindow(get(c), m.index, m.index + m[0].length, text.length);
  }
  for (const cls of REGEX_TRIGGERS) {
    const re = TRIGGERS[cls]!;
    const w = get(cls);
    re.lastIndex = 0;
    while ((m = re.exec(text)) !== null) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      addWindow(w, m.index, m.index + m[0].length, text.length);
    }
  }
  return wins;
}

function matchRule(rule: Rule, text: string, out: Tagged[], wins: Map<string, number[]>): void {
  if (!rule.triggerClass) { scan(rule, text, 0, text, out); return; }
  const w = wins.get(rule.triggerClass) ?? [];
  for (let i = 0; i < w.length; i += 2) scan(rule, text.slice(w[i]!, w[i + 1]!), w[i]!, text, out);
}

/** Run one rule over a piece of the text that starts at `offset`; checks use the whole text. */
function scan(rule: Rule, piece: string, offset: number, text: string, out: Tagged[]): void {
  rule.re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = rule.re.exec(piece)) !== null) {
    if (m[0].length === 0) { rule.re.lastIndex++; continue; }
    const start = m.index + offset, end = start + m[0].length;
    if (end < text.length && /\w/.test(text[end]!)) continue;
    if (start > 0 && EDGE_BEFORE.test(text[start - 1]!) && !/^['’]/.test(m[0])) { rule.re.lastIndex = m.index + 1; continue; }
    if (rule.after && rule.after.test(text.slice(end, end + 40))) continue;
    if (rule.afterCase && rule.afterCase.test(text.slice(end, end + 40))) continue;
    if (rule.before && rule.before.test(text.slice(Math.max(0, start - 40), start))) continue;
    if (rule.beforeRequired && !rule.beforeRequired.test(text.slice(Math.max(0, start - 40), start))) continue;
    const vals = normalizeGroups(rule.kinds, m.groups ?? {});
    if (!vals) continue;
    // An optional group left empty leaves trailing empty arguments ("md(06,03,,)"): drop them.
    const t: Tagged = { start, end, type: rule.type, expr: fill(rule.value, vals).replace(/,+\)/g, ')'), rule: rule.id, priority: rule.priority ?? 0 };
    if (rule.tod) t.tod = fill(rule.tod, vals);
    if (rule.drop) t.drop = true;
    out.push(t);
  }
}

/** Longest match wins; ties go to the higher priority, then to the earlier rule. */
function select(cands: Tagged[], n: number): Tagged[] {
  cands.sort((a, b) => (b.end - b.start) - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
  const taken = new Uint8Array(n + 1);
  const out: Tagged[] = [];
  for (const c of cands) {
    let free = true;
    for (let i = c.start; i < c.end; i++) if (taken[i]) { free = false; break; }
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    out.push(c);
  }
  return out.sort((a, b) => a.start - b.start);
}

const isClock = (t: Tagged) => t.rule.startsWith('clock');
const isDay = (t: Tagged) => !t.tod && t.type === 'DATE' && /^(wd|md|shift\(dct,day|this\(dct,day|\d{4}-\d\d-\d\d$|hol)/.test(t.expr);
const isWeekday = (t: Tagged) => /^wd\(/.test(t.expr) && !t.tod;
const isFullDate = (t: Tagged) => /^(md\(|\d{4}-\d\d-\d\d$)/.test(t.expr) && !t.tod;

const DAY_OFF = /\bthe\s+day\s+(before|after)\s+$/i;

/**
 * "Monday, March 26": a year-less date keeps its weekday, md(03,26,1), so that resolution can pick the
 * year in which the two agree.
 */
function withWeekday(dateExpr: string, weekdayExpr: string): string {
  const md = /^md\((\d+),(\d+)(?:,,(\d{4}))?\)$/.exec(dateExpr);
  const wd = /^wd\(dct,([1-7]),/.exec(weekdayExpr);
  return md && wd ? `md(${md[1]},${md[2]},${wd[1]}${md[3] ? ',' + md[3] : ''})` : dateExpr;
}

/** Join "10 p.m." + "Wednesday", "Feb 24 2017" + "3:21 PM", "Saturday" + "April 25". */
function merge(tags: Tagged[], text: string): Tagged[] {
  const out: Tagged[] = [];
  for (let i = 0; i < tags.length; i++) {
    let a = tags[i]!;
    let merged = false;
    // A clock has one date: once joined to a full date ("Tuesday 1 February 2005 02.38 GMT"), it takes no
    // other ("On September 4 1967, ..." opening the next sentence had made the page's stamp 1967's); joined to
    // a weekday, the weekday's date may follow ("10 p.m. on Monday, May 4, 2009").
    let hasDay = isFullDate(a);
    // Joins chain: "Saturday" + "25 April 2009" + "23.24 BST".
    for (let b = tags[i + 1]; b; b = tags[i + 1]) {
      const gap = text.slice(a.end, b.start);
      let joined: Tagged | null = null;
      if (isClock(a) && isDay(b) && !hasDay && TIME_DAY.test(gap)) joined = { ...a, end: b.end, expr: b.expr, type: 'TIME' };
      else if (isDay(a) && isClock(b) && DAY_TIME.test(gap)) joined = { ...b, start: a.start, expr: a.expr, type: 'TIME' };
      else if (isWeekday(a) && isFullDate(b) && WD_DATE.test(gap)) joined = { ...b, start: a.start, expr: withWeekday(b.expr, a.expr) };
      if (!joined) break;
      if (isFullDate(b)) hasDay = true;
      a = joined;
      merged = true;
      i++;
    }
    if (merged) { out.push(a); continue; }
    // "the day before last Tuesday", "the day after Christmas": one day off a named day.
    if (isDay(a) && !a.tod) {
      const m = DAY_OFF.exec(text.slice(Math.max(0, a.start - 24), a.start));
      if (m) { out.push({ ...a, start: a.start - m[0].length, expr: `dshift(${a.expr},${/before/i.test(m[1]!) ? -1 : 1})` }); continue; }
    }
    out.push(a);
  }
  return out;
}

const DEICTIC = /^(wd|this|shift|qref|weekend|ref)\(/;
const COUNTED = /^(dur|ago|earlier|later)\(|^P/;

/** Widen extents by value-neutral modifiers ("the end of", "early", "about"). */
function widen(tags: Tagged[], text: string): void {
  let prevEnd = 0;
  for (const t of tags) {
    for (let round = 0; round < 2; round++) {
      const left = text.slice(Math.max(prevEnd, t.start - 40), t.start);
      let grown = false;
      for (const p of PREFIXES) {
        if (!p.only.includes(t.type)) continue;
        if (p.needsDeictic && !DEICTIC.test(t.expr)) continue;
        if (p.needsCount && !COUNTED.test(t.expr)) continue;
        if (p.needsExpr && !p.needsExpr.test(t.expr)) continue;
        if (p.notExpr && p.notExpr.test(t.expr)) continue;
        const m = p.re.exec(left);
        if (m && m[0].length) { t.start -= m[0].length; grown = true; break; }
      }
      if (!grown) break;
    }
    prevEnd = t.end;
  }
}

const POSSESSIVE = /^(?:its|their|his|her|our|my|your)\s+/i;

/**
 * A possessive determiner is no part of a TIMEX3 extent: "for its [fourth quarter]", "of his [three
 * decades] in power". Rules may match it as context; the extent starts after it.
 */
function trimPossessive(t: Tagged, text: string): void {
  const m = POSSESSIVE.exec(text.slice(t.start, Math.min(t.end, t.start + 8)));
  if (m && t.start + m[0].length < t.end) t.start += m[0].length;
}

/** Find the time expressions of a text, values unresolved. */
export function tag(text: string): Tagged[] {
  const cands: Tagged[] = [];
  const wins = allWindows(text);
  for (const rule of RULES) matchRule(rule, text, cands, wins);
  const tags = merge(select(cands, text.length).filter((t) => !t.drop), text);
  widen(tags, text);
  for (const t of tags) trimPossessive(t, text);
  return tags;
}
