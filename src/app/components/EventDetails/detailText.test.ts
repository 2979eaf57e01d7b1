import { describe, expect, it } from 'vitest';
import { detailDisplay } from './detailText.ts';

describe('the details of an event from a tokenized corpus', () => {
  const p1 = "WASHINGTON -LRB- AP -RRB- -- Kelly said Thursday that `` there will be no mass deportations '' , and the U.S. would n't use force .";
  const p2 = "Mexico 's foreign minister met Tillerson ` behind scenes ' for hours , officials said .";

  it('shows its passages detokenized, as the reader shows their article', () => {
    const show = detailDisplay([p1, p2]);
    expect(show(p1)).toBe('WASHINGTON (AP) -- Kelly said Thursday that “there will be no mass deportations”, and the U.S. wouldn\'t use force.');
    expect(show(p2)).toBe('Mexico\'s foreign minister met Tillerson ‘behind scenes’ for hours, officials said.');
    // A quotation's words alone, whose marks a tokenizer left: as a reader writes them.
    expect(show("`` there will be no mass deportations ''")).toBe('“there will be no mass deportations”');
  });

  it('detokenizes a lone passage holding a mark only tokenized text writes', () => {
    const show = detailDisplay(['Kelly said he did not know.', "The U.S. would n't use force ."]);
    expect(show("The U.S. would n't use force .")).toBe("The U.S. wouldn't use force.");
    expect(show('Kelly said he did not know.')).toBe('Kelly said he did not know.');
  });

  it('leaves a normal event\'s passages as they are, a stray space before a comma included, but for a spaced possessive', () => {
    const normal = ['"We are deeply concerned," Clinton said .', "Protesters ' human rights must be respected, he said.", 'He said : no.'];
    const show = detailDisplay(normal);
    expect(normal.map(show)).toEqual(['"We are deeply concerned," Clinton said .', 'Protesters’ human rights must be respected, he said.', 'He said : no.']);
  });
});
