/**
 * A headline glued to the first sentence on one line, as scrapers leave news pages ("Economic Crisis Causes
 * Rise in MBA Applicants The economic crisis's trickle-down effect on the world of business school students
 * is taking hold."). Read by its shape, never by its words: a headline in title case capitalises every word
 * but the small ones (articles, short prepositions and conjunctions), so "The", "A" or "An" written with a
 * capital inside such a run, followed by a lower-case word, opens a new sentence; so does a person's title
 * with a name that a lower-case verb follows ("... Comes First President Obama declared", session 20: a
 * headline has no lower-case word but the small ones). Where the subject has no title ("... Stays Shut for
 * Winter Ellen Brady said") the line is left as it is: the name is capitalised too, and nothing in the
 * shape tells where it starts. In a headline of either case, a subject pronoun written with a capital after
 * an unmarked word ("... flu crisis It is no longer ...") and a wire dateline ("... Fiscal Discipline PARIS
 * -- France and ...") open the sentence too (session 21).
 */
import { isAgency } from './meta.ts';
import { parseDateExpression } from './statedDate.ts';

/** Words a title-case headline leaves in lower case. */
const SMALL = new Set('a an the of in on at to for and or but nor as by with from into onto over up off out vs vs. per via'.split(' '));
/** At least this many capitalised words before the article, so a short run ("In Washington The ...") is no headline. */
const MIN_CAPITALS = 3;

/** Titles a name follows in a lead's subject ("President Obama", "Sen. Barack Obama", "Gov. Rick Scott"). */
const PERSON_TITLE = /^(?:President|Sen\.|Senator|Gov\.|Governor|Secretary|Rep\.|Representative|Mayor|Judge|Gen\.|General|Chancellor|Premier|Minister|Pope|King|Queen|Prince|Dr\.|Mr\.|Mrs\.|Ms\.)$/;
/** A word that goes with the title after it ("Former President Bush"). */
const TITLE_MODIFIER = /^(?:Former|Vice|Deputy|Acting|Interim|Then-?|U\.S\.)$/;
/** A title-case verb: a third-person present or a past form, or a modal ("Says", "Grilled", "Will"). */
const HEADLINE_VERB = /^(?:[A-Z][a-z]{2,}(?:s|ed)|Will|Can|May|Must)$/;
/** A wire dateline from its place on: "PARIS --", "RIO DE JANEIRO, Dec. 8 --", "NEW YORK, Jan. 15 (AP) -". */
const MID_DATELINE = /^[A-Z]{2}[A-Z.'’-]*(?: [A-Z]{2}[A-Z.'’-]*){0,3}(?:, [A-Z][\w.'’]*(?: [A-Z][\w.'’]*){0,2})?(?:,? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2})?(?: \([\w .]+\))? ?(?:--|[-–—]) \S/;
/** A subject pronoun or a sentence's demonstrative: written with a capital only where a sentence opens. */
const SUBJECT_PRONOUN = /^(?:It|He|She|They|We|There|This)$/;
const TITLE_ABBREVIATION = /^(?:Sen|Gov|Rep|Gen|Dr|Mr|Mrs|Ms|Lt|Col|Sgt|St)\.$/;

export interface Glued { headline: string; rest: string }

