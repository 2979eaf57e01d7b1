/**
 * Direct quotes in a sentence and who said them: “There will be no use of military force,” he added ->
 * the speaker is the person last named before it ("John Kelly"); "Kelly said: “...”" -> Kelly.
 */
import type { Quote } from '../../schema/index.ts';

const QUOTE = /“([^”]{12,})”|(?<![\p{L}\d])"([^"]{12,})"/gu;
const VERBS = '(?:said|says|added|told|stated|declared|asked|wrote|tweeted|explained|insisted|warned|continued|noted|stressed|recalled|replied|argued)';
const NAME = "((?:[\\p{Lu}][\\p{L}'’.-]*)(?:\\s+(?:[\\p{Lu}][\\p{L}'’.-]*|of|de|van|von|bin|al)){0,4})";
const AFTER = new RegExp(`^[\\s,]*(?:(he|she|they|${NAME.slice(1, -1)}))\\s+${VERBS}\\b|^[\\s,]*${VERBS}\\s+${NAME}`, 'u');
const BEFORE = new RegExp(`${NAME}\\s+${VERBS}\\s*[:,]?\\s*$`, 'u');
const PRONOUN = /^(?:he|she|they)$/i;

/**
 * Quotes of one sentence. `lastPerson(at)` names the person last mentioned before an offset of the article,
 * for pronoun speakers; offsets are article offsets.
 */
export function quotesIn(
  articleId: string,
  sentence: { start: number; text: string },
  lastPerson: (at: number) => string | null,
  canonical: (name: string) => string,
): Quote[] {
  const out: Quote[] = [];
  for (const m of sentence.text.matchAll(QUOTE)) {
    const body = m[1] ?? m[2]!;
    if (body.trim().split(/\s+/).length < 4) continue; // scare quotes: “military”, “sex war”
    const start = sentence.start + m.index!;
    const after = sentence.text.slice(m.index! + m[0].length);
    const before = sentence.text.slice(0, m.index!);
    let speaker: string | null = null;
    const a = AFTER.exec(after);
    const b = a ? null : BEFORE.exec(before);
    const raw = a ? (a[1] ?? a[2] ?? null) : b ? b[1]! : null;
    if (raw && PRONOUN.test(raw)) speaker = lastPerson(start);
    else if (raw) speaker = canonical(raw.replace(/^(?:Mr|Mrs|Ms|Dr)\.?\s+/, '').replace(/['’]s$/, ''));
    out.push({ articleId, start, end: start + m[0].length, text: m[0], speaker });
  }
  return out;
}
