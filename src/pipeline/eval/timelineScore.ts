/**
 * Scoring a built timeline against a gold timeline, exactly as /work/shared/eval/README.md defines it:
 * match by (article, quote-substring-of-mention), then core recall, date accuracy, source coverage,
 * over-merges, junk, article dating and unmatched. Pure: the CLIs (scripts/eval-timeline.ts, scripts/eval.ts)
 * read files. Every edge follows tools/score_timeline.py, which `npm run eval -- --reference` checks: a
 * figure with nothing to count is 0, and a year-less story accepts XXXX-MM-DD article dates.
 */
import type { Story } from '../../schema/index.ts';
import { pySpaces, pyStrip } from './pyCompat.ts';

export interface GoldMention { article: string; quote: string }
export interface GoldEvent {
  id: string;
  date: string;
  granularity?: string;
  accept?: string[];
  core?: boolean;
  may_merge_with?: string[];
  recoverable?: 'full' | 'month-day' | 'weekday' | 'none' | null;
  title?: string;
  mentions: GoldMention[];
}
export interface GoldArticle { published: string | null; published_range?: [string, string] }
export interface Gold {
  articles: Record<string, GoldArticle>;
  events: GoldEvent[];
  must_not_be_events?: string[];
}

/** One gold event's line in the report. */
export interface GoldLine {
  id: string;
  core: boolean;
  matched: boolean;
  /** Predicted event that matches with the most quotes, and its date. */
  bestEvent: string | null;
  predicted: string | null;
  gold: string;
  /** null when the date is not scored (recoverable weekday/none) or unmatched. */
  dateOk: boolean | null;
  coverage: number | null;
}

export interface TimelineScore {
  eventsPredicted: number;
  goldEvents: number;
  coreRecall: number;
  /** Gold events matched, core or not. */
  recallAll: number;
  coreTotal: number;
  dateAccuracyCore: number;
  dateAccuracyAll: number;
  sourceCoverage: number;
  overMerges: Array<{ event: string; gold: string[] }>;
  junk: Array<{ event: string; text: string }>;
  articleDating: number;
  articleDatingTotal: number;
  articleLines: Array<{ id: string; predicted: string | null; ok: boolean }>;
  /**
   * Predicted events per matched gold event: for each gold event some predicted event matches, how many
   * do (issue 12: one event per happening, at most 1.3 on average). Not a figure of score_timeline.py.
   */
  eventsPerMatched: number;
  unmatched: string[];
  lines: GoldLine[];
}

/** Fold curly quotes to ' and ", en and em dashes to -, collapse white space, lower-case (score_timeline.py's norm). */
export function norm(s: string | null | undefined): string {
  const folded = (s ?? '')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\u00a0/g, ' ');
  return pyStrip(pySpaces(folded)).toLowerCase();
}

