import { describe, expect, it } from 'vitest';
import { createMunicipality } from '../services/municipalities.ts';
import { backends, testDatabase, writeIn } from '../../test/support/database.ts';

describe.each(backends)('content epochs on %s', (backend) => {
  it('reads several scopes at once and sees a committed change at once', async () => {
    const store = await testDatabase(backend);
    const before = await store.epochs.read(['m:loviisa', 'platform', 'any']);
    expect([...before.keys()]).toEqual(['m:loviisa', 'platform', 'any']);
    await writeIn(store, null, (ctx) => createMunicipality(ctx, {
      slug: 'loviisa', code: '434', name: { fi: 'Loviisa', sv: 'Lovisa' }, languages: ['fi', 'sv'],
    }));
    const after = await store.epochs.read(['m:loviisa', 'platform', 'any']);
    expect(after.get('any')).toBeGreaterThan(before.get('any')!);
  });
});
