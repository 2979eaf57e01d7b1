import { describe, expect, it } from 'vitest';
import { editLine } from '../../../schema/editNotes.ts';

describe('editors’ notes', () => {
  it('say what was edited in a reader’s words', () => {
    expect(editLine({ what: 'date', note: 'The ministry dates it Wednesday.' }, {})).toBe('Date corrected by the editors: The ministry dates it Wednesday.');
    expect(editLine({ what: 'date', note: null }, {})).toBe('Date corrected by the editors.');
    expect(editLine({ what: 'title', note: null }, {})).toBe('Title edited by the editors.');
    expect(editLine({ what: 'key', note: null }, { key: true })).toBe('Marked as a key event by the editors.');
    expect(editLine({ what: 'key', note: null }, { key: false })).toBe('No longer marked as a key event, by the editors.');
    expect(editLine({ what: 'merged', note: 'Kelly promises' }, {})).toBe('Merged by the editors with “Kelly promises”.');
    expect(editLine({ what: 'article', note: 'CNN report' }, {})).toBe('Source added by the editors: “CNN report”.');
  });
});
