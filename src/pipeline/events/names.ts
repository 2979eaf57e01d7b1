/**
 * Story-wide name resolution for events: one NameBook over every sentence of every article, the subject of
 * each sentence's main clause, and the person a pronoun stands for when that is certain:
 *  - the previous sentence's subject is a person whose gender matches ("Simpson was found liable ...
 *    He was ordered to ..." -> Simpson), following a chain of the same pronoun back at most three sentences;
 *  - else the article's single dominant person (named at least three times and twice as often as anyone
 *    else), when the story does not tell that person's gender as the other one.
 * The person merely named last ("... since the Nicole Brown murder trial. Despite being acquitted, he ...")
 * is never taken for the pronoun. Quotes take their speakers the same way (quotes.ts).
 */
import type { Quote } from '../../schema/index.ts';
import type { Sentence } from '../types.ts';
import { NameBook, namesIn, type NameMention } from './actors.ts';
import type { StoryWords } from './nameBook.ts';
import { mainClauseStart } from './clause.ts';
import { quotesIn } from './quotes.ts';
import { dominantAntecedent, headlineAntecedent, headlineOrganization } from './headlinePronoun.ts';
import { transcriptLine } from './quoteTitle.ts';
import { TITLES } from './lexicon.ts';
import type { StoryNames } from '../merge/build.ts';

type Gender = 'm' | 'f';

