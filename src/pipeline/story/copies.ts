/**
 * Copies of one article in a story: the same page scraped twice, a wire story run verbatim by two sites.
 * Two copies are one source, not two independent reports (a review found the Egypt topic's "2 sources" of a
 * key event to be one CNN story saved on two days), and a copy whose publisher is unknown is the known
 * copy's ("Unknown outlet" beside "CNN" for the same text).
 *
 * Two articles are copies when at least COPY_SHARE of the sentences of the shorter one (sentences of
 * MIN_CHARS or more, compared as cleaned) are in the other, and it has at
 * least MIN_SENTENCES of them. Outlets that retell one wire lead share a sentence or two of a whole article,
 * far under the bar; a page and its re-scrape share nearly all.
 */
import type { Sentence } from '../types.ts';

const COPY_SHARE = 0.8;
const MIN_CHARS = 40;
const MIN_SENTENCES = 3;
/** A sentence on more pages than this is furniture (copy groups are two to five pages). */
const MAX_HOLDERS = 8;


/** Each article that has copies, with the id of its group's first article (in story order). */
export function copiesOf(articles: ReadonlyArray<{ id: string; sentences: readonly Sentence[] }>): Map<string, string> {
  // Each sentence as cleaned (white space already single): a page saved twice gives the same text, and
  // folding case and punctuation first had cost 90 CPU-ms on the four Timeline17 topics, most of the search.
  const keys = articles.map((a) => new Set(a.sentences.filter((s) => s.text.length >= MIN_CHARS).map((s) => s.text)));
  const holders = new Map<string, number[]>();
  keys.forEach((set, i) => {
    for (const k of set) {
      const list = holders.get(k);
      if (list) list.push(i);
      else holders.set(k, [i]);
    }
  });
  // A sentence printed on many pages is the site's furniture, not a sign of one page copied: it counts on no
  // side (and the pairs it would make, all of them, cost more than the rest of the search).
  for (const [k, list] of holders) {
    if (list.length <= MAX_HOLDERS) continue;
    for (const i of list) keys[i]!.delete(k);
    holders.delete(k);
  }
  const parent = articles.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < articles.length; i++) {
    if (keys[i]!.size < MIN_SENTENCES) continue;
    const shared = new Map<number, number>();
    for (const k of keys[i]!) for (const j of holders.get(k)!) if (j > i) shared.set(j, (shared.get(j) ?? 0) + 1);
    for (const [j, n] of shared) {
      const smaller = Math.min(keys[i]!.size, keys[j]!.size);
      if (smaller >= MIN_SENTENCES && n >= COPY_SHARE * smaller) parent[find(j)] = find(i);
    }
  }
  const out = new Map<string, string>();
  const first = new Map<number, number>();
  articles.forEach((_, i) => { const r = find(i); if (!first.has(r)) first.set(r, i); });
  const size = new Map<number, number>();
  articles.forEach((_, i) => { const r = find(i); size.set(r, (size.get(r) ?? 0) + 1); });
  articles.forEach((a, i) => { const r = find(i); if (size.get(r)! > 1) out.set(a.id, articles[first.get(r)!]!.id); });
  return out;
}

/**
 * The independent source an article counts as: its publisher, else its copy group (its first article), else
 * itself. `Event.sources` counts these, and the ranking sums over them.
 */
export type SourceOf = (articleId: string) => string;

export function sourcesOf(articles: ReadonlyArray<{ id: string; publisher: string | null }>, copies: ReadonlyMap<string, string>): SourceOf {
  const byId = new Map(articles.map((a) => [a.id, a]));
  return (id) => {
    const publisher = byId.get(id)?.publisher;
    return publisher ? publisher.toLowerCase() : `article:${copies.get(id) ?? id}`;
  };
}

/** A copy without a publisher takes its group's, when the group names exactly one. */
export function publishersFromCopies(articles: Array<{ id: string; publisher: string | null }>, copies: ReadonlyMap<string, string>): void {
  const named = new Map<string, Set<string>>();
  for (const a of articles) {
    const group = copies.get(a.id);
    if (group && a.publisher) named.set(group, (named.get(group) ?? new Set()).add(a.publisher));
  }
  for (const a of articles) {
    const group = copies.get(a.id);
    const publishers = group ? named.get(group) : undefined;
    if (!a.publisher && publishers?.size === 1) a.publisher = [...publishers][0]!;
  }
}
