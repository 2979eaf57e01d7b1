/** Photo credits in brackets run into the first sentence (creditChain.ts), on lines written for this test. */
import { describe, expect, it } from 'vitest';
import { cutCreditChain } from './creditChain.ts';

const LEAD = 'The harbour board reopened the old bridge to lorries on Thursday.';

describe('photo credits in brackets at the start of a line', () => {
  it.each([
    [`(Ann Lee - Bloomberg News) ${LEAD}`, '(Ann Lee - Bloomberg News)'],
    [`(By Ann Lee -- The Washington Post) ${LEAD}`, '(By Ann Lee -- The Washington Post)'],
    [`(AP Photo/Ann Lee) (Ann Lee - AP) Fishermen, left, watch the vote at the quay, Friday, Oct. 17, 2008. (AP Photo/Bo Ek) (Bo Ek - AP) ${LEAD}`, '(Bo Ek - AP)'],
  ])('cuts the credits, and the captions between them, off the sentence: %s', (line, lastCut) => {
    const cut = cutCreditChain(line);
    expect(cut?.text).toBe(LEAD);
    expect(cut?.cut.endsWith(lastCut)).toBe(true);
  });
  it('leaves a line alone that does not open with a credit, or runs into a lower-case word', () => {
    expect(cutCreditChain(`${LEAD} (Ann Lee - AP)`)).toBeNull();
    expect(cutCreditChain('(Ann Lee - AP) and then the rest.')).toBeNull();
  });
});
