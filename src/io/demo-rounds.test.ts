import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../db/database.ts';
import { backends, readIn, TEST_ACTOR, testDatabase, writeIn } from '../../test/support/database.ts';
import { getAction, listActions } from '../services/actions.ts';
import { createMunicipality } from '../services/municipalities.ts';
import { findProgramme } from '../services/programmes.ts';
import { importDemoRounds } from './demo-rounds.ts';

describe.each(backends)('the demo with two rounds in two languages (%s)', (backend) => {
  let store: Store;
  afterEach(async () => store?.close());

  it('loads 09/2022 in Finnish, then 03/2021 in Swedish with the reviewed pairing, and again without change', async () => {
    store = await testDatabase(backend);
    await writeIn(store, null, (ctx) => createMunicipality(ctx, { slug: 'porvoo', code: '638', name: { fi: 'Porvoo', sv: 'Borgå' }, languages: ['fi', 'sv'] }));
    const [finnish, swedish] = await importDemoRounds(store, TEST_ACTOR, 'porvoo', 'digi-2020-2023');
    expect(finnish!.actions.created).toBe(63);
    // The two actions dropped before 09/2022 come back as actions of their own, with only the 03/2021 status.
    expect(swedish).toMatchObject({ matchedBy: 'pairing', actions: { created: 2, updated: 49 } });
    expect(swedish!.namesFromOtherRound).toHaveLength(49);

    const programme = (await readIn(store, 'porvoo', (ctx) => findProgramme(ctx, 'digi-2020-2023')))!;
    expect(programme.rounds.map((round) => round.key).sort()).toEqual(['2021-03', '2022-09']);
    expect(await readIn(store, 'porvoo', (ctx) => listActions(ctx, programme, { lang: 'fi' }))).toHaveLength(65);
    const shop = (await readIn(store, 'porvoo', (ctx) => getAction(ctx, programme, '6.7')))!;
    expect(shop.name).toEqual({ fi: 'Verkkokauppa', sv: 'Nätbutik' });
    expect(shop.years).toEqual([2022]);
    expect(shop.statuses.map((status) => [status.round.key, Object.keys(status.text)])).toEqual([['2022-09', ['fi']], ['2021-03', ['sv']]]);

    const again = await importDemoRounds(store, TEST_ACTOR, 'porvoo', 'digi-2020-2023');
    expect(again.map((summary) => summary.changed)).toEqual([false, false]);
  });
});
