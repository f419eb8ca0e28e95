import { describe, expect, it } from 'vitest';
import { preferredLanguage } from './request-language.ts';

describe('preferredLanguage', () => {
  it('takes the first language we speak, by region-tagged or plain tag', () => {
    expect(preferredLanguage('sv-FI,sv;q=0.9,fi;q=0.8,en;q=0.7')).toBe('sv');
    expect(preferredLanguage('de-DE,de;q=0.9,fi;q=0.5')).toBe('fi');
    expect(preferredLanguage('EN-gb')).toBe('en');
  });

  it('follows the weights, not the order, and refuses a language weighted zero', () => {
    expect(preferredLanguage('en;q=0.2, sv;q=0.8')).toBe('sv');
    expect(preferredLanguage('fi;q=0, sv;q=0.1')).toBe('sv');
    expect(preferredLanguage('fi;q=0.5, sv;q=0.5')).toBe('fi');
  });

  it('does not read Filipino as Finnish, and falls back when nothing matches', () => {
    expect(preferredLanguage('fil-PH, de')).toBe('en');
    expect(preferredLanguage(undefined, 'fi')).toBe('fi');
    expect(preferredLanguage('*')).toBe('en');
    expect(preferredLanguage('fi;q=abc')).toBe('en');
  });
});
