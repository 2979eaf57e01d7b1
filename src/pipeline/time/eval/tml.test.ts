// Fixture written by hand in the shape of a TimeBank document (not copied from the corpus).
import { describe, expect, it } from 'vitest';
import { parseTml, writeTml } from './tml.ts';

const DOC = `<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2017-02-24" functionInDocument="CREATION_TIME">20170224</TIMEX3></DCT>
<TEXT>
Officials <EVENT eid="e1">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="2017-02-21">Tuesday</TIMEX3> that AT&amp;T shares fell.
</TEXT>
</TimeML>`;

describe('TimeML reading and writing', () => {
  it('reads the DCT, the plain text with entities decoded and the gold spans', () => {
    const d = parseTml(DOC);
    expect(d.dct).toBe('2017-02-24');
    expect(d.text).toBe('\nOfficials said Tuesday that AT&T shares fell.\n');
    expect(d.gold).toEqual([{ start: 16, end: 23, text: 'Tuesday', tid: 't1', type: 'DATE', value: '2017-02-21' }]);
  });
  it('writes system tags without changing the text', () => {
    const d = parseTml(DOC);
    const out = writeTml(d, [{ start: 16, end: 23, type: 'DATE', value: '2017-02-21' }]);
    const again = parseTml(out);
    expect(again.text).toBe(d.text);
    expect(again.gold.map((g) => g.value)).toEqual(['2017-02-21']);
  });
});
