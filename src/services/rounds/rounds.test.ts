/** Running a follow-up round: who may do what, concurrency, freezing, and what the public then sees. */
import { and, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../db/database.ts';
import { auditLog, contentEpoch } from '../../db/schema.ts';
import { PUBLIC, ROLES, type Actor, type Role } from '../../domain/actor.ts';
import { ConflictError, ForbiddenError } from '../../domain/errors.ts';
import { RoundStateError, type EntryInput } from '../../domain/round-entry.ts';
import { DEMO_PROGRAMME } from '../../io/demo.ts';
import { backends, demoDatabase, TEST_ACTOR } from '../../../test/support/database.ts';
import { roundPeople, type RoundPerson } from '../../../test/support/rounds.ts';
import { runRead, runWrite, type WriteCtx } from '../context.ts';
import { findProgramme } from '../programmes.ts';
import { closeRound, reopenRound } from './close-round.ts';
import { confirmStates } from './confirm-states.ts';
import { openRound } from './open-round.ts';
import { getRound, listEntries } from './read-rounds.ts';
import { saveEntry } from './save-entry.ts';
import type { RoundEntry } from './views.ts';

const ROUND = '2023-03';
const at = { programme: DEMO_PROGRAMME, round: ROUND };
const entry = (fi: string, more: Partial<EntryInput> = {}): EntryInput => ({ text: { fi }, state: null, trafficLight: 'green', ...more });

describe.each(backends)('follow-up rounds in the workspace (%s)', (backend) => {
  let store: Store;
  let people: Record<Role, RoundPerson>;
  let unownedRef: string;

  const write = <T>(actor: Actor, work: (ctx: WriteCtx) => Promise<T>, dryRun = false) =>
    runWrite(store, { actor, municipality: { slug: 'porvoo' } }, work, { dryRun });
  const entries = (refs?: string[]) =>
    runRead(store, { actor: TEST_ACTOR, municipality: { slug: 'porvoo' } }, (ctx) => listEntries(ctx, DEMO_PROGRAMME, ROUND, refs));
  const entryOf = async (ref: string): Promise<RoundEntry> => (await entries([ref]))[0]!;
  const open = (actor: Actor = people.coordinator.actor, requiredLanguages: ('fi' | 'sv')[] = ['fi']) =>
    write(actor, (ctx) => openRound(ctx, {
      programme: DEMO_PROGRAMME, key: ROUND, label: { fi: 'Tilanne 03/2023', sv: 'Status 03/2023' }, deadline: '2023-03-31', requiredLanguages,
    }));
  const save = async (actor: Actor, ref: string, input: EntryInput, version?: number) => {
    const opened = version ?? (await entryOf(ref)).version;
    return write(actor, (ctx) => saveEntry(ctx, { ...at, ref, version: opened, entry: input }));
  };

  beforeEach(async () => {
    store = await demoDatabase(backend);
    ({ people, unownedRef } = await roundPeople(store));
  });
  afterEach(async () => store?.close());

  it('opens a round with an empty entry for every action of the programme, audited', async () => {
    const opened = await open();
    const programme = await runRead(store, { actor: people.viewer.actor, municipality: { slug: 'porvoo' } }, (ctx) => findProgramme(ctx, DEMO_PROGRAMME));
    expect(opened.entries).toBe(programme!.actionCount);
    const all = await entries();
    expect(all).toHaveLength(opened.entries);
    expect(all.every((e) => e.updatedAt === null && e.state === 'no_status' && Object.keys(e.text).length === 0)).toBe(true);
    // Last round's text stands beside the new one.
    expect(all.find((e) => e.ref === '1.1')?.previous?.key).toBe('2022-09');
    expect(all.find((e) => e.ref === '1.1')?.previous?.text.fi).toBeTruthy();
    const [line] = await store.orm.select().from(auditLog).where(eq(auditLog.action, 'round.open'));
    expect(line?.actor).toBe(`user:${people.coordinator.userId}`);
    await expect(open()).rejects.toThrow(/taken|another_open/);
  });

  describe('every role against every operation (the permissions table)', () => {
    type Operation = 'open' | 'save own' | "save someone else's" | 'confirm' | 'close' | 'reopen';
    const EXPECTED: Record<Operation, readonly Role[]> = {
      open: ['coordinator'],
      'save own': ['coordinator', 'action_owner'],
      "save someone else's": ['coordinator'],
      confirm: ['coordinator'],
      close: ['coordinator'],
      reopen: ['coordinator'],
    };
    const attempt = async (operation: Operation, person: RoundPerson): Promise<'allowed' | 'refused'> => {
      // Each attempt runs in a transaction that is rolled back, so every one starts from the same open round.
      const work = async (ctx: WriteCtx) => {
        const asSystem = { ...ctx, actor: TEST_ACTOR };
        switch (operation) {
          case 'open':
            await closeRound(asSystem, at);
            return openRound(ctx, { programme: DEMO_PROGRAMME, key: '2023-09', label: { fi: 'Tilanne 09/2023' }, deadline: '2023-09-30', requiredLanguages: [] });
          case 'save own':
            return saveEntry(ctx, { ...at, ref: person.ownRef, version: 1, entry: entry('Jatkuu.') });
          case "save someone else's":
            return saveEntry(ctx, { ...at, ref: unownedRef, version: 1, entry: entry('Jatkuu.') });
          case 'confirm':
            return confirmStates(ctx, { ...at, entries: [{ ref: unownedRef, version: 1 }] });
          case 'close':
            return closeRound(ctx, at);
          case 'reopen':
            await closeRound(asSystem, at);
            return reopenRound(ctx, at);
        }
      };
      try {
        await write(person.actor, work, true);
        return 'allowed';
      } catch (error) {
        if (error instanceof ForbiddenError) return 'refused';
        throw error;
      }
    };

    it('allows exactly what the table says, and refuses the rest', async () => {
      await open();
      const seen: Record<string, Record<string, string>> = {};
      const expected: Record<string, Record<string, string>> = {};
      for (const operation of Object.keys(EXPECTED) as Operation[]) {
        for (const role of ROLES) {
          (seen[operation] ??= {})[role] = await attempt(operation, people[role]);
          (expected[operation] ??= {})[role] = EXPECTED[operation].includes(role) ? 'allowed' : 'refused';
        }
      }
      expect(seen).toEqual(expected);
      // Nothing of the attempts stayed.
      expect((await entries()).every((e) => e.updatedAt === null)).toBe(true);
    });
  });

  it('lets an owner save their own entry as often as they like, in fi and sv, and refuses them someone else\'s', async () => {
    await open();
    const owner = people.action_owner;
    const first = await save(owner.actor, owner.ownRef, entry('Työ jatkuu.'));
    expect(first).toMatchObject({ text: { fi: 'Työ jatkuu.' }, state: 'in_progress', stateInferred: true, trafficLight: 'green', version: 2 });
    const second = await save(owner.actor, owner.ownRef, { text: { fi: 'Valmis.', sv: ' Klar. ' }, state: 'done', trafficLight: 'green' });
    expect(second).toMatchObject({ text: { fi: 'Valmis.', sv: 'Klar.' }, state: 'done', stateInferred: false, version: 3 });
    expect(second.updatedAt).toBeInstanceOf(Date);
    await expect(save(owner.actor, people.coordinator.ownRef, entry('Ei minun.'))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(save(people.viewer.actor, people.viewer.ownRef, entry('Lukija.'))).rejects.toBeInstanceOf(ForbiddenError);
    expect((await entryOf(people.coordinator.ownRef)).updatedAt).toBeNull();
    const saves = await store.orm.select().from(auditLog).where(eq(auditLog.action, 'status.save'));
    expect(saves.map((line) => line.target)).toEqual([`action:${owner.ownRef}`, `action:${owner.ownRef}`]);
    // No status texts in the audit log.
    expect(JSON.stringify(saves)).not.toContain('Valmis');
  });

  it('refuses the second of two saves opened at the same version, with both versions, and keeps the first', async () => {
    await open();
    const ref = people.action_owner.ownRef;
    const opened = (await entryOf(ref)).version;
    await save(people.action_owner.actor, ref, entry('Omistajan teksti.'), opened);
    const refused = await save(people.coordinator.actor, ref, entry('Koordinaattorin teksti.', { trafficLight: 'red' }), opened).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ConflictError);
    const conflict = refused as ConflictError<RoundEntry>;
    expect(conflict.expectedVersion).toBe(opened);
    expect(conflict.current).toMatchObject({ version: opened + 1, text: { fi: 'Omistajan teksti.' } });
    expect((await entryOf(ref)).text).toEqual({ fi: 'Omistajan teksti.' });
  });

  it('leaves nothing half-written when the transaction of a save fails after the save', async () => {
    await open();
    const owner = people.action_owner;
    const failed = write(owner.actor, async (ctx) => {
      await saveEntry(ctx, { ...at, ref: owner.ownRef, version: 1, entry: entry('Ei jää.') });
      throw new Error('the connection was lost');
    });
    await expect(failed).rejects.toThrow('the connection was lost');
    expect(await entryOf(owner.ownRef)).toMatchObject({ updatedAt: null, version: 1, text: {} });
    expect(await store.orm.select().from(auditLog).where(eq(auditLog.action, 'status.save'))).toEqual([]);
  });

  it('confirms inferred states one by one or all, leaving an entry saved since as it is', async () => {
    await open();
    const [a, b] = [people.action_owner.ownRef, people.coordinator.ownRef];
    await save(people.coordinator.actor, a, entry('Jatkuu edelleen.'));
    await save(people.coordinator.actor, b, entry('Valmistunut.'));
    const shown = await entries([a, b]);
    expect(shown.map((e) => [e.state, e.stateInferred])).toEqual(expect.arrayContaining([['in_progress', true], ['done', true]]));
    await save(people.action_owner.actor, a, entry('Siirretty ensi vuoteen.'));
    const result = await write(people.coordinator.actor, (ctx) => confirmStates(ctx, { ...at, entries: shown.map((e) => ({ ref: e.ref, version: e.version })) }));
    expect(result).toEqual({ confirmed: [b], changedSince: [a] });
    expect((await entryOf(b)).stateInferred).toBe(false);
    expect((await entryOf(a))).toMatchObject({ state: 'postponed', stateInferred: true });
  });

  it('closes the round: published (the epoch moves, the public sees it), frozen, and reopening is logged', async () => {
    await open();
    const owner = people.action_owner;
    await save(owner.actor, owner.ownRef, entry('Valmis.'));
    const publicRounds = async () => (await runRead(store, { actor: PUBLIC, municipality: { slug: 'porvoo' } }, (ctx) => findProgramme(ctx, DEMO_PROGRAMME)))!.rounds.map((r) => r.key);
    expect(await publicRounds()).toEqual(['2022-09']);
    const epoch = async () => (await store.orm.select().from(contentEpoch).where(eq(contentEpoch.scope, 'm:porvoo')))[0]?.epoch ?? 0;
    const before = await epoch();
    await write(people.coordinator.actor, (ctx) => closeRound(ctx, at));
    expect(await epoch()).toBeGreaterThan(before);
    expect(await publicRounds()).toEqual(['2022-09', ROUND]);
    await expect(save(owner.actor, owner.ownRef, entry('Muutos jälkikäteen.'))).rejects.toBeInstanceOf(RoundStateError);
    await expect(write(people.coordinator.actor, (ctx) => confirmStates(ctx, { ...at, entries: [{ ref: owner.ownRef, version: 2 }] }))).rejects.toBeInstanceOf(RoundStateError);
    expect((await entryOf(owner.ownRef)).text).toEqual({ fi: 'Valmis.' });

    await write(people.coordinator.actor, (ctx) => reopenRound(ctx, at));
    expect(await publicRounds()).toEqual(['2022-09']);
    const reopened = await store.orm.select().from(auditLog).where(and(eq(auditLog.action, 'round.reopen')));
    expect(reopened).toHaveLength(1);
    expect(reopened[0]?.actor).toBe(`user:${people.coordinator.userId}`);
    await save(owner.actor, owner.ownRef, entry('Korjattu.'));
  });

  it('refuses to close while a required language is missing from a saved text', async () => {
    await open(people.coordinator.actor, ['fi', 'sv']);
    const owner = people.action_owner;
    await save(owner.actor, owner.ownRef, entry('Valmis.'));
    const refused = await write(people.coordinator.actor, (ctx) => closeRound(ctx, at)).catch((error: unknown) => error);
    expect(refused).toMatchObject({ problem: 'missing_languages', refs: [owner.ownRef] });
    expect((await entryOf(owner.ownRef)).missingLanguages).toEqual(['sv']);
    await save(owner.actor, owner.ownRef, { text: { fi: 'Valmis.', sv: 'Klar.' }, state: 'done', trafficLight: 'green' });
    await write(people.coordinator.actor, (ctx) => closeRound(ctx, at));
    const round = await runRead(store, { actor: TEST_ACTOR, municipality: { slug: 'porvoo' } }, (ctx) => getRound(ctx, DEMO_PROGRAMME, ROUND));
    expect(round).toMatchObject({ status: 'closed', updatedCount: 1 });
  });

  describe('closing while an owner is saving', () => {
    /** A promise and its resolver: holds a transaction open until the test lets it go. */
    const gate = () => {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      return { held, release };
    };
    const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

    it('waits for a save in flight, which is then part of the closed round', async () => {
      await open();
      const owner = people.action_owner;
      const version = (await entryOf(owner.ownRef)).version;
      const { held, release } = gate();
      const saving = write(owner.actor, async (ctx) => {
        const saved = await saveEntry(ctx, { ...at, ref: owner.ownRef, version, entry: entry('Tallennettu ennen sulkemista.') });
        await held;
        return saved;
      });
      await later(100);
      const closing = write(people.coordinator.actor, (ctx) => closeRound(ctx, at));
      await later(100);
      release();
      await Promise.all([saving, closing]);
      const round = await runRead(store, { actor: TEST_ACTOR, municipality: { slug: 'porvoo' } }, (ctx) => getRound(ctx, DEMO_PROGRAMME, ROUND));
      expect(round.status).toBe('closed');
      const saved = await entryOf(owner.ownRef);
      expect(saved.text.fi).toBe('Tallennettu ennen sulkemista.');
      expect(saved.updatedAt!.getTime()).toBeLessThanOrEqual(round.closedAt!.getTime());
    });

    it('refuses a save that comes while the round is being closed, and writes nothing of it', async () => {
      await open();
      const owner = people.action_owner;
      const version = (await entryOf(owner.ownRef)).version;
      const { held, release } = gate();
      const closing = write(people.coordinator.actor, async (ctx) => {
        await closeRound(ctx, at);
        await held;
      });
      await later(100);
      const saving = write(owner.actor, (ctx) => saveEntry(ctx, { ...at, ref: owner.ownRef, version, entry: entry('Liian myöhään.') }))
        .catch((error: unknown) => error);
      await later(100);
      release();
      await closing;
      expect(await saving).toBeInstanceOf(RoundStateError);
      expect((await entryOf(owner.ownRef)).updatedAt).toBeNull();
    });
  });
});
