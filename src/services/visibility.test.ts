/** The public sees published (closed) rounds only; staff of the municipality see open ones too. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Store } from '../db/database.ts';
import { programmes, rounds } from '../db/schema.ts';
import { PUBLIC, type Actor } from '../domain/actor.ts';
import { backends, demoDatabase, writeIn } from '../../test/support/database.ts';
import { runRead } from './context.ts';
import { getAction } from './actions.ts';
import { findProgramme } from './programmes.ts';

describe.each(backends)('what each reader sees of rounds (%s)', (backend) => {
  let store: Store;
  let porvooId: string;
  const read = <T>(actor: Actor, work: Parameters<typeof runRead<T>>[2]) =>
    runRead(store, { actor, municipality: { slug: 'porvoo' } }, work);

  beforeAll(async () => {
    store = await demoDatabase(backend);
    porvooId = await writeIn(store, 'porvoo', async (ctx) => {
      const [programme] = await ctx.tx.select().from(programmes).where(eq(programmes.slug, 'digi-2020-2023'));
      await ctx.tx.insert(rounds).values({
        municipalityId: ctx.municipality!.id, programmeId: programme!.id, year: 2023, month: 3,
        label: { fi: 'Tilanne 03/2023' }, lang: 'fi', status: 'open', deadline: '2023-03-31', openedAt: new Date(),
      });
      return ctx.municipality!.id;
    });
  });
  afterAll(async () => store?.close());

  it('keeps an open round from the public, its latest round and its counts', async () => {
    const programme = (await read(PUBLIC, (ctx) => findProgramme(ctx, 'digi-2020-2023')))!;
    expect(programme.rounds.map((round) => round.key)).toEqual(['2022-09']);
    expect(programme.latestRound?.key).toBe('2022-09');
    const action = (await read(PUBLIC, (ctx) => getAction(ctx, programme, '1.1')))!;
    expect(action.statuses.map((status) => status.round.key)).toEqual(['2022-09']);
  });

  it('shows the open round to a viewer of the municipality, and not to a viewer of another', async () => {
    const viewer: Actor = { kind: 'staff', userId: '00000000-0000-4000-8000-000000000001', roles: new Map([[porvooId, ['viewer']]]) };
    const programme = (await read(viewer, (ctx) => findProgramme(ctx, 'digi-2020-2023')))!;
    expect(programme.rounds.map((round) => [round.key, round.status])).toEqual([['2022-09', 'closed'], ['2023-03', 'open']]);
    const stranger: Actor = { kind: 'staff', userId: '00000000-0000-4000-8000-000000000002', roles: new Map([['another', ['coordinator']]]) };
    const seen = (await read(stranger, (ctx) => findProgramme(ctx, 'digi-2020-2023')))!;
    expect(seen.rounds.map((round) => round.key)).toEqual(['2022-09']);
  });
});
