import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, type Story } from '../../schema/index.ts';
import { parseEdits, rewriteEdits, type EditsDoc } from './editsFile.ts';
import { parseChange, updateEdits } from './updateEdits.ts';

const event = (id: string) => ({
  id, date: { value: '2017-02-23', granularity: 'day' as const, source: 'stated' as const, evidence: null }, title: id, summary: id,
  actors: [], place: null, quotes: [], mentions: [{ articleId: 'a', start: 0, end: 1, text: 'K' }], sources: 1,
});
const story: Story = {
  schemaVersion: SCHEMA_VERSION, id: 's', title: 'S', events: [event('e1'), event('e2')], context: [], warnings: [],
  articles: [{ id: 'a', file: 'a.txt', title: 'A', publisher: null, url: null, byline: null, dateline: null, published: null, text: 'K' }],
};
const change = (event: string, set: Record<string, unknown>) => ({ story: 's', event, set });

describe('a change from the edit mode', () => {
  it('sets, adds to and removes edits of an event', () => {
    let doc: EditsDoc = { events: {} };
    for (const c of [change('e1', { title: '  New   title ' }), change('e1', { date: '2017-02-22', dateNote: 'Per the ministry.' }), change('e1', { attach: ['a.txt'] }), change('e1', { attach: ['a'] }), change('e2', { hide: true })]) {
      const r = updateEdits(doc, c, story);
      if (!r.ok) throw new Error(r.error);
      doc = r.doc;
    }
    expect(doc).toEqual({ events: { e1: { title: 'New title', date: '2017-02-22', dateNote: 'Per the ministry.', attach: ['a.txt', 'a'] }, e2: { hide: true } } });
    // A hidden event is no longer in the story, but its edits can still be changed: "Show again".
    const shown = updateEdits(doc, change('e2', { hide: null }), { ...story, events: [event('e1')] });
    expect(shown).toEqual({ ok: true, doc: { events: { e1: doc.events.e1! } } });
    expect(updateEdits(doc, { story: 's', event: 'e1', clear: true }, story)).toEqual({ ok: true, doc: { events: { e2: { hide: true } } } });
  });

  it('refuses what the build would refuse, with the reason', () => {
    const doc: EditsDoc = { events: {} };
    expect(updateEdits(doc, change('nope', { hide: true }), story)).toEqual({ ok: false, error: 'story s has no event "nope"' });
    expect(updateEdits(doc, change('e1', { date: '2017-02-30' }), story)).toMatchObject({ ok: false, error: expect.stringMatching(/^date "2017-02-30" is not a date/) });
    expect(updateEdits(doc, change('e1', { mergeInto: 'e1' }), story)).toEqual({ ok: false, error: 'an event cannot be merged into itself' });
    expect(updateEdits(doc, change('e1', { mergeInto: 'e9' }), story)).toEqual({ ok: false, error: 'story s has no event "e9" to merge into' });
    expect(updateEdits(doc, change('e1', { attach: ['z.txt'] }), story)).toEqual({ ok: false, error: 'story s has no article "z.txt"' });
    expect(updateEdits(doc, change('e1', { colour: 'red' }), story)).toMatchObject({ ok: false, error: expect.stringMatching(/^"colour" is not an edit/) });
    expect(parseChange({ story: 's', event: 'e1' })).toEqual({ ok: false, error: 'nothing to change: give "set" or "clear"' });
    expect(parseChange('hide')).toMatchObject({ ok: false });
    expect(parseChange({ story: 's', event: 'e1', set: { hide: true } })).toEqual({ ok: true, change: { story: 's', event: 'e1', set: { hide: true } } });
  });

  it('undoing every edit of an event undoes the merges into it too', () => {
    const doc: EditsDoc = { events: { e2: { mergeInto: 'e1' }, e1: { key: true } } };
    expect(updateEdits(doc, { story: 's', event: 'e1', clear: true }, { ...story, events: [event('e1')] })).toEqual({ ok: true, doc: { events: {} } });
  });

  it('the file keeps what the build could not read, and every entry the change did not touch', () => {
    const hand = JSON.stringify({ events: { e2: { Title: 'Typo', date: '2017-02-23T25:00', dateNote: 'Reuters gives the hour.' }, e1: { hide: false } } });
    const before = parseEdits(hand).doc;
    const r = updateEdits(before, change('e1', { key: true }), story);
    if (!r.ok) throw new Error(r.error);
    const text = rewriteEdits(hand, before, r.doc);
    expect(JSON.parse(text)).toEqual({ events: { e1: { hide: false, key: true }, e2: { dateNote: 'Reuters gives the hour.', date: '2017-02-23T25:00', Title: 'Typo' } } });
    // Setting the field the editors mistyped replaces it; the unknown field stays for them to see.
    const r2 = updateEdits(parseEdits(text).doc, change('e2', { date: '2017-02-23T21:00' }), story);
    if (!r2.ok) throw new Error(r2.error);
    expect(JSON.parse(rewriteEdits(text, parseEdits(text).doc, r2.doc)).events.e2).toEqual({ date: '2017-02-23T21:00', dateNote: 'Reuters gives the hour.', Title: 'Typo' });
    // "Undo all" takes the whole entry, what the build could not read included.
    const r3 = updateEdits(parseEdits(text).doc, { story: 's', event: 'e2', clear: true }, story);
    if (!r3.ok) throw new Error(r3.error);
    expect(JSON.parse(rewriteEdits(text, parseEdits(text).doc, r3.doc, 'e2')).events).toEqual({ e1: { hide: false, key: true } });
  });
});
