import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { proposePartners } from './propose-partners.ts';

const PORVOO = '638';

function proposalsPerLine(file: string, lang: 'fi' | 'sv') {
  const lines = readFileSync(new URL(`../../../demo/${file}`, import.meta.url), 'utf8').split('\n');
  return lines.flatMap((line, index) => {
    const proposals = proposePartners(line, lang, PORVOO);
    if (proposals.length === 0) return [];
    return [[index + 1, proposals.map((p) => `${p.municipality.name.fi} <${p.evidence.map((e) => e.written).join(', ')}>`)]];
  });
}

const shown = (text: string, lang: 'fi' | 'sv', own?: string) =>
  proposePartners(text, lang, own).map((p) => `${p.municipality.code} ${p.municipality.name.fi} <${p.evidence.map((e) => e.written).join(', ')}>`);

describe('partners proposed from status texts', () => {
  it('finds exactly the partners the Finnish follow-up report 09/2022 names, Porvoo itself left out', () => {
    // Line 75: "Älykäs asiointi hanke yhteistyössä Oulun, Nurmijärven, Hollolan ja Jämsän kanssa saatettiin loppuun."
    // Line 76: "Keskusteleva tekoäly asiakaspalvelussa -hanke, mukana Riihimäki, Järvenpää ja Kauniainen."
    // Porvoo's own name ("Porvoon kaupungin…", "PORVOO") is on seven more lines.
    expect(proposalsPerLine('porvoo-followup-2022-09-fi.txt', 'fi')).toEqual([
      [75, ['Oulu <Oulun>', 'Nurmijärvi <Nurmijärven>', 'Hollola <Hollolan>', 'Jämsä <Jämsän>']],
      [76, ['Riihimäki <Riihimäki>', 'Järvenpää <Järvenpää>', 'Kauniainen <Kauniainen>']],
    ]);
  });

  it('finds exactly the partners the Swedish follow-up report 03/2021 names', () => {
    // Line 42: "Borgå stad deltar i ett projekt som finansieras av finansministeriet och leds av Vanda stad."
    // Line 70: "… i samarbete med Uleåborg, Nurmijärvi, Hollola och Jämsä."
    // Line 71: "I projektet ”Keskusteleva tekoöly asiakaspalvelussa” deltar Riihimäki, Järvenpää och Grankulla."
    expect(proposalsPerLine('porvoo-followup-2021-03-sv.txt', 'sv')).toEqual([
      [42, ['Vantaa <Vanda>']],
      [70, ['Oulu <Uleåborg>', 'Nurmijärvi <Nurmijärvi>', 'Hollola <Hollola>', 'Jämsä <Jämsä>']],
      [71, ['Riihimäki <Riihimäki>', 'Järvenpää <Järvenpää>', 'Kauniainen <Grankulla>']],
    ]);
  });

  it('reads the examples people write', () => {
    expect(shown('yhteistyössä Oulun, Nurmijärven, Hollolan ja Jämsän kanssa', 'fi')).toEqual([
      '564 Oulu <Oulun>', '543 Nurmijärvi <Nurmijärven>', '098 Hollola <Hollolan>', '182 Jämsä <Jämsän>',
    ]);
    expect(shown('tillsammans med Vanda och Esbo', 'sv')).toEqual(['092 Vantaa <Vanda>', '049 Espoo <Esbo>']);
    expect(shown('Porvoon kaupunki osallistui VM:n rahoittamaan hankkeeseen', 'fi', PORVOO)).toEqual([]);
    expect(shown('Porvoon kaupunki osallistui VM:n rahoittamaan hankkeeseen', 'fi')).toEqual(['638 Porvoo <Porvoon>']);
    expect(shown('mukana Helsinki, Espoo ja Vantaa', 'fi')).toEqual(['091 Helsinki <Helsinki>', '049 Espoo <Espoo>', '092 Vantaa <Vantaa>']);
  });

  it('gathers every mention of the same municipality as its evidence', () => {
    const text = 'Vantaan johtama hanke; Vantaalla ja Espoossa pilotoitiin, Espoo jatkaa.';
    expect(proposePartners(text, 'fi').map((p) => [p.municipality.name.fi, p.evidence])).toEqual([
      ['Vantaa', [{ written: 'Vantaan', offset: 0 }, { written: 'Vantaalla', offset: 23 }]],
      ['Espoo', [{ written: 'Espoossa', offset: 36 }, { written: 'Espoo', offset: 58 }]],
    ]);
  });
});
