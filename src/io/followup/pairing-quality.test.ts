/**
 * The pairing proposal measured on the two real reports of Porvoo's programme against the pairing a
 * bilingual reader made (demo/pairing-2021-03-sv-to-2022-09-fi.json), in both import orders. The
 * figures are written in docs/IMPORTING.md; the aims are four in five of the reader's pairs proposed
 * as confident, and no confident proposal wrong.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ParsedFollowup } from '../../domain/followup.ts';
import { proposePairing, type PairingCandidate, type PairingRow } from '../../domain/propose-pairing.ts';
import { parseFollowup } from './parse-followup.ts';

const read = (file: string): ParsedFollowup => {
  const parsed = parseFollowup(readFileSync(new URL(`../../../demo/${file}`, import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error(`${file} does not parse`);
  return parsed.followup;
};
const truth = JSON.parse(readFileSync(new URL('../../../demo/pairing-2021-03-sv-to-2022-09-fi.json', import.meta.url), 'utf8')) as {
  pairs: { sv: string; fi: string | null }[];
};
const sv = read('porvoo-followup-2021-03-sv.txt');
const fi = read('porvoo-followup-2022-09-fi.txt');

const rowsOf = (report: ParsedFollowup): PairingRow[] => report.sections.flatMap((section) => section.actions);
/** The programme as the first import made it: one action per row, named and with a status in the report's language. */
const programmeOf = (report: ParsedFollowup): PairingCandidate[] =>
  rowsOf(report).map((row) => ({ ref: row.name, names: [row.name], years: row.years, coFunded: row.coFunded, statusTexts: [row.statusText] }));

interface Measured {
  readerPairs: number;
  confident: number;
  confidentRight: number;
  confidentWrong: string[];
  possibleRight: number;
  possibleWrong: number;
  /** Rows the reader leaves unpaired (dropped or added) that the proposal leaves unpaired too. */
  rightlyNew: number;
}

function measure(report: ParsedFollowup, programme: ParsedFollowup, expected: Map<string, string | null>): Measured {
  const rows = rowsOf(report);
  const proposal = proposePairing(rows, programmeOf(programme));
  const result: Measured = { readerPairs: 0, confident: 0, confidentRight: 0, confidentWrong: [], possibleRight: 0, possibleWrong: 0, rightlyNew: 0 };
  proposal.forEach((pair) => {
    const name = rows[pair.row]!.name;
    const right = expected.get(name) ?? null;
    if (right) result.readerPairs++;
    if (pair.confidence === 'confident') {
      result.confident++;
      if (pair.ref === right) result.confidentRight++;
      else result.confidentWrong.push(`${name} → ${pair.ref}`);
    } else if (pair.confidence === 'possible') {
      if (pair.ref === right) result.possibleRight++;
      else result.possibleWrong++;
    } else if (!right) result.rightlyNew++;
  });
  return result;
}

describe('the pairing proposal on the real 03/2021 (sv) and 09/2022 (fi) reports', () => {
  it('the reader\'s pairing names every row of both reports at most once', () => {
    expect(truth.pairs.map((pair) => pair.sv).sort()).toEqual(rowsOf(sv).map((row) => row.name).sort());
    const finnish = truth.pairs.flatMap((pair) => (pair.fi ? [pair.fi] : []));
    expect(new Set(finnish).size).toBe(finnish.length);
    expect(finnish.every((name) => rowsOf(fi).some((row) => row.name === name))).toBe(true);
  });

  it('Swedish 03/2021 into the Finnish programme: confident for most of the reader\'s pairs, never wrong', () => {
    const measured = measure(sv, fi, new Map(truth.pairs.map((pair) => [pair.sv, pair.fi])));
    expect(measured.confidentWrong).toEqual([]);
    expect(measured.confidentRight / measured.readerPairs).toBeGreaterThanOrEqual(0.8);
    // The figures of docs/IMPORTING.md: change both together.
    expect(measured).toEqual({ readerPairs: 49, confident: 40, confidentRight: 40, confidentWrong: [], possibleRight: 8, possibleWrong: 0, rightlyNew: 2 });
  });

  it('Finnish 09/2022 into a programme made from the Swedish report: the same', () => {
    const expected = new Map<string, string | null>(rowsOf(fi).map((row) => [row.name, null]));
    for (const pair of truth.pairs) if (pair.fi) expected.set(pair.fi, pair.sv);
    const measured = measure(fi, sv, expected);
    expect(measured.confidentWrong).toEqual([]);
    expect(measured.confidentRight / measured.readerPairs).toBeGreaterThanOrEqual(0.8);
    expect(measured).toEqual({ readerPairs: 49, confident: 40, confidentRight: 40, confidentWrong: [], possibleRight: 8, possibleWrong: 0, rightlyNew: 14 });
  });
});
