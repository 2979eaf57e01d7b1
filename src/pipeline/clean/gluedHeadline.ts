/**
 * A headline glued to the first sentence on one line, as scrapers leave news pages ("Economic Crisis Causes
 * Rise in MBA Applicants The economic crisis's trickle-down effect on the world of business school students
 * is taking hold."). Read by its shape, never by its words: a headline in title case capitalises every word
 * but the small ones (articles, short prepositions and conjunctions), so "The", "A" or "An" written with a
 * capital inside such a run, followed by a lower-case word, opens a new sentence. Where the headline ends
 * otherwise ("... Comes First President Obama declared") the line is left as it is: the subject's name is
 * capitalised too, and nothing in the shape tells where it starts.
 */

/** Words a title-case headline leaves in lower case. */
const SMALL = new Set('a an the of in on at to for and or but nor as by with from into onto over up off out vs vs. per via'.split(' '));
/** At least this many capitalised words before the article, so a short run ("In Washington The ...") is no headline. */
const MIN_CAPITALS = 3;

export interface Glued { headline: string; rest: string }

export function splitGluedHeadline(line: string): Glued | null {
  const words = line.trim().split(/\s+/);
  // A byline ("By Bruce Rutherford, Special to CNN") or a wire dateline ("NEW YORK, June 24 --") is no headline.
  if (/^(?:By|From)$/.test(words[0] ?? '')) return null;
  let capitals = 0;
  for (let i = 0; i < words.length - 1; i++) {
    const w = words[i]!;
    const bare = w.replace(/^[^\p{L}\p{N}$]+|[^\p{L}\p{N}]+$/gu, '');
    if (i >= MIN_CAPITALS && capitals >= MIN_CAPITALS && (w === 'The' || w === 'A' || w === 'An') && /^\p{Ll}/u.test(words[i + 1]!) && !SMALL.has(words[i + 1]!)) {
      return { headline: words.slice(0, i).join(' '), rest: words.slice(i).join(' ') };
    }
    // A headline has no sentence end, no clause marks of a page's furniture, and every word capitalised
    // but the small ones.
    if (/[.!?;:|"“”()]$/.test(w) || /[|()]/.test(w) || /^(?:--|—|–)$/.test(w) || w.endsWith('--')) return null;
    if (bare === '') continue;
    if (/^[\p{Lu}\p{N}$]/u.test(bare)) capitals++;
    else if (!SMALL.has(bare.toLowerCase())) return null;
  }
  return null;
}
