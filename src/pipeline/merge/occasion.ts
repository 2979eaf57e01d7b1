/**
 * Occasions: statements made at one occasion (a news conference, a hearing, a speech, a funeral, a visit) are one happening,
 * however few words they share ("Kelly promised no mass deportations" and "Tillerson said the two countries
 * were committed to working through their disagreements", both at Thursday's news conference in Mexico City).
 *
 * On one day, a set of sentences that names an occasion ("told a news conference", "during a joint press
 * conference by Tillerson and Kelly") has participants: the people its sentences name and its speakers.
 *  - Two occasion sets of the same day are one occasion when each one's agents (its speakers, or its
 *    participants when nobody speaks in it) take part in the other.
 *  - A set of statements with no occasion of its own joins the one occasion of its day at which every one
 *    of its speakers took part. Two occasions fit equally well: it stays apart (nothing says which).
 *  - Sets made only of statements that fit no occasion of the day join when they have the same speakers:
 *    one person's remarks of one day, reported by several outlets in their own words, are one happening.
 * A statement by someone else ("Spokesman Sean Spicer later told a news conference" on the same day) or an
 * occasion with other people (Trump "at the White House during a meeting") stays its own happening.
 */
import type { Candidate } from '../events/candidates.ts';
import { REPORTING } from '../events/lexicon.ts';
import type { StoryNames } from './build.ts';

