/**
 * The Porter stemmer of ROUGE-1.5.5.pl (Martin Porter's Perl "Release 1" with C.-Y. Lin's 2004 change to
 * step 4), as /work/shared/eval/tools/tls/score_tls.py writes it: the same regular expressions, tested in
 * the same order, so that a token stems exactly as the reference scorer stems it.
 */
const c = '[^aeiou]';
const v = '[aeiouy]';
const C = `${c}[^aeiouy]*`;
const V = `${v}[aeiou]*`;
const MGR0 = new RegExp(`^(${C})?${V}${C}`);
const MEQ1 = new RegExp(`^(${C})?${V}${C}(${V})?$`);
const MGR1 = new RegExp(`^(${C})?${V}${C}${V}${C}`);
const HASV = new RegExp(`^(${C})?${v}`);
const CVC = new RegExp(`^${C}${v}[^aeiouwxy]$`);

const S1A_1 = /(ss|i)es$/;
const S1A_2 = /([^s])s$/;
const S1B_EED = /eed$/;
const S1B_EDING = /(ed|ing)$/;
const S1B_ATBLIZ = /(at|bl|iz)$/;
const S1B_DOUBLE = /([^aeiouylsz])\1$/;
const S2 = /(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$/;
const S3 = /(icate|ative|alize|iciti|ical|ful|ness)$/;
const S4 = /(al|ance|ence|er|ic|able|ible|ant|ement|ou|ism|ate|iti|ous|ive|ize)$/;
const S4_MENT = /ment$/;
const S4_ENT = /ent$/;
const S4_ION = /(s|t)(ion)$/;

const STEP2: Record<string, string> = {
  ational: 'ate', tional: 'tion', enci: 'ence', anci: 'ance', izer: 'ize', bli: 'ble', alli: 'al', entli: 'ent', eli: 'e', ousli: 'ous',
  ization: 'ize', ation: 'ate', ator: 'ate', alism: 'al', iveness: 'ive', fulness: 'ful', ousness: 'ous', aliti: 'al', iviti: 'ive',
  biliti: 'ble', logi: 'log',
};
const STEP3: Record<string, string> = { icate: 'ic', ative: '', alize: 'al', iciti: 'ic', ical: 'ic', ful: '', ness: '' };

/** Stems one lower-case token as ROUGE-1.5.5.pl's `stem` does. */
export function porterStemRouge(word: string): string {
  let w = word;
  if (w.length < 3) return w;
  const firstY = w[0] === 'y';
  if (firstY) w = `Y${w.slice(1)}`; // an initial y is a consonant
  // Step 1a
  let m = S1A_1.exec(w) ?? S1A_2.exec(w);
  if (m) w = w.slice(0, m.index) + m[1]!;
  // Step 1b
  m = S1B_EED.exec(w);
  if (m) {
    if (MGR0.test(w.slice(0, m.index))) w = w.slice(0, -1);
  } else {
    m = S1B_EDING.exec(w);
    if (m) {
      const stem = w.slice(0, m.index);
      if (HASV.test(stem)) {
        w = stem;
        if (S1B_ATBLIZ.test(w)) w += 'e';
        else if (S1B_DOUBLE.test(w)) w = w.slice(0, -1);
        else if (CVC.test(w)) w += 'e';
      }
    }
  }
  // Step 1c
  if (w.endsWith('y')) {
    const stem = w.slice(0, -1);
    if (HASV.test(stem)) w = `${stem}i`;
  }
  // Steps 2 and 3
  for (const [re, table] of [[S2, STEP2], [S3, STEP3]] as const) {
    m = re.exec(w);
    if (m) {
      const stem = w.slice(0, m.index);
      if (MGR0.test(stem)) w = stem + table[m[1]!]!;
    }
  }
  // Step 4 (the 2004 variant: three tests in a row, the -ion test being the else of the -ent test)
  for (const re of [S4, S4_MENT]) {
    m = re.exec(w);
    if (m && MGR1.test(w.slice(0, m.index))) w = w.slice(0, m.index);
  }
  m = S4_ENT.exec(w);
  if (m) {
    if (MGR1.test(w.slice(0, m.index))) w = w.slice(0, m.index);
  } else {
    m = S4_ION.exec(w);
    if (m) {
      const stem = w.slice(0, m.index) + m[1]!;
      if (MGR1.test(stem)) w = stem;
    }
  }
  // Step 5
  if (w.endsWith('e')) {
    const stem = w.slice(0, -1);
    if (MGR1.test(stem) || (MEQ1.test(stem) && !CVC.test(stem))) w = stem;
  }
  if (w.endsWith('ll') && MGR1.test(w)) w = w.slice(0, -1);
  if (firstY) w = w[0]!.toLowerCase() + w.slice(1);
  return w;
}
