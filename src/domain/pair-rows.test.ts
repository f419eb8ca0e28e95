import { describe, expect, it } from 'vitest';
import type { ParsedActionRow, ParsedSection } from './followup.ts';
import type { LocalizedText } from './language.ts';
import { groupBySection, pairRows } from './pair-rows.ts';

interface KnownAction { id: string; name: LocalizedText; sectionPosition: number; position: number }
const pairActions = (known: KnownAction[], sections: ParsedSection[], lang: 'fi' | 'sv') =>
  pairRows(groupBySection(known), sections.map((s) => s.actions), lang);

const row = (name: string, line: number): ParsedActionRow => ({ line, name, coFunded: false, coFundedPart: null, years: [2021], statusText: '' });
const section = (position: number, ...rows: ParsedActionRow[]): ParsedSection => ({ position, line: 1, actions: rows });
const known: KnownAction[] = [
  { id: 'b', name: { fi: 'Sähköinen arkistointi' }, sectionPosition: 1, position: 2 },
  { id: 'a', name: { fi: 'Sähköinen allekirjoitus' }, sectionPosition: 1, position: 1 },
  { id: 'c', name: { fi: 'Verkkokauppa' }, sectionPosition: 2, position: 1 },
];

describe('pairing report rows with the programme\'s actions', () => {
  it('matches by name in the report\'s language, whatever the case and spacing', () => {
    const signature = row('SÄHKÖINEN  allekirjoitus', 3);
    const fresh = row('Uusi toimenpide', 4);
    const pairing = pairActions(known, [section(1, signature, fresh)], 'fi');
    expect(pairing.ok && pairing.by).toBe('name');
    expect(pairing.ok && pairing.matches.get(signature)?.id).toBe('a');
    expect(pairing.ok && pairing.matches.has(fresh)).toBe(false);
  });

  it('pairs a translation by position when its tables have the programme\'s shape', () => {
    const rows = [row('Elektronisk underskrift', 3), row('Elektronisk arkivering', 4), row('Webbutik', 7)];
    const pairing = pairActions(known, [section(1, rows[0]!, rows[1]!), section(2, rows[2]!)], 'sv');
    expect(pairing.ok && pairing.by).toBe('position');
    expect(pairing.ok && rows.map((r) => pairing.matches.get(r)?.id)).toEqual(['a', 'b', 'c']);
  });

  it('refuses to guess when a translation has another shape', () => {
    const pairing = pairActions(known, [section(1, row('Elektronisk underskrift', 3)), section(2, row('Webbutik', 5))], 'sv');
    expect(pairing).toEqual({ ok: false, programmeShape: [2, 1], fileShape: [1, 1] });
  });

  it('treats every row of a new programme as new', () => {
    const pairing = pairActions([], [section(1, row('Webbutik', 3))], 'sv');
    expect(pairing.ok && pairing.matches.size).toBe(0);
  });
});
