/**
 * A title keeps its subject and the subject's verb (headline mode). When the cut to MAX_TITLE would leave a
 * long subject alone ("Dr. David Weinstock of the Dana-Farber Cancer Institute and Dr. Gianna Zuccotti"),
 * the subject loses what only describes it, so the verb fits: the name a description stands before
 * ("The acting director of the Centres for Disease Control and Prevention, Dr Richard Besser, said" ->
 * "Dr Richard Besser said"), a named place or institution after a name ("Dr. David Weinstock of the
 * Dana-Farber Cancer Institute" -> "Dr. David Weinstock"), and an aside between commas ("..., both in
 * Boston, said" -> "... said"). Words are only ever dropped, never added or changed.
 */
import { EVENT_VERBS, REPORTING, TITLES } from './lexicon.ts';
import { VERB } from './titleCut.ts';

/** English irregular past forms VERB does not list (a closed class): "stubbornly clung to his post". */
const IRREGULAR_PAST = new Set(
  ('clung swung stung flung hung sang rang sprang sank shrank drank swam bit hid slid spun fed bled ' +
    'bred sped dealt dwelt knelt leapt slept swept wept crept taught forgave forbade forgot froze woke wove shook ' +
    'rode strode strove arose dove laid withheld upheld withdrew overthrew oversaw undertook overtook mistook underwent ' +
    'foresaw bore tore ate shut thrust sent lit stuck struck').split(' '),
);

/** A lowercase word the lexicon or VERB knows as a finite verb: where the subject ends. */
function isVerbWord(w: string): boolean {
  return REPORTING.has(w) || EVENT_VERBS.has(w) || IRREGULAR_PAST.has(w) || VERB.test(w);
}

/**
 * A present-tense verb VERB does not know ("Mexico remains", "Lawyers weigh charges") cannot be told from
 * a plural noun without a tagger: a lowercase word ending in -s (not -ss) counts as a possible verb, so
 * `lacksVerb` errs towards "has a verb" and never compacts a title that may already have one.
 */
