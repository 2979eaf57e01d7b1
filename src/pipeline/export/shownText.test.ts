import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from './index.ts';
import { asShown } from './shownText.ts';
import { article, event, story } from './fixtures/stories.ts';

// On the pattern of Timeline17's tokenized pages ("` I 'll hold Blair to account ' Reg Keys ...") and its
// Reuters bullets ("pandemic threats: \* The 1918 ..."), written for these tests.
const tokenizedText = "The mayor said `` no more delays '' and would n't comment on the port 's plan -LRB- a new quay -RRB- .";
const s = story(
  [event('e1', '2009-04-27', 'day', { title: 'Harbour reopens', summary: "The council said ` we ca n't wait ' on Monday ." })],
  [article('a1', { title: "` I 'll hold the council to account ' Ann Lee", text: tokenizedText })],
);

describe('the exports show the words as the viewer does', () => {
  it('writes a tokenized page\'s title and sentence as a reader writes them, and leaves the stored story alone', () => {
    const shown = asShown(s);
    expect(shown.articles[0]!.title).toBe("‘I'll hold the council to account’ Ann Lee");
    expect(shown.events[0]!.summary).toBe("The council said ‘we can't wait’ on Monday.");
    expect(s.articles[0]!.title).toBe("` I 'll hold the council to account ' Ann Lee");
  });

  it('leaves a page that is not tokenized as it is, but shows an escaped asterisk as a bullet', () => {
    const plain = story([event('e1', '2009-04-27', 'day', { summary: 'Facts about past flu pandemics: \\* The 1918 pandemic killed millions.' })], [article('a1', { text: "The mayor's plan was 'bold' , he said." })]);
    expect(asShown(plain).events[0]!.summary).toBe('Facts about past flu pandemics: • The 1918 pandemic killed millions.');
    expect(asShown(plain).articles[0]!.title).toBe('Article a1');
  });

  it('the CSV export carries the shown words', () => {
    const csv = EXPORT_FORMATS.find((f) => f.suffix.endsWith('.csv'))!.render(s, { base: '/' });
    const rows = parse(csv, { bom: true }) as string[][];
    const summary = rows[1]![rows[0]!.indexOf('summary')]!;
    expect(summary).toBe("The council said ‘we can't wait’ on Monday.");
    expect(rows[1]![rows[0]!.indexOf('sources')]).toBe("‘I'll hold the council to account’ Ann Lee");
  });
});
