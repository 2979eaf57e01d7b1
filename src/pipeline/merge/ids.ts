/**
 * Event ids: "<date>-<first content words of the anchor mention>", the anchor being the first mention of
 * the earliest article (by id). Adding an article with a later id adds mentions but moves no anchor, so
 * existing ids survive; only an event whose date changes, or whose anchor article is new, gets a new id.
 * "2017-02-23-united-states-homeland-security-secretary".
 */
import type { Event } from '../../schema/index.ts';
import { STOPWORDS } from '../events/lexicon.ts';

const WORDS_IN_ID = 5;

const WORD = /[a-z0-9]+/g;

export function slugWords(text: string, n = WORDS_IN_ID): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  // The first n content words: the sentence's other words are never read, so never collected.
  const words: string[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(s); m && words.length < n; m = WORD.exec(s)) {
    const w = m[0];
    if (!STOPWORDS.has(w) && w.length > 1) words.push(w);
  }
  return words.join('-') || 'event';
}

/**
 * A clock time or a full date in the anchor's words ("Thursday, December 18, 2008; 11:33 AM SEN. ..."): the id
 * already says the day, and a page's stamp read as words made ids like "2008-12-18-18-2008-11-33-am".
 */
const STAMP_WORDS = /\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+(?:GMT|BST|EST|EDT|ET|CST|PST|PDT|CET|UTC)\b)?|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}\b/gi;

/** The words an id is made of: the first content words, a clock time or a full date left out. */
export function idWords(text: string): string {
  return slugWords(text.replace(STAMP_WORDS, ' '));
}

export function assignIds(events: Event[]): void {
  const anchorOf = (e: Event) => e.mentions.filter((m) => m.part !== 'title').reduce((a, m) => (m.articleId < a.articleId || (m.articleId === a.articleId && m.start < a.start) ? m : a));
  const keyed = events.map((e) => ({ e, a: anchorOf(e) }));
  keyed.sort((x, y) => (x.a.articleId < y.a.articleId ? -1 : x.a.articleId > y.a.articleId ? 1 : x.a.start - y.a.start));
  const used = new Map<string, number>();
  for (const { e, a } of keyed) {
    const base = `${e.date.value.replace(/[^0-9A-Za-z-]/g, '')}-${idWords(a.text)}`;
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    e.id = n === 1 ? base : `${base}-${n}`;
  }
}
