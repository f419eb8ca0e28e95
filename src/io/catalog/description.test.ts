import { describe, expect, it } from 'vitest';
import { describe as describeText } from './description.ts';

const lines = (...texts: string[]) => texts.map((text, index) => ({ text, line: index + 1 }));

describe('an entry description as paragraphs and lists', () => {
  it('joins lines wrapped by hand and keeps whole lines as paragraphs', () => {
    expect(describeText(lines('Hanke toteutettiin', 'ajalla 12/2020 – 04/2023. Osatoteuttajina Kalajoen,', 'Kuusamon ja Raahen kaupungit.', 'Toinen kappale.')))
      .toEqual([
        { kind: 'paragraph', line: 1, text: 'Hanke toteutettiin ajalla 12/2020 – 04/2023. Osatoteuttajina Kalajoen, Kuusamon ja Raahen kaupungit.' },
        { kind: 'paragraph', line: 4, text: 'Toinen kappale.' },
      ]);
  });

  it('keeps a heading without punctuation apart from the text under it', () => {
    expect(describeText(lines('Toiminnanohjaus', 'Hankkeessa toteutimme muutoksen.')).map((block) => block.line)).toEqual([1, 2]);
  });

  it('reads bullets, letters and numbers as lists, and a blank line as a break', () => {
    expect(describeText(lines('Tuotokset:', '- yksi', '• kaksi', 'a) kolme', 'b) neljä', '', '1. viisi', '2. kuusi', 'Loppu.'))).toEqual([
      { kind: 'paragraph', line: 1, text: 'Tuotokset:' },
      { kind: 'list', line: 2, ordered: false, items: ['yksi', 'kaksi'] },
      { kind: 'list', line: 4, ordered: true, items: ['kolme', 'neljä'] },
      { kind: 'list', line: 7, ordered: true, items: ['viisi', 'kuusi'] },
      { kind: 'paragraph', line: 9, text: 'Loppu.' },
    ]);
  });
});