const NONE: Quote[] = [];
/** A transcript's marks of a clip, a tape or a break, where the voice changes without a label. */
const TURN_BREAK = /\((?:BEGIN|END)\b|VIDEO ?CLIP|VIDEOTAPE|COMMERCIAL BREAK|\(voice-over\)|\(through translator\)/i;

/** What the main clause of a sentence opens with: a person, a pronoun, or something else. */
interface Subject {
  person: string | null;
  pronoun: Gender | null;
  /** People named in the leading phrase before the main clause ("After Simpson was acquitted, he ..."). */
  lead: string[];
  /** The subject is a person the sentence does not name: "The President had termed ...". */
  unnamed?: boolean;
  /** Offset of the subject in the sentence. */
  at: number;
}

const PRONOUN_AT = /^(?:(he|him|his)|(she|her))\b/i;
/** Words that may stand before the subject's name: articles, descriptors, capitalised affiliations. */
const BEFORE_NAME = /^(?:the|a|an|former|then|late|acting|deputy|senior|top|chief|of|and|\p{Lu}[\p{L}.'’-]*)$/u;
const GENDERED = /\b(?:(he|him|his|himself)|she|her|hers|herself)\b/i;
const QUOTED = /“[^”]*”|"[^"]*"/g;
const HE_OR_SHE = /\b(?:[Hh]e|[Hh]is|[Hh]im|[Ss]he|[Hh]er)\b/;
/** "The President", "the former secretary": a title with no name after it. */
const UNNAMED = /^[Tt]he\s/;

export function genderOf(pronoun: string): Gender | null {
  const m = PRONOUN_AT.exec(pronoun);
  return m ? (m[1] ? 'm' : 'f') : null;
}

/** `text`, when given, is the article text its sentences were cut from (segment/index.ts). */
export function storyNames(articles: ReadonlyArray<{ id: string; sentences: readonly Sentence[]; dateline?: string | null; text?: string }>): StoryNames {
  const book = new NameBook(storyWords(articles));
  const found = new Map<string, NameMention[]>();
  const wordRes = new Map<string, RegExp>();
  // The first sentence of an article that writes a name, found once per article and name: headlines ask
  // about the same names sentence after sentence, and each ask had read the article from its start.
  // A name the article's text does not contain at all is in none of its sentences (each is a piece of it).
  const firstWritten = new Map<readonly Sentence[], Map<string, number>>();
  const firstWriting = (list: readonly Sentence[], name: string, whole: string | undefined): number => {
    let byName = firstWritten.get(list);
    if (!byName) firstWritten.set(list, (byName = new Map()));
    let at = byName.get(name);
    if (at === undefined) {
      at = whole !== undefined && !whole.includes(name) ? -1 : list.findIndex((x) => writes(x.text, name, wordRes));
      byName.set(name, (at = at < 0 ? Infinity : at));
    }
    return at;
  };
  const wholeText = new Map(articles.map((a) => [a.id, a.text]));
  const namesOf = (text: string): NameMention[] => {
    let n = found.get(text);
    if (!n) found.set(text, (n = namesIn(text)));
    return n;
  };
  for (const a of articles) for (const s of a.sentences) book.add(namesOf(s.text));
  book.seal();

  // A story's datelines name places ("AUBURN GRESHAM — The executioner of ..."): that name of two words or
  // more is nobody, even where the gazetteer does not know it and it reads like one ("the gang war in the
  // Auburn Gresham neighborhood"). One word may be a surname as well ("HOUSTON" and Mr. Houston).
  const datelines = new Set(articles.map((a) => a.dateline?.toLowerCase()).filter((d): d is string => !!d));
  const persons = new Map<string, string | null>();
  const person = (n: NameMention): string | null => {
    // An organization's run may end in a person's name: "Interim Police Supt. John Escalante".
    if (n.modifier || n.kind === 'place' || (n.kind === 'org' && !n.name.includes(' ')) || (n.name.includes(' ') && datelines.has(n.name.toLowerCase()))) return null;
    let p = persons.get(n.name);
    if (p === undefined) {
      const c = book.canonical(n.name);
      persons.set(n.name, (p = book.isPerson(c) ? c : null));
    }
    return p;
  };

  // Gender evidence and dominant people, per article; subjects are read when a pronoun asks for them.
  const subjects = new Map<string, Array<Subject | undefined>>();
  const dominant = new Map<string, string | null>();
  const byStart = new Map<string, Map<number, number>>();
  const texts = new Map<string, readonly Sentence[]>();
  for (const a of articles) {
    const counts = new Map<string, number>();
    const starts = new Map<number, number>();
    const list: Array<Subject | undefined> = new Array(a.sentences.length);
    a.sentences.forEach((s, i) => {
      starts.set(s.start, i);
      const names = namesOf(s.text);
      let any = false;
      for (const n of names) {
        const p = person(n);
        if (!p) continue;
        any = true;
        counts.set(p, (counts.get(p) ?? 0) + 1);
        if (n.gender) book.noteGender(p, n.gender);
      }
      if (!any || !HE_OR_SHE.test(s.text)) return;
      const subj = (list[i] = subjectOf(s.text, names, person));
      if (subj.person) {
        // "Simpson said he was trying to ...", "Ann Lee and her sister sued him": the first he/she/his/her
        // after the subject (outside quotations) is the subject's own.
        const rest = s.text.slice(subj.at).replace(QUOTED, ' ');
        const g = GENDERED.exec(rest);
        if (g) book.noteGender(subj.person, g[1] ? 'm' : 'f', /^him$/i.test(g[0]));
      }
    });
    subjects.set(a.id, list);
    byStart.set(a.id, starts);
    texts.set(a.id, a.sentences);
    const ranked = [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
    const top = ranked[0];
    dominant.set(a.id, top && top[1] >= 3 && top[1] >= 2 * (ranked[1]?.[1] ?? 0) ? top[0] : null);
  }
  const subjectAt = (articleId: string, i: number): Subject | undefined => {
    const list = subjects.get(articleId);
    const s = texts.get(articleId)?.[i];
    if (!list || !s) return undefined;
    return (list[i] ??= subjectOf(s.text, namesOf(s.text), person));
  };

  const fits = (p: string, g: Gender) => {
    const known = book.gender(p);
    return known === null || known === g;
  };

  /** The person a he/she pronoun of sentence `index` stands for, or null when not certain. */
  const antecedent = (articleId: string, index: number, pronoun: string): string | null => {
    const g = genderOf(pronoun);
    if (!g || !subjects.has(articleId)) return null;
    const own = subjectAt(articleId, index);
    // "After Simpson was acquitted, he ...": the one person of the leading phrase.
    if (own?.pronoun && own.lead.length === 1 && fits(own.lead[0]!, g)) return own.lead[0]!;
    for (let j = index - 1; j >= 0 && j >= index - 3; j--) {
      const s = subjectAt(articleId, j)!;
      if (s.person) {
        if (book.gender(s.person) === g || (book.gender(s.person) === null && s.person === dominant.get(articleId))) return s.person;
        break;
      }
      // "The President had termed ... “...,” he said": someone the text does not name here.
      if (s.unnamed) return null;
      if (s.pronoun === g) {
        if (s.lead.length === 1 && fits(s.lead[0]!, g)) return s.lead[0]!;
        continue;
      }
      break;
    }
    const d = dominant.get(articleId);
    return d && fits(d, g) ? d : null;
  };

  const articleById = new Map(articles.map((a) => [a.id, a]));
  const labelCount = new Map<string, number>();
  const quoteMemo = new Map<string, Quote[]>();
  const quotesOf = (articleId: string, sentence: Sentence, depth = 0): Quote[] => {
    // Most sentences quote nobody: no key, no closures.
    if (!sentence.text.includes('"') && !sentence.text.includes('“')) return NONE;
    const key = `${articleId}:${sentence.start}`;
    const memo = quoteMemo.get(key);
    if (memo) return memo;
    const a = articleById.get(articleId);
    const index = byStart.get(articleId)?.get(sentence.start) ?? -1;
    const own = index >= 0 ? subjectAt(articleId, index) : null;
    const previous = (): string | null => {
      if (!a || index <= 0 || depth > 3) return null;
      const q = quotesOf(articleId, a.sentences[index - 1]!, depth + 1);
      return q.length ? q[q.length - 1]!.speaker : null;
    };
    const resolve = (at: number, pronoun?: string): string | null => {
      const g = pronoun ? genderOf(pronoun) : null;
      if (index < 0 || !g) return null;
      // "Kelly said ..., and he added “...”": the sentence's own subject, before the pronoun.
      if (own?.person && fits(own.person, g) && at > sentence.start) return own.person;
      // “...,” he said after a quotation of the previous sentence: its speaker.
      const before = previous();
      if (before && book.gender(before) !== (g === 'm' ? 'f' : 'm') && !own?.person) return before;
      return antecedent(articleId, index, pronoun!);
    };
    const q = quotesIn(articleId, sentence, resolve, (n) => book.canonical(n), previous, (n) => {
      const names = namesOf(n);
      const last = names[names.length - 1];
      if (!last) return null;
      // A person, else an organization ("the State Department said"); "Critics" or "Officials" is nobody.
      return person(last) ?? (last.kind === 'org' ? book.canonical(last.name) : null);
    });
    quoteMemo.set(key, q);
    return q;
  };

  return {
    book,
    namesOf,
    person,
    antecedent(articleId, at, pronoun) {
      const index = byStart.get(articleId)?.get(at);
      return index === undefined ? null : antecedent(articleId, index, pronoun);
    },
    quotesOf,
    headlineAntecedent(articleId, at, pronoun) {
      const index = byStart.get(articleId)?.get(at);
      const list = texts.get(articleId);
      if (index === undefined || !list) return null;
      const deps = { book, namesIn: namesOf, person };
      const lower = pronoun.toLowerCase();
      const g = genderOf(pronoun);
      const who = lower === 'they' || lower === 'their' ? headlineOrganization(list, index, true, deps)
        : lower === 'it' || lower === 'its' ? headlineOrganization(list, index, false, deps)
        : g ? headlineAntecedent(list, index, g, deps) ?? dominantAntecedent(list, index, g, deps, dominant.get(articleId) ?? null) : null;
      // The name as the article writes it up to there: a headline adds no word its article does not have
      // (the story's fullest form of "David" may be another article's "Camp David"); else its last word,
      // when the article writes that ("Geithner" for the story's "Timothy F. Geithner").
      if (!who) return null;
      const words = who.split(' ');
      // The whole name, a shorter run of its first words ("Ahmed Fathi" for "Ahmed Fathi Srour"), its last word.
      const forms = [...words.map((_, k) => words.slice(0, words.length - k).join(' ')).filter((f, k) => k === 0 || f.includes(' ')), words[words.length - 1]!];
      const whole = wholeText.get(articleId);
      return forms.find((f) => f.length >= 3 && firstWriting(list, f, whole) <= index) ?? null;
    },
    turnSpeaker(articleId, at) {
      const index = byStart.get(articleId)?.get(at);
      const list = texts.get(articleId);
      if (index === undefined || !list || transcriptLine(list[index]!.text)) return null;
      // A broadcast transcript (three speaker labels at least): the nearest label within eight sentences
      // before, each unlabelled line since going on with that speaker's turn.
      let labels = labelCount.get(articleId);
      if (labels === undefined) labelCount.set(articleId, (labels = list.filter((x) => transcriptLine(x.text)?.speaker).length));
      if (labels < 3) return null;
      for (let j = index; j >= 0 && j >= index - 8; j--) {
        // A clip or a break on the way: someone else may be speaking ("(BEGIN VIDEO CLIP)").
        if (TURN_BREAK.test(list[j]!.text)) return null;
        const line = j < index ? transcriptLine(list[j]!.text) : null;
        if (line) return line.speaker;
      }
      return null;
    },
    sentencesBefore(articleId, at, n) {
      const index = byStart.get(articleId)?.get(at) ?? 0;
      const list = texts.get(articleId) ?? [];
      const out: string[] = [];
      for (let j = index - 1; j >= 0 && out.length < n; j--) out.push(list[j]!.text);
      return out;
    },
  };
}

/**
 * `text` writes `name` as whole words: /(?<![\p{L}'’-])NAME(?![\p{L}-])/u, read off its occurrences with
 * the characters on either side. A regex per name cost more than all its tests: each name's, built once
 * per build, had \p{L} on both sides compiled to native code for a handful of sentences (50 to 80 CPU-ms
 * of a warm build of the four Timeline17 topics, for about 400 names). `res` holds the regexes of the
 * names this reading does not cover (a surrogate at the name's edge), built and tested as before.
 */
export function writes(text: string, name: string, res: Map<string, RegExp> = new Map()): boolean {
  let at = text.indexOf(name);
  if (at < 0) return false;
  const first = name.charCodeAt(0);
  const last = name.charCodeAt(name.length - 1);
  if (isLowSurrogate(first) || isHighSurrogate(last)) {
    let re = res.get(name);
    if (!re) res.set(name, (re = new RegExp(`(?<![\\p{L}'’-])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}-])`, 'u')));
    return re.test(text);
  }
  for (; at >= 0; at = text.indexOf(name, at + 1)) {
    if (at > 0) {
      // The code point before: a surrogate pair is one.
      const c = text.charCodeAt(at - 1);
      const cp = isLowSurrogate(c) && at >= 2 && isHighSurrogate(text.charCodeAt(at - 2)) ? text.codePointAt(at - 2)! : c;
      if (cp === 39 || cp === 0x2019 || cp === 45 || isLetter(cp)) continue;
    }
    const end = at + name.length;
    if (end < text.length) {
      const cp = text.codePointAt(end)!;
      if (cp === 45 || isLetter(cp)) continue;
    }
    return true;
  }
  return false;
}

const LETTER = /^\p{L}$/u;
/** \p{L} for one code point: ASCII by range, the rest by one regex compiled once. */
function isLetter(cp: number): boolean {
  if (cp < 128) return (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  return LETTER.test(String.fromCodePoint(cp));
}
const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** The subject of a sentence's main clause when it is a person or a he/she pronoun. */
function subjectOf(text: string, names: NameMention[], person: (n: NameMention) => string | null): Subject {
  const at = mainClauseStart(text);
  const lead: string[] = [];
  for (const n of names) {
    if (n.at >= at) break;
    const p = person(n);
    if (p && !lead.includes(p)) lead.push(p);
  }
  const rest = text.slice(at);
  const pr = /^(?:He|She|he|she)\b/.exec(rest);
  if (pr) return { person: null, pronoun: genderOf(pr[0]), lead, at };
  if (UNNAMED.test(rest)) {
    // "The President had termed", "The former secretary said": a title, then no name.
    const words = rest.split(/\s+/, 5);
    for (let i = 1; i < words.length - 1; i++) {
      if (TITLES.has(words[i]!.toLowerCase()) && !/^[\p{Lu}]/u.test(words[i + 1]!)) return { person: null, pronoun: null, lead, unnamed: true, at };
    }
  }
  for (const n of names) {
    if (n.at < at) continue;
    const before = text.slice(at, n.at).trim();
    if (before.length > 80) break;
    const words = before ? before.split(/\s+/) : [];
    if (!words.every((w) => BEFORE_NAME.test(w) || TITLES.has(w.toLowerCase().replace(/[.,]$/, '')))) break;
    const p = n.possessive ? null : person(n);
    if (p) return { person: p, pronoun: null, lead, at: n.at };
    if (n.kind === 'person' || n.kind === 'other') continue;
    break;
  }
  return { person: null, pronoun: null, lead, at };
}

/**
 * What the story's texts say of single words (nameBook.ts StoryWords): which it writes in lower case
 * somewhere ("the people", "swine flu"), and which speak as a person's surname.
 */
function storyWords(articles: ReadonlyArray<{ sentences: readonly Sentence[]; text?: string }>): StoryWords {
  const lower = new Set<string>();
  const speakers = new Map<string, 'label' | 'said'>();
  for (const a of articles) {
    const texts = a.text !== undefined ? [a.text] : a.sentences.map((x) => x.text);
    for (const t of texts) {
      for (const m of t.matchAll(LOWER_WORD)) lower.add(m[0]);
      for (const m of t.matchAll(LABELLED)) speakers.set((m[1] ?? m[2])!.toLowerCase(), 'label');
      for (const m of t.matchAll(SAYS)) {
        const w = (m[1] ?? m[2])!.toLowerCase();
        if (!speakers.has(w)) speakers.set(w, 'said');
      }
    }
  }
  return { common: (word) => lower.has(word.toLowerCase()), speaker: (word) => speakers.get(word.toLowerCase()) ?? null };
}
const LOWER_WORD = /(?<![\p{L}'’.-])\p{Ll}[\p{Ll}'’-]*/gu;
/** "BLITZER:" opening a transcript's line, "Mr Cook", "Dr. Frieden". */
const LABELLED = /^([A-Z][A-Z'’-]+):|\b(?:Mr|Mrs|Ms|Dr|Miss)\.?\s+(\p{Lu}[\p{L}'’-]+)/gmu;
/** "Gardner said", "said Gardner." (not "the Fed said"). */
const SAYS = /(?<!\b[Tt]he\s)(?<![\p{L}'’-])(\p{Lu}[\p{Ll}'’-]+)\s+(?:said|says|told|added)\b|\b(?:said|says)\s+(\p{Lu}[\p{Ll}'’-]+)[,.]/gu;
