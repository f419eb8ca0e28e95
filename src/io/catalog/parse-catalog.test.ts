import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CatalogProject } from '../../domain/catalog.ts';
import { parseCatalog } from './parse-catalog.ts';

const CATALOG_FILE = new URL('../../../demo/vm-incentive-projects-catalog-fi.txt', import.meta.url);
const real = readFileSync(CATALOG_FILE, 'utf8');
const catalog = parseCatalog(real);

function at(line: number): CatalogProject {
  const project = catalog.projects.find((candidate) => candidate.line === line);
  if (!project) throw new Error(`No entry starts on line ${line}`);
  return project;
}

const partnerNames = (project: CatalogProject) => project.partners.map((p) => `${p.code ?? '—'} ${p.name.fi}`);
const people = (project: CatalogProject) => project.contacts.map((c) => `${c.name}, ${c.organisation} @${c.line}`);

describe('the Ministry of Finance catalog, read whole', () => {
  it('finds 142 entries, 70 of them ended', () => {
    // Counted by hand on the 1 190 lines. Every entry is a title (numbered or not) with what follows it; the
    // edge cases are entries too: one without a title (line 866), one whose "HANKE ON PÄÄTTYNYT" stands above
    // its title (1004), three without a description (24, 349, 1125) and six without a contact person.
    // Not entries: the numbered list "1. Uudet verkkosivut … 7. Tutkimus" inside "Digitalt Korsholm 2021",
    // "Hankkeen nettisivut" (274, a link's label) and "Lisätietoja hankkeesta täältä." (358, a link).
    // 72 lines say "päättynyt"/"avslutats"; two of them are sentences of a description (556, 802).
    expect(catalog.projects).toHaveLength(142);
    expect(catalog.projects.filter((project) => project.ended)).toHaveLength(70);
    expect(catalog.projects.map((project) => project.line).slice(0, 8)).toEqual([1, 6, 19, 24, 28, 38, 45, 53]);
    expect(catalog.projects.at(-1)).toMatchObject({ line: 1182, lastLine: 1190, title: 'Tiedolla johtamisen edistäminen automatisoituja mittaristoja käyttäen' });
  });

  it('keeps list numbers and ended markers out of titles, and gives every entry a distinct identity', () => {
    expect(catalog.projects.filter((p) => /^\d+\.|päättynyt|avslutats/iu.test(p.title))).toEqual([]);
    expect(new Set(catalog.projects.map((p) => p.id)).size).toBe(142);
    expect(parseCatalog(real).projects.map((p) => p.id)).toEqual(catalog.projects.map((p) => p.id));
    expect(at(6).id).toBe('049-johtamisen-ja-talousohjauksen-tietojarjestelmakokonaisuus-joto-projekti');
  });

  it('reports every entry it could not read cleanly, each unmatched name with it', () => {
    expect(catalog.problems.map(({ line, code, detail }) => (detail ? [line, code, detail] : [line, code]))).toEqual([
      [3, 'unmatched_partner', 'Kuusiokuntien sosiaali- ja terveyskuntayhtymä'],
      [3, 'unmatched_partner', 'KuusSote'],
      [24, 'no_description'],
      [87, 'no_contact'],
      [93, 'no_contact'],
      [153, 'unmatched_partner', 'Lapinahti'],
      [153, 'unmatched_partner', 'Ylä-Savon koulutuskuntayhtymä'],
      [153, 'unmatched_partner', 'Ylä-Savon SOTE kuntayhtymä'],
      [153, 'unmatched_partner', 'Savon ICT-palvelut Oy'],
      [349, 'no_description'],
      [349, 'no_contact'],
      [351, 'no_contact'],
      [477, 'unmatched_partner', 'Iiitti'],
      [512, 'unmatched_partner', 'Lapin liitto'],
      [514, 'unmatched_lead', 'Lapin liitto'],
      [560, 'unmatched_lead', 'Kaustisen seutukunta'],
      [564, 'unmatched_lead', 'Kaustisen seutukunta'],
      [617, 'no_lead'],
      [804, 'unmatched_lead', 'Pohjois-Karjalan maakuntaliitto'],
      [846, 'unmatched_partner', 'lisäksi yksityinen kumppanioppilaitos Keravan musiikkiopisto'],
      [866, 'missing_title', 'Digitaalinen tulevaisuus eri kokoisissa kunnissa'],
      [1004, 'ended_marker_before_title'],
      [1125, 'no_description'],
      [1125, 'no_contact'],
    ]);
  });

  it('never puts a contact person into a problem report', () => {
    const names = catalog.projects.flatMap((p) => p.contacts.map((c) => c.name)).filter((name): name is string => !!name);
    const details = catalog.problems.map((problem) => problem.detail ?? '');
    expect(names.filter((name) => details.some((detail) => detail.includes(name)))).toEqual([]);
  });

  it('resolves all partner and lead names but the nine partners and four leads reported', () => {
    // 387 names after "Muut kunnat:" or "Mukana", counted again by splitting at commas, "ja", "sekä", "samt".
    const partners = catalog.projects.flatMap((p) => p.partners);
    expect(partners).toHaveLength(387);
    expect(partners.filter((p) => p.code === null)).toHaveLength(9);
    const leads = catalog.projects.map((p) => p.lead);
    expect([leads.filter((lead) => lead?.code).length, leads.filter((lead) => lead && !lead.code).length, leads.filter((lead) => !lead).length])
      .toEqual([132, 4, 6]);
  });
});

