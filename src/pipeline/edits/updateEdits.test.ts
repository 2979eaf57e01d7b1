import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, type Story } from '../../schema/index.ts';
import { parseEdits, rewriteEdits, serializeEdits, type EditsDoc } from './editsFile.ts';
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
    // A hidden event's title goes with the edit (titleWas), for edit mode to name it after a restart.
    expect(doc).toEqual({ events: { e1: { title: 'New title', date: '2017-02-22', dateNote: 'Per the ministry.', attach: ['a.txt', 'a'] }, e2: { hide: true, titleWas: 'e2' } } });
    // A hidden event is no longer in the story, but its edits can still be changed: "Show again".
    const shown = updateEdits(doc, change('e2', { hide: null }), { ...story, events: [event('e1')] });
    expect(shown).toEqual({ ok: true, doc: { events: { e1: doc.events.e1! } } });
    expect(updateEdits(doc, { story: 's', event: 'e1', clear: true }, story)).toEqual({ ok: true, doc: { events: { e2: { hide: true, titleWas: 'e2' } } } });
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

describe('the title of a hidden or merged-away event', () => {
  const titled: Story = { ...story, events: [{ ...event('e1'), title: 'Kelly and Tillerson meet Peña Nieto' }, event('e2')] };

  it('is recorded in the edit when the event is hidden or merged, and goes when neither is left', () => {
    const hidden = updateEdits({ events: {} }, change('e1', { hide: true }), titled);
    expect(hidden).toEqual({ ok: true, doc: { events: { e1: { hide: true, titleWas: 'Kelly and Tillerson meet Peña Nieto' } } } });
    const merged = updateEdits({ events: {} }, change('e1', { mergeInto: 'e2' }), titled);
    expect(merged).toEqual({ ok: true, doc: { events: { e1: { mergeInto: 'e2', titleWas: 'Kelly and Tillerson meet Peña Nieto' } } } });
    // "Show again" on a story that no longer has the event: the recorded title goes with the hide.
    const shown = updateEdits({ events: { e1: { hide: true, key: true, titleWas: 'Kelly' } } }, change('e1', { hide: null }), { ...titled, events: [event('e2')] });
    expect(shown).toEqual({ ok: true, doc: { events: { e1: { key: true } } } });
  });

  it('is the server\'s to write: a change cannot set it', () => {
    expect(updateEdits({ events: {} }, change('e1', { titleWas: 'x' }), titled)).toMatchObject({ ok: false, error: expect.stringMatching(/^"titleWas" is not an edit/) });
  });

  it('reads back from the file, and a bad one is a warning naming the entry', () => {
    expect(parseEdits(JSON.stringify({ events: { e1: { hide: true, titleWas: 'Kelly' } } }))).toEqual({ doc: { events: { e1: { hide: true, titleWas: 'Kelly' } } }, warnings: [] });
    expect(parseEdits(JSON.stringify({ events: { e1: { hide: true, titleWas: 3 } } })).warnings.map((w) => w.message))
      .toEqual(['edits.json: events["e1"].titleWas must be a title of 1 to 200 characters; not applied']);
  });
});

describe('the story\'s own title and credit line', () => {
  const storyChange = (storySet: Record<string, unknown>) => ({ story: 's', storySet });

  it('a change names no event: it sets, replaces and removes the story\'s title and credit', () => {
    expect(parseChange(storyChange({ title: 'T' }))).toEqual({ ok: true, change: { story: 's', storySet: { title: 'T' } } });
    expect(parseChange({ story: 's', storySet: 'T' })).toMatchObject({ ok: false });
    const set = updateEdits({ events: { e1: { key: true } } }, storyChange({ title: '  Gaza:   the November war ', credit: 'Edited by Ana Ruiz' }), story);
    expect(set).toEqual({ ok: true, doc: { events: { e1: { key: true } }, story: { title: 'Gaza: the November war', credit: 'Edited by Ana Ruiz' } } });
    if (!set.ok) return;
    expect(updateEdits(set.doc, storyChange({ credit: null }), story)).toEqual({ ok: true, doc: { events: { e1: { key: true } }, story: { title: 'Gaza: the November war' } } });
    expect(updateEdits(set.doc, storyChange({ title: null, credit: '' }), story)).toEqual({ ok: true, doc: { events: { e1: { key: true } } } });
  });

  it('refuses what the build would refuse, with the reason', () => {
    expect(updateEdits({ events: {} }, storyChange({ title: 'x'.repeat(201) }), story)).toEqual({ ok: false, error: 'story title must be a title of 1 to 200 characters' });
    expect(updateEdits({ events: {} }, storyChange({ byline: 'Ana' }), story)).toEqual({ ok: false, error: '"byline" is not a story edit (known: title, credit)' });
    expect(updateEdits({ events: {} }, storyChange({}), story)).toMatchObject({ ok: false });
  });

  it('the file reads them, a bad entry is a warning naming the file and entry, and the rest applies', () => {
    expect(parseEdits(JSON.stringify({ story: { title: 'T', credit: 'Edited by Ana Ruiz' } }))).toEqual({ doc: { events: {}, story: { title: 'T', credit: 'Edited by Ana Ruiz' } }, warnings: [] });
    const bad = parseEdits(JSON.stringify({ story: { title: '', credit: 'Edited by Ana Ruiz', byline: 'Ana' }, events: { e1: { key: true } } }));
    expect(bad.doc).toEqual({ events: { e1: { key: true } }, story: { credit: 'Edited by Ana Ruiz' } });
    expect(bad.warnings.map((w) => [w.file, w.message])).toEqual([
      ['edits.json', 'edits.json: story.title must be a title of 1 to 200 characters; not applied'],
      ['edits.json', 'edits.json: story.byline: unknown story edit (known: title, credit); ignored'],
    ]);
    expect(parseEdits(JSON.stringify({ story: 'T', events: {} })).warnings.map((w) => w.message)).toEqual(['edits.json: story must be an object {"title": "...", "credit": "..."}; skipped']);
    expect(parseEdits('{}').warnings.map((w) => w.code)).toEqual(['unreadable']);
  });

  it('the dev server rewrites only what changed, story entry first, a hand-written field it could not read kept', () => {
    const hand = JSON.stringify({ events: { e1: { key: true } }, story: { credit: 'Edited by A. Ruiz', Title: 'typo' } });
    const before = parseEdits(hand).doc;
    const r = updateEdits(before, storyChange({ title: 'Gaza: the November war' }), story);
    if (!r.ok) throw new Error(r.error);
    expect(rewriteEdits(hand, before, r.doc)).toBe(`${JSON.stringify({ story: { title: 'Gaza: the November war', credit: 'Edited by A. Ruiz', Title: 'typo' }, events: { e1: { key: true } } }, null, 2)}\n`);
    expect(serializeEdits(r.doc)).toBe(`${JSON.stringify({ story: { title: 'Gaza: the November war', credit: 'Edited by A. Ruiz' }, events: { e1: { key: true } } }, null, 2)}\n`);
  });
});