export function scoreTimeline(story: Story, gold: Gold): TimelineScore {
  const events = story.events;
  const normMentions = events.map((e) => e.mentions.map((m) => ({ a: m.articleId, t: norm(m.text) })));
  /** quotes of G matched by P, per (P, G). */
  const hits = (pi: number, g: GoldEvent): number =>
    g.mentions.filter((q) => {
      const nq = norm(q.quote);
      return normMentions[pi]!.some((m) => m.a === q.article && m.t.includes(nq));
    }).length;
  const matchTable = events.map((_, pi) => gold.events.map((g) => hits(pi, g)));

  const lines: GoldLine[] = gold.events.map((g, gi) => {
    let best = -1;
    for (let pi = 0; pi < events.length; pi++) if (matchTable[pi]![gi]! > 0 && (best < 0 || matchTable[pi]![gi]! > matchTable[best]![gi]!)) best = pi;
    if (best < 0) return { id: g.id, core: !!g.core, matched: false, bestEvent: null, predicted: null, gold: g.date, dateOk: null, coverage: null };
    const p = events[best]!;
    const recoverable = g.recoverable === undefined ? 'full' : g.recoverable;
    const scored = recoverable === 'full' || recoverable === 'month-day';
    const dateOk = scored ? dateMatches(p.date.value, g) : null;
    const goldArticles = new Set(g.mentions.map((q) => q.article));
    const cited = new Set(p.mentions.map((m) => m.articleId));
    const coverage = [...goldArticles].filter((a) => cited.has(a)).length / goldArticles.size;
    return { id: g.id, core: !!g.core, matched: true, bestEvent: p.id, predicted: p.date.value, gold: g.date, dateOk, coverage };
  });

  const core = lines.filter((l) => l.core);
  /** Python's n / max(1, len(xs)): a figure with nothing to count is 0. */
  const ratio = (xs: GoldLine[], f: (l: GoldLine) => boolean) => xs.filter(f).length / Math.max(1, xs.length);
  const dated = (xs: GoldLine[]) => xs.filter((l) => l.matched && l.dateOk !== null);
  const matched = lines.filter((l) => l.matched);

  const overMerges: TimelineScore['overMerges'] = [];
  events.forEach((p, pi) => {
    const gs = gold.events.filter((_, gi) => matchTable[pi]![gi]! > 0);
    const bad = new Set<string>();
    for (let i = 0; i < gs.length; i++) {
      for (let j = i + 1; j < gs.length; j++) {
        const a = gs[i]!;
        const b = gs[j]!;
        if (a.date === b.date) continue;
        if (a.may_merge_with?.includes(b.id) || b.may_merge_with?.includes(a.id)) continue;
        bad.add(a.id).add(b.id);
      }
    }
    if (bad.size) overMerges.push({ event: p.id, gold: [...bad] });
  });

  const junkStrings = (gold.must_not_be_events ?? []).map(norm);
  const junk: TimelineScore['junk'] = [];
  for (const p of events) {
    const m = p.mentions.find((x) => junkStrings.some((j) => norm(x.text).includes(j)));
    if (m) junk.push({ event: p.id, text: m.text });
  }

  const articleLines = datedArticles(story, gold);

  return {
    eventsPredicted: events.length,
    goldEvents: gold.events.length,
    coreRecall: ratio(core, (l) => l.matched),
    recallAll: ratio(lines, (l) => l.matched),
    coreTotal: core.length,
    dateAccuracyCore: ratio(dated(core), (l) => !!l.dateOk),
    dateAccuracyAll: ratio(dated(lines), (l) => !!l.dateOk),
    sourceCoverage: matched.reduce((s, l) => s + (l.coverage ?? 0), 0) / Math.max(1, matched.length),
    overMerges,
    junk,
    articleDating: articleLines.filter((l) => l.ok).length / Math.max(1, articleLines.length),
    articleDatingTotal: articleLines.length,
    articleLines,
    eventsPerMatched: perMatched(matchTable, gold.events.length),
    unmatched: events.filter((_, pi) => matchTable[pi]!.every((h) => h === 0)).map((p) => p.id),
    lines,
  };
}

function perMatched(matchTable: number[][], goldCount: number): number {
  let matched = 0;
  let events = 0;
  for (let gi = 0; gi < goldCount; gi++) {
    const k = matchTable.filter((row) => row[gi]! > 0).length;
    if (k) { matched++; events += k; }
  }
  return events / Math.max(1, matched);
}

/**
 * Each gold article with a date or a range: is the predicted day in the range (or the date)? In a story
 * whose texts never give the year (no gold event is recoverable 'full'), a year-less XXXX-MM-DD is right
 * when its month and day fall in the range.
 */
function datedArticles(story: Story, gold: Gold): TimelineScore['articleLines'] {
  const yearless = !gold.events.some((e) => (e.recoverable === undefined ? 'full' : e.recoverable) === 'full');
  const lines: TimelineScore['articleLines'] = [];
  for (const [id, ga] of Object.entries(gold.articles)) {
    const range = ga.published_range?.length ? ga.published_range : ga.published ? [ga.published, ga.published] : null;
    if (!range) continue;
    const v = story.articles.find((a) => a.id === id)?.published?.value ?? '';
    const [from, to] = [range[0]!, range[1]!];
    const ok = v.length >= 10 && (
      (from <= v.slice(0, 10) && v.slice(0, 10) <= to) ||
      (yearless && v.startsWith('XXXX-') && daysBetween(from, to).some((d) => d.slice(5, 10) === v.slice(5, 10))));
    lines.push({ id, predicted: v || null, ok });
  }
  return lines;
}

/** Every ISO day from `from` to `to`, both included. */
function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  const end = Date.parse(`${to.slice(0, 10)}T00:00:00Z`);
  for (let t = Date.parse(`${from.slice(0, 10)}T00:00:00Z`); t <= end; t += 86_400_000) days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

/** Equal to the gold date or an accepted value; month and day only (both full days) where the year is not recoverable. */
function dateMatches(value: string, g: GoldEvent): boolean {
  const ok = [g.date, ...(g.accept ?? [])];
  if (g.recoverable === 'month-day') return ok.some((v) => value.slice(4, 10) === v.slice(4, 10) && value.length >= 10 && v.length >= 10);
  return ok.includes(value);
}
