// Edits applied to the repository's real story (data/stories/us-officials-in-mexico-city), as buildStory
// applies them: after merge and the lock, by event id.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateStory, type Story } from '../../schema/index.ts';
import { buildStory, type StoryInput } from '../run.ts';
import { applyEdits } from './applyEdits.ts';
import { granularityOf, parseEdits, serializeEdits } from './editsFile.ts';

const dir = join(import.meta.dirname, '../../../data/stories/us-officials-in-mexico-city');
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
const input = (edits?: unknown): StoryInput => ({ id: 'seed', meta: {}, files, ...(edits === undefined ? {} : { edits: typeof edits === 'string' ? edits : JSON.stringify(edits) }) });
const plain = buildStory(input());
const [a, b, c, d] = [plain.events[2]!, plain.events[3]!, plain.events[4]!, plain.events[5]!];
const editWarnings = (s: Story) => s.warnings.filter((w) => w.file === 'edits.json').map((w) => w.message);

describe('editorial edits', () => {
  it('hide, retitle, redate with a note, and mark as key, each saying what was edited', () => {
    const s = buildStory(input({ events: {
      [a.id]: { hide: true },
      [b.id]: { title: 'Kelly and Tillerson meet Mexico’s president', key: true },
      [c.id]: { date: '2017-02-22', dateNote: 'The ministry’s statement dates the meeting Wednesday.' },
    } }));
    expect(validateStory(s).ok).toBe(true);
    expect(editWarnings(s).sort()).toEqual([]);
    expect(s.events.some((e) => e.id === a.id)).toBe(false);
    expect(s.redirects).toContainEqual({ from: a.id, to: null, reason: 'hidden' });
    const retitled = s.events.find((e) => e.id === b.id)!;
    expect(retitled).toMatchObject({ title: 'Kelly and Tillerson meet Mexico’s president', key: true, edited: [{ what: 'title', note: null }, { what: 'key', note: null }] });
    const redated = s.events.find((e) => e.id === c.id)!;
    expect(redated.date).toMatchObject({ value: '2017-02-22', granularity: 'day', source: 'stated' });
    expect(redated.date.evidence?.note).toBe('Corrected by the editors: The ministry’s statement dates the meeting Wednesday.');
    expect(redated.edited).toEqual([{ what: 'date', note: 'The ministry’s statement dates the meeting Wednesday.' }]);
    // Redated events move to their new place in the order.
    expect(s.events.findIndex((e) => e.id === c.id)).toBeLessThan(s.events.findIndex((e) => e.date.value === '2017-02-23'));
  });

  it('merges two events: sentences and sources join, the merged id leads to the event that took it', () => {
    const s = buildStory(input({ events: { [d.id]: { mergeInto: b.id } } }));
    const merged = s.events.find((e) => e.id === b.id)!;
    expect(merged.mentions).toEqual(expect.arrayContaining([...b.mentions, ...d.mentions]));
    expect(merged.sources).toBeGreaterThanOrEqual(b.sources);
    expect(merged.edited).toEqual([{ what: 'merged', note: d.title }]);
    expect(s.redirects).toEqual([{ from: d.id, to: b.id, reason: 'merged' }]);
    expect(validateStory(s).ok).toBe(true);
  });

  it('follows a merge target that a rebuild merged into another event', () => {
    // The editors merged d into an event a later pipeline folded into b: the edit lands on b.
    const redirects = [{ from: 'an-earlier-event', to: b.id, reason: 'merged' as const }];
    const out = applyEdits(plain.events, redirects, { events: { [d.id]: { mergeInto: 'an-earlier-event' } } }, { articles: plain.articles, sentencesOf: () => [] });
    expect(out.warnings).toEqual([]);
    expect(out.events.find((e) => e.id === b.id)!.edited).toEqual([{ what: 'merged', note: d.title }]);
    expect(out.redirects).toContainEqual({ from: d.id, to: b.id, reason: 'merged' });
  });

  it('attaches an article by its file name, citing its sentence most like the event', () => {
    const without = plain.articles.find((art) => !b.mentions.some((m) => m.articleId === art.id))!;
    const s = buildStory(input({ events: { [b.id]: { attach: [without.file] } } }));
    const e = s.events.find((x) => x.id === b.id)!;
    const cited = e.mentions.find((m) => m.articleId === without.id)!;
    expect(without.text.slice(cited.start, cited.end)).toBe(cited.text);
    expect(e.edited).toEqual([{ what: 'article', note: without.title }]);
    expect(validateStory(s).ok).toBe(true);
  });

  it('turns an unknown id, a bad date or a malformed entry into warnings naming the file and entry, never a failure', () => {
    const s = buildStory(input({ events: {
      'no-such-event': { hide: true },
      [a.id]: { date: '2017-02-30', title: '', colour: 'red' },
      [b.id]: { mergeInto: b.id },
      [c.id]: 'hide',
    } }));
    expect(editWarnings(s).sort()).toEqual([
      `edits.json: events["${a.id}"].date "2017-02-30" is not a date (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www or YYYY-MM-DDTHH:MM); not applied`,
      `edits.json: events["${a.id}"].title must be a title of 1 to 200 characters; not applied`,
      `edits.json: events["${a.id}"].colour: unknown edit (known: hide, title, date, dateNote, key, mergeInto, attach, titleWas); ignored`,
      `edits.json: events["${c.id}"] must be an object of edits; skipped`,
      'edits.json: events["no-such-event"]: this story has no such event; not applied',
      `edits.json: events["${b.id}"].mergeInto: "${b.id}" is this event or already merged into it; not merged`,
    ].sort());
    expect(s.events.map((e) => e.id)).toEqual(plain.events.map((e) => e.id));
    expect(editWarnings(buildStory(input('{"events": ')))).toEqual([expect.stringMatching(/^edits\.json: not valid JSON/)]);
    expect(buildStory(input('[]')).warnings).toContainEqual(expect.objectContaining({ file: 'edits.json', code: 'unreadable' }));
  });

  it('reads dates at their precision and refuses days that do not exist', () => {
    expect(['2017', '2017-02', '2017-W08', '2017-02-23', '2017-02-23T15:21'].map(granularityOf)).toEqual(['year', 'month', 'week', 'day', 'time']);
    expect(['2017-02-29', '2017-13', '23/02/2017', 'Thursday', '2017-02-23T25:00', ''].map(granularityOf)).toEqual([null, null, null, null, null, null]);
  });

  it('writes edits.json in a fixed order that reads back the same', () => {
    const text = serializeEdits({ events: { z: { key: true, title: 'Z' }, a: { hide: true }, empty: {} } });
    expect(text).toBe('{\n  "events": {\n    "a": {\n      "hide": true\n    },\n    "z": {\n      "title": "Z",\n      "key": true\n    }\n  }\n}\n');
    expect(serializeEdits(parseEdits(text).doc)).toBe(text);
  });
});
