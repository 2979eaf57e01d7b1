/**
 * Scoring a built timeline against a gold timeline, exactly as /work/shared/eval/README.md defines it:
 * match by (article, quote-substring-of-mention), then core recall, date accuracy, source coverage,
 * over-merges, junk, article dating and unmatched. Pure: the CLI (scripts/eval-timeline.ts) reads files.
 */
import type { Story } from '../../schema/index.ts';

export interface GoldMention { article: string; quote: string }
export interface GoldEvent {
  id: string;
  date: string;
  granularity?: string;
  accept?: string[];
  core?: boolean;
  may_merge_with?: string[];
  recoverable?: 'full' | 'month-day' | 'weekday' | 'none';
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
  coreRecall: number;
  coreTotal: number;
  dateAccuracyCore: number;
  dateAccuracyAll: number;
  sourceCoverage: number;
  overMerges: Array<{ event: string; gold: string[] }>;
  junk: Array<{ event: string; text: string }>;
  articleDating: number;
  articleDatingTotal: number;
  articleLines: Array<{ id: string; predicted: string | null; ok: boolean }>;
  unmatched: string[];
  lines: GoldLine[];
}

/** Fold curly quotes to ' and ", en and em dashes to -, collapse white space, lower-case. */
export function norm(s: string): string {
  return s
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
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
    const scored = g.recoverable !== 'weekday' && g.recoverable !== 'none';
    const dateOk = scored ? dateMatches(p.date.value, g) : null;
    const goldArticles = new Set(g.mentions.map((q) => q.article));
    const cited = new Set(p.mentions.map((m) => m.articleId));
    const coverage = [...goldArticles].filter((a) => cited.has(a)).length / goldArticles.size;
    return { id: g.id, core: !!g.core, matched: true, bestEvent: p.id, predicted: p.date.value, gold: g.date, dateOk, coverage };
  });

  const core = lines.filter((l) => l.core);
  const ratio = (xs: GoldLine[], f: (l: GoldLine) => boolean) => (xs.length ? xs.filter(f).length / xs.length : 1);
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

  const articleLines: TimelineScore['articleLines'] = [];
  for (const [id, ga] of Object.entries(gold.articles)) {
    if (ga.published == null && !ga.published_range) continue;
    const article = story.articles.find((a) => a.id === id);
    const predicted = article?.published ? article.published.value.slice(0, 10) : null;
    const ok = predicted !== null && (ga.published_range
      ? predicted >= ga.published_range[0] && predicted <= ga.published_range[1]
      : predicted === ga.published);
    articleLines.push({ id, predicted, ok: ok || (predicted !== null && predicted === ga.published) });
  }

  return {
    coreRecall: ratio(core, (l) => l.matched),
    coreTotal: core.length,
    dateAccuracyCore: ratio(dated(core), (l) => !!l.dateOk),
    dateAccuracyAll: ratio(dated(lines), (l) => !!l.dateOk),
    sourceCoverage: matched.length ? matched.reduce((s, l) => s + (l.coverage ?? 0), 0) / matched.length : 0,
    overMerges,
    junk,
    articleDating: articleLines.length ? articleLines.filter((l) => l.ok).length / articleLines.length : 1,
    articleDatingTotal: articleLines.length,
    articleLines,
    unmatched: events.filter((_, pi) => matchTable[pi]!.every((h) => h === 0)).map((p) => p.id),
    lines,
  };
}

/** Equal to the gold date or an accepted value; month and day only where the year is not recoverable. */
function dateMatches(value: string, g: GoldEvent): boolean {
  const ok = [g.date, ...(g.accept ?? [])];
  if (g.recoverable === 'month-day') return ok.some((v) => v.length > 5 && v.slice(5) === value.slice(5));
  return ok.includes(value);
}
