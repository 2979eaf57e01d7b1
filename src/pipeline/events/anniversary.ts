/**
 * Anniversaries: "The guilty verdict ... came on the 13th anniversary of his double murder acquittal" has
 * no date of its own, but the story dates the acquittal ("On Oct. 3, 1995, a jury acquitted ..."), so the
 * verdict is 2008-10-03. The anniversary's subject is matched to the stated, day-precise happening whose
 * words it shares most.
 */
import type { Candidate } from './candidates.ts';
import { keywords } from './keywords.ts';
import { overlap } from '../chronology/pins.ts';

const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, twentieth: 20, thirtieth: 30, fiftieth: 50, hundredth: 100,
};
const ANNIVERSARY = /\b(?:(\d{1,3})(?:st|nd|rd|th)|([a-z]+))\s+anniversary\s+of\s+([^.,;]{3,80})/i;
/** Share of the subject's words a happening must have to be the one the anniversary counts from. */
const MIN_OVERLAP = 0.25;

export function resolveAnniversaries(cands: Candidate[]): void {
  const anchors = cands.filter((c) => c.own?.granularity === 'day' && c.own.timex.anchor === null);
  for (const c of cands) {
    if (c.own) continue;
    const m = ANNIVERSARY.exec(c.sentence.text);
    if (!m) continue;
    const years = m[1] ? Number(m[1]) : ORDINALS[m[2]!.toLowerCase()];
    if (!years) continue;
    const subject = keywords(m[3]!);
    let best: Candidate | null = null;
    let score = MIN_OVERLAP;
    for (const a of anchors) {
      const s = overlap(subject, a.keys);
      if (s >= score) { best = a; score = s; }
    }
    if (!best) continue;
    const from = best.own!;
    const value = `${String(Number(from.value.slice(0, 4)) + years).padStart(4, '0')}${from.value.slice(4, 10)}`;
    const start = c.sentence.start + m.index;
    c.own = {
      value,
      granularity: 'day',
      articleId: c.articleId,
      timex: {
        start, end: start + m[0].length - m[3]!.length - 4, text: m[0].slice(0, m[0].length - m[3]!.length - 4), type: 'DATE', value, granularity: 'day',
        anchor: from.value, note: `${years} years after "${from.timex.text}" in ${best.articleId}, the happening the anniversary counts from`,
      },
    };
  }
}

const SAME_DAY = /\b(?:the\s+)?same\s+day\s+as\s+((?:the|his|her|their|its|a)\s+[^.,;]{3,60})/i;

/**
 * "it will rule in Simpson's case the same day as the hearing": no date of its own, but the story dates the
 * hearing ("his parole hearing in Nevada on Thursday"). The sentence takes the day of the day-precise
 * happening whose words it names, counting the mentions that agree (those of its own article twice).
 */
export function resolveSameDay(cands: Candidate[]): void {
  const anchors = cands.filter((c) => !c.excluded && c.own && (c.own.granularity === 'day'));
  for (const c of cands) {
    if (c.own) continue;
    const m = SAME_DAY.exec(c.sentence.text);
    if (!m) continue;
    const subject = keywords(m[1]!);
    if (!subject.length) continue;
    const votes = new Map<string, { score: number; from: Candidate }>();
    for (const a of anchors) {
      // Share of the named words the happening has: "the hearing" is any dated sentence about a hearing.
      const keys = new Set(a.keys);
      const s = subject.filter((k) => keys.has(k)).length / subject.length;
      if (s < 0.5) continue;
      const v = votes.get(a.own!.value);
      const add = a.articleId === c.articleId ? 2 * s : s;
      if (v) v.score += add;
      else votes.set(a.own!.value, { score: add, from: a });
    }
    let best: { score: number; from: Candidate } | null = null;
    for (const v of votes.values()) if (!best || v.score > best.score) best = v;
    if (!best) continue;
    const from = best.from.own!;
    const start = c.sentence.start + m.index;
    const text = m[0].slice(0, m[0].length - m[1]!.length).trim();
    c.own = {
      value: from.value, granularity: 'day', articleId: c.articleId,
      timex: { start, end: start + text.length, text, type: 'DATE', value: from.value, granularity: 'day', anchor: from.value, note: `the day of "${from.timex.text}" in ${best.from.articleId}, the happening it names (${m[1]!.trim()})` },
    };
  }
}
