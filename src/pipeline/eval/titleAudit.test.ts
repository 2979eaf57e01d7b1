// The title audit's classes on made-up titles: a check that can fail.
import { describe, expect, it } from 'vitest';
import { auditTitles, formatAudit, titleFlaws } from './titleAudit.ts';

describe('titleFlaws', () => {
  it('a title that opens with a quotation mark', () => {
    expect(titleFlaws('"The bridge will hold," he said')).toContain('quote');
    expect(titleFlaws('“The bridge will hold”')).toContain('quote');
    expect(titleFlaws('Tomas Reyes: “The bridge will hold”')).toEqual([]);
  });

  it('a title that opens with a pronoun, not with a word that only looks like one', () => {
    for (const t of ['He closed the bridge', 'They opened a shelter', 'It’s a disaster', 'We’re rebuilding', 'I was there', 'Their homes flooded', 'Its roof fell in', 'That followed similarly robust backing from Britain', 'This was the first time']) {
      expect(titleFlaws(t)).toContain('pronoun');
    }
    for (const t of ['US President closed the border', 'Iterations of the plan failed', 'Heavy rain closed the bridge', 'Item 4 was dropped', 'That Google executive was freed', 'This week’s vote was delayed', 'Thatcher was elected']) {
      expect(titleFlaws(t)).not.toContain('pronoun');
    }
  });

  it('a title that ends on a function word, but not on a verb, an adverb or a number', () => {
    expect(titleFlaws('The mayor appeared to take aim at')).toContain('functionEnd');
    expect(titleFlaws('The council voted to close the')).toContain('functionEnd');
    expect(titleFlaws('The soldiers said they did so because')).toContain('functionEnd');
    for (const t of ['The mayor said the city has work to do', 'Crews tried but were unable to do so', 'A delegation of more than 400']) {
      expect(titleFlaws(t)).not.toContain('functionEnd');
    }
  });

  it('a title cut with "…"', () => {
    expect(titleFlaws('The mayor promised new money for…')).toEqual(expect.arrayContaining(['cut', 'functionEnd']));
    expect(titleFlaws('Ann Cole: “We ran out of blankets…”')).toEqual(['cut']);
  });
});

describe('titleFlaws: without a verb', () => {
  it('a subject without its action (Timeline17 H1N1), not a title with a verb the audit may not know', () => {
    expect(titleFlaws('Dr. David Weinstock of the Dana-Farber Cancer Institute and Dr. Gianna Zuccotti')).toEqual(['noVerb']);
    expect(titleFlaws('Biologists at the National Institute for Medical Research')).toEqual(['noVerb']);
    expect(titleFlaws('Dr Richard Besser said he expected more cases over the coming days')).toEqual([]);
    // A present tense it cannot tell from a plural counts as a verb: the count is a lower bound.
    expect(titleFlaws('Mexico remains the epicenter of the H1N1 outbreak')).toEqual([]);
    expect(titleFlaws('Tomas Reyes: “The bridge will hold”')).toEqual([]);
  });
});

describe('auditTitles', () => {
  it('counts each class and the titles with any of the three over every story', () => {
    const ev = (title: string) => ({ title }) as never;
    const a = auditTitles([
      { id: 's1', story: { events: [ev('He said so'), ev('"No," she said'), ev('Crews reopened the bridge')] } },
      { id: 's2', story: { events: [ev('The vote was set for'), ev('Tomas Reyes: “It will hold…”')] } },
    ]);
    expect(a.titles).toBe(5);
    expect(a.counts).toEqual({ quote: 1, pronoun: 1, functionEnd: 1, cut: 1, noVerb: 0 });
    expect(a.bad).toBe(3);
    expect(a.flagged.map((f) => f.story)).toEqual(['s1', 's1', 's2', 's2']);
    expect([a.key, a.keyPronoun]).toEqual([0, 0]);
  });

  it('counts the key events and those of them that open with a pronoun', () => {
    const a = auditTitles([
      { id: 's1', story: { events: [{ title: 'He said so', key: true }, { title: 'Crews reopened the bridge', key: true }, { title: 'They left' }] } },
      { id: 's2', story: { events: [{ title: 'Its roof fell in', key: false }, { title: 'Their homes flooded', key: true }] } },
    ]);
    expect([a.key, a.keyPronoun]).toEqual([3, 2]);
    expect(formatAudit(a)).toContain('key events opening with a pronoun: 2 of 3 (66.7%)');
  });
});
