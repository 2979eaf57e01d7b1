/** A caption above the wire dateline (index.ts, removeCaptionAboveDateline), on a page shaped like Reuters' of 2009, written for this test. */
import { describe, expect, it } from 'vitest';
import { cleanWithTrace } from './index.ts';

const LEAD = 'HARBOURTON (Reuters) - The harbour board reopened the old bridge to lorries on Thursday, a week after fishing crews blocked the quay.';
const BODY = 'Shop owners had asked for the bridge to reopen before the summer season.';

describe('a caption above the wire dateline', () => {
  it('goes when it ends like a sentence; the headline above it stays the title', () => {
    const { result, lines } = cleanWithTrace(['Harbour bridge reopens to lorries', 'A lorry crosses the old bridge in Harbourton March 4, 2010.', LEAD, BODY].join('\n'));
    expect(result.title).toBe('Harbour bridge reopens to lorries');
    expect(result.text.split('\n\n')).toEqual([LEAD, BODY]);
    expect(lines[1]?.removed).toBe('caption');
  });

  it('stays when no wire dateline follows, or when the dateline is below the top of the page', () => {
    const plain = cleanWithTrace(['A lorry crosses the old bridge in Harbourton March 4, 2010.', BODY].join('\n')).result;
    expect(plain.text).toContain('A lorry crosses');
    const deep = cleanWithTrace(['Harbour bridge reopens', 'Fishing crews met the mayor on Monday to talk about the quay.', 'The council voted against new tolls for vans and buses last year.', 'Ferries to the islands will keep their summer timetable.', LEAD].join('\n')).result;
    expect(deep.text).toContain('Fishing crews met the mayor');
  });
});

describe('furniture glued onto the wire dateline line', () => {
  it('cuts an editor note or highlights before the dateline, and gives story bullets lines of their own', () => {
    const note = cleanWithTrace([`(Repeats to more subscribers) ${LEAD}`, BODY].join('\n')).result;
    expect(note.text.split('\n\n')).toEqual([LEAD, BODY]);
    const lead = 'HARBOURTON, March 4 (Reuters) - The harbour board reopened the old bridge to lorries on Thursday.';
    const bullets = cleanWithTrace([`\\* Board reopens bridge to lorries after a week \\* Fishing crews end their blockade of the quay Port Ellen ${lead}`, BODY].join('\n')).result;
    // The place in capitals is the dateline's, not "Port Ellen" before it; the first bullet, on top, reads as the headline.
    expect(bullets.title).toBe('Board reopens bridge to lorries after a week');
    expect(bullets.text.split('\n\n')).toEqual(['Fishing crews end their blockade of the quay Port Ellen', lead, BODY]);
  });

  it('leaves a line that starts with its dateline alone, whatever the words of its place', () => {
    const two = 'PORT ELLEN (Reuters) - Fishing crews ended their blockade of the quay on Friday after the vote.';
    expect(cleanWithTrace([two, BODY].join('\n')).result.text.split('\n\n')[0]).toBe(two);
  });
});
