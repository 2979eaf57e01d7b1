/**
 * People and organizations named in a sentence, and one spelling per entity across the story: "Kelly",
 * "Mr Kelly" and "John Kelly" all become "John Kelly"; "US Homeland Security Secretary John Kelly" names
 * the person after the title. Capitalised word runs, not a trained recogniser: good enough for news leads.
 */
import { STOPWORDS, TITLES } from './lexicon.ts';

const TOKEN = /[\p{Lu}][\p{L}'’.-]*|(?:of|de|del|la|van|von|bin|al|da|dos|du|le)(?=\s+\p{Lu})|[\p{Ll}][\p{L}'’-]*|\S/gu;
const CAP = /^[\p{Lu}]/u;
const JOIN = new Set(['of', 'de', 'del', 'la', 'van', 'von', 'bin', 'al', 'da', 'dos', 'du', 'le']);
const CALENDAR = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$/;
/** Words that make a run an organization or a place rather than a person. */
const NOT_PERSON = /\b(?:Department|House|Court|Board|Committee|Center|Centre|Council|Ministry|Office|Agency|Party|University|Church|Hospital|Prison|Facility|Station|Police|Army|Force|News|Times|Post|Press|Association|Organization|Organisation|Union|Nations|States|Kingdom|Republic|City|County|Township|Street|Island|Bank|Company|Corp|Inc|Group|Institute|Service|Services|Security|Government|Administration|Congress|Senate|Parliament|Assembly|Commission|Federation|League|Games|Hall|Fame|Correctional|Highlands|Trophy|Award|Awards)\b/;

/** One name as found: the words and whether it looks like a person (title before it, or two plain names). */
export interface NameMention { name: string; person: boolean }

/** CAP.test without the regex for ASCII (most tokens): A-Z only. */
const isCap = (t: string): boolean => {
  const c = t.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : CAP.test(t);
};

export function namesIn(sentence: string): NameMention[] {
  const out: NameMention[] = [];
  let run: string[] = [];
  let titled = false;
  /** "Secretary of State Rex Tillerson": the words after a title's "of" belong to the title. */
  let titleOf = false;
  const flush = () => {
    if (!run.length && !titled && !titleOf) return;
    if (titleOf && run.length >= 3) run = run.slice(-2);
    while (run.length && JOIN.has(run[run.length - 1]!)) run.pop();
    // Drop a sentence-initial function word: "The Department of ..." -> "Department of ...".
    while (run.length && STOPWORDS.has(run[0]!.toLowerCase().replace(/\.$/, ''))) run.shift();
    if (run.length) {
      const name = run.join(' ').replace(/['’]s$/, '');
      if (!CALENDAR.test(name) && !/^[\p{Lu}]\.?$/u.test(name)) {
        const person = !NOT_PERSON.test(name) && (titled || (run.length >= 2 && run.length <= 4 && run.every((t) => CAP.test(t) && t.length > 1 && !/^[A-Z]{2,}$/.test(t))));
        out.push({ name, person });
      }
    }
    run = [];
    titled = false;
    titleOf = false;
  };
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(sentence); m; m = TOKEN.exec(sentence)) {
    const t = m[0];
    const cap = isCap(t);
    const bare = t.endsWith('.') ? t.slice(0, -1) : t;
    if (cap && TITLES.has(bare.toLowerCase())) {
      // "Secretary John Kelly": what came before the title is an affiliation, the name follows.
      run = [];
      titled = true;
      continue;
    }
    if (titled && !run.length && t === 'of') {
      titleOf = true;
      continue;
    }
    if (cap || (run.length && JOIN.has(t))) {
      run.push(bare);
      if (/['’]s$/.test(bare)) flush();
      continue;
    }
    flush();
  }
  flush();
  return out;
}

/**
 * Canonical names for a story: every surname (and "Mr Surname") maps to the most frequent full person
 * name ending in it, so the viewer lists one actor, not three spellings.
 */
export class NameBook {
  private full = new Map<string, number>();
  private bySurname = new Map<string, string>();

  add(names: NameMention[]): void {
    for (const n of names) if (n.person && n.name.includes(' ')) this.full.set(n.name, (this.full.get(n.name) ?? 0) + 1);
  }

  /** Call once every sentence was added. */
  seal(): void {
    const ranked = [...this.full].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1));
    for (const [name] of ranked) {
      const surname = name.split(' ').pop()!;
      if (!this.bySurname.has(surname)) this.bySurname.set(surname, name);
    }
  }

  canonical(name: string): string {
    if (this.full.has(name)) return name;
    const parts = name.split(' ');
    if (parts.length === 1) return this.bySurname.get(name) ?? name;
    // "Judge [Steven] O'Neill" forms, or a longer run that ends in a known person's name.
    for (let i = 1; i < parts.length; i++) {
      const tail = parts.slice(i).join(' ');
      if (this.full.has(tail)) return tail;
    }
    return name;
  }
}
