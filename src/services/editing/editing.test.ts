/** Editing actions and the programme's structure, as each role, on both databases. */
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, entityHistory } from '../../db/schema.ts';
import type { Actor, Role } from '../../domain/actor.ts';
import { ConflictError, ForbiddenError, InvalidInputError } from '../../domain/errors.ts';
import { backends, demoDatabase, readIn } from '../../../test/support/database.ts';
import { createPerson } from '../../../test/support/staff.ts';
import { listActions } from '../actions.ts';
import { runRead, runWrite, type Store, type WriteCtx } from '../context.ts';
import { findProgramme } from '../programmes.ts';
import { createAction, getEditableAction, listProgrammeActions, setActionArchived, updateAction, type ActionFields } from './actions.ts';
import { addComment, listComments } from './comments.ts';
import { actionHistory, restoreActionVersion } from './history.ts';
import { getProgrammeStructure, saveStructureItem, updateProgramme } from './structure.ts';
import { listUntranslated } from './untranslated.ts';
import type { EditConflict } from './versioned.ts';

const PROGRAMME = 'digi-2020-2023';

describe.each(backends)('editing the programme (%s)', (backend) => {
  let store: Store;
  let municipalityId: string;
  let programmeId: string;
  const people = {} as Record<Role, { userId: string }>;
  let otherOwner: { userId: string };
  const actorOf = (role: Role, userId = people[role].userId): Actor => ({ kind: 'staff', userId, roles: new Map([[municipalityId, [role]]]) });
  const as = <T>(actor: Actor, work: (ctx: WriteCtx) => Promise<T>) => runWrite(store, { actor, municipality: { slug: 'porvoo' } }, work);
  const idOf = async (ref: string) => (await readIn(store, 'porvoo', (ctx) => listProgrammeActions(ctx, programmeId))).find((a) => a.ref === ref)!.id;
  const editable = (id: string) => readIn(store, 'porvoo', (ctx) => getEditableAction(ctx, id));
  const withName = (fields: ActionFields, fi: string): ActionFields => ({ ...fields, name: { ...fields.name, fi } });

  beforeAll(async () => {
    store = await demoDatabase(backend);
    const programme = (await readIn(store, 'porvoo', (ctx) => findProgramme(ctx, PROGRAMME)))!;
    municipalityId = programme.municipalityId;
    programmeId = programme.id;
    for (const role of ['administrator', 'coordinator', 'action_owner', 'steering_member', 'viewer'] as const) {
      people[role] = await createPerson(store, 'porvoo', role, { name: `Test ${role}` });
    }
    otherOwner = await createPerson(store, 'porvoo', 'action_owner', { name: 'Other owner' });
  });
  afterAll(async () => store?.close());

  it('saves every field of an action in three languages, audits it and keeps it off the public site', async () => {
    const id = await idOf('1.1');
    const before = await editable(id);
    const goalId = await as(actorOf('coordinator'), (ctx) =>
      saveStructureItem(ctx, { kind: 'goal', programmeSlug: PROGRAMME, fields: { code: 'A', name: { fi: 'Palvella kuntalaisia', sv: 'Betjäna invånarna' } } }));
    const fields = {
      name: { fi: ' Palautteet kartalla ', sv: 'Respons på kartan', en: '' }, years: [2021, 2020, 2021],
      ownerUserId: people.action_owner.userId, ownerName: '', sector: { fi: 'Kaupunkikehitys' },
      partnerMunicipalities: ['Loviisa', ' ', 'Sipoo'], coFunded: true, coFundedPart: { fi: 'Karttapalvelu' },
      goalId, competenceId: null, level: 'shared_solution', statutory: false, benefits: ['sustainability', 'renewal', 'renewal'],
      beneficiaries: ['residents'], costClass: 'M', impactClass: 'L', developmentModel: 'network',
    };
    const saved = await as(actorOf('coordinator'), (ctx) => updateAction(ctx, { id, version: before.version, fields }));
    expect(saved.version).toBe(before.version + 1);
    expect(saved.fields).toMatchObject({
      name: { fi: 'Palautteet kartalla', sv: 'Respons på kartan' }, years: [2020, 2021], ownerName: null,
      partnerMunicipalities: ['Loviisa', 'Sipoo'], benefits: ['renewal', 'sustainability'], goalId,
    });
    expect(saved.fields.name).not.toHaveProperty('en');
    const [audit] = await store.orm.select().from(auditLog).where(and(eq(auditLog.action, 'action.update'), eq(auditLog.target, `action:${id}`)));
    expect(audit?.actor).toBe(`user:${people.coordinator.userId}`);
    expect(audit?.details).toMatchObject({ ref: '1.1', fields: expect.arrayContaining(['name', 'years', 'ownerUserId', 'goalId']) });
    // The owner is personal data: the public detail has no field for it, and the name shows in Swedish.
    const programme = (await runRead(store, { actor: { kind: 'public' }, municipality: { slug: 'porvoo' } }, (ctx) => findProgramme(ctx, PROGRAMME)))!;
    const listed = await runRead(store, { actor: { kind: 'public' }, municipality: { slug: 'porvoo' } }, (ctx) => listActions(ctx, programme, { lang: 'sv' }));
    expect(listed.find((a) => a.ref === '1.1')?.name.sv).toBe('Respons på kartan');
  });

  it('names every bad field with its problem, and writes nothing', async () => {
    const id = await idOf('1.2');
    const { version, fields } = await editable(id);
    const bad = { ...fields, name: { fi: ' ' }, years: [2019], ownerUserId: people.viewer.userId, ownerName: 'Someone', coFunded: false,
      coFundedPart: { sv: 'del' }, level: 'galactic' };
    const refused = await as(actorOf('coordinator'), (ctx) => updateAction(ctx, { id, version, fields: bad })).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(InvalidInputError);
    expect((refused as InvalidInputError).issues).toEqual(expect.arrayContaining([
      { field: 'name', problem: 'required' }, { field: 'level', problem: 'invalid' },
    ]));
    const second = await as(actorOf('coordinator'), (ctx) => updateAction(ctx, { id, version, fields: { ...bad, name: fields.name, level: null } }))
      .catch((error: unknown) => error);
    expect((second as InvalidInputError).issues).toEqual([
      { field: 'years', problem: 'out_of_period' }, { field: 'ownerName', problem: 'choose_one' }, { field: 'coFundedPart', problem: 'needs_cofunding' },
    ]);
    const stranger = await as(actorOf('coordinator'), (ctx) =>
      updateAction(ctx, { id, version, fields: { ...fields, ownerUserId: '00000000-0000-4000-8000-000000000000' } })).catch((error: unknown) => error);
    expect((stranger as InvalidInputError).issues).toEqual([{ field: 'ownerUserId', problem: 'not_member' }]);
    expect((await editable(id)).version).toBe(version);
  });

  it('refuses the second of two sessions that opened the same version, and loses nothing', async () => {
    const id = await idOf('1.3');
    const opened = await editable(id);
    const first = await as(actorOf('coordinator'), (ctx) => updateAction(ctx, { id, version: opened.version, fields: { ...opened.fields, sector: { fi: 'Tekninen' } } }));
    const yours = withName(opened.fields, 'Toisen istunnon nimi');
    const refused = await as(actorOf('coordinator'), (ctx) => updateAction(ctx, { id, version: opened.version, fields: yours }))
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ConflictError);
    const conflict = (refused as ConflictError<EditConflict<ActionFields>>).current;
    expect(conflict).toMatchObject({ yourVersion: opened.version, currentVersion: first.version });
    expect(conflict.fields).toEqual([
      { field: 'name', base: opened.fields.name, yours: yours.name, theirs: opened.fields.name, changedByYou: true, changedByThem: false },
      { field: 'sector', base: {}, yours: {}, theirs: { fi: 'Tekninen' }, changedByYou: false, changedByThem: true },
    ]);
    const now = await editable(id);
    expect(now.version).toBe(first.version);
    expect(now.fields.sector).toEqual({ fi: 'Tekninen' });
    expect(now.fields.name).toEqual(opened.fields.name);
  });

  it('lets exactly one of two simultaneous saves of the same version through', async () => {
    const id = await idOf('1.4');
    const opened = await editable(id);
    const results = await Promise.allSettled(['Yksi', 'Kaksi'].map((name) =>
      as(actorOf('coordinator'), (ctx) => updateAction(ctx, { id, version: opened.version, fields: withName(opened.fields, name) }))));
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((result) => result.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(ConflictError);
    const winner = (results.find((result) => result.status === 'fulfilled') as PromiseFulfilledResult<{ fields: ActionFields }>).value;
    expect((await editable(id)).fields.name).toEqual(winner.fields.name);
  });

  it('leaves nothing half-written when a save fails between its steps', async () => {
    const id = await idOf('1.5');
    const opened = await editable(id);
    const historyBefore = await store.orm.select().from(entityHistory).where(eq(entityHistory.entityId, id));
    const failed = await as(actorOf('coordinator'), async (ctx) => {
      await updateAction(ctx, { id, version: opened.version, fields: withName(opened.fields, 'Puoliksi tallennettu') });
      await ctx.tx.execute(sql`select 1 / 0`);
    }).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(Error);
    expect(await editable(id)).toMatchObject({ version: opened.version, fields: { name: opened.fields.name } });
    expect(await store.orm.select().from(entityHistory).where(eq(entityHistory.entityId, id))).toHaveLength(historyBefore.length);
    expect(await store.orm.select().from(auditLog).where(eq(auditLog.target, `action:${id}`))).toEqual([]);
  });

  it('shows who changed what, and restores an earlier version as a new one', async () => {
    const id = await idOf('2.1');
    const original = await editable(id);
    const renamed = await as(actorOf('coordinator'), (ctx) => updateAction(ctx, { id, version: original.version, fields: withName(original.fields, 'Uusi nimi') }));
    const restored = await as(actorOf('coordinator'), (ctx) => restoreActionVersion(ctx, { id, restore: original.version, version: renamed.version }));
    expect(restored.version).toBe(renamed.version + 1);
    expect(restored.fields.name).toEqual(original.fields.name);
    const history = await readIn(store, 'porvoo', (ctx) => actionHistory(ctx, id));
    expect(history.map((entry) => entry.version)).toEqual([restored.version, renamed.version, original.version]);
    expect(history[1]).toMatchObject({
      op: 'update', actorName: 'Test coordinator', changes: [{ field: 'name', before: original.fields.name, after: { fi: 'Uusi nimi' } }],
    });
    expect(history[0]!.changes).toEqual([{ field: 'name', before: { fi: 'Uusi nimi' }, after: original.fields.name }]);
    expect(history[2]).toMatchObject({ op: 'insert', actorId: 'test' });
    const stale = await as(actorOf('coordinator'), (ctx) => restoreActionVersion(ctx, { id, restore: original.version, version: renamed.version }))
      .catch((error: unknown) => error);
    expect(stale).toBeInstanceOf(ConflictError);
  });

  it('creates an action with the section\'s next reference and archives it off the public site', async () => {
    const created = await as(actorOf('coordinator'), (ctx) =>
      createAction(ctx, { programmeId, section: 2, fields: { name: { fi: 'Uusi toimenpide', sv: 'Ny åtgärd' }, years: [2023] } }));
    expect(created).toMatchObject({ ref: '2.7', version: 1, sectionPosition: 2 });
    const publicList = async () => {
      const scope = { actor: { kind: 'public' } as Actor, municipality: { slug: 'porvoo' } };
      const programme = (await runRead(store, scope, (ctx) => findProgramme(ctx, PROGRAMME)))!;
      return { programme, refs: (await runRead(store, scope, (ctx) => listActions(ctx, programme, { lang: 'fi' }))).map((a) => a.ref) };
    };
    const shown = await publicList();
    expect(shown.refs).toContain('2.7');
    await as(actorOf('coordinator'), (ctx) => setActionArchived(ctx, { id: created.id, version: created.version, archived: true }));
    const hidden = await publicList();
    expect(hidden.refs).not.toContain('2.7');
    expect(hidden.programme.actionCount).toBe(shown.programme.actionCount - 1);
    expect((await readIn(store, 'porvoo', (ctx) => listProgrammeActions(ctx, programmeId))).find((a) => a.ref === '2.7')?.archived).toBe(true);
  });

  it('lets an owner edit only their own action, and not hand it to someone else', async () => {
    const own = await idOf('3.1');
    const opened = await editable(own);
    const assigned = await as(actorOf('coordinator'), (ctx) =>
      updateAction(ctx, { id: own, version: opened.version, fields: { ...opened.fields, ownerUserId: people.action_owner.userId } }));
    const mine = await as(actorOf('action_owner'), (ctx) =>
      updateAction(ctx, { id: own, version: assigned.version, fields: { ...assigned.fields, sector: { sv: 'Bildning' } } }));
    expect(mine.fields.sector).toEqual({ sv: 'Bildning' });
    const giveAway = await as(actorOf('action_owner'), (ctx) =>
      updateAction(ctx, { id: own, version: mine.version, fields: { ...mine.fields, ownerUserId: otherOwner.userId } })).catch((error: unknown) => error);
    expect(giveAway).toBeInstanceOf(ForbiddenError);
    const foreign = await as(actorOf('action_owner', otherOwner.userId), (ctx) =>
      updateAction(ctx, { id: own, version: mine.version, fields: mine.fields })).catch((error: unknown) => error);
    expect(foreign).toBeInstanceOf(ForbiddenError);
  });

  // Every role against every write, compared with the permissions table's intent. Ids are looked up
  // before: a second transaction inside a running one waits forever on PGlite.
  const ids: Record<string, string> = {};
  const operations: Record<string, (ctx: WriteCtx) => Promise<unknown>> = {
    'edit an action': async (ctx: WriteCtx) => {
      const id = ids['4.1']!;
      const { version, fields } = await getEditableAction(ctx, id);
      await updateAction(ctx, { id, version, fields: withName(fields, `Nimi ${version}`) });
    },
    'create an action': (ctx: WriteCtx) => createAction(ctx, { programmeId, section: 4, fields: { name: { fi: 'Roolitesti' } } }),
    'archive an action': async (ctx: WriteCtx) => {
      const id = ids['4.2']!;
      const { version, archivedAt } = await getEditableAction(ctx, id);
      await setActionArchived(ctx, { id, version, archived: archivedAt === null });
    },
    'restore a version': async (ctx: WriteCtx) => {
      const id = ids['4.3']!;
      await restoreActionVersion(ctx, { id, restore: 1, version: (await getEditableAction(ctx, id)).version });
    },
    comment: async (ctx: WriteCtx) => addComment(ctx, { actionId: ids['4.4']!, body: 'Hyvä eteneminen' }),
    'edit the programme': async (ctx: WriteCtx) => {
      const structure = await getProgrammeStructure(ctx, PROGRAMME);
      await updateProgramme(ctx, { slug: PROGRAMME, version: structure.version, fields: { ...structure.fields, costCode: `1111 Digi ${structure.version}` } });
    },
    'add a competence': (ctx: WriteCtx) => saveStructureItem(ctx, { kind: 'competence', programmeSlug: PROGRAMME, fields: { code: `K${Date.now() % 100000}`, name: { fi: 'Osaaminen' } } }),
  };
  const allowed: Record<string, Role[]> = {
    'edit an action': ['coordinator'], 'create an action': ['coordinator'], 'archive an action': ['coordinator'], 'restore a version': ['coordinator'],
    comment: ['coordinator', 'steering_member'], 'edit the programme': ['coordinator'], 'add a competence': ['coordinator'],
  };
  it.each(Object.keys(operations))('%s: only the roles the table names may', async (operation) => {
    for (const ref of ['4.1', '4.2', '4.3', '4.4']) ids[ref] ??= await idOf(ref);
    for (const role of ['administrator', 'coordinator', 'action_owner', 'steering_member', 'viewer'] as const) {
      const outcome = await as(actorOf(role), operations[operation]!).then(() => 'done', (error: unknown) => error instanceof ForbiddenError ? 'refused' : error);
      expect({ role, outcome }).toEqual({ role, outcome: allowed[operation]!.includes(role) ? 'done' : 'refused' });
    }
  });

  it('keeps staff comments with the action, by author', async () => {
    const id = await idOf('5.1');
    await as(actorOf('steering_member'), (ctx) => addComment(ctx, { actionId: id, body: '  Aikataulu huolestuttaa.  ' }));
    const empty = await as(actorOf('steering_member'), (ctx) => addComment(ctx, { actionId: id, body: ' ' })).catch((error: unknown) => error);
    expect((empty as InvalidInputError).issues).toEqual([{ field: 'body', problem: 'required' }]);
    expect(await readIn(store, 'porvoo', (ctx) => listComments(ctx, id))).toMatchObject([{ authorName: 'Test steering_member', body: 'Aikataulu huolestuttaa.' }]);
  });

  it('refuses a stale structure edit with both versions, and a goal code already taken', async () => {
    const structure = await readIn(store, 'porvoo', (ctx) => getProgrammeStructure(ctx, PROGRAMME));
    await as(actorOf('coordinator'), (ctx) => updateProgramme(ctx, { slug: PROGRAMME, version: structure.version, fields: { ...structure.fields, name: { fi: 'Digiohjelma' } } }));
    const stale = await as(actorOf('coordinator'), (ctx) =>
      updateProgramme(ctx, { slug: PROGRAMME, version: structure.version, fields: { ...structure.fields, costCode: '1111' } })).catch((error: unknown) => error);
    expect((stale as ConflictError<EditConflict<unknown>>).current.fields.map((field) => field.field)).toEqual(['name', 'costCode']);
    const reversed = await as(actorOf('coordinator'), (ctx) =>
      updateProgramme(ctx, { slug: PROGRAMME, version: structure.version + 1, fields: { ...structure.fields, periodEnd: 2019 } })).catch((error: unknown) => error);
    expect((reversed as InvalidInputError).issues).toEqual([{ field: 'periodEnd', problem: 'invalid' }]);
    await as(actorOf('coordinator'), (ctx) => saveStructureItem(ctx, { kind: 'goal', programmeSlug: PROGRAMME, fields: { code: 'B', name: { fi: 'B' } } }));
    const taken = await as(actorOf('coordinator'), (ctx) =>
      saveStructureItem(ctx, { kind: 'goal', programmeSlug: PROGRAMME, fields: { code: 'B', name: { fi: 'Toinen B' } } })).catch((error: unknown) => error);
    expect((taken as InvalidInputError).issues).toEqual([{ field: 'code', problem: 'taken' }]);
  });

  it('lists everything untranslated per language, and forgets what gets translated', async () => {
    const id = await idOf('6.1');
    const missingSv = async () => (await readIn(store, 'porvoo', (ctx) => listUntranslated(ctx, PROGRAMME))).find((entry) => entry.lang === 'sv')!.items;
    const before = await missingSv();
    expect(before).toContainEqual(expect.objectContaining({ kind: 'action', id, label: '6.1', field: 'name' }));
    expect(before.some((item) => item.kind === 'enabler')).toBe(true);
    const { version, fields } = await editable(id);
    await as(actorOf('coordinator'), (ctx) => updateAction(ctx, { id, version, fields: { ...fields, name: { ...fields.name, sv: 'Översatt' } } }));
    expect((await missingSv()).some((item) => item.id === id)).toBe(false);
  });
});
