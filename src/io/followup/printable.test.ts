import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRINTABLE_MAX_LENGTH, printable } from './printable.ts';

describe('a detail made printable', () => {
  it('shows control and format characters as visible escapes', () => {
    expect(printable('a\x1b[31mred\x00\tb')).toBe('a\\x1b[31mred\\x00\\x09b');
    expect(printable('\u009b2J \u202etxt.exe \ud800 \u2028')).toBe('\\x9b2J \\u202etxt.exe \\ud800 \\u2028');
    expect(printable('Tilanne 09/2022 – Läge ✓ 😀')).toBe('Tilanne 09/2022 – Läge ✓ 😀');
  });

  it('cuts a long text with an ellipsis, never inside an escape', () => {
    expect(printable('x'.repeat(PRINTABLE_MAX_LENGTH))).toBe('x'.repeat(PRINTABLE_MAX_LENGTH));
    expect(printable('x'.repeat(PRINTABLE_MAX_LENGTH + 1))).toBe(`${'x'.repeat(PRINTABLE_MAX_LENGTH - 1)}…`);
    expect(printable(`${'x'.repeat(76)}\x1b`)).toBe(`${'x'.repeat(76)}\\x1b`);
    expect(printable(`${'x'.repeat(77)}\x1b`)).toBe(`${'x'.repeat(77)}…`);
  });

  it('never lets a control character through and stays bounded, whatever the text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
      const shown = printable(text);
      expect(shown).not.toMatch(/[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u);
      expect(shown.length).toBeLessThanOrEqual(PRINTABLE_MAX_LENGTH);
    }));
  });
});
