/**
 * One spelling per entity across the story: the NameBook counts every spelling of a name under a
 * spelling-free key (nameKey), so "Kelly", "Mr Kelly" and "John Kelly" become "John Kelly" and "OJ Simpson"
 * and "O.J. Simpson" one person. The names come from namesIn (actors.ts).
 */
import type { NameMention } from './actors.ts';
import { isDemonym, placeKind } from './places.ts';

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
  /** The part of `genders` read off an object pronoun after the name ("Ford came forward to accuse him"). */
  private objectGenders = new Map<string, { m: number; f: number }>();

  /** Full names seen after a title or with a gender ("Mr", "his wife"): people for certain. */
  private sure = new Set<string>();

  private readonly words: StoryWords;

  constructor(words: StoryWords = { common: () => false, speaker: () => null }) {
    this.words = words;
  }

  add(names: NameMention[]): void {
    for (const n of names) {
      if (n.person && n.name.includes(' ') && (n.titled || n.gender)) this.sure.add(nameKey(n.name));
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
    this.endingsOfLonger();
    this.commonHeads();
    for (const [k, v] of this.orgs) this.orgDisplay.set(k, best(v));
    const total = (v: Map<string, number>) => [...v.values()].reduce((a, b) => a + b, 0);
    // One person transliterated two ways ("Mohamed Mursi" / "Mohammed Morsi", "Naftali Frenkel" / "Naftali
    // Frankel", "Hesham" / "Hisham Kandil"): each word the same or one letter apart (words of five letters or
    // more; "Mark" / "Mary" stay two), the same number of words. The more frequent spelling names both.
    // Organizations likewise ("Israel Defense Forces" / "Israel Defence Forces" / "Israeli Defense Force").
    // (Variants start with the same letters: "Mursi" and "Morsi", never "Qawasmeh" and "Kawasme".)
    unifySpellings(this.full, this.display, total);
    unifySpellings(this.orgs, this.orgDisplay, total);
    const ranked = [...this.full].map(([k, v]) => [k, total(v)] as const).sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1));
    for (const [key] of ranked) {
      const words = key.split(' ');
      const surname = words[words.length - 1]!;
      if (this.bySurname.has(surname) || !this.surnamed(key, words)) continue;
      this.bySurname.set(surname, key);
    }
  }

  /**
   * Whether a lone word may stand for this full name: a surname stands for a person, and two capitalised
   * words are not always one ("Swine Flu", "Tunisia Twitter", "Beautiful People", "Deposed Tunisian"). The
   * name is sure (seen after a title or with a gender) or its surname speaks as a person ("BLITZER:", "Mr
   * Cook"); else the surname is no word the story writes in lower case ("people", "flu"), and it says
   * something ("Gardner said") or the name's first word is no place, people or word the story writes in
   * lower case ("Tunisia Twitter", "Swine Flu", "Deposed Tunisian").
   */
  private surnamed(key: string, words: readonly string[]): boolean {
    const surname = words[words.length - 1]!;
    const said = this.words.speaker(surname);
    if (this.sure.has(key) || said === 'label') return true;
    if (this.words.common(surname)) return false;
    if (said === 'said') return true;
    const first = (this.display.get(key) ?? key).split(' ')[0]!;
    return !this.words.common(words[0]!) && !placeKind(first) && !isDemonym(first);
  }

  /**
   * "Bin Laden", "Ben Ali", "El Mahrough" beside "Osama Bin Laden", "Zine El Abidine Ben Ali", "Karima El
   * Mahrough": a family name opening with its particle that ends a longer person's name of the story is that
   * person, when the longer names ending so are one chain (each ends the longest). Only after a particle:
   * "Wael Ghonim" is not the "Interview With Wael Ghonim" of a programme's title.
   */
  private endingsOfLonger(): void {
    const byLast = new Map<string, string[]>();
    for (const k of this.full.keys()) {
      const last = k.slice(k.lastIndexOf(' ') + 1);
      const list = byLast.get(last);
      if (list) list.push(k);
      else byLast.set(last, [k]);
    }
    for (const list of byLast.values()) {
      if (list.length < 2) continue;
      for (const k of list) {
        if (!PARTICLE.test(k)) continue;
        const longer = list.filter((o) => o.length > k.length && o.endsWith(` ${k}`));
        if (!longer.length) continue;
        const longest = longer.reduce((a, b) => (b.length > a.length ? b : a));
        if (longer.every((o) => o === longest || longest.endsWith(` ${o}`))) this.display.set(k, this.display.get(longest)!);
      }
    }
  }

  /**
   * "Interview With Wael Ghonim", "Astronaut Mark Kelly", "Journalist Ian Lee": capitalised words the story
   * writes in lower case elsewhere, before a person's name of the story, belong to the sentence or the
   * headline, not to the name: the run is that person.
   */
  private commonHeads(): void {
    for (const k of this.full.keys()) {
      const parts = k.split(' ');
      let i = 0;
      while (i < parts.length - 2 && this.words.common(parts[i]!)) i++;
      if (i === 0) continue;
      const tail = this.display.get(parts.slice(i).join(' '));
      if (tail && this.full.has(parts.slice(i).join(' '))) this.display.set(k, tail);
    }
  }

  /** Is this (canonical) name a person the story names in full? */
  isPerson(name: string): boolean {
    return this.display.has(nameKey(name));
  }


  /** Record gender evidence for a canonical person name. */
  noteGender(name: string, g: 'm' | 'f', object = false): void {
    const k = nameKey(name);
    const e = this.genders.get(k) ?? { m: 0, f: 0 };
    e[g]++;
    this.genders.set(k, e);
    if (object) {
      const o = this.objectGenders.get(k) ?? { m: 0, f: 0 };
      o[g]++;
      this.objectGenders.set(k, o);
    }
  }

  /**
   * The gender as `gender` tells it, without the evidence of an object pronoun after the name: "Christine
   * Blasey Ford came forward to accuse him" says nothing of Ford, since an object is someone else (Ford
   * herself would be "herself"). For headlines (headlinePronoun.ts); `gender`, which the actors and so
   * the ranking read, counts it as before.
   */
  subjectGender(name: string): 'm' | 'f' | null {
    const k = nameKey(name);
    const e = this.genders.get(k);
    if (!e) return null;
    const o = this.objectGenders.get(k);
    return genderOf(o ? { m: e.m - o.m, f: e.f - o.f } : e);
  }

  /** 'm', 'f', or null when the story does not tell (or tells both). */
  gender(name: string): 'm' | 'f' | null {
    const e = this.genders.get(nameKey(name));
    return e ? genderOf(e) : null;
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

/** The particles a two-word family name opens with: "Bin Laden", "Ben Ali", "Al Khateeb", "van Gogh". */
const PARTICLE = /^(?:bin|ben|ibn|al|el|abu|abd|van|von|de|da|di|du|le|la|del|della|dos|das|mac|ter)\s/;

/** What a story's texts say of single words (names.ts reads them). */
export interface StoryWords {
  /** The story writes the word in lower case somewhere ("the people", "swine flu"). */
  common(word: string): boolean;
  /**
   * The word speaks as a person: a transcript's label or an honorific before it ("BLITZER:", "Mr Cook"):
   * 'label'; a speech verb next to it ("Gardner said", "said Gardner"): 'said'.
   */
  speaker(word: string): 'label' | 'said' | null;
}

/**
 * Each key's display becomes the most frequent transliterated variant's (keys taken most frequent first).
 * Only keys of as many words with the same initials can be variants ("mursi" / "morsi"), so each such
 * bucket is compared within itself: a story names a thousand people, and all pairs cost a quarter second.
 */
function unifySpellings(keys: Map<string, Map<string, number>>, display: Map<string, string>, total: (v: Map<string, number>) => number): void {
  const buckets = new Map<string, Array<{ key: string; words: string[]; n: number }>>();
  for (const [key, v] of keys) {
    const words = key.split(' ');
    if (words.length < 2) continue;
    const sig = words.map((w) => w[0]).join('');
    let list = buckets.get(sig);
    if (!list) buckets.set(sig, (list = []));
    list.push({ key, words, n: total(v) });
  }
  for (const list of buckets.values()) {
    if (list.length < 2) continue;
    list.sort((a, b) => b.n - a.n || (a.key < b.key ? -1 : 1));
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        if (transliterated(list[i]!.words, list[j]!.words)) display.set(list[j]!.key, display.get(list[i]!.key)!);
      }
    }
  }
}

/** Two names of as many words, each the same or, at five letters or more, one edit apart (not all the same). */
function transliterated(x: readonly string[], y: readonly string[]): boolean {
  if (x.length !== y.length) return false;
  let differ = false;
  for (let i = 0; i < x.length; i++) {
    const [w, v] = [x[i]!, y[i]!];
    if (w === v) continue;
    if (Math.min(w.length, v.length) < 5 || !oneEdit(w, v)) return false;
    differ = true;
  }
  return differ;
}

/** One substitution, insertion or deletion apart. */
function oneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
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

/** 'm' or 'f' when one side has more than twice the evidence of the other; null otherwise. */
function genderOf(e: { m: number; f: number }): 'm' | 'f' | null {
  if (e.m > e.f * 2) return 'm';
  if (e.f > e.m * 2) return 'f';
  return null;
}
