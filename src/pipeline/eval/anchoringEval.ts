/**
 * Event anchoring on SemEval-2015 Task 4, ported from /work/shared/eval/tools/anchoring_eval.py: the
 * corpus's documents are one story with their creation dates in story.json; each dated gold row (document,
 * sentence, ISO date) is covered by the events whose mention contains its sentence or is contained in it,
 * and is right when one of those events' dates agrees with the gold's known parts. Also the baseline of
 * dating every row on its document's day. Pure: the battery (battery.ts) reads the files.
 */
import type { Story } from '../../schema/index.ts';
import type { StoryInput } from '../run.ts';
import { slugify } from '../story/serialize.ts';
import type { ArticleMeta } from '../types.ts';
import { pyDictRows, pySpaces, pyStrip } from './pyCompat.ts';

/** anchoring_eval.py's norm: white space collapsed, stripped, lower-cased (no quote folding). */
export const anchorNorm = (s: string): string => pyStrip(pySpaces(s)).toLowerCase();

/**
 * Does a predicted TIMEX value agree with a gold date that may leave parts unknown? The gold's leading
 * numeric parts (2009-02 of 2009-02-XX) must start the prediction and end at a part boundary.
 */
export function agrees(pred: string, gold: string): boolean {
  const parts: string[] = [];
  for (const p of gold.slice(0, 10).split('-')) {
    if (!/^\d+$/.test(p)) break;
    parts.push(p);
  }
  if (!parts.length) return false;
  const g = parts.join('-');
  return pred.slice(0, g.length) === g && (pred.length === g.length || !/\d/.test(pred[g.length]!));
}

export interface AnchorDoc { file: string; published: string | undefined; title: string | undefined }

/** docs_index.tsv (doc_id, dct as DD-MM-YYYY or ISO, title) as the story.json entries the Python writes. */
export function anchorDocs(indexText: string): AnchorDoc[] {
  const byFile = new Map<string, AnchorDoc>();
  for (const r of pyDictRows(indexText)) {
    let dct = r.dct;
    if (dct !== undefined && /^\d{2}-\d{2}-\d{4}$/.test(dct)) dct = `${dct.slice(6)}-${dct.slice(3, 5)}-${dct.slice(0, 2)}`;
    byFile.set(`${r.doc_id}.txt`, { file: `${r.doc_id}.txt`, published: dct, title: r.title });
  }
  return [...byFile.values()];
}

/** The story readStoryDir would read from the folder the Python writes: the texts and a story.json. */
export function anchorStory(corpus: string, docs: AnchorDoc[], textOf: (file: string) => string): StoryInput {
  const encoder = new TextEncoder();
  const articles: Record<string, ArticleMeta> = {};
  for (const d of docs) articles[d.file] = { title: d.title, url: undefined, publisher: undefined, published: d.published, byline: undefined };
  return {
    id: slugify(corpus),
    meta: { title: corpus, articles },
    files: docs.map((d) => ({ name: d.file, bytes: encoder.encode(textOf(d.file)) })),
    warnings: [],
  };
}

export interface GoldRow { doc: string; sentence: string; date: string }

/**
 * The dated rows of gold_resolved/*.tsv (order, date, event_refs, doc_dct, event_words, sentence): the
 * document is the first event reference's, rows are deduplicated by (document, sentence, date), and rows
 * whose date does not start with a year (XXXX-XX-XX) are left out.
 */
export function goldRows(tsvTexts: string[]): GoldRow[] {
  const rows = new Map<string, GoldRow>();
  for (const text of tsvTexts) {
    for (const line of text.split(/(?<=\n)/)) {
      if (line.startsWith('#') || line.startsWith('order\t')) continue;
      const p = line.replace(/\n$/, '').split('\t');
      if (p.length < 6 || !/^\d{4}/.test(p[1]!)) continue;
      const row = { doc: p[2]!.split('-')[0]!, sentence: anchorNorm(p[5]!), date: p[1]! };
      rows.set(JSON.stringify([row.doc, row.sentence, row.date]), row);
    }
  }
  return [...rows.values()];
}

export interface AnchoringCounts {
  rows: number; covered: number; right: number;
  /** Rows (all / covered) whose document's creation date agrees with the gold date. */
  baselineRight: number; baselineCoveredRight: number;
  events: number;
}

export function scoreAnchoring(story: Pick<Story, 'events'>, rows: GoldRow[], dctOf: (doc: string) => string | undefined): AnchoringCounts {
  const c: AnchoringCounts = { rows: 0, covered: 0, right: 0, baselineRight: 0, baselineCoveredRight: 0, events: story.events.length };
  for (const o of anchorOutcomes(story, rows, dctOf)) {
    c.rows += 1;
    c.baselineRight += Number(o.baseline);
    if (!o.covered) continue;
    c.covered += 1;
    c.baselineCoveredRight += Number(o.baseline);
    c.right += Number(o.right);
  }
  return c;
}

/** One gold row's outcome: covered by an event, dated right there, and right for the baseline (its document's day). */
export interface AnchorOutcome { covered: boolean; right: boolean; baseline: boolean }

/** Each gold row's outcome, in the rows' order (`npm run eval -- --compare` resamples them). */
export function anchorOutcomes(story: Pick<Story, 'events'>, rows: GoldRow[], dctOf: (doc: string) => string | undefined): AnchorOutcome[] {
  const mentions = new Map<string, Array<{ text: string; date: string }>>();
  for (const e of story.events) {
    for (const m of e.mentions) {
      const list = mentions.get(m.articleId) ?? [];
      list.push({ text: anchorNorm(m.text), date: e.date.value });
      mentions.set(m.articleId, list);
    }
  }
  return rows.map(({ doc, sentence, date }) => {
    const baseline = agrees(dctOf(doc) ?? '', date);
    // A mention covers the sentence when one contains the other (the project may cut clauses).
    const hits = (mentions.get(doc) ?? []).filter((m) => m.text && (sentence.includes(m.text) || m.text.includes(sentence)));
    return { covered: hits.length > 0, right: hits.some((h) => agrees(h.date, date)), baseline };
  });
}

/** The shares anchoring_eval.py prints, over max(n, 1), plus the baselines. */
export function anchoringFigures(c: AnchoringCounts) {
  return {
    rows: c.rows,
    covered: c.covered / Math.max(c.rows, 1),
    accuracyCovered: c.right / Math.max(c.covered, 1),
    rightOverall: c.right / Math.max(c.rows, 1),
    baselineRightOverall: c.baselineRight / Math.max(c.rows, 1),
    baselineAccuracyCovered: c.baselineCoveredRight / Math.max(c.covered, 1),
    events: c.events,
  };
}
export type AnchoringFigures = ReturnType<typeof anchoringFigures>;
