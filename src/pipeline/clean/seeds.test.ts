/**
 * The clean stage on the five seed articles of data/stories/us-officials-in-mexico-city (the repo copy of
 * the project's seed pages). The strings below are copied from the seed story's gold timeline
 * (shared/eval/seed-story.gold.json: must_not_be_events and a sample of events[].mentions[].quote) so
 * these tests do not read outside the repository.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CleanedDocument, RawDocument } from '../types.ts';
import { clean } from './index.ts';

const STORY = join(dirname(fileURLToPath(import.meta.url)), '../../../data/stories/us-officials-in-mexico-city');

function load(): Map<string, CleanedDocument> {
  const out = new Map<string, CleanedDocument>();
  for (const file of readdirSync(STORY).filter((f) => f.endsWith('.txt')).sort()) {
    const id = file.replace(/\.txt$/, '');
    const doc: RawDocument = { id, file, format: 'txt', encoding: 'UTF-8', text: readFileSync(join(STORY, file), 'utf8'), meta: {} };
    out.set(id, clean(doc));
  }
  return out;
}
const cleaned = load();
const get = (prefix: string): CleanedDocument => {
  for (const [id, doc] of cleaned) if (id.startsWith(prefix)) return doc;
  throw new Error(`no seed article ${prefix}`);
};

/** The gold files' comparison: curly quotes and dashes folded, white space collapsed, lower case. */
const norm = (s: string): string =>
  s
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

// From seed-story.gold.json, must_not_be_events.
const MUST_NOT_SURVIVE = [
  'Last Updated : Feb 24 2017', 'First Published: Feb 24 2017', 'Smart Quarterly', 'Renews automatically',
  'Complimentary Access to The New York Times', '2017 EFE News Services',
  'This content is published through a licensing agreement', 'No votes yet', 'Leave a Reply',
  'This site uses Akismet', 'Skip to main content', 'Share this post',
];

// From seed-story.gold.json, events[].mentions[]: [article prefix, quote].
const GOLD_QUOTES: [string, string][] = [
  ['004', 'based on executive orders Trump signed last month'],
  ['000', 'Kelly on Tuesday issued new orders'],
  ['003', 'on Tuesday issued new orders to step up the arrest'],
  ['004', 'DHS memos that were issued earlier this week'],
  ['004', 'warning Wednesday that Mexico would not accept'],
  ['002', 'Only hours earlier, President Donald Trump suggested the opposite'],
  ['002', 'said at the White House during a meeting with manufacturing CEOs'],
  ['003', 'The President had termed the new efforts'],
  ['004', 'just hours after US President Donald Trump told business leaders at the White House'],
  ['001', 'Earlier, Trump had described the proposed deportation'],
  ['001', "after meeting Mexico's Foreign Affairs Minister Luis Videgaray"],
  ['000', 'where he met with his Mexican counterpart, Luis Videgaray'],
  ['000', 'Kelly on Thursday promised'],
  ['001', 'on Thursday night during a joint press conference'],
  ['002', 'has pledged that America will not enlist its military'],
  ['004', "said Thursday in Mexico's capital"],
  ['000', 'We underscored the importance of stopping the illegal firearms'],
  ['001', 'we underscored the importance of stopping the illegal firearms'],
  ['003', 'spokesman Sean Spicer later told a news conference'],
  ['004', 'were to meet later Thursday with Mexican President'],
  ['002', 'planned to meet with Mexican President Enrique Pena Nieto'],
];

describe('clean on the seed story', () => {
  it('reads all five seed articles', () => {
    expect(cleaned.size).toBe(5);
  });

  it('leaves no must-not-be-events boilerplate string in any cleaned text', () => {
    for (const [id, doc] of cleaned) {
      for (const bad of MUST_NOT_SURVIVE) expect(norm(doc.text), `${id}: ${bad}`).not.toContain(norm(bad));
    }
  });

  it('keeps every gold quote in its article', () => {
    for (const [article, quote] of GOLD_QUOTES) expect(norm(get(article).text), `${article}: ${quote}`).toContain(norm(quote));
  });

  it('keeps one copy of the article that seed 000 prints twice', () => {
    const text = get('000').text;
    expect(text.split('Kelly on Tuesday issued new orders').length - 1).toBe(1);
    expect(text.split('There will be no use of military force').length - 1).toBe(1);
    expect(text).not.toContain('Thumbnail');
  });

  it('dates seed 001 by its stated publication line, 2017-02-24', () => {
    const pub = get('001').published;
    expect(pub?.value.startsWith('2017-02-24')).toBe(true);
    expect(pub?.text).toMatch(/Feb 24 2017/);
  });

  it('finds the headlines as titles and takes them out of the text', () => {
    expect(get('000').title).toBe('U.S. Vows Mexico No Mass Deportations');
    expect(get('001').title).toBe('No mass deportation, US tells Mexico');
    expect(get('002').title).toBe('US deportations ’will honour human rights and legal system’');
    expect(get('003').title).toBe('US promises Mexico no mass deportations or military force');
    expect(get('004').title).toBeNull();
    expect(get('000').text).not.toContain('U.S. Vows Mexico');
  });

  it('finds the dateline and publisher the pages state', () => {
    expect(get('004').dateline).toBe('Mexico City');
    expect(get('004').publisher).toBe('EFE');
    expect(get('001').dateline).toBe('Mexico City');
    expect(get('001').publisher).toBe('Business Standard (IANS)');
    // "reports Xinhua news agency" is a source inside a sentence, not this article's publisher.
    expect(get('001').publisher).not.toMatch(/Xinhua/);
  });

  it('removes captions and the subscription grid but keeps the standfirst', () => {
    const t = get('001').text;
    expect(t).not.toContain('(Photo: Reuters)');
    expect(t).not.toMatch(/^Donald Trump$/m);
    expect(t).not.toContain('₹');
    expect(t).not.toContain('Over 30 premium stories');
    expect(t).toContain('Mexican officials are concerned that deportation could lead to humanitarian crisis along border');
    expect(get('003').text).not.toContain('US Homeland Security chief John Kelly\n');
  });

  it('counts input lines and removed lines', () => {
    const s = get('001').stats;
    expect(s.lines).toBe(60);
    expect(s.removed).toBeGreaterThan(30);
    expect(get('003').stats.removed).toBe(3);
  });

  it('separates paragraphs by one blank line and leaves no trailing white space', () => {
    for (const doc of cleaned.values()) {
      expect(doc.text).not.toMatch(/\n{3,}/);
      expect(doc.text).toBe(doc.text.trim());
    }
  });
});
