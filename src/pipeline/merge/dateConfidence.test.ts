// An event date counted from an article's inferred day of writing carries that day's confidence; one
// taken from the sentences around it carries its link's measured share (linkPrecision.ts), times the
// article's confidence when that day is inferred; one the sentence's own words give on a stated day, none.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildStory } from '../run.ts';
import { linkOf, linkShare } from './linkPrecision.ts';

const dir = join(import.meta.dirname, '../../../data/stories/us-officials-in-mexico-city');
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
const meta = JSON.parse(readFileSync(join(dir, 'story.json'), 'utf8'));

describe('event dates: confidence from the article they are counted from and the link that dated them', () => {
  const story = buildStory({ id: 'seed', meta, files });
  const articles = new Map(story.articles.map((a) => [a.id, a]));
  const published = (id: string | null | undefined) => articles.get(id ?? '')?.published;
  it('an event whose own words are counted from an inferred day carries that day\'s confidence', () => {
    const counted = story.events.filter((e) => e.date.source === 'resolved' && e.date.evidence?.anchor && published(e.date.evidence.articleId)?.source === 'inferred');
    expect(counted.length).toBeGreaterThan(0);
    for (const e of counted) expect(e.date.confidence).toBe(published(e.date.evidence!.articleId)!.confidence);
  });
  it('an event dated from the sentences around it carries its link\'s share, times an inferred day\'s confidence', () => {
    const context = story.events.filter((e) => e.date.source === 'inferred');
    expect(context.length).toBeGreaterThan(0);
    let stated = 0;
    for (const e of context) {
      const link = linkOf(e.date.evidence!.note);
      expect(link).not.toBeNull();
      const day = published(e.date.evidence!.articleId);
      const expected = day?.source === 'inferred' && e.date.evidence!.anchor ? Math.round(linkShare(link!) * day.confidence! * 100) / 100 : linkShare(link!);
      if (day?.source === 'stated') stated += 1;
      expect(e.date.confidence).toBe(expected);
      expect(e.date.confidence!).toBeLessThan(1);
    }
    expect(stated).toBeGreaterThan(0);
  });
  it('an event whose own words date it on a stated day carries none', () => {
    const own = story.events.filter((e) => e.date.source !== 'inferred' && published(e.date.evidence?.articleId)?.source === 'stated');
    for (const e of own) expect(e.date.confidence).toBeUndefined();
  });
});

describe('linkShare', () => {
  it('smooths the measured count towards one half and pools the previous-sentence links', () => {
    expect(linkShare('peg')).toBeGreaterThan(0.5);
    expect(linkShare('peg')).toBeLessThan(linkShare('before'));
    expect(linkShare('clock')).toBe(linkShare('paragraph'));
    expect(linkShare('clock')).toBe(linkShare('before'));
  });
});
