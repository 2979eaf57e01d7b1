/**
 * The edits stage: applies edits.json (editsFile.ts) to the story's events after merge and the lock have
 * given them their ids. Merges first (so that a retitle of the merged event is of the whole), then attached
 * articles, titles, dates, key marks, and hiding last. Every edited event says what was edited
 * (Event.edited), so the viewer can tell readers; hidden and merged-away ids become redirects.
 *
 * An edit of an id the story does not have is a warning, never a failure: an id a rebuild merged into
 * another event names that event, so the editor can move the edit, which is not guessed for them (hiding
 * the absorbing event because one of its parts was hidden would hide more than was asked).
 */
import type { Article, EditNote, Event, Mention, Redirect, Warning } from '../../schema/index.ts';
import type { Sentence } from '../types.ts';
import { EDITS_FILE, granularityOf, type EditsDoc } from './editsFile.ts';

export interface Edited {
  /** The events with the edits applied, hidden and merged-away ones left out (order kept). */
  events: Event[];
  /** The redirects given, re-pointed past hidden and merged events, plus one per hidden or merged id; sorted. */
  redirects: Redirect[];
  warnings: Warning[];
}

export interface EditsContext {
  articles: readonly Article[];
  /** The sentences of an article, to cite the one an attached article tells the event in. */
  sentencesOf: (articleId: string) => readonly Sentence[];
}

export function applyEdits(events: readonly Event[], redirects: readonly Redirect[], doc: EditsDoc, ctx: EditsContext): Edited {
  const warnings: Warning[] = [];
  const warn = (id: string, message: string) => warnings.push({ file: EDITS_FILE, code: 'edits', message: `${EDITS_FILE}: events[${JSON.stringify(id)}]${message}` });
  const byId = new Map(events.map((e) => [e.id, { ...e }]));
  const retired = new Map(redirects.map((r) => [r.from, r]));
  const order = new Map(ctx.articles.map((a, i) => [a.id, i]));
  const ids = Object.keys(doc.events).sort();
  const live: string[] = [];
  for (const id of ids) {
    if (byId.has(id)) { live.push(id); continue; }
    const r = retired.get(id);
    const why = !r ? 'this story has no such event'
      : r.to ? `a rebuild merged this event into "${r.to}"; move the edit there`
        : r.reason === 'hidden' ? 'this event is hidden' : 'a rebuild no longer finds this event';
    warn(id, `: ${why}; not applied`);
  }
  const note = (e: Event, n: EditNote) => { e.edited = [...(e.edited ?? []), n]; };
  const added: Redirect[] = [];

  // Merges, in id order; a chain a -> b -> c ends in c, a cycle is refused where it closes.
  const into = new Map<string, string>();
  const rootOf = (id: string): string => { let r = id; while (into.has(r)) r = into.get(r)!; return r; };
  for (const id of live) {
    let target = doc.events[id]!.mergeInto;
    if (target === undefined) continue;
    // The editors' target merged by a rebuild into another event: the edit follows it there.
    for (let hops = 0; !byId.has(target) && retired.get(target)?.to && hops < 16; hops++) target = retired.get(target)!.to!;
    if (!byId.has(target)) { warn(id, `.mergeInto: this story has no event "${doc.events[id]!.mergeInto}"; not merged`); continue; }
    const to = rootOf(target);
    if (to === rootOf(id)) { warn(id, `.mergeInto: "${target}" is this event or already merged into it; not merged`); continue; }
    into.set(rootOf(id), to);
  }
  for (const id of live) {
    if (!into.has(id)) continue;
    const from = byId.get(id)!;
    const to = byId.get(rootOf(id))!;
    Object.assign(to, joined(to, from, ctx.articles, order));
    note(to, { what: 'merged', note: from.title });
    byId.delete(id);
    added.push({ from: id, to: to.id, reason: 'merged' });
  }

  for (const id of live) {
    const edit = doc.events[id]!;
    const e = byId.get(id);
    if (!e) {
      if (Object.keys(edit).some((f) => f !== 'mergeInto' && f !== 'titleWas')) warn(id, `: merged into "${rootOf(id)}", so its other edits are not applied; edit that event instead`);
      continue;
    }
    for (const ref of edit.attach ?? []) {
      const article = ctx.articles.find((a) => a.id === ref || a.file === ref);
      if (!article) { warn(id, `.attach: no article "${ref}" in this story; not attached`); continue; }
      if (e.mentions.some((m) => m.articleId === article.id)) { warn(id, `.attach: "${ref}" already reports this event`); continue; }
      const m = citedSentence(e, article, ctx.sentencesOf(article.id));
      if (!m) { warn(id, `.attach: "${ref}" has no sentence to cite; not attached`); continue; }
      Object.assign(e, joined(e, { ...e, mentions: [m], quotes: [], actors: [] }, ctx.articles, order));
      note(e, { what: 'article', note: article.title });
    }
    if (edit.title !== undefined) { e.title = edit.title; note(e, { what: 'title', note: null }); }
    if (edit.date !== undefined) {
      const why = edit.dateNote ?? null;
      e.date = {
        value: edit.date,
        granularity: granularityOf(edit.date)!,
        source: 'stated',
        evidence: { articleId: null, text: edit.date, start: null, end: null, anchor: null, note: why ? `Corrected by the editors: ${why}` : 'Corrected by the editors.' },
      };
      note(e, { what: 'date', note: why });
    } else if (edit.dateNote !== undefined) warn(id, '.dateNote: a note without a date; not shown');
    if (edit.key !== undefined) { e.key = edit.key; note(e, { what: 'key', note: null }); }
    if (edit.hide) {
      byId.delete(id);
      added.push({ from: id, to: null, reason: 'hidden' });
    }
  }

  // Every old link still leads somewhere real: through merges to the event that took it, or to the story.
  const gone = new Map(added.map((r) => [r.from, r]));
  const resolve = (r: Redirect): Redirect => {
    let to = r.to;
    let reason = r.reason;
    const seen = new Set<string>();
    while (to !== null && !byId.has(to)) {
      const next = seen.has(to) ? undefined : gone.get(to);
      seen.add(to);
      if (!next) { to = null; reason = 'removed'; break; }
      to = next.to;
      if (next.reason === 'hidden') reason = 'hidden';
    }
    return { from: r.from, to, reason: to === null && reason === 'merged' ? 'removed' : reason };
  };
  const out = [...redirects.filter((r) => !gone.has(r.from)), ...added].map(resolve).sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  return { events: events.filter((e) => byId.has(e.id)).map((e) => byId.get(e.id)!), redirects: out, warnings };
}

