// Builds the seed story of the repository (data/stories/us-officials-in-mexico-city, five outlets'
// reports of 23 Feb 2017) with four articles and then with the fifth added, and compares event ids.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildStory, buildStoryWithLock, type StoryInput } from '../run.ts';
import { idWords, slugWords } from './ids.ts';

const dir = join(import.meta.dirname, '../../../data/stories/us-officials-in-mexico-city');
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
const input = (n: number): StoryInput => ({ id: 'seed', meta: {}, files: files.slice(0, n) });

describe('event ids', () => {
  it('keep at least 90% of the existing ids when an article is added to the story, through the lock file', () => {
    // A new article may move an undated article's inferred day, and with it the dates that ids are made
    // from: the lock file (src/pipeline/lock) is what keeps them (the full rebuild cases: lock/rebuild.test.ts).
    const four = buildStoryWithLock(input(4));
    const five = buildStoryWithLock({ ...input(5), lock: four.lock }).story;
    const after = new Set(five.events.map((e) => e.id));
    const redirected = new Set((five.redirects ?? []).map((r) => r.from));
    const kept = four.story.events.filter((e) => after.has(e.id)).length / four.story.events.length;
    expect(four.story.events.length).toBeGreaterThan(5);
    expect(kept).toBeGreaterThanOrEqual(0.9);
    for (const e of four.story.events) expect(after.has(e.id) || redirected.has(e.id), e.id).toBe(true);
  });

  it('are the same on every rebuild and URL-safe', () => {
    const a = buildStory(input(5)).events.map((e) => e.id);
    const b = buildStory(input(5)).events.map((e) => e.id);
    expect(a).toEqual(b);
    for (const id of a) expect(id).toMatch(/^[0-9A-Za-z-]+$/);
    expect(new Set(a).size).toBe(a.length);
  });

  it('are slugs of the first content words, accents folded', () => {
    expect(slugWords('Tillerson and Kelly were to meet later Thursday with Mexican President Enrique Peña Nieto.')).toBe('tillerson-kelly-meet-mexican-president');
  });

  it('leave out a page stamp\'s clock and date, which the id says already', () => {
    // Timeline17 finance: "2008-12-18-18-2008-11-33-am" came from a page's stamp read as the anchor's words.
    expect(idWords('Thursday, December 18, 2008; 11:33 AM SEN. CHRISTOPHER DODD said the bailout must be reviewed.')).toBe('sen-christopher-dodd-bailout-reviewed');
    expect(idWords('At 10.30 pm on 4 August 1914 the king held a privy council.')).toBe('king-held-privy-council');
    // Numbers that are not a clock or a date stay: "29 Palestinians".
    expect(idWords('Officials in Gaza said 29 Palestinians had been killed.')).toBe('officials-gaza-29-palestinians-killed');
  });
});
