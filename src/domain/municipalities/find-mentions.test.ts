import { describe, expect, it } from 'vitest';
import { findMunicipalityMentions } from './find-mentions.ts';

const named = (text: string, lang: 'fi' | 'sv' = 'fi') =>
  findMunicipalityMentions(text, lang).map((mention) => `${mention.written}=${mention.municipality.name.fi}`);

describe('municipalities named in running text', () => {
  it('finds names in every case with where they stand', () => {
    const text = 'Hanke toteutettiin Järvenpään ja Keravan kanssa; Oulussa ja Espoosta mukaan, Porvooseen asti.';
    const mentions = findMunicipalityMentions(text, 'fi');
    expect(mentions.map((m) => [m.written, m.municipality.code, m.form])).toEqual([
      ['Järvenpään', '186', 'finnish inflected form'], ['Keravan', '245', 'finnish inflected form'],
      ['Oulussa', '564', 'finnish inflected form'], ['Espoosta', '049', 'finnish inflected form'],
      ['Porvooseen', '638', 'finnish inflected form'],
    ]);
    expect(mentions.map((m) => text.slice(m.offset, m.offset + m.written.length))).toEqual(mentions.map((m) => m.written));
  });

  it('reads only capitalised words, and not a compound first part', () => {
    expect(named('salonki ja salon ovi, porvoon tori')).toEqual([]);
    expect(named('Espoo- ja Vantaa-alueilla toimiva, Salon-')).toEqual([]);
    expect(named('Mänttä-Vilppulan ja Kemiönsaaren kunnat')).toEqual(['Mänttä-Vilppulan=Mänttä-Vilppula', 'Kemiönsaaren=Kemiönsaari']);
  });

  it("leaves out a name that is part of a person's or an organisation's name", () => {
    expect(named('Lisätietoja antavat Salla Pykälämäki ja Thomas Sund sekä Pekka Salo.')).toEqual([]);
    expect(named('Porvoon Energia ja Helsingin Sanomat sekä Pietarsaaren SOTE:n kanssa')).toEqual([]);
    expect(named('Mukana Helsinki, Espoo ja Vantaa.')).toEqual(['Helsinki=Helsinki', 'Espoo=Espoo', 'Vantaa=Vantaa']);
    expect(named('Staden Jakobstad samt Korsnäs kommun', 'sv')).toEqual(['Jakobstad=Pietarsaari', 'Korsnäs=Korsnäs']);
  });

  it('leaves out a genitive that names a region or an institution', () => {
    expect(named('Rauman seudulle, Kaustisen seutukunnan, Turun yliopisto, Turun kauppakorkeakoulun')).toEqual([]);
  });

  it('takes a common-word name at the start of a sentence only with "kaupunki" or "kunta" after it', () => {
    expect(named('Salo on kaunis. Aura virtaa. Hanko kädessä.')).toEqual([]);
    expect(named('Salon kaupunki osallistui. Mukana myös Salo.')).toEqual(['Salon=Salo', 'Salo=Salo']);
    expect(named('Muut kunnat: Aura, Salo ja Eura; Hanko')).toEqual(['Aura=Aura', 'Salo=Salo', 'Eura=Eura', 'Hanko=Hanko']);
  });

  it('reads Finnish inflection in Finnish text only, the Swedish genitive in Swedish text only', () => {
    expect(named('Borgås och Vandas projekt med Lahden', 'sv')).toEqual(['Borgås=Porvoo', 'Vandas=Vantaa']);
    expect(named('Borgås ja Vanda sekä Lahden', 'fi')).toEqual(['Vanda=Vantaa', 'Lahden=Lahti']);
    expect(named('deltar Riihimäki, Järvenpää och Grankulla', 'sv')).toEqual(['Riihimäki=Riihimäki', 'Järvenpää=Järvenpää', 'Grankulla=Kauniainen']);
  });

  it('reads names of two words', () => {
    expect(named('S:t Michels stad och Koski Tl', 'sv')).toEqual(['S:t Michels=Mikkeli', 'Koski Tl=Koski Tl']);
  });
});
