import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { fi } from './fi.ts';
import { formatList, formatMonth, formatNumber } from './format.ts';
import { sv } from './sv.ts';

describe('site formatting', () => {
  it('formats months, numbers and lists the way each language writes them', () => {
    expect(formatMonth('fi', 2022, 9)).toBe('syyskuu 2022');
    expect(formatMonth('sv', 2022, 9)).toBe('september 2022');
    expect(formatMonth('en', 2022, 9)).toBe('September 2022');
    expect(formatNumber('fi', 1234)).toBe('1\u00a0234'); // a no-break space groups thousands
    expect(formatList('fi', [2020, 2021, 2022])).toBe('2020, 2021 ja 2022');
    expect(formatList('sv', [2020, 2021])).toBe('2020 och 2021');
  });

  it('names unnamed programmes and sections and counts actions in each language', () => {
    expect(fi.programmeName(2020, 2023)).toBe('Digiohjelma 2020–2023');
    expect(sv.programmeName(2020, 2023)).toBe('Digiprogram 2020–2023');
    expect(fi.sectionN(3)).toBe('Osio 3');
    expect(sv.sectionN(3)).toBe('Avsnitt 3');
    expect([fi.actionCount(1), fi.actionCount(61)]).toEqual(['1 toimenpide', '61 toimenpidettä']);
    expect([sv.actionCount(1), sv.actionCount(61)]).toEqual(['1 åtgärd', '61 åtgärder']);
    expect(en.actionCount(1234)).toBe('1,234 actions');
  });
});
