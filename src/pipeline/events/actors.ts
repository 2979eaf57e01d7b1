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
/** "Abbas' Palestinian Authority", "the Shermans' North York home": a possessor ending in s takes a bare apostrophe. */
const PLURAL_POSSESSIVE = /s['’]$/;
/** "-based", "-backed", "-wielding", "-run", "-born", "-style": a compound adjective's tail (never a romanized given
 * name's second syllable: "Ban Ki-moon", "Moon Jae-in", "Chiang Kai-shek"). */
const ADJECTIVE_COMPOUND = /-(?:\p{Ll}+(?:ed|ing)|run|born|led|held|bred|made|style|era|type|like|wide|long)$/u;
const FAMILY = /^famil(?:y|ies)$/;
const ALL_CAPS = /^[A-Z]{2,}$/;
const FINAL_DOT = /\.$/;
const JOIN = new Set(['of', 'de', 'del', 'la', 'van', 'von', 'bin', 'al', 'da', 'dos', 'du', 'le']);
/**
 * Lowercase words inside an organization's name once its head word has come: "U.S. Centers for Disease
 * Control and Prevention", "Committee to Protect Journalists", "Organization of the Petroleum Exporting
 * Countries" (each had been split into "U.S. Centers", "Disease Control", "Disease Prevention"). Never
 * before a head word: "Obama and Clinton" stays two names.
 */
const ORG_JOIN = new Set(['for', 'and', 'to', 'the', 'on', 'against']);
const ORG_HEAD = /^(?:Organi[sz]ations?|Cent(?:er|re)s?|Committee|Department|Ministry|Institutes?|Council|Commission|Associations?|Bureau|Agency|Office|Federation|Union|League|Society|Foundation|Fund|Coalition|Alliance|Network|Campaign|Movement|Conference|Administration|Authority|Corporation|Court|Board|Party|Front|Forces?|Army|Brigades?|Council)$/;
/**
 * Capitalised words that never take part in a name: a sentence's adverb, quantifier or opening verb ("Maybe
 * I'm", "Recently I've", "Several Britons", "Having Jesus", "Let Cairo") and a discourse word run into a
 * name across a lost full stop ("Adobe Reader Meanwhile", "Egypt However", "Israel Some Twitter"). One
 * in the middle of a run ends the name there and starts none: "Mexico The BBC" is Mexico and the BBC.
 */
const NEVER_NAME = new Set([
  ...['however', 'meanwhile', 'moreover', 'furthermore', 'nevertheless', 'nonetheless', 'therefore', 'instead', 'indeed', 'besides', 'otherwise', 'overall', 'finally', 'eventually', 'recently', 'currently', 'initially', 'additionally', 'unfortunately', 'fortunately', 'luckily', 'clearly', 'obviously', 'apparently', 'reportedly', 'separately', 'similarly', 'globally', 'gradually', 'ultimately', 'maybe', 'perhaps', 'already', 'yet', 'still', 'thus', 'hence'],
  ...['several', 'some', 'many', 'few', 'most', 'each', 'every', 'both', 'all', 'another', 'other', 'such', 'the', 'a', 'an', 'this', 'these', 'those', 'that'],
  ...['having', 'being', 'let', 'thank', 'thanks', 'thanking', 'remember', 'please', 'reply', 'tell', 'following', 'according', 'including', 'regarding'],
  ...['fearing', 'hoping', 'noting', 'citing', 'adding', 'asking', 'calling', 'claiming', 'facing', 'urging', 'warning', 'accusing', 'defying', 'dear', 'unto'],
  ...['given', 'despite', 'whether', 'amid', 'unlike'],
  // A pronoun is no part of a name: "I'm Becky Anderson" (a transcript) names Becky Anderson, "Fouad Ajami He
  // ..." Fouad Ajami (a lost full stop), "Egyptians I've ..." no one; "In Case You Missed It CNN's Jill
  // Dougherty" no "Missed It CNN" (which had become the name of every CNN in the Egypt topic, 235 events).
  ...['it', "it's", 'it’s', 'its'],
  // A sentence opening on "There" or a question word, run into a name across a lost full stop: "Yemen There's
  // a heavy sense ...", "Twitter What's happening ..." (10 and 4 Egypt events had them as actors).
  ...['there', 'here', 'what', 'where', 'when', 'why', 'how', 'which'].flatMap((w) => [w, `${w}'s`, `${w}’s`]),
  ...['i', "i'm", 'i’m', "i've", 'i’ve', "i'll", 'i’ll', "i'd", 'i’d', 'he', 'she', 'we', 'they', 'you', "he's", 'he’s', "she's", 'she’s', "we're", 'we’re', "they're", 'they’re', "you're", 'you’re'],
]);
/**
 * Whether a lowercase `word` goes on an organization's name: after its head word, "for", "to", "on",
 * "against" open its complement ("Centers for ...", "Committee to ..."), "the" follows such a word ("of the
 * Petroleum ...", never "and the": a new name), and "and" joins only inside a complement ("Centers for Disease Control and Prevention",
 * "Department of Housing and Urban Development"), never two names ("Treasury Department and the White House").
 */
function orgComplement(words: readonly string[], word: string): boolean {
  const head = words.findIndex((w) => ORG_HEAD.test(w));
  if (head < 0) return false;
  const last = words[words.length - 1]!;
  if (word === 'the') return JOIN.has(last) || (ORG_JOIN.has(last) && last !== 'and' && last !== 'the');
  if (word === 'and') return words.slice(head + 1).some((w) => JOIN.has(w) || (ORG_JOIN.has(w) && w !== 'and' && w !== 'the'));
  return true;
}
/** Tokenized brackets ("-LRB- Update 3 p.m. -RRB-"): marks, not words of a name. */
const BRACKET_TOKEN = /^[LR][RSC]B-?$/;
const CALENDAR = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$/;
/** Feasts and the year's turn, as a whole name: when something happens, never who ("the New Year period"). */
const FEAST = /^(?:(?:Lunar |Chinese )?New Year(?:['’]s)?(?: Eve| Day)?|Christmas(?: Eve| Day)?|Easter(?: Sunday| Monday)?|Good Friday|Thanksgiving(?: Day)?|Ramadan|Passover|Hanukkah|Yom Kippur|Rosh Hashanah|Diwali|Halloween|Eid(?: al-\p{L}+)?)$/u;
/** Words that make a run an organization, a place or a happening ("Gulf War", "Winter Olympics", "Arab Spring") rather than a person. */
const NOT_PERSON = /\b(?:Department|House|Court|Board|Committee|Center|Centre|Council|Ministry|Office|Agency|Party|University|Church|Hospital|Prison|Facility|Station|Police|Army|Force|News|Times|Post|Press|Association|Organization|Organisation|Union|Nations|States|Kingdom|Republic|City|County|Township|Street|Island|Bank|Company|Corp|Inc|Group|Institute|Service|Services|Security|Government|Administration|Congress|Senate|Parliament|Assembly|Commission|Federation|League|Games|Hall|Fame|Correctional|Highlands|Trophy|Award|Awards|Net|Worth|War|Olympics|Olympic|Championships?|Cup|Spring|Revolution|Crisis|Summit|Festival|Tournament|Marathon)\b/;
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
  /** A title came before it ("Secretary Rex Tillerson"): a person's name for certain. */
  titled?: boolean;
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
  /** A word that is no part of any name (NEVER_NAME, a tokenized bracket): it ends the run before it. */
  never: boolean;
}
const capWords = new Map<string, CapWord>();

function capWord(t: string): CapWord {
  let w = capWords.get(t);
  if (w === undefined) {
    if (capWords.size >= 1 << 16) capWords.clear();
    const bare = t.endsWith('.') && !INITIALS.test(t) ? t.slice(0, -1) : t;
    const lower = bare.toLowerCase().replace(FINAL_DOT, '');
    w = { bare, title: TITLES.has(lower), calendar: CALENDAR.test(bare) || TIME_ZONES.has(bare), never: NEVER_NAME.has(lower) || BRACKET_TOKEN.test(bare) };
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
    const name = joined.replace(POSSESSIVE, '').replace(PLURAL_POSSESSIVE, 's');
    r = {
      name,
      possessive: POSSESSIVE.test(run[run.length - 1]!) || PLURAL_POSSESSIVE.test(run[run.length - 1]!),
      keep: !CALENDAR.test(name) && !FEAST.test(name) && !SINGLE_CAP.test(name) && !isDemonym(name) && !TIME_ZONES.has(name),
      // "Shia Muslims", "Iraqi Kurds", "British Jews": a people named by its adjective is nobody's name.
      mayBePerson: !NOT_PERSON.test(name) && !(run.length >= 2 && isDemonym(name.slice(name.lastIndexOf(' ') + 1))),
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
  while (run.length && (JOIN.has(run[run.length - 1]!) || ORG_JOIN.has(run[run.length - 1]!))) run.pop();
  // A title-case word the sentence goes on with is no part of the name: "Lausanne This", "Hamas Just".
  while (run.length > 1 && STOPWORDS.has(run[run.length - 1]!.toLowerCase().replace(FINAL_DOT, ''))) run.pop();
  // Drop a sentence-initial function word: "The Department of ..." -> "Department of ...".
  while (run.length && STOPWORDS.has(run[0]!.toLowerCase().replace(FINAL_DOT, '')) && !(run[0] === 'New' && run.length > 1)) run.shift();
  // A sentence's first word is capitalised whatever it is: "Reclusive North Korea said ..." names North Korea
  // (a country only: "Isaiah Berlin" and "Ricardo Lagos" are people).
  if (st.at === 0 && run.length >= 2 && placeKind(run.slice(1).join(' ')) === 'country' && !placeKind(run.join(' '))) run = run.slice(1);
  if (run.length) {
    const r = runName(run);
    if (r.keep) {
      const person = r.mayBePerson && (titled || r.looksPerson);
      const kind = kindOf(r.name, person);
      const m: NameMention = { name: r.name, person: person && kind === 'person', kind, at: st.at };
      if (gender) m.gender = gender;
      if (titled && m.person) m.titled = true;
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
        if (JOIN.has(t) || (ORG_JOIN.has(t) && orgComplement(st.words, t))) {
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
    if (w.never) {
      flush(st, out);
      prevStart = -1;
      continue;
    }
    // "U.S.-brokered", "Hamas-run", "Iranian-backed": a compound with a lowercase part is an adjective; it
    // ends a name and begins none ("Hamas-run Gaza Strip" is the Gaza Strip).
    if (ADJECTIVE_COMPOUND.test(bare)) {
      flush(st, out);
      prevStart = -1;
      continue;
    }
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
    if (POSSESSIVE.test(bare) || PLURAL_POSSESSIVE.test(bare)) flush(st, out);
  }
  flush(st, out);
  return out;
}

export { NameBook, nameKey } from './nameBook.ts';
