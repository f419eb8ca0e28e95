import { describe, expect, it } from 'vitest';
import { finnishNameForms } from './finnish-forms.ts';
import { ambiguousForms } from './name-index.ts';
import { MUNICIPALITIES } from './register.ts';
import { resolveMunicipality } from './resolve-municipality.ts';

function resolved(written: string) {
  const resolution = resolveMunicipality(written);
  return resolution.matched ? `${resolution.municipality.name.fi} (${resolution.form})` : `unmatched (${resolution.reason})`;
}

describe('resolving a written municipality name', () => {
  it('finds every municipality by its Finnish and its Swedish name, and no form names two of them', () => {
    for (const municipality of MUNICIPALITIES) {
      for (const name of [municipality.name.fi, municipality.name.sv]) {
        const resolution = resolveMunicipality(name);
        expect(resolution.matched && resolution.municipality.code, name).toBe(municipality.code);
      }
    }
    expect(ambiguousForms()).toEqual([]);
  });

  it.each([
    ['Oulun', 'Oulu'], ['Nurmijärven', 'Nurmijärvi'], ['Hollolan', 'Hollola'], ['Jämsän', 'Jämsä'], ['Porvoon', 'Porvoo'],
    ['Helsingin', 'Helsinki'], ['Espoon', 'Espoo'], ['Vantaan', 'Vantaa'], ['Turun', 'Turku'], ['Lahden', 'Lahti'],
    ['Kuopion', 'Kuopio'], ['Hämeenlinnan', 'Hämeenlinna'], ['Seinäjoen', 'Seinäjoki'], ['Järvenpään', 'Järvenpää'],
  ])('reads the genitive %s as %s', (written, name) => {
    expect(resolved(written)).toBe(`${name} (finnish inflected form)`);
  });

  it.each([
    ['Oulussa', 'Oulu'], ['Espoosta', 'Espoo'], ['Vantaalla', 'Vantaa'], ['Porvooseen', 'Porvoo'], ['Lahteen', 'Lahti'],
    ['Helsinkiin', 'Helsinki'], ['Turkuun', 'Turku'], ['Järvenpäähän', 'Järvenpää'], ['Iissä', 'Ii'], ['Iihin', 'Ii'],
    ['Tampereella', 'Tampere'], ['Kouvolaa', 'Kouvola'], ['Kiuruvedellä', 'Kiuruvesi'], ['Rovaniemellä', 'Rovaniemi'],
    ['Kauniaisiin', 'Kauniainen'], ['Kauniaisten', 'Kauniainen'], ['Kaustisen', 'Kaustinen'], ['Saltvikissa', 'Saltvik'],
  ])('reads the inflected form %s as %s', (written, name) => {
    expect(resolved(written)).toBe(`${name} (finnish inflected form)`);
  });

  it.each([
    ['Lahden', 'Lahti'], ['Turun', 'Turku'], ['Kotkan', 'Kotka'], ['Hangon', 'Hanko'], ['Raahen', 'Raahe'],
    ['Seinäjoen', 'Seinäjoki'], ['Kemin', 'Kemi'], ['Uudenkaupungin', 'Uusikaupunki'], ['Uudessakaupungissa', 'Uusikaupunki'],
    ['Lopen', 'Loppi'], ['Limingan', 'Liminka'], ['Juuan', 'Juuka'], ['Liedon', 'Lieto'], ['Toholammen', 'Toholampi'],
    ['Outokummun', 'Outokumpu'], ['Lappeenrannan', 'Lappeenranta'], ['Harjavallan', 'Harjavalta'], ['Leppävirran', 'Leppävirta'],
    ['Vihdin', 'Vihti'], ['Iitin', 'Iitti'], ['Kurikan', 'Kurikka'], ['Pomarkun', 'Pomarkku'], ['Pyhännän', 'Pyhäntä'],
    ['Alavuden', 'Alavus'], ['Varkauden', 'Varkaus'], ['Kannuksen', 'Kannus'], ['Nurmeksen', 'Nurmes'],
    ['Punkalaitumen', 'Punkalaidun'], ['Virtain', 'Virrat'], ['Virroilla', 'Virrat'], ['Uudenkaarlepyyn', 'Uusikaarlepyy'],
  ])('follows consonant gradation and irregular stems: %s is %s', (written, name) => {
    expect(resolved(written)).toBe(`${name} (finnish inflected form)`);
  });

  it('reads Swedish names and their genitive', () => {
    expect(['Vanda', 'Esbo', 'Åbo', 'Helsingfors', 'Uleåborg', 'Borgå', 'Grankulla', 'Larsmo', 'Korsholm'].map(resolved)).toEqual([
      'Vantaa (swedish name)', 'Espoo (swedish name)', 'Turku (swedish name)', 'Helsinki (swedish name)', 'Oulu (swedish name)',
      'Porvoo (swedish name)', 'Kauniainen (swedish name)', 'Luoto (swedish name)', 'Mustasaari (swedish name)',
    ]);
    expect(['Borgås', 'Vandas', 'S:t Michels', 'Helsingfors'].map(resolved)).toEqual([
      'Porvoo (swedish genitive)', 'Vantaa (swedish genitive)', 'Mikkeli (swedish genitive)', 'Helsinki (swedish name)',
    ]);
  });

  it('ignores case, spacing, trailing punctuation and the words that say what the body is', () => {
    expect(['PORVOO', 'porvoo', '  Porvoo. ', 'Porvoon kaupunki', 'Borgå stad', 'Karvian kunta', 'Lapinjärvi kunta',
      'Kuusamon kaupunki', 'Staden Jakobstad', 'Vörå kommun', 'Pargas stad', 'Maalahden kunta', 'Rääkkylän kunta'].map(resolved))
      .toEqual(['Porvoo (finnish name)', 'Porvoo (finnish name)', 'Porvoo (finnish name)', 'Porvoo (finnish inflected form)',
        'Porvoo (swedish name)', 'Karvia (finnish inflected form)', 'Lapinjärvi (finnish name)', 'Kuusamo (finnish inflected form)',
        'Pietarsaari (swedish name)', 'Vöyri (swedish name)', 'Parainen (swedish name)', 'Maalahti (finnish inflected form)',
        'Rääkkylä (finnish inflected form)']);
  });

  it('knows Koski Tl by the name people write', () => {
    expect([resolved('Koski'), resolved('Koski Tl'), resolved('Kosken')]).toEqual([
      'Koski Tl (finnish name)', 'Koski Tl (finnish name)', 'Koski Tl (finnish inflected form)',
    ]);
  });

  it('leaves regional councils, joint authorities, companies and typos unmatched', () => {
    const written = ['Pohjois-Savon liitto', 'KuusSote', 'Lapin liitto', 'Kaustisen seutukunta', 'Savon ICT-palvelut Oy',
      'Iiitti', 'Lapinahti', 'Keravan musiikkiopisto', '', 'Helsinki Espoo'];
    expect(written.map((name) => resolveMunicipality(name))).toEqual(written.map((name) => ({ matched: false, written: name, reason: 'unknown' })));
  });
});

describe('the Finnish forms of a name', () => {
  it('lists the name first and the case forms of both stems', () => {
    expect(finnishNameForms('Lahti')).toEqual(expect.arrayContaining(['lahti', 'lahden', 'lahdessa', 'lahdesta', 'lahdella',
      'lahdelta', 'lahdelle', 'lahdeksi', 'lahtena', 'lahteen', 'lahtea']));
    expect(finnishNameForms('Lahti')[0]).toBe('lahti');
    expect(finnishNameForms('Jyväskylä')).toEqual(expect.arrayContaining(['jyväskylän', 'jyväskylässä', 'jyväskylään', 'jyväskylää']));
    expect(finnishNameForms('Porvoo')).toEqual(expect.arrayContaining(['porvoon', 'porvoossa', 'porvooseen', 'porvoota', 'porvoona']));
  });
});
