/** The diff of two roadmaps: paired by action, changes per field and per language, owners only when asked. */
import { describe, expect, it } from 'vitest';
import { DIARY_NUMBER, diffRoadmaps, MINUTES_SECTION, type RoadmapEntry } from './roadmap.ts';

const entry = (actionId: string, ref: string, more: Partial<RoadmapEntry> = {}): RoadmapEntry => ({
  actionId, ref, position: Number(ref.split('.')[1]), section: { position: Number(ref.split('.')[0]), name: {} },
  name: { fi: `Toimenpide ${ref}` }, years: [2024], goalCode: 'A', competenceCode: null, level: null, statutory: null,
  benefits: null, beneficiaries: null, costClass: null, impactClass: null, developmentModel: null, ownerName: 'Maija', ...more,
});

describe('diffRoadmaps', () => {
  const before = [entry('a', '1.1'), entry('b', '1.2'), entry('c', '2.1')];

  it('finds added, removed and unchanged actions, in the order of the roadmap', () => {
    const after = [entry('d', '2.2'), entry('c', '2.1'), entry('a', '1.1'), entry('e', '1.3')];
    const diff = diffRoadmaps(before, after, true);
    expect(diff.added.map((added) => added.ref)).toEqual(['1.3', '2.2']);
    expect(diff.removed.map((removed) => removed.ref)).toEqual(['1.2']);
    expect(diff).toMatchObject({ changed: [], unchanged: 2 });
  });

  it('names each changed field, the name per language, and pairs a moved action by its identity', () => {
    const after = [
      entry('a', '3.1', { name: { fi: 'Toimenpide 1.1', sv: 'Åtgärd 1.1' }, section: { position: 3, name: { fi: 'Uusi' } }, years: [2024, 2025], benefits: ['renewal'] }),
      entry('b', '1.2', { name: { fi: 'Toimenpide 1.2 ' }, goalCode: null, competenceCode: 'D1', ownerName: 'Matti' }),
      entry('c', '2.1'),
    ];
    const diff = diffRoadmaps(before, after, true);
    expect(diff.added).toEqual([]);
    expect(diff.changed.map((changed) => [changed.after.ref, changed.changes])).toEqual([
      ['1.2', [
        { field: 'goal', before: 'A', after: null },
        { field: 'competence', before: null, after: 'D1' },
        { field: 'owner', before: 'Maija', after: 'Matti' },
      ]],
      ['3.1', [
        { field: 'ref', before: '1.1', after: '3.1' },
        { field: 'name', lang: 'sv', before: null, after: 'Åtgärd 1.1' },
        { field: 'section', before: 1, after: 3 },
        { field: 'years', before: [2024], after: [2024, 2025] },
        { field: 'benefits', before: null, after: ['renewal'] },
      ]],
    ]);
    // Whitespace around a name is no change; the public never learns of owners.
    const publicDiff = diffRoadmaps(before, after, false);
    expect(publicDiff.changed.find((changed) => changed.after.ref === '1.2')!.changes.map((change) => change.field)).toEqual(['goal', 'competence']);
  });

  it('compares a roadmap with itself as unchanged', () => {
    expect(diffRoadmaps(before, before, true)).toEqual({ added: [], removed: [], changed: [], unchanged: 3 });
  });
});

describe('decision references', () => {
  it('accepts the minutes section with or without §, and diary numbers as written', () => {
    expect(MINUTES_SECTION.exec('§ 25')?.[1]).toBe('25');
    expect(MINUTES_SECTION.exec('25')?.[1]).toBe('25');
    expect(MINUTES_SECTION.test('25 a')).toBe(false);
    expect(DIARY_NUMBER.test('118/07.01.02/2024')).toBe(true);
    expect(DIARY_NUMBER.test('PRV/2024/118')).toBe(true);
    expect(DIARY_NUMBER.test('<script>')).toBe(false);
  });
});
