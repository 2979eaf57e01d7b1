/**
 * People and organizations named in a sentence, and one spelling per entity across the story: "Kelly",
 * "Mr Kelly" and "John Kelly" all become "John Kelly"; "US Homeland Security Secretary John Kelly" names
 * the person after the title; "OJ Simpson", "O.J. Simpson" and "Orenthal James "O.J." Simpson" are one
 * person. Capitalised word runs, not a trained recogniser, with a gazetteer (places.ts) that tells places
 * ("Mexico City", "Las Vegas") and peoples ("Latin American") from actors.
 */
import { STOPWORDS, TITLES } from './lexicon.ts';
import { isDemonym, isOrganization, placeKind, TIME_ZONES } from './places.ts';

/**
 * The words of a sentence, as the regex /[\p{Lu}][\p{L}'’.-]*|[\p{Ll}][\p{L}'’-]*|\S/gu would cut them: a
 * capitalised word (periods kept: "O.J."), a lowercase word, else any one non-space code point. (The join
 * words "of", "de", ... are lowercase words like any other.) Scanned by hand: that regex allocated a match
 * object and a string per token, and most tokens (lowercase words, punctuation) need neither.
 */
const TOK_CAP = 1;
const TOK_LOWER = 2;
const TOK_OTHER = 3;
/** Character classes of a code point: bits of the three below, and of white space (\s). */
const C_LU = 1;
const C_LL = 2;
const C_L = 4;
const C_SPACE = 8;
const classes = new Map<number, number>();
function classOf(cp: number): number {
  if (cp < 128) {
    if (cp >= 65 && cp <= 90) return C_LU | C_L;
    if (cp >= 97 && cp <= 122) return C_LL | C_L;
    return cp === 32 || (cp >= 9 && cp <= 13) ? C_SPACE : 0;
  }
  let c = classes.get(cp);
  if (c === undefined) {
    // Rare: the same Unicode properties the regex used, asked once per code point.
    const ch = String.fromCodePoint(cp);
    c = (/\p{Lu}/u.test(ch) ? C_LU : 0) | (/\p{Ll}/u.test(ch) ? C_LL : 0) | (/\p{L}/u.test(ch) ? C_L : 0) | (/\s/u.test(ch) ? C_SPACE : 0);
    classes.set(cp, c);
  }
  return c;
}
/** Code units of a code point: 2 for a surrogate pair. */
const width = (cp: number): number => (cp > 0xffff ? 2 : 1);
const CAP = /^[\p{Lu}]/u;
const SINGLE_CAP = /^[\p{Lu}]\.?$/u;
const POSSESSIVE = /['’]s$/;
const FAMILY = /^famil(?:y|ies)$/;
const ALL_CAPS = /^[A-Z]{2,}$/;
const FINAL_DOT = /\.$/;
const JOIN = new Set(['of', 'de', 'del', 'la', 'van', 'von', 'bin', 'al', 'da', 'dos', 'du', 'le']);
const CALENDAR = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$/;
/** Words that make a run an organization or a place rather than a person. */
const NOT_PERSON = /\b(?:Department|House|Court|Board|Committee|Center|Centre|Council|Ministry|Office|Agency|Party|University|Church|Hospital|Prison|Facility|Station|Police|Army|Force|News|Times|Post|Press|Association|Organization|Organisation|Union|Nations|States|Kingdom|Republic|City|County|Township|Street|Island|Bank|Company|Corp|Inc|Group|Institute|Service|Services|Security|Government|Administration|Congress|Senate|Parliament|Assembly|Commission|Federation|League|Games|Hall|Fame|Correctional|Highlands|Trophy|Award|Awards|Net|Worth)\b/;
/** Initials keep their periods: "O.J.", "T.", "U.S." (a sentence-final "Lovelock." does not). */
const INITIALS = /^(?:\p{Lu}\.)+$|^\p{Lu}\.\p{Lu}$/u;
/** Honorifics that tell a person's gender. */
const MALE = new Set(['mr', 'sir', 'lord', 'king', 'prince']);
const FEMALE = new Set(['mrs', 'ms', 'miss', 'dame', 'lady', 'queen', 'princess']);
/** "his ex-wife Nicole Brown Simpson": a kinship noun right before a name tells its gender. */
const KIN_MALE = new Set(['husband', 'ex-husband', 'son', 'brother', 'father', 'boyfriend', 'widower', 'grandfather', 'uncle', 'nephew', 'stepfather', 'stepson']);
const KIN_FEMALE = new Set(['wife', 'ex-wife', 'daughter', 'sister', 'mother', 'girlfriend', 'widow', 'grandmother', 'aunt', 'niece', 'stepmother', 'stepdaughter']);
/** "Orenthal James "O.J." Simpson": the name the story uses is the nickname and the surname. */
const NICKNAME = /(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}["“]((?:\p{Lu}\.?){1,3}|\p{Lu}[\p{L}'’-]+)["”]\s+(?=\p{Lu})/gu;

export type NameKind = 'person' | 'org' | 'place' | 'other';

/** One name as found: the words, whether it looks like a person (title before it, or two plain names). */
export interface NameMention {
  name: string;
  person: boolean;
  /** Person, organization, place (gazetteer or place head word), or other (demonyms are dropped). */
  kind: NameKind;
  /** Offset of the name's first word in the sentence. */
  at: number;
  /** 'm' or 'f' when an honorific or a kinship noun right before it says so ("Mr Kelly", "his wife Ann Lee"). */
  gender?: 'm' | 'f';
  /** The name is a family ("the Goldman family"): not the person. */
  modifier?: boolean;
  /** The name is a possessive ("Cosby’s trial"): involved, but not the doer. */
  possessive?: boolean;
}

const kinds = new Map<string, NameKind>();

export function kindOf(name: string, person: boolean): NameKind {
  const key = person ? `+${name}` : name;
  let k = kinds.get(key);
  if (k === undefined) {
    if (kinds.size >= 1 << 16) kinds.clear();
    kinds.set(key, (k = computeKind(name, person)));
  }
  return k;
}

function computeKind(name: string, person: boolean): NameKind {
  if (placeKind(name)) return 'place';
  if (isOrganization(name)) return 'org';
  if (person) return 'person';
  return 'other';
}

/** What namesIn needs of a capitalised word; the same few thousand words recur in every story. */
interface CapWord {
  /** Without a sentence-final period ("Lovelock." -> "Lovelock"); initials keep theirs ("O.J."). */
  bare: string;
  /** A title ("Secretary", "Mr."): a name follows. */
  title: boolean;
  /** The gender a title tells. */
  gender?: 'm' | 'f';
  /** A calendar word or a time zone: never part of a name. */
  calendar: boolean;
}
const capWords = new Map<string, CapWord>();

function capWord(t: string): CapWord {
  let w = capWords.get(t);
  if (w === undefined) {
    if (capWords.size >= 1 << 16) capWords.clear();
    const bare = t.endsWith('.') && !INITIALS.test(t) ? t.slice(0, -1) : t;
    const lower = bare.toLowerCase().replace(FINAL_DOT, '');
    w = { bare, title: TITLES.has(lower), calendar: CALENDAR.test(bare) || TIME_ZONES.has(bare) };
    if (w.title && MALE.has(lower)) w.gender = 'm';
    else if (w.title && FEMALE.has(lower)) w.gender = 'f';
    capWords.set(t, w);
  }
  return w;
}

/** What flush reads off a run's words alone; the same runs ("John Kelly", "Mexico City") recur all story long. */
interface RunName {
  /** The words, without a possessive 's. */
  name: string;
  possessive: boolean;
  /** Not a calendar word, a lone initial, a demonym or a time zone. */
  keep: boolean;
  /** No organization or place head word ("Department", "City"). */
  mayBePerson: boolean;
  /** Two to four capitalised words, none an acronym (but a two-letter first initial: "OJ Simpson"). */
  looksPerson: boolean;
}
const runNames = new Map<string, RunName>();

function runName(run: string[]): RunName {
  // Words have no spaces, so the joined words are the key of the word list.
  const joined = run.join(' ');
  let r = runNames.get(joined);
  if (r === undefined) {
    if (runNames.size >= 1 << 16) runNames.clear();
    const name = joined.replace(POSSESSIVE, '');
    r = {
      name,
      possessive: POSSESSIVE.test(run[run.length - 1]!),
      keep: !CALENDAR.test(name) && !SINGLE_CAP.test(name) && !isDemonym(name) && !TIME_ZONES.has(name),
      mayBePerson: !NOT_PERSON.test(name),
      looksPerson: run.length >= 2 && run.length <= 4 && run.every((t, i) => CAP.test(t) && t.length > 1 && (!ALL_CAPS.test(t) || (i === 0 && run.length === 2 && t.length === 2 && !placeKind(t)))),
    };
    runNames.set(joined, r);
  }
  return r;
}

/** The name being read: its words, the offset of the first, and what came before it. */
interface Run {
  words: string[];
  at: number;
  /** A title came before: the name is a person's. */
  titled: boolean;
  /** "Secretary of State Rex Tillerson": the words after a title's "of" belong to the title. */
  titleOf: boolean;
  gender: 'm' | 'f' | undefined;
}

/**
 * The run read so far is a name (or none) and ends; `next` is the word after it. A plain function over
 * a state object, not a closure per sentence (tsx wraps every named closure with __name, which showed up
 * as a fifth of namesIn's time).
 */
function flush(st: Run, out: NameMention[], next = ''): void {
  let run = st.words;
  const titled = st.titled;
  const gender = st.gender;
  if (!run.length && !titled && !st.titleOf) return;
  if (st.titleOf && run.length >= 3) run = run.slice(-2);
  while (run.length && JOIN.has(run[run.length - 1]!)) run.pop();
  // Drop a sentence-initial function word: "The Department of ..." -> "Department of ...".
  while (run.length && STOPWORDS.has(run[0]!.toLowerCase().replace(FINAL_DOT, '')) && !(run[0] === 'New' && run.length > 1)) run.shift();
  if (run.length) {
    const r = runName(run);
    if (r.keep) {
      const person = r.mayBePerson && (titled || r.looksPerson);
      const kind = kindOf(r.name, person);
      const m: NameMention = { name: r.name, person: person && kind === 'person', kind, at: st.at };
      if (gender) m.gender = gender;
      if (r.possessive) m.possessive = true;
      if (FAMILY.test(next)) m.modifier = true;
      out.push(m);
    }
  }
  st.words = [];
  st.at = -1;
  st.titled = false;
  st.titleOf = false;
  st.gender = undefined;
}

export function namesIn(sentence: string): NameMention[] {
  // A quoted nickname between given names and a surname: keep the nickname and the surname, at the same offsets.
  if (sentence.includes('"') || sentence.includes('“')) {
    NICKNAME.lastIndex = 0;
    sentence = sentence.replace(NICKNAME, (m, nick: string) => `${' '.repeat(m.length - nick.length - 1)}${nick} `);
  }
  const out: NameMention[] = [];
  const st: Run = { words: [], at: -1, titled: false, titleOf: false, gender: undefined };
  /** The last word that was not part of a name, lowercased, as offsets (start -1: none); read only when a name starts. */
  let prevStart = -1;
  let prevEnd = -1;
  const n = sentence.length;
  let i = 0;
  while (i < n) {
    // Next token [at, i) and its kind; white space between tokens skipped.
    let cp = sentence.codePointAt(i)!;
    let cls = classOf(cp);
    if (cls & C_SPACE) {
      i += width(cp);
      continue;
    }
    const at = i;
    const kind = cls & C_LU ? TOK_CAP : cls & C_LL ? TOK_LOWER : TOK_OTHER;
    i += width(cp);
    if (kind !== TOK_OTHER) {
      // Letters, apostrophes, hyphens; periods only inside a capitalised word.
      while (i < n) {
        cp = sentence.codePointAt(i)!;
        cls = classOf(cp);
        if (!(cls & C_L) && cp !== 39 && cp !== 0x2019 && cp !== 45 && !(cp === 46 && kind === TOK_CAP)) break;
        i += width(cp);
      }
    }
    if (kind !== TOK_CAP) {
      // A lowercase word or a mark: it joins a run ("Department of Homeland Security"), follows a title
      // ("Secretary of State"), or ends the run. Its string is built only in those cases.
      if (st.titled && !st.words.length && i - at === 2 && sentence.startsWith('of', at)) {
        st.titleOf = true;
        continue;
      }
      if (st.words.length) {
        const t = sentence.slice(at, i);
        if (JOIN.has(t)) {
          st.words.push(t);
          continue;
        }
      }
      if (st.words.length || st.titled || st.titleOf) flush(st, out, sentence.slice(at, i).toLowerCase());
      prevStart = at;
      prevEnd = i;
      continue;
    }
    const w = capWord(sentence.slice(at, i));
    const bare = w.bare;
    if (w.title) {
      // "Secretary John Kelly": what came before the title is an affiliation, the name follows.
      st.words = [];
      st.at = -1;
      st.titled = true;
      if (w.gender) st.gender = w.gender;
      continue;
    }
    if (w.calendar) {
      // "EDT Thursday": a clock or a calendar word ends a name and is none.
      flush(st, out);
      prevStart = -1;
      continue;
    }
    if (!st.words.length) {
      st.at = at;
      if (!st.titled && prevStart >= 0) {
        const prevWord = sentence.slice(prevStart, prevEnd).toLowerCase();
        if (KIN_MALE.has(prevWord)) st.gender = 'm';
        else if (KIN_FEMALE.has(prevWord)) st.gender = 'f';
      }
    }
    st.words.push(bare);
    if (POSSESSIVE.test(bare)) flush(st, out);
  }
  flush(st, out);
  return out;
}

/**
 * The spelling-free key of a name: periods and spaces between initials dropped, middle initials dropped,
 * case folded: "O.J. Simpson", "OJ Simpson" and "O. J. Simpson" -> "oj simpson"; "Brett M. Kavanaugh" ->
 * "brett kavanaugh". Organizations: "Homeland Security Department" and "Department of Homeland Security"
 * -> "department homeland security".
 */
const keys = new Map<string, string>();

export function nameKey(name: string): string {
  let k = keys.get(name);
  if (k === undefined) {
    if (keys.size >= 1 << 16) keys.clear();
    keys.set(name, (k = computeKey(name)));
  }
  return k;
}

function computeKey(name: string): string {
  let s = name.replace(/[’]/g, "'").replace(/\./g, ' ').replace(/\s+/g, ' ').trim();
  // Runs of single letters are one set of initials: "O J Simpson" -> "OJ Simpson".
  s = s.replace(/(?<![\p{L}'])(\p{Lu})\s+(?=\p{Lu}(?:\s|$))/gu, '$1');
  const parts = s.split(' ');
  if (parts.length >= 3) {
    // A one-letter middle initial: "Brett M Kavanaugh".
    for (let i = parts.length - 2; i >= 1; i--) if (parts[i]!.length === 1) parts.splice(i, 1);
  }
  s = parts.join(' ');
  const dept = /^(Department|Ministry) of (?:the )?(.+)$/.exec(s);
  if (dept) s = `${dept[2]} ${dept[1]}`;
  return s.toLowerCase();
}

/**
 * Canonical names for a story: every spelling of a full name maps to its most frequent spelling (ties: the
 * one with periods, then the longer), and every surname (and "Mr Surname") to the most frequent full person
 * name ending in it, so the viewer lists one actor, not three spellings.
 */
export class NameBook {
  /** key -> spelling -> count, for full person names. */
  private full = new Map<string, Map<string, number>>();
  private display = new Map<string, string>();
  private bySurname = new Map<string, string>();
  /** Organization spellings by key. */
  private orgs = new Map<string, Map<string, number>>();
  private orgDisplay = new Map<string, string>();
  private genders = new Map<string, { m: number; f: number }>();

  add(names: NameMention[]): void {
    for (const n of names) {
      if (n.person && n.name.includes(' ')) bump(this.full, nameKey(n.name), n.name);
      else if (n.kind === 'org' && n.name.includes(' ')) bump(this.orgs, nameKey(n.name), n.name);
    }
  }

  /** Call once every sentence was added. */
  seal(): void {
    this.canon.clear();
    const best = (spellings: Map<string, number>): string =>
      [...spellings].sort((a, b) => b[1] - a[1] || dots(b[0]) - dots(a[0]) || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1))[0]![0];
    for (const [k, v] of this.full) this.display.set(k, best(v));
    // "Nicole Brown" and "Nicole Brown Simpson": a full name that starts a longer, as frequent one of the
    // story is that one (given and maiden names before a married name).
    const totals = new Map([...this.full].map(([k, v]) => [k, [...v.values()].reduce((a, b) => a + b, 0)]));
    const longer = new Map<string, string | null>();
    for (const k of this.full.keys()) {
      const parts = k.split(' ');
      if (parts.length < 3) continue;
      const prefix = parts.slice(0, -1).join(' ');
      longer.set(prefix, longer.has(prefix) ? null : k);
    }
    for (const [prefix, k] of longer) {
      if (k && this.full.has(prefix) && totals.get(k)! >= totals.get(prefix)!) {
        this.display.set(prefix, this.display.get(k)!);
        this.full.delete(prefix);
      }
    }
    for (const [k, v] of this.orgs) this.orgDisplay.set(k, best(v));
    const total = (v: Map<string, number>) => [...v.values()].reduce((a, b) => a + b, 0);
    const ranked = [...this.full].map(([k, v]) => [k, total(v)] as const).sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1));
    for (const [key] of ranked) {
      const surname = key.split(' ').pop()!;
      if (!this.bySurname.has(surname)) this.bySurname.set(surname, key);
    }
  }

  /** Is this (canonical) name a person the story names in full? */
  isPerson(name: string): boolean {
    return this.display.has(nameKey(name));
  }


  /** Record gender evidence for a canonical person name. */
  noteGender(name: string, g: 'm' | 'f'): void {
    const k = nameKey(name);
    const e = this.genders.get(k) ?? { m: 0, f: 0 };
    e[g]++;
    this.genders.set(k, e);
  }

  /** 'm', 'f', or null when the story does not tell (or tells both). */
  gender(name: string): 'm' | 'f' | null {
    const e = this.genders.get(nameKey(name));
    if (!e) return null;
    if (e.m > e.f * 2) return 'm';
    if (e.f > e.m * 2) return 'f';
    return null;
  }

  private canon = new Map<string, string>();

  canonical(name: string): string {
    let c = this.canon.get(name);
    if (c === undefined) this.canon.set(name, (c = this.lookup(name)));
    return c;
  }

  private lookup(name: string): string {
    const key = nameKey(name);
    const d = this.display.get(key);
    if (d) return d;
    const parts = key.split(' ');
    if (parts.length === 1) {
      const full = this.bySurname.get(key);
      return full ? this.display.get(full)! : (this.orgDisplay.get(key) ?? name);
    }
    // "Judge [Steven] O'Neill" forms, or a longer run that ends in a known person's name ("Interim Police
    // Supt. John Escalante"), before any organization.
    for (let i = 1; i < parts.length - 1; i++) {
      const tail = this.display.get(parts.slice(i).join(' '));
      if (tail) return tail;
    }
    return this.orgDisplay.get(key) ?? name;
  }
}

function bump(m: Map<string, Map<string, number>>, key: string, spelling: string): void {
  let v = m.get(key);
  if (!v) m.set(key, (v = new Map()));
  v.set(spelling, (v.get(spelling) ?? 0) + 1);
}

function dots(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 46) n++;
  return n;
}
