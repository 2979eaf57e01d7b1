/**
 * The story at a glance as a dated summary (timeline summarization): its K most important days with up
 * to N sentences each, all taken from the articles. The same importance as the events' `rank`
 * (./index.ts): a day weighs what its day-precise events weigh together, and its sentences are the best
 * mentions of its events in rank order (the strongest mention of each event first: its lead or headline
 * sentence in the article nearest the day), never a sentence made up.
 */
import type { Story } from '../../schema/index.ts';
import { byImportance, mentionWeight, rankContext } from './index.ts';

export interface SummaryOptions {
  /** How many days (K). */
  dates: number;
  /** At most this many sentences a day (N). */
  sentences: number;
  /** Only days from this ISO day on (included). */
  from?: string;
  /** Only days up to this ISO day (included). */
  to?: string;
}

export interface SummaryDay { date: string; sentences: string[] }

const DAY_VALUE = /^\d{4}-\d{2}-\d{2}/;
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

export function summarize(story: Story, opts: SummaryOptions): SummaryDay[] {
  const ctx = rankContext(story.events, story.articles);
  // The story's ranking (the one `rank` holds), scored so that days can be weighed.
  const ranked = byImportance(story.events, ctx).sort((a, b) => (a.event.rank ?? 0) - (b.event.rank ?? 0) || 0);
  const days = new Map<string, { score: number; events: typeof ranked }>();
  for (const r of ranked) {
    const g = r.event.date.granularity;
    if ((g !== 'day' && g !== 'time') || !DAY_VALUE.test(r.event.date.value)) continue;
    const day = r.event.date.value.slice(0, 10);
    if ((opts.from && day < opts.from) || (opts.to && day > opts.to)) continue;
    const d = days.get(day) ?? { score: 0, events: [] };
    d.score += r.score;
    d.events.push(r);
    days.set(day, d);
  }
  const chosen = [...days].sort((a, b) => b[1].score - a[1].score || (a[0] < b[0] ? -1 : 1)).slice(0, Math.max(0, opts.dates));
  return chosen.map(([date, { events }]) => ({ date, sentences: sentencesOf(events.map((r) => r.event), opts.sentences, ctx) }))
    .sort((a, b) => (a.date < b.date ? -1 : 1));
}

/** Up to n distinct sentences: each event's best mention in rank order, then their next best, and so on. */
function sentencesOf(events: Story['events'], n: number, ctx: ReturnType<typeof rankContext>): string[] {
  const lists = events.map((e) => e.mentions
    .map((m, i) => ({ text: oneLine(m.text), w: mentionWeight(e, m, ctx), i }))
    .sort((a, b) => b.w - a.w || a.i - b.i));
  const out: string[] = [];
  const seen = new Set<string>();
  for (let round = 0; out.length < n && lists.some((l) => l.length > round); round++) {
    for (const l of lists) {
      const m = l[round];
      if (!m || !m.text || seen.has(m.text.toLowerCase())) continue;
      seen.add(m.text.toLowerCase());
      out.push(m.text);
      if (out.length >= n) break;
    }
  }
  return out;
}
