import { describe, expect, it } from 'vitest';
import { MUNICIPALITIES, municipalitiesFromPostalCodes, municipalityByCode } from './register.ts';

const row = (code: string, fi: string, sv: string, ratio = '1') =>
  ({ municipal_code: code, municipal_name_fi: fi, municipal_name_sv: sv, municipal_language_ratio_code: ratio });

describe('the register of municipalities', () => {
  it('holds every municipality of 2025, Åland included, each code once', () => {
    expect(MUNICIPALITIES).toHaveLength(309);
    expect(new Set(MUNICIPALITIES.map((m) => m.code)).size).toBe(309);
    expect(MUNICIPALITIES.every((m) => /^\d{3}$/.test(m.code))).toBe(true);
    const aland = ['035', '043', '060', '062', '065', '076', '170', '295', '318', '417', '438', '478', '736', '766', '771', '941'];
    expect(aland.map((code) => municipalityByCode(code)?.languageStatus)).toEqual(aland.map(() => 'swedish'));
  });

  it.each([
    ['091', 'Helsinki', 'Helsingfors', 'bilingual'],
    ['638', 'Porvoo', 'Borgå', 'bilingual'],
    ['092', 'Vantaa', 'Vanda', 'bilingual'],
    ['049', 'Espoo', 'Esbo', 'bilingual'],
    ['564', 'Oulu', 'Uleåborg', 'finnish'],
    ['235', 'Kauniainen', 'Grankulla', 'bilingual'],
    ['598', 'Pietarsaari', 'Jakobstad', 'bilingual'],
    ['440', 'Luoto', 'Larsmo', 'bilingual'],
    ['499', 'Mustasaari', 'Korsholm', 'bilingual'],
    ['288', 'Kruunupyy', 'Kronoby', 'bilingual'],
    ['853', 'Turku', 'Åbo', 'bilingual'],
    ['398', 'Lahti', 'Lahtis', 'finnish'],
    ['478', 'Maarianhamina', 'Mariehamn', 'swedish'],
    ['230', 'Karvia', 'Karvia', 'finnish'],
  ])('knows %s as %s / %s (%s)', (code, fi, sv, languageStatus) => {
    expect(municipalityByCode(code)).toEqual({ code, name: { fi, sv }, languageStatus });
  });

  it('keeps one municipality per code and refuses rows it does not understand', () => {
    expect(municipalitiesFromPostalCodes([row('638', 'Porvoo', 'Borgå', '2'), row('638', 'Porvoo', 'Borgå', '2'), row('020', 'Akaa', 'Akaa')]))
      .toEqual([
        { code: '020', name: { fi: 'Akaa', sv: 'Akaa' }, languageStatus: 'finnish' },
        { code: '638', name: { fi: 'Porvoo', sv: 'Borgå' }, languageStatus: 'bilingual' },
      ]);
    expect(() => municipalitiesFromPostalCodes({})).toThrow(/not a list/);
    expect(() => municipalitiesFromPostalCodes([{ municipal_code: '638' }])).toThrow(/Unexpected postal code row/);
    expect(() => municipalitiesFromPostalCodes([row('63', 'Porvoo', 'Borgå')])).toThrow(/Unexpected municipality/);
    expect(() => municipalitiesFromPostalCodes([row('638', 'Porvoo', 'Borgå', '9')])).toThrow(/Unexpected municipality/);
    expect(() => municipalitiesFromPostalCodes([row('638', 'Porvoo', 'Borgå'), row('638', 'Porvoo', 'Borgo')])).toThrow(/two ways/);
  });
});
