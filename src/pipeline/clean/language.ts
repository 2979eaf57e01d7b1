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
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters >= MIN_LETTERS) {
    const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
    if (latin / letters < MIN_LATIN) return `written mostly in a script other than the Latin alphabet (${Math.round((100 * latin) / letters)}% Latin letters)`;
  }
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  if (words.length < MIN_WORDS) return null;
  let common = 0;
  for (const w of words) if (FUNCTION_WORDS.has(w)) common++;
  const share = common / words.length;
  if (share >= MIN_SHARE) return null;
  return `does not read as English (${(100 * share).toFixed(1)}% of its words are common English words such as "the", "of", "and"; English news has about 28%)`;
}
