/**
 * Whether a cleaned article is English prose, the only language the pipeline reads (its time rules, event
 * lexicon, tense reader and name rules are English). A page in another language is skipped with a warning
 * naming its file, rather than cut into events: Timeline17's H1N1 topic holds six Vietnamese pages whose
 * diacritics were lost ("Vi # t Nam ngn c m c a kh u ..."), and they had put four unreadable events and six
 * unreadable titles in the story.
 *
 * The test counts the commonest English function words that other languages written in the Latin alphabet do
 * not share ("in", "a", "an", "on", "was", "will", "also" are left out: German, French, Spanish and Dutch use
 * them too). Measured on the 1,200 shared texts of 30 words or more (Timeline17 topics, news clusters): English
 * pages have 24% or more of such words in nine cases out of ten (median 28%), the fewest 6.8% (a film
 * festival's list of cities and dates) and 11.9% (a photo caption); the six Vietnamese pages 0% to 1.1%, and
 * news paragraphs in German, French, Italian, Portuguese, Spanish and Dutch 0%. The bar (3%) sits between;
 * under 40 words a page says too little to judge. A text mostly in a non-Latin script (Arabic, Chinese,
 * Cyrillic) is not English either.
 */
const FUNCTION_WORDS = new Set(
  'the of and to is that for with it at by said from his be have are were this but not they who had its their been which than would about after more'.split(' '),
);

/** Fewest words a page must have for its language to be judged. */
const MIN_WORDS = 40;
/** Least share of those words an English page has (measured: 0.068 at the lowest; other languages 0.011 at most). */
const MIN_SHARE = 0.03;
/** Fewest letters before the script is judged, and the least share of them in the Latin script. */
const MIN_LETTERS = 200;
const MIN_LATIN = 0.5;

/** Why `text` is not English prose, or null when it is (or is too short to tell). */
export function notEnglish(text: string): string | null {
  // One pass over the characters, no array of words or letters (a Timeline17 topic is 1.5 MB of text): ASCII
  // letters are Latin; any other character is asked of the Unicode tables alone. A word is a run of ASCII
  // letters, as /[a-z]+/ on the lower-cased text would find it.
  let letters = 0;
  let latin = 0;
  let words = 0;
  let common = 0;
  let start = -1;
  // A page's language shows in its first few thousand characters.
  const n = Math.min(text.length, SAMPLE_CHARS);
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 32;
    const ascii = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (ascii) {
      letters++;
      latin++;
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      words++;
      // Every function word has 2 to 5 letters: only those runs are looked up.
      if (i - start <= 5 && i - start >= 2 && FUNCTION_WORDS.has(text.slice(start, i).toLowerCase())) common++;
      start = -1;
    }
    if (c > 127) {
      const ch = String.fromCharCode(c);
      if (LETTER.test(ch)) {
        letters++;
        if (LATIN.test(ch)) latin++;
      }
    }
  }
  if (letters >= MIN_LETTERS && latin / letters < MIN_LATIN) return `written mostly in a script other than the Latin alphabet (${Math.round((100 * latin) / letters)}% Latin letters)`;
  if (words < MIN_WORDS) return null;
  const share = common / words;
  if (share >= MIN_SHARE) return null;
  return `does not read as English (${(100 * share).toFixed(1)}% of its words are common English words such as "the", "of", "and"; English news has about 28%)`;
}

/** How much of a text is read to judge its language (a page of news is 3,000 to 8,000 characters). */
const SAMPLE_CHARS = 4000;
const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;
