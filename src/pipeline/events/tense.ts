/**
 * Tense of the clause around a time expression, reading outside quotations. The time tagger's tense looks
 * at the nearest auxiliary in either direction, so in `Kelly then promised at a news conference on Thursday
 * that "there will be no mass deportations"` the quoted "will" made Thursday the next Thursday; the
 * governing verb is "promised". Used where a weekday's direction decides an event's date or an article's.
 */
import words from './tense.en.json' with { type: 'json' };

export type Direction = 'past' | 'future' | null;

const FUTURE = new Set(words.future);
const FUTURE_PHRASE = new RegExp(`\\b(?:${words.futurePhrases.join('|')})\\b`, 'g');
const PAST = new Set(words.past);
const NOT_PAST = new Set(words.notPast);

/**
 * Direction of the expression at [start, end) of `sentence` (offsets within the sentence). An expression
 * inside a quotation is read in the quoted clause, the speaker's tense: `"I am coming south Monday,
 * December 18," she wrote` announces the Monday; the narrator's "wrote" only says when it was said.
 */
export function clauseTense(sentence: string, start: number, end: number): Direction {
  const q = quoteAround(sentence, start, end);
  if (q) return clauseTense(sentence.slice(q[0], q[1]), start - q[0], end - q[0]);
  const masked = sentence.replace(/“[^”]*”|"[^"]*"/g, (q) => ' '.repeat(q.length)).toLowerCase().replace(FUTURE_PHRASE, (m) => `will${' '.repeat(m.length - 4)}`);
  const left = masked.slice(0, start).split(/[;:]|,\s*(?:but|and)\b/).pop()!.match(/[a-z']+/g) ?? [];
  // A comma right after the expression closes a fronted adverbial ("On Thursday, Simpson will appear").
  const right = masked.slice(end).replace(/^\s*,/, '').split(/[;:.!?]|\bthat\b|,/)[0]!.match(/[a-z']+/g) ?? [];
  // "The summit, scheduled for Friday, was postponed": the day a plan is set for, named right after the plan
  // word, lies ahead of the planning (the tagger reads it so; time/rules lexicon "scheduled", "set for").
  if (PLANNED_FOR.test(left.slice(-2).join(' '))) return 'future';
  for (let i = left.length - 1, d = 0; i >= 0 && d < 16; i--, d++) {
    // "said engineers would inspect the bridge on Tuesday": "would" with a bare verb is the future of the
    // saying, nearer the expression than the saying ("would have closed" looks back: the participle is met first).
    if (left[i] === 'would') return 'future';
    const t = classify(left[i]!, left[i - 1]);
    if (t) return t;
  }
  for (let i = 0; i < right.length && i < 6; i++) {
    const t = classify(right[i]!, right[i - 1]);
    if (t) return t;
  }
  // Present tense around a weekday announces it: "his parole hearing on Thursday is considered a formality".
  if ([...left.slice(-6), ...right.slice(0, 4)].some((w) => /^(?:is|are|am)$/.test(w))) return 'future';
  return null;
}

/** The quotation [from, to) that holds [start, end), its marks excluded; null outside quotes. */
function quoteAround(sentence: string, start: number, end: number): [number, number] | null {
  const before = sentence.slice(0, start);
  const straight = before.lastIndexOf('"');
  if (straight >= 0 && (before.match(/"/g) ?? []).length % 2 === 1) {
    const close = sentence.indexOf('"', end);
    return [straight + 1, close < 0 ? sentence.length : close];
  }
  const open = before.lastIndexOf('\u201c');
  if (open >= 0 && before.lastIndexOf('\u201d') < open) {
    const close = sentence.indexOf('\u201d', end);
    return [open + 1, close < 0 ? sentence.length : close];
  }
  return null;
}

/** A plan word and the preposition that names its day: "scheduled for", "set for", "due on", "slated for". */
const PLANNED_FOR = /^(?:scheduled|slated|set|due|planned|expected|rescheduled|postponed|delayed|moved|pushed) (?:for|on|to|until)$/;

/** After a determiner a future word is a noun: "took aim at the plans to send them back" speaks of plans. */
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'these', 'those', 'such']);

function classify(w: string, before: string | undefined): Direction {
  if (FUTURE.has(w)) return before && DETERMINERS.has(before) ? null : 'future';
  // "is granted", "be held": a participle after a present "be" is not a past verb.
  if (before && /^(?:is|are|be|being|am)$/.test(before)) return null;
  // "expected to hit", "will cut", "did not set": after "to", a modal or a negation a verb is a bare form,
  // never a past tense; "remain closed", "stay shut": a participle after a copula is an adjective.
  if (before && /^(?:to|will|would|could|can|may|might|should|must|shall|did|does|do|not|remain|remains|stay|stays)$/.test(before)) return null;
  if (PAST.has(w)) return 'past';
  if (w.length > 4 && w.endsWith('ed') && !NOT_PAST.has(w)) return 'past';
  return null;
}

/** The fields of a tagger expression this module needs to re-resolve a weekday. */
export interface WeekdayTimex { start: number; end: number; value: string; expr?: string; tense?: string | null }

/**
 * Weekday expressions whose direction the tagger read from a quotation or a subordinate clause, re-resolved
 * with the clause tense: only "wd(dct,N,tense)" expressions, only where our reading is definite and differs.
 */
export function retense<T extends WeekdayTimex>(
  text: string,
  sentences: ReadonlyArray<{ start: number; end: number }>,
  timexes: readonly T[],
  resolve: (t: T, tense: 'past' | 'future') => T,
): T[] {
  let s = 0;
  return timexes.map((t) => {
    if (!t.expr || !/^wd\(dct,\d,tense\)$/.test(t.expr)) return t;
    while (s < sentences.length && sentences[s]!.end <= t.start) s++;
    const sent = sentences[s];
    if (!sent || sent.start > t.start) return t;
    const mine = clauseTense(text.slice(sent.start, sent.end), t.start - sent.start, t.end - sent.start);
    if (!mine || mine === t.tense) return t;
    return resolve(t, mine);
  });
}

/** sentenceTense by sentence: events, dating and merge each ask about the same candidate sentences. */
const tenses = new Map<string, Direction>();

/** Whole-sentence direction outside quotations: any future marker wins, else any past verb, else null. */
export function sentenceTense(sentence: string): Direction {
  let d = tenses.get(sentence);
  if (d === undefined) {
    if (tenses.size >= 50000) tenses.clear();
    tenses.set(sentence, (d = tenseOf(sentence)));
  }
  return d;
}

function tenseOf(sentence: string): Direction {
  const masked = sentence.replace(/“[^”]*”|"[^"]*"/g, ' ').toLowerCase().replace(FUTURE_PHRASE, ' will ');
  const ws = masked.match(/[a-z']+/g) ?? [];
  if (ws.some((w) => FUTURE.has(w))) return 'future';
  return ws.some((w, i) => classify(w, ws[i - 1]) === 'past') ? 'past' : null;
}

/** Verbs of saying in the present: the saying is the day of writing ("Boeing says they must ..."). */
const SAYS_PRESENT = new Set(['says', 'say', 'tells', 'announces', 'reports', 'confirms', 'warns', 'claims', 'insists', 'adds', 'notes', 'states', 'admits', 'denies']);
/** Verbs of saying in the past, or a perfect's participle ("has said", "have announced"). */
const SAID = new Set(['said', 'told', 'announced', 'stated', 'declared', 'reported', 'confirmed', 'added', 'noted', 'warned', 'claimed', 'insisted', 'acknowledged', 'admitted', 'denied', 'promised', 'pledged', 'vowed', 'asked', 'explained', 'stressed', 'revealed', 'predicted', 'assured', 'argued', 'commented', 'responded', 'replied']);
const SUBJECT_START = new Set(['that', 'he', 'she', 'they', 'it', 'we', 'i', 'the', 'there', 'its', 'his', 'her', 'their']);
const saying = new Map<string, 'past' | 'present' | null>();

/**
 * Reported speech: the tense of the saying that governs the sentence, not of what was said. "Airbus has said
 * they will continue with their tour" tells a saying done (the "will" is the plan said); "Boeing says they
 * must increase ..." a saying at the time of writing; `"We plan to ...," says X` too. Null when no verb of
 * saying governs a complement (a quotation, "that", or a clause's subject right after it).
 */
export function sayingTense(sentence: string): 'past' | 'present' | null {
  let d = saying.get(sentence);
  if (d !== undefined) return d;
  if (saying.size >= 50000) saying.clear();
  d = sayingOf(sentence);
  saying.set(sentence, d);
  return d;
}

function sayingOf(sentence: string): 'past' | 'present' | null {
  // Quotations, straight, curly or in the ``...'' of tokenized text, become one marker word.
  const masked = sentence.replace(/“[^”]*(?:”|$)|"[^"]*(?:"|$)|``(?:(?!'').)*(?:''|$)/g, ' QUOTE ').toLowerCase();
  const ws = masked.match(/[a-z']+/g) ?? [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    const present = SAYS_PRESENT.has(w);
    if (!present && !SAID.has(w)) continue;
    const before = ws[i - 1];
    const after = ws[i + 1];
    if (before && DETERMINERS.has(before)) continue;
    // The saying governs what follows it ("said that", "said they", "said: ``...''") or the quotation before it.
    const governs = after === undefined || after === 'quote' || SUBJECT_START.has(after) || before === 'quote' || ws[i - 2] === 'quote';
    if (!governs) continue;
    if (before === 'will' || before === 'would') return null;
    return present ? 'present' : 'past';
  }
  return null;
}
