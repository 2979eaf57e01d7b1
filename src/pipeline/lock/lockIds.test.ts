import { describe, expect, it } from 'vitest';
import type { Event } from '../../schema/index.ts';
import { EMPTY_LOCK, parseLock, serializeLock, type Lock } from './lockFile.ts';
import { lockIds } from './lockIds.ts';
import { mentionKey, normalizeSentence } from './mentionKey.ts';

/** An event told by sentences "a1", "b2", ... (article letter, then words). */
const event = (id: string, ...sentences: string[]): Event => ({
  id,
  date: { value: '2017-02-23', granularity: 'day', source: 'stated', evidence: null },
  title: id,
  summary: sentences[0]!,
  actors: [],
  place: null,
  quotes: [],
  mentions: sentences.map((s, i) => ({ articleId: s[0]!, start: i * 100, end: i * 100 + s.length, text: s })),
  sources: 1,
});
const lockOf = (...events: Event[]): Lock => lockIds(events, EMPTY_LOCK).lock;
const ids = (events: Event[]) => events.map((e) => e.id);

describe('lockIds', () => {
  it('keeps the ids merge made when there is no lock', () => {
    const events = [event('x', 'a Kelly met', 'b Kelly met'), event('y', 'a Tillerson spoke')];
    const out = lockIds(events, EMPTY_LOCK);
    expect(ids(out.events)).toEqual(['x', 'y']);
    expect(out.events[0]).toBe(events[0]);
    expect(out.redirects).toEqual([]);
  });

  it('gives each happening its old id whatever merge now calls it, and mints only for new ones', () => {
    const lock = lockOf(event('kelly', 'a Kelly met', 'b Kelly met'), event('tillerson', 'a Tillerson spoke'));
    const out = lockIds([event('renamed-1', 'a Tillerson spoke', 'c Tillerson spoke'), event('renamed-2', 'b Kelly met', 'a Kelly met'), event('new', 'c Trump said')], lock);
    expect(ids(out.events)).toEqual(['tillerson', 'kelly', 'new']);
  });

  it('matches sentences whatever their offsets, spacing, quotes or case', () => {
    expect(normalizeSentence('“Let  me be very clear,” Kelly said.')).toBe(normalizeSentence('"let me be very clear," Kelly said'));
    const lock = lockOf(event('kelly', 'a “No mass deportations,” Kelly said.'));
    const moved = event('other', 'a "No mass deportations," Kelly  said');
    moved.mentions[0]!.start = 5000;
    expect(ids(lockIds([moved], lock).events)).toEqual(['kelly']);
  });

  it('never mints an id the lock already knows, live or retired', () => {
    const lock = lockOf(event('x', 'a one'), event('x-2', 'a two'));
    const out = lockIds([event('x', 'b three'), event('x-2', 'a two')], lock);
    expect(ids(out.events)).toEqual(['x-3', 'x-2']);
    expect(out.redirects).toEqual([{ from: 'x', to: null, reason: 'removed' }]);
    const later = lockIds([event('x', 'c four')], out.lock);
    expect(later.events[0]!.id).toBe('x-4');
  });

  it('redirects an id whose sentences went into another event, and gives it back when they come apart', () => {
    const lock = lockOf(event('kelly', 'a Kelly met', 'b Kelly met'), event('talks', 'a Talks began'));
    const merged = lockIds([event('m', 'a Kelly met', 'b Kelly met', 'a Talks began')], lock);
    expect(ids(merged.events)).toEqual(['kelly']);
    expect(merged.redirects).toEqual([{ from: 'talks', to: 'kelly', reason: 'merged' }]);
    const apart = lockIds([event('p', 'a Kelly met', 'b Kelly met'), event('q', 'a Talks began')], merged.lock);
    expect(ids(apart.events)).toEqual(['kelly', 'talks']);
    expect(apart.redirects).toEqual([]);
  });

  it('follows an old redirect when its event is gone in turn', () => {
    const first = lockIds([event('m', 'a Kelly met', 'a Talks began')], lockOf(event('kelly', 'a Kelly met'), event('talks', 'a Talks began')));
    expect(first.redirects).toEqual([{ from: 'talks', to: 'kelly', reason: 'merged' }]);
    const gone = lockIds([event('n', 'b Something else')], first.lock);
    expect(gone.redirects).toEqual([{ from: 'kelly', to: null, reason: 'removed' }, { from: 'talks', to: null, reason: 'removed' }]);
  });

  it('writes a sorted, deterministic file and reads it back; a broken file is a warning, not a failure', () => {
    const lock = lockIds([event('b', 'a two'), event('a', 'b one', 'a one')], EMPTY_LOCK).lock;
    const text = serializeLock(lock);
    expect(text.indexOf('"id":"a"')).toBeLessThan(text.indexOf('"id":"b"'));
    expect(serializeLock(parseLock(text).lock)).toBe(text);
    expect(JSON.parse(text).events[0].mentions).toEqual([mentionKey({ articleId: 'a', text: 'a one' }), mentionKey({ articleId: 'b', text: 'b one' })]);
    expect(parseLock(undefined)).toEqual({ lock: EMPTY_LOCK, warning: null });
    expect(parseLock('{oops').warning?.message).toBe('dateline.lock.json: not valid JSON; event ids were made afresh (old links may not resolve)');
    expect(parseLock('{"lockfileVersion":1,"events":[{"id":"x"}]}').warning?.message).toMatch(/^dateline\.lock\.json: events\[0\] is not \{id, mentions/);
  });
});
