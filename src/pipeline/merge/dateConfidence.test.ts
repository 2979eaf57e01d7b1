// An event date counted from an article's inferred day of writing carries that day's confidence; one
// counted from a stated day carries none.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildStory } from '../run.ts';

const dir = join(import.meta.dirname, '../../../data/stories/us-officials-in-mexico-city');
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
const meta = JSON.parse(readFileSync(join(dir, 'story.json'), 'utf8'));

describe('event dates: confidence from the article they are counted from', () => {
  const story = buildStory({ id: 'seed', meta, files });
  const articles = new Map(story.articles.map((a) => [a.id, a]));
  it('an event counted from an inferred day carries its confidence', () => {
    const counted = story.events.filter((e) => e.date.evidence?.anchor && articles.get(e.date.evidence.articleId ?? '')?.published?.source === 'inferred');
    expect(counted.length).toBeGreaterThan(0);
    for (const e of counted) expect(e.date.confidence).toBe(articles.get(e.date.evidence!.articleId!)!.published!.confidence);
  });
  it('an event counted from a stated day carries none', () => {
    const stated = story.events.filter((e) => articles.get(e.date.evidence?.articleId ?? '')?.published?.source === 'stated');
    for (const e of stated) expect(e.date.confidence).toBeUndefined();
  });
});
