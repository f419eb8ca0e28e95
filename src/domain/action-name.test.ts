import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actionNameKey, parseActionName } from './action-name.ts';

describe('an action name as printed', () => {
  it('without a star is not co-funded', () => {
    expect(parseActionName('Sähköinen allekirjoitus')).toEqual({ name: 'Sähköinen allekirjoitus', coFunded: false, coFundedPart: null });
  });

  it('with a trailing star is co-funded as a whole', () => {
    expect(parseActionName('Taiteen perusopetuksen etäopetus*')).toEqual({ name: 'Taiteen perusopetuksen etäopetus', coFunded: true, coFundedPart: null });
  });

  it('with a star inside names the co-funded part', () => {
    expect(parseActionName('Sähköisen asioinnin kehittäminen: Suomi.fi -integraatiot, valtuudet, maksaminen*, laatutyökalut')).toEqual({
      name: 'Sähköisen asioinnin kehittäminen: Suomi.fi -integraatiot, valtuudet, maksaminen, laatutyökalut',
      coFunded: true,
      coFundedPart: 'maksaminen',
    });
  });

  it('never keeps a star in the name, and the name keys alike with or without it', () => {
    fc.assert(fc.property(fc.string(), fc.nat(20), (text, at) => {
      const starred = `${text.slice(0, at)}*${text.slice(at)}`;
      const parsed = parseActionName(starred);
      expect(parsed.name).not.toContain('*');
      expect(parsed.coFunded).toBe(true);
      expect(actionNameKey(parsed.name)).toBe(actionNameKey(parseActionName(parsed.name).name));
    }));
  });
});
