import { describe, expect, it } from 'vitest';
import { splitPartnerList } from './partner-list.ts';

const written = (text: string) => splitPartnerList(text).map((name) => (name.memberOf ? `${name.written} <${name.memberOf}>` : name.written));

describe('splitting a list of partners', () => {
  it('splits at commas, "ja", "sekä", "och" and "samt"', () => {
    expect(written('Turku, Tampere, Jyväskylä ja Oulu')).toEqual(['Turku', 'Tampere', 'Jyväskylä', 'Oulu']);
    expect(written('Sonkajärvi ja Vieremä sekä Ylä-Savon SOTE kuntayhtymä')).toEqual(['Sonkajärvi', 'Vieremä', 'Ylä-Savon SOTE kuntayhtymä']);
    expect(written('Vörå kommun, Pedersöre kommun, Staden Jakobstad samt Korsnäs kommun')).toEqual(['Vörå kommun', 'Pedersöre kommun', 'Staden Jakobstad', 'Korsnäs kommun']);
    expect(written('Vanda och Esbo.')).toEqual(['Vanda', 'Esbo']);
  });

  it('keeps "ja" that joins a compound after a hyphen', () => {
    expect(written('Kuusiokuntien sosiaali- ja terveyskuntayhtymä, Kerava')).toEqual(['Kuusiokuntien sosiaali- ja terveyskuntayhtymä', 'Kerava']);
  });

  it('reads a joint authority with its members in brackets', () => {
    expect(written('KuusSote (Kuntayhtymän kuntia: Alavus, Kuortane, Soini, Ähtäri), Seinäjoki')).toEqual([
      'KuusSote', 'Alavus <KuusSote>', 'Kuortane <KuusSote>', 'Soini <KuusSote>', 'Ähtäri <KuusSote>', 'Seinäjoki',
    ]);
    expect(written('(Alavus ja Soini)')).toEqual(['Alavus', 'Soini']);
  });

  it('gives nothing for an empty list', () => {
    expect(splitPartnerList('')).toEqual([]);
    expect(splitPartnerList(' , ')).toEqual([]);
  });
});