/** `to` with `from`'s sentences, quotes and actors added, its sources counted again as merge counts them. */
function joined(to: Event, from: Event, articles: readonly Article[], order: ReadonlyMap<string, number>): Pick<Event, 'mentions' | 'quotes' | 'actors' | 'sources'> {
  const at = (m: { articleId: string; start: number; part?: 'title' }) => `${m.articleId}:${m.part === 'title' ? 'title' : m.start}`;
  const seen = new Set(to.mentions.map(at));
  const mentions = [...to.mentions, ...from.mentions.filter((m) => !seen.has(at(m)))]
    .sort((a, b) => (order.get(a.articleId) ?? 0) - (order.get(b.articleId) ?? 0) || Number(a.part === 'title') - Number(b.part === 'title') || a.start - b.start);
  const quoted = new Set(to.quotes.map(at));
  const quotes = [...to.quotes, ...from.quotes.filter((q) => !quoted.has(at(q)))];
  const actors = [...new Set([...to.actors, ...from.actors])];
  // As merge/build.ts counts them: distinct publishers, else articles.
  const byId = new Map(articles.map((a) => [a.id, a]));
  const sources = new Set(mentions.map((m) => byId.get(m.articleId)?.publisher?.toLowerCase() ?? `article:${m.articleId}`)).size;
  return { mentions, quotes, actors, sources };
}

const WORD = /[\p{L}\p{N}]{3,}/gu;

/** The attached article's sentence that shares the most words with the event's summary and title; its first sentence when none does. */
function citedSentence(e: Event, article: Article, sentences: readonly Sentence[]): Mention | null {
  const words = new Set(`${e.summary} ${e.title}`.toLowerCase().match(WORD) ?? []);
  let best: Sentence | null = null;
  let bestScore = 0;
  for (const s of sentences) {
    let score = 0;
    for (const w of new Set(s.text.toLowerCase().match(WORD) ?? [])) if (words.has(w)) score++;
    if (score > bestScore) { best = s; bestScore = score; }
  }
  const s = best ?? sentences[0];
  return s ? { articleId: article.id, start: s.start, end: s.end, text: s.text } : null;
}
