import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actionNameKey } from '../../domain/action-name.ts';
import { parseFollowup } from './parse-followup.ts';

const YEARS = [2020, 2021, 2022, 2023];
const word = fc.stringMatching(/^[A-Za-zÅÄÖåäö0-9().,:\/-]{1,12}$/);
const text = (max: number) => fc.array(word, { minLength: 1, maxLength: max }).map((words) => words.join(' '));
const row = fc.record({
  name: text(8),
  coFunded: fc.boolean(),
  years: fc.subarray(YEARS),
  status: fc.oneof(fc.constant(''), text(20)),
});
const report = fc.record({
  // Any header word, known or not, any round word, either line ending: the shape tells the tables.
  headerWord: fc.oneof(fc.constantFrom('Käyttötapaus', 'Käyttötapaukset', 'Användningsfall', 'Åtgärder'), word.filter((w) => !/^\d{4}$/.test(w))),
  roundWord: fc.constantFrom('Tilanne', 'Status', 'Läge'),
  lineEnding: fc.constantFrom('\n', '\r\n'),
  month: fc.integer({ min: 1, max: 12 }),
  year: fc.integer({ min: 2000, max: 2099 }),
  sections: fc.array(fc.array(row, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 }),
}).filter(({ sections }) => {
  const keys = sections.flat().map((r) => actionNameKey(r.name));
  return new Set(keys).size === keys.length;
});

describe('any well-formed report', () => {
  it('parses back to the rows it was written from', () => {
    fc.assert(fc.property(report, ({ headerWord, roundWord, lineEnding, month, year, sections }) => {
      const label = `${roundWord} ${String(month).padStart(2, '0')}/${year}`;
      const header = [headerWord, ...YEARS, label].join('\t');
      const lines = [`Seuranta: ${label}`, ''];
      for (const rows of sections) {
        lines.push(header);
        for (const r of rows) {
          lines.push([`${r.name}${r.coFunded ? '*' : ''}`, ...YEARS.map((y) => (r.years.includes(y) ? 'x' : '')), r.status].join('\t'));
        }
        lines.push('');
      }
      const result = parseFollowup(lines.join(lineEnding));
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.followup.round).toEqual({ year, month, label, lang: roundWord === 'Tilanne' ? 'fi' : 'sv' });
      expect(result.followup.sections.map((s) => s.actions.map((a) => [a.name, a.coFunded, a.years, a.statusText]))).toEqual(
        sections.map((rows) => rows.map((r) => [r.name, r.coFunded, r.years, r.status])),
      );
    }), { numRuns: 200 });
  });
});