describe('entries of the catalog, field by field', () => {
  it('line 1: an unnumbered first entry with a joint authority and its members in brackets', () => {
    expect(at(1)).toEqual({
      id: '010-kunta-kuuluu-kaikille',
      line: 1,
      lastLine: 5,
      title: 'Kunta kuuluu kaikille',
      lang: 'fi',
      ended: false,
      description: [{ kind: 'paragraph', line: 2, text: expect.stringMatching(/^Kunta kuuluu -hankkeessa .* väestöpohjalle\.$/u) }],
      lead: { code: '010', name: { fi: 'Alavus', sv: 'Alavus' } },
      partners: [
        { code: null, name: { fi: 'Kuusiokuntien sosiaali- ja terveyskuntayhtymä' }, written: 'Kuusiokuntien sosiaali- ja terveyskuntayhtymä', line: 3 },
        { code: null, name: { fi: 'KuusSote' }, written: 'KuusSote', line: 3 },
        { code: '010', name: { fi: 'Alavus', sv: 'Alavus' }, written: 'Alavus', line: 3, memberOf: 'KuusSote' },
        { code: '300', name: { fi: 'Kuortane', sv: 'Kuortane' }, written: 'Kuortane', line: 3, memberOf: 'KuusSote' },
        { code: '759', name: { fi: 'Soini', sv: 'Soini' }, written: 'Soini', line: 3, memberOf: 'KuusSote' },
        { code: '989', name: { fi: 'Ähtäri', sv: 'Etseri' }, written: 'Ähtäri', line: 3, memberOf: 'KuusSote' },
      ],
      contacts: [{ name: 'Tuomas Rantala', organisation: 'Alavus', email: null, phone: null, line: 5 }],
      links: [],
    });
  });

  it('line 38: two people in one contact line', () => {
    expect(people(at(38))).toEqual(['Wilhelmiina Griep, Espoo @44', 'Niko Ferm, Espoo @44']);
    expect(at(38).description.map((block) => block.line)).toEqual([39, 40, 41, 42]);
  });

  it('line 100: four contacts, the first naming the lead', () => {
    const project = at(100);
    expect(project).toMatchObject({ title: 'Ei tuurilla vaan tiedolla', ended: true, lead: { code: '098', name: { fi: 'Hollola' } } });
    expect(people(project)).toEqual(['Turkka Rantanen, Hollola @110', 'Hanna Hurmola-Remmi, Heinola @111', 'Päivi Suikkanen, Orimattila @112', 'Aapo Pispa, Asikkala @113']);
    expect(partnerNames(project)).toEqual(['016 Asikkala', '111 Heinola', '560 Orimattila']);
  });

  it('line 410: a contact inline after "Lisätietoja hankkeesta:" and a bullet list', () => {
    const project = at(410);
    expect(people(project)).toEqual(['Kari Siponen, Kitee @416']);
    expect(project.lead).toEqual({ code: '260', name: { fi: 'Kitee', sv: 'Kitee' } });
    expect(project.description).toEqual([
      { kind: 'paragraph', line: 411, text: expect.stringMatching(/^Tavoitteena on talousseurantaan/u) },
      { kind: 'paragraph', line: 412, text: 'Hankkeet tuotokset ovat:' },
      { kind: 'list', line: 413, ordered: false, items: [
        expect.stringMatching(/^Teknisen keskuksen toimintaa/u),
        expect.stringMatching(/^Monipuoliset ja käyttäjän/u),
        expect.stringMatching(/^Raporttien tallennus/u),
      ] },
    ]);
  });

  it('line 475: "Lisätietoja:" inline, and a typo among the partners kept as written', () => {
    const project = at(475);
    expect(people(project)).toEqual(['Jouni Nieminen, Kärkölä @478']);
    expect(project.partners).toEqual([
      { code: null, name: { fi: 'Iiitti' }, written: 'Iiitti', line: 477 },
      { code: '560', name: { fi: 'Orimattila', sv: 'Orimattila' }, written: 'Orimattila', line: 477 },
    ]);
  });

  it('line 228: lines wrapped by hand joined into paragraphs, partners with "kaupunki"/"kunta" and "ja", a link label', () => {
    const project = at(228);
    expect(project.description.map((block) => block.line)).toEqual([230, 239, 243, 248, 256, 267]);
    expect(project.description[0]).toMatchObject({ text: expect.stringMatching(/toteutettiin ajalla 12\/2020 – 04\/2023\. .* Kalajoen, Kuusamon ja Raahen kaupungit sekä Taivalkosken kunta\.$/u) });
    expect(project.partners.map((p) => [p.written, p.code])).toEqual([['Kuusamon kaupunki', '305'], ['Taivalkosken kunta', '832'], ['Raahen kaupunki', '678']]);
    expect(project.links).toEqual([{ url: null, text: 'Hankkeen nettisivut', line: 274 }]);
  });

  it('line 189: a link to the project site', () => {
    expect(at(189)).toMatchObject({ title: 'Kurob – Kunnille robotteja', ended: true });
    expect(at(189).links).toEqual([{ url: 'www.kurob.fi', text: 'Hankkeen verkkosivusto löytyy osoitteesta www.kurob.fi', line: 195 }]);
    expect(at(397).links).toEqual([{ url: 'https://www.avoindata.fi/data/dataset/paikkatieto-osaamisen-kehittaminen', text: 'https://www.avoindata.fi/data/dataset/paikkatieto-osaamisen-kehittaminen', line: 400 }]);
  });

  it('line 292: partners on two lines, the first ending in a comma', () => {
    expect(partnerNames(at(292))).toHaveLength(13);
    expect(partnerNames(at(292)).slice(7, 9)).toEqual(['977 Ylivieska', '563 Oulainen']);
  });

  it('line 503: partners after "Mukana", a regional council as the lead', () => {
    const project = at(503);
    expect(project.title).toBe('Etäisyyttä Exceliin yhteistyöllä!');
    expect(project.partners.map((p) => p.written).slice(0, 3)).toEqual(['Inarin kunta', 'Savukosken kunta', 'Sallan kunta']);
    expect(partnerNames(project).slice(0, 3)).toEqual(['148 Inari', '742 Savukoski', '732 Salla']);
    expect(project.lead).toEqual({ code: null, name: { fi: 'Lapin liitto' } });
    expect(project.id).toBe('lapin-liitto-etaisyytta-exceliin-yhteistyolla');
  });

  it('line 521: two people of two municipalities on one line', () => {
    expect(people(at(521))).toEqual(['Juuso Mikkonen, Lappeenranta @528', 'Pekka Penttinen, Joensuu @528']);
    expect(at(521).lead?.code).toBe('405');
  });

  it('line 551: "HANKE PÄÄTTYNYT" without "on", a link without address, a sentence saying the project ended kept as text', () => {
    const project = at(551);
    expect(project.ended).toBe(true);
    expect(project.links).toEqual([{ url: null, text: 'Lisää hankkeesta voit lukea täältä.', line: 557 }]);
    expect(project.description.at(-1)).toMatchObject({ line: 556, text: expect.stringMatching(/^Hanke on päättynyt, mutta/u) });
    expect(partnerNames(project)).toEqual(['074 Halsua', '236 Kaustinen', '421 Lestijärvi', '849 Toholampi', '924 Veteli']);
  });

  it('line 597: a Swedish entry, "PROJEKTET HAR AVSLUTATS.", the lead in the genitive with "kunta"', () => {
    expect(at(597)).toMatchObject({
      title: 'Automatisering av ekonomiförvaltningsprocesser',
      lang: 'sv',
      ended: true,
      lead: { code: '475', name: { fi: 'Maalahti', sv: 'Malax' } },
      contacts: [{ name: 'Cecilia Raunio', organisation: 'Maalahden kunta', line: 603 }],
    });
    expect(catalog.projects.filter((p) => p.lang === 'sv').map((p) => p.line)).toEqual([597, 638, 783, 1128, 1134]);
  });

  it('line 1134: Swedish partner names with "kommun", "Staden" and "samt"', () => {
    expect(at(1134).partners.map((p) => `${p.written} → ${p.name.fi}`)).toEqual([
      'Vörå kommun → Vöyri', 'Larsmo kommun → Luoto', 'Pedersöre kommun → Pedersöre', 'Staden Jakobstad → Pietarsaari', 'Korsnäs kommun → Korsnäs',
    ]);
    expect(at(1134).lead?.name).toEqual({ fi: 'Luoto', sv: 'Larsmo' });
  });

  it('line 625: a numbered list inside the text is a list, not seven entries', () => {
    const list = at(625).description.find((block) => block.kind === 'list');
    expect(list).toMatchObject({ line: 628, ordered: true, items: expect.arrayContaining(['Uudet verkkosivut', 'Tutkimus, miten kunta voisi hyödyntää robotiikkaa ja avointa dataa']) });
    expect(list?.kind === 'list' && list.items).toHaveLength(7);
    expect(at(638)).toMatchObject({ title: 'Digitalt Kunnande 2022-2024', lang: 'sv' });
  });

  it('line 609: an e-mail address as the only contact, its "(a)" read as @', () => {
    expect(at(609).contacts).toEqual([{ name: null, organisation: null, email: 'jatehuoltoviranomainen@mikkeli.fi', phone: null, line: 617 }]);
    expect(at(609).lead).toBeNull();
  });

  it('line 849: the lead with a unit in brackets', () => {
    expect(at(849).lead).toEqual({ code: '638', name: { fi: 'Porvoo', sv: 'Borgå' } });
    expect(at(849).contacts[0]?.organisation).toBe('Porvoo (Porvoon kaupunginkirjasto)');
  });

  it('line 866: an entry without a title is named by its description', () => {
    expect(at(866)).toMatchObject({ title: 'Digitaalinen tulevaisuus eri kokoisissa kunnissa', ended: true, lead: { code: '635' } });
  });

  it('line 1004: "HANKE ON PÄÄTTYNYT" above the title belongs to the entry below it', () => {
    expect(at(998)).toMatchObject({ title: 'Rajapinta digitaalisuuteen', ended: false, lastLine: 1003 });
    expect(at(1004)).toMatchObject({ title: 'Turvallista digiä - Evijärvi, Kuortane ja Soini alueen digiosaamisen edelläkävijöiksi', ended: true });
  });

  it('line 133: "Muut kunnat:" after the contacts still belongs to the entry', () => {
    expect(partnerNames(at(133))).toEqual(['061 Forssa']);
    expect(at(140).partners.map((p) => p.name.fi)).toEqual(['Mikkeli']);
  });

  it('lines 349 and 351: an entry of a title and partners only, then an entry ended and without a contact', () => {
    expect(at(349)).toMatchObject({ description: [], contacts: [], lead: null, id: 'no-lead-kuntien-digi-ja-kyberturvallisuuden-testaus-ja-kehittamismenettely' });
    expect(partnerNames(at(349))).toEqual(['020 Akaa', '010 Alavus', '051 Eurajoki', '408 Lapua', '743 Seinäjoki']);
    expect(at(351)).toMatchObject({ title: 'Digiloikka Karkkilassa', ended: true, links: [{ url: null, text: 'Lisätietoja hankkeesta täältä.', line: 358 }] });
  });
});
