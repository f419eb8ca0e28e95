/** Reminders to owners with missing updates: one mail per owner in their language, never twice, on demand and on schedule. */
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../db/database.ts';
import { auditLog, municipalitySettings, outbox, users } from '../../db/schema.ts';
import type { Role } from '../../domain/actor.ts';
import { ForbiddenError } from '../../domain/errors.ts';
import { RoundStateError } from '../../domain/round-entry.ts';
import { DEMO_PROGRAMME } from '../../io/demo.ts';
import { backends, demoDatabase, writeIn } from '../../../test/support/database.ts';
import { roundPeople, type RoundPerson } from '../../../test/support/rounds.ts';
import { runWrite } from '../context.ts';
import { closeRound } from './close-round.ts';
import { openRound } from './open-round.ts';
import { remindLateOwners, type RemindInput } from './remind.ts';
import { runDueReminders } from './reminder-schedule.ts';
import { saveEntry } from './save-entry.ts';

const at = { programme: DEMO_PROGRAMME, round: '2023-03' };
const BASE = 'https://tiekartta.example';

describe.each(backends)('reminding late owners (%s)', (backend) => {
  let store: Store;
  let people: Record<Role, RoundPerson>;
  let unownedRef: string;
  const asCoordinator = <T>(work: Parameters<typeof runWrite<T>>[2]) =>
    runWrite(store, { actor: people.coordinator.actor, municipality: { slug: 'porvoo' } }, work);
  const remind = (input: Partial<RemindInput> = {}) =>
    asCoordinator((ctx) => remindLateOwners(ctx, { ...at, kind: 'on_demand', today: '2023-03-20', baseUrl: BASE, ...input }));
  const mails = () => store.orm.select().from(outbox).orderBy(outbox.recipient);

  beforeEach(async () => {
    store = await demoDatabase(backend);
    ({ people, unownedRef } = await roundPeople(store));
    await writeIn(store, 'porvoo', (ctx) => ctx.tx.update(users).set({ lang: 'sv' }).where(eq(users.id, people.viewer.userId)));
    await asCoordinator((ctx) => openRound(ctx, {
      ...at, key: at.round, label: { fi: 'Tilanne 03/2023', sv: 'Status 03/2023' }, deadline: '2023-03-31', requiredLanguages: ['fi'],
    }));
  });
  afterEach(async () => store?.close());

  it('queues one mail per owner with missing entries, in the owner\'s language, with the link to their page', async () => {
    await runWrite(store, { actor: people.action_owner.actor, municipality: { slug: 'porvoo' } }, (ctx) =>
      saveEntry(ctx, { ...at, ref: people.action_owner.ownRef, version: 1, entry: { text: { fi: 'Jatkuu.' }, state: null, trafficLight: 'green' } }));
    const result = await remind();
    // Every role's person owns one action; the owner who updated is not reminded.
    expect(result).toEqual({ queued: 4, alreadyQueued: 0, withoutAccount: expect.arrayContaining([unownedRef]) });
    const queued = await mails();
    expect(queued.map((mail) => mail.recipient).sort()).toEqual(
      (['administrator', 'coordinator', 'steering_member', 'viewer'] as const).map((role) => people[role].email).sort());
    const swedish = queued.find((mail) => mail.recipient === people.viewer.email)!;
    expect(swedish.lang).toBe('sv');
    expect(swedish.subject).toBe('Påminnelse: Status 03/2023 – uppdatera dina åtgärder senast 31.3.2023');
    expect(swedish.bodyText).toContain(`- ${people.viewer.ownRef} `);
    expect(swedish.bodyText).toContain(`${BASE}/staff/porvoo/rounds/${DEMO_PROGRAMME}/2023-03/mine`);
    const finnish = queued.find((mail) => mail.recipient === people.coordinator.email)!;
    expect(finnish.subject).toBe('Muistutus: Tilanne 03/2023 – päivitä toimenpiteesi 31.3.2023 mennessä');
    const [line] = await store.orm.select().from(auditLog).where(eq(auditLog.action, 'round.remind'));
    expect(line?.details).toMatchObject({ kind: 'on_demand', queued: 4 });
  });

  it('never queues the same reminder twice for the same round, day and kind', async () => {
    expect((await remind()).queued).toBe(5);
    expect(await remind()).toMatchObject({ queued: 0, alreadyQueued: 5 });
    expect(await mails()).toHaveLength(5);
    expect((await remind({ today: '2023-03-21' })).queued).toBe(5);
    expect(await mails()).toHaveLength(10);
  });

  it('is the coordinator\'s to send, and only while the round is open', async () => {
    for (const role of ['administrator', 'action_owner', 'steering_member', 'viewer'] as const) {
      await expect(runWrite(store, { actor: people[role].actor, municipality: { slug: 'porvoo' } }, (ctx) =>
        remindLateOwners(ctx, { ...at, kind: 'on_demand', today: '2023-03-20', baseUrl: BASE }))).rejects.toBeInstanceOf(ForbiddenError);
    }
    await asCoordinator((ctx) => closeRound(ctx, at));
    await expect(remind()).rejects.toBeInstanceOf(RoundStateError);
    expect(await mails()).toHaveLength(0);
  });

  it('reminds automatically the configured days before the deadline and on the deadline, once each', async () => {
    const run = (today: string) => runDueReminders(store, { today, baseUrl: BASE });
    // Default: 7 and 1 days before, and the day itself.
    expect(await run('2023-03-23')).toBe(0);
    expect(await run('2023-03-24')).toBe(5);
    expect(await run('2023-03-24')).toBe(0);
    expect(await run('2023-03-30')).toBe(5);
    expect(await run('2023-03-31')).toBe(5);
    expect(await run('2023-04-01')).toBe(0);
    await writeIn(store, 'porvoo', (ctx) => ctx.tx.insert(municipalitySettings).values({ municipalityId: ctx.municipality!.id, reminderDaysBefore: [3] }));
    expect(await run('2023-03-24')).toBe(0);
    expect(await run('2023-03-28')).toBe(5);
    const kinds = (await mails()).map((mail) => mail.dedupeKey!.split(':')[3]);
    expect(new Set(kinds)).toEqual(new Set(['before_deadline', 'deadline']));
  });
});