/** The nouns of an occasion at which statements are made (a funeral, a memorial, a visit or tour as much as a briefing). */
const OCCASION = /\b(?:news|press)\s+conferences?\b|\b(?:news|press)\s+briefings?\b|\bbriefing\b|\bhearing\b|\bspeech\b|\btestimony\b|\binterview\b|\brally\b|\bceremony\b|\bsummit\b|\bmeeting\b|\bfunerals?\b|\bmemorial\b|\bvigil\b|\bvisit\b|\btour\b/i;
/** Where what was said begins: "that ...", a quotation, a colon. */
const CONTENT = /\bthat\b|[“"]|:\s/;
/** An occasion that did not take place or that someone kept out of: "declined an interview". */
const CALLED_OFF = /\b(?:declined|refused|cancel(?:l)?ed|postponed|skipped|called off|did not attend|no)\s+(?:\w+\s+){0,2}(?:conference|briefing|hearing|speech|testimony|interview|rally|ceremony|summit|meeting|funeral|memorial|vigil|visit|tour)\b/i;
const VERB = new RegExp(`^\\s*(?:,[^,]{1,80},\\s*)?(?:(?:also|then|later|again|further|had|has|repeatedly|publicly)\\s+){0,2}(?:${[...REPORTING].join('|')})\\b`, 'i');
const PRONOUN_VERB = new RegExp(`\\b(he|she)\\s+(?:(?:also|then|later|again)\\s+){0,2}(?:${[...REPORTING].join('|')})\\b`, 'gi');

export interface OccasionSet {
  /** Root of the merged set, as mergeEvents keeps it. */
  root: number;
  /** The set's date value (only day dates are considered). */
  day: string;
  members: readonly Candidate[];
}

interface Facts { root: number; day: string; occasion: boolean; speakers: Set<string>; participants: Set<string>; statements: number; size: number }

/**
 * Pairs of roots to unite, in a deterministic order, and the roots among them that name the occasion (the
 * joined event's headline comes from those: "Kelly promised ... at a news conference", not one remark).
 */
export function occasionUnions(sets: readonly OccasionSet[], names: StoryNames): { unions: Array<[number, number]>; occasions: Set<number> } {
  const facts = sets.filter((s) => /^\d{4}-\d{2}-\d{2}$/.test(s.day)).map((s) => factsOf(s, names));
  unifySpellings(facts);
  const byDay = new Map<string, Facts[]>();
  for (const f of facts) {
    const list = byDay.get(f.day);
    if (list) list.push(f);
    else byDay.set(f.day, [f]);
  }
  const out: Array<[number, number]> = [];
  const occasionRoots = new Set<number>();
  for (const day of [...byDay.keys()].sort()) {
    const list = byDay.get(day)!.sort((a, b) => a.root - b.root);
    const occasions = list.filter((f) => f.occasion && f.participants.size);
    for (const f of occasions) occasionRoots.add(f.root);
    // Occasions of the day that are one: union-find over them, merged facts kept per class.
    const parent = new Map(occasions.map((f) => [f.root, f.root]));
    const find = (x: number): number => (parent.get(x) === x ? x : find(parent.get(x)!));
    for (let i = 0; i < occasions.length; i++) {
      for (let j = i + 1; j < occasions.length; j++) {
        const a = occasions[i]!;
        const b = occasions[j]!;
        if (find(a.root) === find(b.root)) continue;
        if (meets(agents(a), b.participants) && meets(agents(b), a.participants)) {
          parent.set(find(b.root), find(a.root));
          out.push([a.root, b.root]);
        }
      }
    }
    const classes = new Map<number, Set<string>>();
    for (const o of occasions) {
      const c = find(o.root);
      const p = classes.get(c) ?? new Set<string>();
      for (const x of o.participants) p.add(x);
      classes.set(c, p);
    }
    // Statements fitting no occasion of the day: one speaker's (or one set of speakers') remarks of one day
    // are one happening, his statement of that day, however they are worded by each outlet ("Obama issued
    // a statement saying ..." / "Obama similarly condemned what he called ...").
    const bySpeakers = new Map<string, number>();
    for (const s of list) {
      if (s.occasion || !s.speakers.size || 2 * s.statements < s.size) continue;
      // The classes whose participants include every speaker: the first of them, and whether it is the only one.
      let fits = 0;
      let fit = -1;
      for (const [c, p] of classes) {
        if (!every(s.speakers, p)) continue;
        if (fits++ === 0) fit = c;
      }
      if (fits === 1) out.push([fit, s.root]);
      else if (!fits && s.statements === s.size) {
        const key = [...s.speakers].sort().join('\u0000');
        const first = bySpeakers.get(key);
        if (first === undefined) bySpeakers.set(key, s.root);
        else out.push([first, s.root]);
      }
    }
  }
  const joined = new Set(out.flat());
  return { unions: out, occasions: new Set([...occasionRoots].filter((r) => joined.has(r))) };
}

/** The share of a set's statements a person must make to count as one of its speakers. */
const PRINCIPAL = 0.25;
/** Whether a and b share a member; whether b holds every member of a (loops: no array per question). */
const meets = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => {
  for (const x of a) if (b.has(x)) return true;
  return false;
};
const every = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => {
  for (const x of a) if (!b.has(x)) return false;
  return true;
};
const agents = (f: Facts) => (f.speakers.size ? f.speakers : f.participants);

function factsOf(s: OccasionSet, names: StoryNames): Facts {
  const said = new Map<string, number>();
  const participants = new Set<string>();
  let occasion = false;
  let statements = 0;
  for (const c of s.members) {
    const text = c.sentence.text;
    const who = speakersOf(c, names);
    if (who.size) statements++;
    for (const x of who) said.set(x, (said.get(x) ?? 0) + 1);
    const at = OCCASION.exec(text);
    if (at && !CALLED_OFF.test(text)) {
      occasion = true;
      // Who took part is named around the occasion, not in what was said there: "Spicer told a news
      // conference that Trump was using the term" has Spicer at it, not Trump.
      const said = CONTENT.exec(text.slice(at.index + at[0].length));
      const end = said ? at.index + at[0].length + said.index : text.length;
      for (const n of names.namesOf(text)) {
        if (n.modifier || n.possessive || n.at >= end) continue;
        const p = names.person(n);
        if (p) participants.add(p);
      }
    }
  }
  // The set's speakers are those who make a fair share of its statements: one remark by someone else
  // recalled among a news conference's ("Only hours earlier, President Donald Trump suggested the opposite")
  // does not make him a speaker at it.
  const speakers = new Set([...said].filter(([, n]) => n >= Math.max(1, PRINCIPAL * statements)).map(([x]) => x));
  if (occasion) for (const x of speakers) participants.add(x);
  return { root: s.root, day: s.day, occasion, speakers, participants, statements, size: s.members.length };
}

/** speakersOf's answers, per story and sentence: merge asks again for a third of them (speakerContinuation.ts). */
const spoke = new WeakMap<StoryNames, WeakMap<Candidate, ReadonlySet<string>>>();

/**
 * Who a sentence says spoke: its quotes' speakers, a person named right before a reporting verb, "he said".
 * Found once per sentence of a story: the set is shared, never to be changed by the caller.
 */
export function speakersOf(c: Candidate, names: StoryNames): ReadonlySet<string> {
  let known = spoke.get(names);
  if (!known) spoke.set(names, (known = new WeakMap()));
  let out = known.get(c);
  if (!out) known.set(c, (out = findSpeakers(c, names)));
  return out;
}

function findSpeakers(c: Candidate, names: StoryNames): Set<string> {
  const out = new Set<string>();
  const text = c.sentence.text;
  for (const q of names.quotesOf(c.articleId, c.sentence)) if (q.speaker) out.add(q.speaker);
  for (const n of names.namesOf(text)) {
    if (n.modifier || n.possessive) continue;
    const p = names.person(n);
    if (p && VERB.test(text.slice(n.at + n.name.length))) out.add(p);
  }
  for (const m of text.matchAll(PRONOUN_VERB)) {
    const p = names.antecedent(c.articleId, c.sentence.start, m[1]!.toLowerCase());
    if (p) out.add(p);
  }
  return out;
}

/**
 * One person written two ways ("Hisham Kandil" / "Hesham Kandil"): the same surname and first names one
 * letter apart. Brothers ("Tracey Morgan" / "Corey Morgan") differ by more. The story's name book keeps the
 * two spellings apart (it unifies a name with its surname and initials, not two spellings of a first name), so the statements of
 * one outlet's "Hesham Kandil" found no occasion of the day at which he took part, though another outlet's
 * "Hisham Kandil" visited. Measured with npm run eval: events per matched gold event 1.646 -> 1.644 (mn07),
 * every other figure unchanged.
 */
function unifySpellings(facts: Facts[]): void {
  const all = new Set<string>();
  for (const f of facts) for (const x of [...f.speakers, ...f.participants]) all.add(x);
  const to = new Map<string, string>();
  // Only two-word names can be variants, and only of a name with the same surname: each name is checked
  // against the earlier names (in sorted order) of its surname, first to last, as a scan of every earlier
  // name would find them, without splitting every pair again (a Timeline17 topic has thousands of names).
  const bySurname = new Map<string, string[][]>();
  for (const name of [...all].sort()) {
    const words = name.split(' ');
    if (words.length !== 2) continue;
    const earlier = bySurname.get(words[1]!);
    if (!earlier) { bySurname.set(words[1]!, [words]); continue; }
    for (const e of earlier) {
      if (e[0] !== words[0] && editDistanceAtMostOne(e[0]!, words[0]!)) { const first = `${e[0]} ${e[1]}`; to.set(name, to.get(first) ?? first); break; }
    }
    earlier.push(words);
  }
  if (!to.size) return;
  const map = (set: Set<string>) => new Set([...set].map((x) => to.get(x) ?? x));
  for (const f of facts) { f.speakers = map(f.speakers); f.participants = map(f.participants); }
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { i++; j++; continue; }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else { i++; j++; }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}
