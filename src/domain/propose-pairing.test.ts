import { describe, expect, it } from 'vitest';
import { proposePairing, type PairingCandidate, type PairingRow } from './propose-pairing.ts';

const row = (name: string, years: number[] = [2021], statusText = '', coFunded = false): PairingRow => ({ name, years, coFunded, statusText });
const action = (ref: string, name: string, years: number[] = [2021], statusText = '', coFunded = false): PairingCandidate =>
  ({ ref, names: [name], years, coFunded, statusTexts: statusText ? [statusText] : [] });
const asCandidates = (rows: PairingRow[]) => rows.map((r, k) => ({ ref: String(k), names: [r.name], years: r.years, coFunded: r.coFunded, statusTexts: [r.statusText] }));
const asRows = (candidates: PairingCandidate[]) => candidates.map((c) => row(c.names[0]!, [...c.years], c.statusTexts.join(' '), c.coFunded));

// A Finnish programme and rows of a Swedish report of an earlier round, as in Porvoo's reports.
const finnish = [
  action('1.1', 'Kuntalaisten palautteiden visualisointi kartalla', [2020], 'Toteutettu 2020.'),
  action('1.2', 'Sähköinen allekirjoitus', [2020, 2021], 'Otettu käyttöön 2020.'),
  action('1.3', 'Robotisaation laajempi käyttö palvelutuotannossa', [2022], 'Robotisaation hyödyntämistä edistetty.'),
  action('2.1', 'Sähköinen arkistointi', [2021, 2022]),
  action('2.2', 'Kaupunginlaajuinen kaupunkilaisprofiili', [2023], 'ePorvoon OmaAsiointi muodostaa näkymän.'),
  action('2.3', 'Talousarvioesityksen automatisointi*', [2020, 2021], 'VM:n rahoittama hanke.', true),
];

describe('proposing which action a row in another language speaks of', () => {
  it('pairs words of the same origin and proper nouns, with the evidence', () => {
    const rows = [
      row('Visualisering av kommuninvånarnas respons på karta', [2020], 'Gjort 2020.'),
      row('Stadsomfattande invånarprofil', [2023], 'ePorvoo ”OmaAsiointi” ger kommuninvånarna en bild.'),
    ];
    const [visual, profile] = proposePairing(rows, finnish);
    expect(visual).toMatchObject({ ref: '1.1', confidence: 'confident' });
    expect(visual!.evidence).toContainEqual({ code: 'shared_words', words: expect.arrayContaining(['visualisering = visualisointi']) });
    expect(visual!.evidence).toContainEqual({ code: 'same_years', years: [2020] });
    expect(profile).toMatchObject({ ref: '2.2', confidence: 'confident' });
    expect(profile!.evidence).toContainEqual({ code: 'shared_words', words: expect.arrayContaining(['omaasiointi']) });
  });

  it('pairs rows with nothing in common by their place between confident pairs, over a table split', () => {
    // "Elektronisk underskrift" shares no word with "Sähköinen allekirjoitus": its neighbours tell.
    const rows = [
      row('Visualisering av respons på karta', [2020]),
      row('Elektronisk underskrift', [2020]),
      row('Robotiseringens vidare bruk', [2022], 'Införandet av robotik.'),
    ];
    const proposal = proposePairing(rows, finnish);
    expect(proposal[1]).toMatchObject({ ref: '1.2', confidence: 'confident' });
    expect(proposal[1]!.evidence).toContainEqual({ code: 'between_paired_neighbours' });
  });

  it('leaves a dropped row unpaired: it becomes a new action', () => {
    const rows = [
      row('Visualisering av respons på karta', [2020]),
      row('Elektronisk underskrift', [2020, 2021]),
      row('Utveckling av Team Borgå-applikationen', [2021], 'Appen övergavs av ekonomiska skäl.'),
      row('Robotiseringens vidare bruk', [2022], 'Införandet av robotik.'),
    ];
    const proposal = proposePairing(rows, finnish.slice(0, 3));
    expect(proposal.map((pair) => pair.ref)).toEqual(['1.1', '1.2', null, '1.3']);
    expect(proposal[2]).toMatchObject({ confidence: null, evidence: [] });
  });

  it('pairs a row moved out of order on its text, but only as possible', () => {
    const rows = [
      row('Robotiseringens vidare bruk', [2022], 'Införandet av robotik.'),
      row('Visualisering av kommuninvånarnas respons på karta', [2020], 'Visualiseringen på kartan är gjord 2020.'),
    ];
    const proposal = proposePairing(rows, [finnish[0]!, finnish[2]!]);
    expect(proposal.map((pair) => pair.ref).sort()).toEqual(['1.1', '1.3']);
    expect(proposal.some((pair) => pair.confidence === 'possible')).toBe(true);
  });

  it('uses each action once and counts the co-funding mark', () => {
    const rows = [
      row('Automatisering av budgetproposition*', [2020, 2021], 'Projektet finansieras av finansministeriet.', true),
      row('Automatisering av budgeten', [2020, 2021]),
    ];
    const proposal = proposePairing(rows, finnish);
    expect(proposal[0]).toMatchObject({ ref: '2.3' });
    expect(proposal[0]!.evidence).toContainEqual({ code: 'co_funded' });
    expect(proposal[1]!.ref).not.toBe('2.3');
  });

  it('proposes the same pairs in both import orders', () => {
    const rows = [
      row('Visualisering av kommuninvånarnas respons på karta', [2020], 'Gjort 2020.'),
      row('Elektronisk underskrift', [2020, 2021]),
      row('Robotiseringens vidare bruk', [2022], 'Införandet av robotik.'),
      row('Elektronisk arkivering', [2021, 2022]),
      row('Stadsomfattande invånarprofil', [2023], 'ePorvoo OmaAsiointi.'),
    ];
    const forward = proposePairing(rows, finnish).map((pair) => [pair.row, pair.ref, pair.confidence]);
    const backward = proposePairing(asRows(finnish), asCandidates(rows)).flatMap((pair) =>
      (pair.ref === null ? [] : [[Number(pair.ref), finnish[pair.row]!.ref, pair.confidence]]));
    expect(forward).toEqual(backward.sort((a, b) => Number(a[0]) - Number(b[0])));
    expect(forward.every(([, , confidence]) => confidence === 'confident')).toBe(true);
  });
});

describe('a report with nothing standing out', () => {
  it('is never paired confidently by position alone', () => {
    const rows = [row('Elektronisk underskrift', [2020, 2021]), row('Nätbutik', [2022])];
    const proposal = proposePairing(rows, [action('1.1', 'Sähköinen allekirjoitus', [2020, 2021]), action('1.2', 'Verkkokauppa', [2022])]);
    expect(proposal.map((pair) => [pair.ref, pair.confidence])).toEqual([['1.1', 'possible'], ['1.2', 'possible']]);
  });
});
