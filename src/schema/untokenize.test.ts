import { describe, expect, it } from 'vitest';
import { joinSpacedPossessives, looksTokenized, untokenize } from './untokenize.ts';

describe('untokenize', () => {

  it("closes a backtick quotation whose words hold an apostrophe (Timeline17's \"` I'll hold Blair to account '\")", () => {
    expect(untokenize("` I'll hold the council to account ' Ann Lee was not interested in politics")).toBe("‘I'll hold the council to account’ Ann Lee was not interested in politics");
    expect(untokenize("He said ` we ca n't ' and left")).toBe("He said ‘we can't’ and left");
  });

  it('turns a single mark whose pair a cut left behind into the one a reader writes', () => {
    expect(untokenize('` We are increasing harbour patrols , the mayor')).toBe('‘We are increasing harbour patrols, the mayor');
    expect(untokenize("He shouted ` Halt , drop your weapon , '")).toBe('He shouted ‘Halt, drop your weapon,’');
  });
  it('restores tokenized brackets, quotation marks and possessives', () => {
    expect(untokenize('The mayor -LRB- a Democrat -RRB- vowed to continue ` partnership \' with the port , officials said .'))
      .toBe('The mayor (a Democrat) vowed to continue ‘partnership’ with the port, officials said.');
    expect(untokenize('The council said `` no more delays \'\' and the mayor would n\'t comment on Egypt \'s port .'))
      .toBe('The council said “no more delays” and the mayor wouldn\'t comment on Egypt\'s port.');
  });
  it('writes one mark of a pair, its partner in another sentence or piece, as a quotation mark all the same', () => {
    expect(untokenize('`` Like many people , the mayor was surprised')).toBe('“Like many people, the mayor was surprised');
    expect(untokenize('no more delays \'\' , he said .')).toBe('no more delays”, he said.');
  });
  it('leaves text with nothing tokenized as it is', () => {
    const plain = 'The players\' union said: \'We will not move.\' Rock \'n\' roll, the \'90s.';
    expect(untokenize(plain)).toBe(plain);
  });
});

describe('looksTokenized', () => {
  it('recognizes a Timeline17 article', () => {
    expect(looksTokenized('Officials said the talks went ` behind scenes \' for hours , and Kelly said they do n\'t expect `` mass deportations \'\' .')).toBe(true);
    expect(looksTokenized('Egypt \'s army said it wo n\'t fire on protesters -LRB- AP -RRB- .')).toBe(true);
  });
  it('leaves a normal article alone, with its stray " \'", a space before a comma, or one quoted possessive', () => {
    expect(looksTokenized('The players \' union met on Monday , and the \'90s band played \'n\' sang. "It\'s over," she said.')).toBe(false);
    expect(looksTokenized('He said , then said again , and once more , and again , and again , that it was over.')).toBe(false);
    expect(looksTokenized('The word \'s key\' was typed once; nothing else here is tokenized.')).toBe(false);
  });
});

describe('joinSpacedPossessives', () => {
  it('writes a plural possessive a detokenizer left spaced as a reader writes it', () => {
    expect(joinSpacedPossessives("Friday is Robert Gibbs ' final day, and protesters ' human rights")).toBe('Friday is Robert Gibbs’ final day, and protesters’ human rights');
  });
  it('leaves a quotation the mark closes, and text without the pattern', () => {
    expect(joinSpacedPossessives("no evidence of ` massive protests ' here")).toBe("no evidence of ` massive protests ' here");
    expect(joinSpacedPossessives("He called it 'chaos ' and left")).toBe("He called it 'chaos ' and left");
    expect(joinSpacedPossessives('The protesters’ camp')).toBe('The protesters’ camp');
  });
});