export function lacksVerb(title: string): boolean {
  // A relative clause's verb is not the subject's: "The election and Mubarak’s trial, which resumed after a
  // two-month hiatus, take place…" has none this can tell.
  title = title.replace(RELATIVE, ' ');
  if (VERB.test(title)) return false;
  const words = title.replace(/[“”"‘’.,;:!?()…]/g, ' ').split(/\s+/).filter(Boolean);
  return !words.some((w, i) => isVerbWord(w) || (i > 0 && /^[a-z]{3,}s$/.test(w) && !/ss$/.test(w)));
}

/** ", which resumed after a two-month hiatus," (or to the end): a relative clause. */
const RELATIVE = /,\s+(?:who|which|whose)\b[^,]*(?:,|$)/g;

/** A person's title opening a second name: "and Dr. Gianna Zuccotti" is another person, not part of an institution's name. */
const TITLE_WORD = [...TITLES].filter((t) => !t.includes(' ')).map((t) => t.charAt(0).toUpperCase() + t.slice(1)).join('|');
/**
 * Capitalised words: a name, an institution ("Dana-Farber Cancer Institute", "Brigham and Women's
 * Hospital"); an "and" before a person's title ("and Dr. Gianna Zuccotti") ends it.
 */
const NAME = String.raw`(?:[A-Z][\w.'’&-]*)(?:\s+(?!(?:The|A|An)\b)(?:(?:of|for|de|al)\s+)?[A-Z][\w.'’&-]*)*`;
/** A subject that opens with a name and goes on in asides to the verb: "Tawee Chotpitayasunondh, head of ..., ". */
const NAME_ASIDES = new RegExp(String.raw`^((?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*),\s+[^"“”]{2,200},\s+$`);
/**
 * "The acting director of the Centres for Disease Control, Dr Richard Besser, " before the verb, and with
 * an aside after the name ("Leader of the House of Commons, Peter Hain, a long-time campaigner against
 * ..., "): the description has a lowercase word, so a list of names ("Reyes, Cole, ...") is none.
 */
const DESCRIBED_NAME = new RegExp(String.raw`^(?:(?:The|A|An)\s+)?(?=[^,]*\s[a-z]{2,})[^,"“”]{3,100},\s+((?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w.'’-]*),\s+(?:[^"“”]{2,150},\s+)?$`);
/**
 * " of the Dana-Farber Cancer Institute", " at the University of Nottingham" after a person's name of two
 * capitalised words or a plural ("Biologists at ..."): a whole name, followed by a comma, a lowercase word
 * or "and" with a person's title ("and Dr. Gianna Zuccotti"); never "Henry Waxman of California | and John
 * Dingell" (whose "and" could join a second place) and never after a title ("Secretary of State").
 */
const NAMED_PHRASE = new RegExp(String.raw`(?<=(?:^|\s)(?:[A-Z][\w.'’-]*\s+)?([A-Z][\w.'’-]*|[a-z]{3,}s))\s+(?:of|at|from)\s+(?:the\s+)?${NAME}(?=\s*,|\s+(?!(?:and|or|of|for|de|al)\b)[a-z]|\s+and\s+(?:${TITLE_WORD})\b|\s*$)`, 'g');
/** Sentence adverbs that open a sentence like a one-word name: "Second, bitter and painful fighting, ... has failed". */
const DISCOURSE = /^(?:First|Second|Third|Fourth|Finally|Also|However|Meanwhile|Still|Instead|Indeed|Now|Then|Today|Yesterday|Moreover|Besides)$/;
/** ", both in Boston, " / ", 18, " / ", an expert in molecular virology, ": an aside the subject ends with. */
const TRAILING_ASIDE = /,\s+[^,"“”]{1,150},\s+$/;

/**
 * The sentence with its subject compacted so the verb comes sooner; the same string when the subject is
 * short, has a quotation, or nothing can go. `s`: a title draft (the main clause, no dateline or timex).
 */
export function compactSubject(s: string): string {
  const at = verbAt(s);
  if (at < 0) return s;
  const subject = s.slice(0, at);
  if (/["“”]/.test(subject)) return s;
  let t = subject;
  const described = DESCRIBED_NAME.exec(t);
  if (described) t = `${described[1]} `;
  // An aside that names a second subject ("Alleyn's School, in Dulwich, ... and South Hampstead High
  // School ...,") is not only a description: it stays.
  const asides = NAME_ASIDES.exec(t);
  if (asides && !DISCOURSE.test(asides[1]!) && !/\sand\s+[A-Z]/.test(t.slice(asides[1]!.length))) t = `${asides[1]} `;
  // The last aside, when it is the only one ("an independent, nonprofit committee, ..." is two).
  const trailing = TRAILING_ASIDE.exec(t);
  if (trailing && !t.slice(0, trailing.index).includes(',') && !/\sand\s+[A-Z]/.test(trailing[0])) t = `${t.slice(0, trailing.index)} `;
  t = t.replace(NAMED_PHRASE, (m: string, before: string) => (TITLES.has(before.toLowerCase()) ? m : ''));
  // Something must stay of the subject: at least one word before the verb.
  if (t === subject || !/\S/.test(t)) return s;
  return t + s.slice(at);
}

/**
 * Where the main verb starts: the first lowercase word after a space that isVerbWord, outside a quotation
 * and not after "who", "which" or "that" (a relative clause's verb is not the subject's).
 */
function verbAt(s: string): number {
  const re = /\s([a-z]+)\b/g;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (!isVerbWord(m[1]!)) continue;
    const before = s.slice(0, m.index);
    if (/["“]/.test(before)) return -1;
    if (/\b(?:who|which|that|whose)\b[^,]*$/.test(before)) continue;
    return m.index + 1;
  }
  return -1;
}
