/**
 * Direct quotes in a sentence and who said them:
 *  - “...,” Mr Kelly said / “...,” said publicist Andrew Wyatt -> the name after the quote;
 *  - Kelly said: “...” / Tillerson said the two sides “reiterated ...” / Wyatt also called the trial “...”
 *    -> the last "<name> [also|then] <reporting verb>" before the quote;
 *  - “...,” he added -> the person the pronoun stands for (names.ts: the previous subject, when certain);
 *  - a sentence that is only a quote continues the previous sentence's speaker.
 * A fragment in quotation marks that nobody is said to have said ("the trial of the century") is no quote.
 */
import type { Quote } from '../../schema/index.ts';
import { REPORTING } from './lexicon.ts';

const QUOTE = /“([^”]{12,})”|(?<![\p{L}\d])"([^"]{12,})"/gu;
const EXTRA = ['continued', 'recalled', 'replied', 'asked', 'wrote', 'tweeted', 'explained', 'insisted', 'stressed', 'argued', 'stated', 'declared'];
const VERBS = `(?:${[...new Set([...REPORTING, ...EXTRA])].sort((a, b) => b.length - a.length).join('|')})`;
const NAME = "(?:[\\p{Lu}][\\p{L}'’.-]*)(?:\\s+(?:[\\p{Lu}][\\p{L}'’.-]*|of|de|van|von|bin|al)){0,4}";
const AFTER = new RegExp(`^[\\s,]*(?:(he|she|they|${NAME})\\s+${VERBS}\\b|${VERBS}\\s+(?:(?:the|a|an|[a-z]+man|[a-z]+woman|[a-z]+person|publicist|lawyer|attorney|spokesman|spokeswoman|official|president|secretary|minister|director|prosecutor|judge)\\s+){0,3}(${NAME}))`, 'u');
/** "<name> [also|then|later] <reporting verb>" anywhere before a quote: the last one wins. */
const SAID_BEFORE = new RegExp(`(?<![\\p{L}’'])(he|she|He|She|${NAME})\\s+(?:(?:also|then|later|again|further|had|has|have|repeatedly|previously|once|publicly|reportedly)\\s+){0,2}${VERBS}\\b`, 'gu');
const PRONOUN = /^(?:he|she|they)$/i;
const OPENS_WITH_QUOTE = /^\s*[“"]/;

/**
 * Quotes of one sentence. `resolve(at, pronoun)` names the person a pronoun at an article offset stands
 * for; `previous()` is the speaker of the previous sentence's last quote; `speakerOf(words)` the person or
 * organization some capitalised words name (titles dropped), or null for a place or nothing known.
 */
export function quotesIn(
  articleId: string,
  sentence: { start: number; text: string },
  resolve: (at: number, pronoun?: string) => string | null,
  canonical: (name: string) => string,
  previous: () => string | null = () => null,
  speakerOf: (words: string) => string | null = (w) => canonical(w.replace(/^(?:Mr|Mrs|Ms|Dr)\.?\s+/, '').replace(/['’]s$/, '')),
): Quote[] {
  const out: Quote[] = [];
  const text = sentence.text;
  // exec loops, not matchAll (which clones the regex per call). The callbacks may read the previous
  // sentence's quotes, which runs this function and moves QUOTE.lastIndex: each search sets its own start.
  for (let from = 0; ; ) {
    QUOTE.lastIndex = from;
    const m = QUOTE.exec(text);
    if (!m) break;
    from = m.index + m[0].length;
    const body = m[1] ?? m[2]!;
    if (body.trim().split(/\s+/).length < 4) continue; // scare quotes: “military”, “sex war”
    const start = sentence.start + m.index;
    const after = text.slice(m.index + m[0].length);
    const before = text.slice(0, m.index);
    let raw: string | null = null;
    let rawAt = start;
    const a = AFTER.exec(after);
    if (a) {
      raw = a[1] ?? a[2] ?? null;
      rawAt = start + m[0].length;
    } else {
      SAID_BEFORE.lastIndex = 0;
      for (let b = SAID_BEFORE.exec(before); b; b = SAID_BEFORE.exec(before)) {
        raw = b[1]!;
        rawAt = sentence.start + b.index;
      }
    }
    let speaker: string | null = null;
    if (raw && PRONOUN.test(raw)) speaker = /^they$/i.test(raw) ? null : resolve(rawAt, raw.toLowerCase());
    else if (raw) speaker = speakerOf(raw);
    // A sentence that is nothing but a quote goes on with the previous speaker.
    if (!raw && m.index === 0 && OPENS_WITH_QUOTE.test(text) && after.replace(/[\s.,!?]/g, '').length === 0) speaker = previous();
    // A phrase in quotation marks that nobody is said to say: a title or a scare quote, not a quote.
    if (!speaker && /^[\s'‘]*[\p{Ll}]/u.test(body)) continue;
    out.push({ articleId, start, end: start + m[0].length, text: m[0], speaker });
  }
  return out;
}
