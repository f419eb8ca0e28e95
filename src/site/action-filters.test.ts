import { describe, expect, it } from 'vitest';
import type { ProgrammeOverview } from '../services/views.ts';
import { parseActionQuery, toActionFilter } from './action-filters.ts';

const counts = { done: 0, in_progress: 0, not_advanced: 0, postponed: 0, abandoned: 0, no_status: 0 };
const round = (key: string) => ({
  key, year: Number(key.slice(0, 4)), month: Number(key.slice(5)), label: { fi: key }, lang: 'fi' as const, status: 'closed' as const, deadline: null,
});

const programme: ProgrammeOverview = {
  id: 'p', municipalityId: 'm', slug: 'digi-2020-2023', name: {}, periodStart: 2020, periodEnd: 2023, costCode: null,
  rounds: [round('2021-03'), round('2022-09')], latestRound: round('2022-09'), actionCount: 3, stateCounts: counts,
  goals: [], competences: [], enablerCount: 0, years: [2020, 2021, 2022, 2023], updatedInLatestRound: 0, lastUpdated: null,
  sections: [1, 2].map((position) => ({ position, name: {}, actionCount: 1, stateCounts: counts })),
};

describe('parseActionQuery', () => {
  it('reads a full, valid query and turns it into the service filter', () => {
    const parsed = parseActionQuery(
      { section: '2', year: '2021', state: 'done', cofunded: 'no', q: '  kartta ', round: '2021-03' },
      programme,
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(toActionFilter(parsed.query, 'sv')).toEqual({
      lang: 'sv', section: 2, year: 2021, state: 'done', coFunded: false, q: 'kartta', round: '2021-03',
    });
  });

  it('takes empty fields, as a submitted form sends them, to mean "any"', () => {
    const parsed = parseActionQuery({ section: '', year: '', state: '', cofunded: '', q: '   ', round: '' }, programme);
    expect(parsed).toMatchObject({ ok: true, query: {} });
  });

  it('names every bad field at once, malformed or outside the programme', () => {
    const parsed = parseActionQuery({ section: '9', year: '20x1', state: 'finished', cofunded: 'maybe', round: '2019-01' }, programme);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors).toEqual([
      { field: 'section', value: '9', kind: 'invalid' },
      { field: 'year', value: '20x1', kind: 'invalid' },
      { field: 'state', value: 'finished', kind: 'invalid' },
      { field: 'cofunded', value: 'maybe', kind: 'invalid' },
      { field: 'round', value: '2019-01', kind: 'unknown_round' },
    ]);
  });

  it('refuses a year outside the programme and an overlong search', () => {
    const parsed = parseActionQuery({ year: '2031', q: 'x'.repeat(201) }, programme);
    expect(parsed.ok ? [] : parsed.errors.map((error) => error.field)).toEqual(['year', 'q']);
  });
});
