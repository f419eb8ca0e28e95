/**
 * Importing the Swedish 03/2021 report into the programme made from the Finnish 09/2022 report: it is
 * another round and another language, so its rows are paired by a proposal a person reviews.
 */
import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Store } from '../../db/database.ts';
import { actions, auditLog } from '../../db/schema.ts';
import { parseFollowup } from '../../io/followup/parse-followup.ts';
import { DEMO_PROGRAMME, loadDemo } from '../../io/demo.ts';
import { backends, readIn, TEST_ACTOR, testDatabase, writeIn } from '../../../test/support/database.ts';
import { getAction } from '../actions.ts';
import { findProgramme } from '../programmes.ts';
import { PairingRejectedError, type PairingChoice } from './cross-round-pairing.ts';
import { importFollowup } from './import-followup.ts';
import { TranslationShapeError } from './summary.ts';

const swedish2021 = async () => {
  const parsed = parseFollowup(await readFile(new URL('../../../demo/porvoo-followup-2021-03-sv.txt', import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error('the Swedish report does not parse');
  return parsed.followup;
};

describe.each(backends)('importing a report of another round and language with a pairing (%s)', (backend) => {
  let store: Store;
  afterEach(async () => store?.close());

  const importWith = async (pairing: PairingChoice | undefined, dryRun = false) =>
    writeIn(store, 'porvoo', async (ctx) => importFollowup(ctx, { programme: DEMO_PROGRAMME, followup: await swedish2021(), pairing }, { dryRun }), { dryRun });
  const actionByRef = async (ref: string) => {
    const programme = (await readIn(store, 'porvoo', (ctx) => findProgramme(ctx, DEMO_PROGRAMME)))!;
    return (await readIn(store, 'porvoo', (ctx) => getAction(ctx, programme, ref)))!;
  };

  it('proposes a pairing for review, writes nothing, then imports the reviewed pairing in one go', async () => {
    store = await testDatabase(backend);
    await loadDemo(store, TEST_ACTOR);
    await expect(importWith(undefined)).rejects.toBeInstanceOf(TranslationShapeError);

    const proposed = await importWith({ mode: 'propose' }, true);
    expect(proposed.matchedBy).toBe('pairing');
    expect(proposed.proposal).toHaveLength(51);
    const signature = proposed.proposal!.find((row) => row.name === 'Elektronisk underskrift')!;
    expect(signature).toMatchObject({ ref: '5.5', action: { fi: 'Sähköinen allekirjoitus' }, confidence: 'confident' });
    const chatbot = proposed.proposal!.find((row) => row.name.startsWith('En diskuterande chatbot'))!;
    expect(chatbot.evidence).toContainEqual({ code: 'shared_words', words: expect.arrayContaining(['keskusteleva', 'riihimäki']) });
    expect(proposed.proposal!.find((row) => row.name === 'Utveckling av Team Borgå-applikationen')).toMatchObject({ ref: null, confidence: null });
    const named = await store.orm.select({ name: actions.name }).from(actions);
    expect(named.filter((row) => row.name.sv)).toEqual([]);

    // The person accepts every proposal but one, which they pair with another action, and makes Nätbutik's pair.
    const reviewed = proposed.proposal!.map((row) => ({
      line: row.line, name: row.name,
      ref: row.name === 'Nätbutik' ? '6.7' : row.name === 'Elektronisk underskrift' ? '5.9' : row.name === 'Elektronisk arkivering' ? '5.5' : row.ref,
    }));
    const summary = await importWith({ mode: 'accept', rows: reviewed });
    expect(summary).toMatchObject({ matchedBy: 'pairing', round: { key: '2021-03', created: true, lang: 'sv' } });
    expect(summary.actions.created).toBe(2);
    expect(summary.namesFromOtherRound).toContainEqual({ ref: '6.7', name: 'Nätbutik' });
    const shop = await actionByRef('6.7');
    expect(shop.name).toEqual({ fi: 'Verkkokauppa', sv: 'Nätbutik' });
    expect(shop.years).toEqual([2022]);
    expect(shop.statuses.map((status) => status.round.key)).toEqual(['2022-09', '2021-03']);
    expect((await actionByRef('5.5')).name.sv).toBe('Elektronisk arkivering');
    const audit = await store.orm.select().from(auditLog).where(eq(auditLog.action, 'followup.import'));
    expect(audit.at(-1)!.details).toMatchObject({ matchedBy: 'pairing', namesFromOtherRound: expect.arrayContaining(['6.7']) });
  });

  it('refuses a reviewed pairing that does not fit the report or the programme, and writes nothing', async () => {
    store = await testDatabase(backend);
    await loadDemo(store, TEST_ACTOR);
    const proposed = await importWith({ mode: 'propose' }, true);
    const rows = proposed.proposal!.map((row) => ({ line: row.line, name: row.name, ref: row.ref }));
    rows[0] = { ...rows[0]!, ref: '9.9' };
    rows[1] = { ...rows[1]!, ref: rows[2]!.ref };
    rows[3] = { ...rows[3]!, name: 'Något annat' };
    const error = await importWith({ mode: 'accept', rows: rows.slice(0, -1) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PairingRejectedError);
    expect((error as PairingRejectedError).problems.map((p) => p.code).sort()).toEqual(['ref_used_twice', 'row_missing', 'row_missing', 'row_not_in_report', 'unknown_ref']);
    const named = await store.orm.select({ name: actions.name }).from(actions);
    expect(named.filter((row) => row.name.sv)).toEqual([]);
  });

  it('imports only the confident pairs; the other rows become new actions, listed for review', async () => {
    store = await testDatabase(backend);
    await loadDemo(store, TEST_ACTOR);
    const summary = await importWith({ mode: 'accept_confident' });
    expect(summary.actions.created).toBe(51 - 40);
    expect(summary.warnings.filter((w) => w.code === 'possible_pair_not_taken')).toHaveLength(8);
    expect(summary.warnings).toContainEqual({ line: expect.any(Number), code: 'new_action_in_later_round', action: 'Nätbutik' });
    expect((await actionByRef('5.5')).name).toEqual({ fi: 'Sähköinen allekirjoitus', sv: 'Elektronisk underskrift' });
  });
});