export function splitGluedHeadline(line: string): Glued | null {
  const words = line.trim().split(/\s+/);
  // A byline ("By Bruce Rutherford, Special to CNN") or a wire dateline ("NEW YORK, June 24 --") is no headline.
  if (/^(?:By|From)$/.test(words[0] ?? '')) return null;
  let capitals = 0;
  let sentenceCase = false;
  for (let i = 0; i < words.length - 1; i++) {
    const w = words[i]!;
    const bare = w.replace(/^[^\p{L}\p{N}$]+|[^\p{L}\p{N}]+$/gu, '');
    if (!sentenceCase && i >= MIN_CAPITALS && capitals >= MIN_CAPITALS && (w === 'The' || w === 'A' || w === 'An') && /^\p{Ll}/u.test(words[i + 1]!) && !SMALL.has(words[i + 1]!)) {
      return { headline: words.slice(0, i).join(' '), rest: words.slice(i).join(' ') };
    }
    // "Obama Says Economic Crisis Comes First President Obama declared ...": a person's title, one to three
    // capitalised words of a name, then a lower-case word that is no small word (a verb: prose, which a
    // title-case headline never has) opens the sentence; a modifier before the title goes with it.
    // The headline must have a verb of its own ("Says", "Deepens", "Grilled", "Will"): "Foreign Minister Ana
    // Silva and Trade Secretary Paul Grant held ..." is one sentence's subject of two titled names.
    if (!sentenceCase && i >= MIN_CAPITALS && capitals >= MIN_CAPITALS && PERSON_TITLE.test(w) && !PERSON_TITLE.test(words[i - 1]!) && words.slice(1, i).some((x) => HEADLINE_VERB.test(x))) {
      const next = words.slice(i + 1, i + 5).findIndex((x) => !/^[\p{Lu}]/u.test(x));
      const verb = next >= 1 ? words[i + 1 + next]! : '';
      const name = words.slice(i + 1, i + 1 + next);
      if (next >= 1 && /^\p{Ll}/u.test(verb) && !SMALL.has(verb) && name.every((x) => !/[.!?;:|"“”()]$/.test(x) || /^\p{Lu}\.$/u.test(x))) {
        const at = TITLE_MODIFIER.test(words[i - 1]!) && i - 1 >= MIN_CAPITALS ? i - 1 : i;
        return { headline: words.slice(0, at).join(' '), rest: words.slice(at).join(' ') };
      }
    }
    // "France, Germany Unite to Urge Fiscal Discipline PARIS -- France and Germany appealed ...": a wire
    // dateline (a place in capitals, its state, the day, the agency, a dash) opens the article's first
    // sentence wherever a scrape glued it; what stands before it is the headline.
    if (i >= MIN_CAPITALS && /^[A-Z]{2}/.test(w) && !SMALL.has(words[i - 1]!.toLowerCase()) && words.slice(0, i).some((x) => /\p{Ll}/u.test(x)) && MID_DATELINE.test(words.slice(i, i + 12).join(' '))) {
      const place = words.slice(i, i + 4).filter((_x, k, all) => all.slice(0, k + 1).every((y) => /^[A-Z]{2}[A-Z.'’-]*,?$/.test(y))).join(' ').replace(/,$/, '');
      if (!isAgency(place)) return { headline: words.slice(0, i).join(' '), rest: words.slice(i).join(' ') };
    }
    // "Flu hits Canada's native peoples It is unclear why ...": a subject pronoun written with a capital
    // inside a line, after a word with no mark, with a lower-case word after it, opens a sentence, in a
    // headline of either case (prose writes "it" mid-sentence; a title-case headline capitalises the word
    // after it too: "Obama Says It Will Act").
    if (i >= MIN_CAPITALS && SUBJECT_PRONOUN.test(w) && /^\p{Ll}/u.test(words[i + 1]!) && !SMALL.has(words[i + 1]!) && /[\p{L}\p{N}]$/u.test(words[i - 1]!)) {
      return withoutStamp(words.slice(0, i), words.slice(i));
    }
    // "Sen.", "Gov.": a title's abbreviation is no sentence end.
    if (TITLE_ABBREVIATION.test(w)) { capitals++; continue; }
    // A headline has no sentence end, no clause marks of a page's furniture, and every word capitalised
    // but the small ones.
    if (/[.!?;:|"“”()]$/.test(w) || /[|()]/.test(w) || /^(?:--|—|–)$/.test(w) || w.endsWith('--')) return null;
    if (bare === '') continue;
    if (/^[\p{Lu}\p{N}$]/u.test(bare)) capitals++;
    // A headline in sentence case ("Flu hits Canada's native peoples") ends only where a capitalised
    // pronoun opens the sentence (above).
    else if (!SMALL.has(bare.toLowerCase())) sentenceCase = true;
  }
  return null;
}

/**
 * A page's stamp between the headline and the sentence ("Zoo animal placed in quarantine over swine flu fears
 * Wednesday 6 May 2009 15.16 BST It was ..."): the headline ends before it, and the stamp stays at the head
 * of the text, where the page's stamps are read.
 */
function withoutStamp(head: string[], rest: string[]): Glued {
  for (let k = 1; k < head.length; k++) {
    const tail = head.slice(k).join(' ');
    const m = parseDateExpression(tail);
    if (m === null || m.start !== 0 || !m.value.includes('T') || !/^\s*(?:[A-Z]{2,4})?\s*$/.test(tail.slice(m.end))) continue;
    return { headline: head.slice(0, k).join(' '), rest: [...head.slice(k), ...rest].join(' ') };
  }
  return { headline: head.join(' '), rest: rest.join(' ') };
}
