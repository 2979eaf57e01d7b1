/**
 * Story-wide name resolution for events: one NameBook over every sentence of every article, and the
 * person last named before an offset, for quotes attributed to a pronoun ("..., he added" -> John Kelly).
 */
import type { Sentence } from '../types.ts';
import { NameBook, namesIn, type NameMention } from './actors.ts';
import type { StoryNames } from '../merge/build.ts';

export function storyNames(articles: ReadonlyArray<{ id: string; sentences: readonly Sentence[] }>): StoryNames {
  const book = new NameBook();
  const found = new Map<string, NameMention[]>();
  const namesOf = (text: string): NameMention[] => {
    let n = found.get(text);
    if (!n) found.set(text, (n = namesIn(text)));
    return n;
  };
  const people = new Map<string, Array<{ start: number; end: number; names: string[]; raw: string[] }>>();
  for (const a of articles) {
    const list: Array<{ start: number; end: number; names: string[]; raw: string[] }> = [];
    for (const s of a.sentences) {
      const names = namesOf(s.text);
      book.add(names);
      const persons = names.filter((n) => n.person || !n.name.includes(' ')).map((n) => n.name);
      if (persons.length) list.push({ start: s.start, end: s.end, names: [], raw: persons });
    }
    people.set(a.id, list);
  }
  book.seal();
  for (const list of people.values()) for (const e of list) e.names = e.raw.map((n) => book.canonical(n)).filter((n) => n.includes(' '));
  return {
    book,
    namesOf,
    lastPerson(articleId, at) {
      const list = people.get(articleId) ?? [];
      for (let i = list.length - 1; i >= 0; i--) {
        const e = list[i]!;
        if (e.start >= at || !e.names.length) continue;
        return e.names[e.names.length - 1]!;
      }
      return null;
    },
  };
}
