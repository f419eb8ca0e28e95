/**
 * The staff API's use-cases on both databases: every role against reading and editing an action,
 * optimistic concurrency (two saves from one version: the second is refused, nothing lost), nothing
 * written by a refused or invalid edit, and personal API tokens (found only for their own
 * municipality while live; a person revokes only their own).
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actions, apiTokens, auditLog, entityHistory, users } from '../../db/schema.ts';
import type { Actor, Role } from '../../domain/actor.ts';
import { ROLES } from '../../domain/actor.ts';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '../../domain/errors.ts';
import { can } from '../../domain/permissions.ts';
import { backends, demoDatabase, readIn, writeIn } from '../../../test/support/database.ts';
import { createPerson } from '../../../test/support/staff.ts';
import { runRead, runWrite, type Store } from '../context.ts';
import { createMunicipality } from '../municipalities.ts';
import { editActionFields, getEditableAction } from './actions.ts';
import { createApiToken, findTokenHolder, listOwnApiTokens, revokeApiToken } from './tokens.ts';

describe.each(backends)('the staff API use-cases (%s)', (backend) => {
  let store: Store;
  let porvooId: string;
  let actionId: string;
  const people = new Map<Role, Actor>();
  const AUTH: Actor = { kind: 'system', name: 'auth' };

  const as = (role: Role) => ({ actor: people.get(role)!, municipality: { slug: 'porvoo' } });
  const version = () => readIn(store, 'porvoo', async (ctx) => (await getEditableAction(ctx, actionId)).version);
  const counts = () => readIn(store, 'porvoo', async (ctx) => ({
    history: await ctx.tx.$count(entityHistory, eq(entityHistory.entityId, actionId)),
    audit: await ctx.tx.$count(auditLog, eq(auditLog.target, `action:${actionId}`)),
  }));

  beforeAll(async () => {
    store = await demoDatabase(backend);
    for (const role of ROLES) {
      const { userId } = await createPerson(store, 'porvoo', role);
      porvooId ??= (await readIn(store, 'porvoo', async (ctx) => ctx.municipality!.id));
      people.set(role, { kind: 'staff', userId, roles: new Map([[porvooId, [role]]]) });
    }
    actionId = await writeIn(store, 'porvoo', async (ctx) => {
      const [row] = await ctx.tx.select({ id: actions.id }).from(actions).where(eq(actions.ref, '2.1'));
      const owner = people.get('action_owner')!;
      await ctx.tx.update(actions).set({ ownerUserId: owner.kind === 'staff' ? owner.userId : null }).where(eq(actions.id, row!.id));
      return row!.id;
    });
  });
  afterAll(async () => store?.close());

  it.each(ROLES)('lets the %s read and edit the action exactly as the permissions table says', async (role) => {
    const read = await runRead(store, as(role), (ctx) => getEditableAction(ctx, actionId));
    expect(read.id).toBe(actionId);
    const mayEdit = can(people.get(role)!, 'action.edit', porvooId, { actionOwnerId: read.ownerUserId });
    expect(mayEdit).toBe(role === 'coordinator' || role === 'action_owner');
    const edit = runWrite(store, as(role), (ctx) => editActionFields(ctx, actionId, read.version, { statutory: role === 'coordinator' }));
    if (mayEdit) await expect(edit).resolves.toMatchObject({ version: read.version + 1 });
    else await expect(edit).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('refuses anyone without a role in the municipality, and an action of another municipality is not found', async () => {
    const stranger: Actor = { kind: 'staff', userId: (people.get('viewer') as { userId: string }).userId, roles: new Map() };
    await expect(runRead(store, { actor: stranger, municipality: { slug: 'porvoo' } }, (ctx) => getEditableAction(ctx, actionId)))
      .rejects.toBeInstanceOf(ForbiddenError);
    await writeIn(store, null, (ctx) => createMunicipality(ctx, { slug: 'lovisa', code: '434', name: { sv: 'Lovisa' }, languages: ['sv'] }));
    await expect(readIn(store, 'lovisa', (ctx) => getEditableAction(ctx, actionId))).rejects.toBeInstanceOf(NotFoundError);
  });

  it('refuses the second of two saves from the same version, keeping the first, and shows the current one', async () => {
    const from = await version();
    const saves = await Promise.allSettled([
      runWrite(store, as('coordinator'), (ctx) => editActionFields(ctx, actionId, from, { sector: { fi: 'Yksi' } })),
      runWrite(store, as('action_owner'), (ctx) => editActionFields(ctx, actionId, from, { sector: { fi: 'Kaksi' } })),
    ]);
    const done = saves.filter((save) => save.status === 'fulfilled');
    const refused = saves.filter((save): save is PromiseRejectedResult => save.status === 'rejected');
    expect(done).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(refused[0]!.reason).toBeInstanceOf(ConflictError);
    // The workspace's conflict: what was sent against what is stored, field by field.
    const conflict = refused[0]!.reason as ConflictError<{ yourVersion: number; fields: { field: string }[] }>;
    expect(conflict.current.yourVersion).toBe(from);
    expect(conflict.current.fields.map((field) => field.field)).toContain('sector');
    const now = await readIn(store, 'porvoo', (ctx) => getEditableAction(ctx, actionId));
    expect(now.version).toBe(from + 1);
    expect(now.sector).toEqual((done[0] as PromiseFulfilledResult<{ sector: unknown }>).value.sector);
  });

  it('writes nothing for an invalid, a stale or a refused edit', async () => {
    const before = await counts();
    const from = await version();
    await expect(runWrite(store, as('coordinator'), (ctx) => editActionFields(ctx, actionId, from, { name: {}, years: [1066] })))
      .rejects.toSatisfy((error) => error instanceof InvalidInputError && error.issues.map((i) => i.field).join() === 'name,years.0');
    await expect(runWrite(store, as('coordinator'), (ctx) => editActionFields(ctx, actionId, from - 1, { statutory: false })))
      .rejects.toBeInstanceOf(ConflictError);
    await expect(runWrite(store, as('viewer'), (ctx) => editActionFields(ctx, actionId, from, { statutory: false })))
      .rejects.toBeInstanceOf(ForbiddenError);
    expect(await counts()).toEqual(before);
    expect(await version()).toBe(from);
  });

  it('finds a token only for its own municipality while it is live, and lets only its person revoke it', async () => {
    const viewer = as('viewer');
    const { id, token } = await runWrite(store, viewer, (ctx) => createApiToken(ctx, { name: 'Raportit' }));
    const lovisaId = await readIn(store, 'lovisa', async (ctx) => ctx.municipality!.id);
    const holder = (municipalityId: string) => runRead(store, { actor: AUTH, platform: true }, (ctx) => findTokenHolder(ctx, token, municipalityId));
    expect(await holder(porvooId)).toMatchObject({ tokenId: id, municipalityId: porvooId });
    expect(await holder(lovisaId)).toBeNull();

    // Another person's token is not theirs to list or revoke.
    expect(await runRead(store, as('coordinator'), (ctx) => listOwnApiTokens(ctx))).toEqual([]);
    await expect(runWrite(store, as('coordinator'), (ctx) => revokeApiToken(ctx, id))).rejects.toBeInstanceOf(NotFoundError);
    expect(await holder(porvooId)).not.toBeNull();

    // A disabled person's tokens stop working; so does a revoked token.
    const userId = (viewer.actor as { userId: string }).userId;
    await writeIn(store, null, (ctx) => ctx.tx.update(users).set({ disabledAt: new Date() }).where(eq(users.id, userId)));
    expect(await holder(porvooId)).toBeNull();
    await writeIn(store, null, (ctx) => ctx.tx.update(users).set({ disabledAt: null }).where(eq(users.id, userId)));
    await runWrite(store, viewer, (ctx) => revokeApiToken(ctx, id));
    expect(await holder(porvooId)).toBeNull();
    expect((await runRead(store, viewer, (ctx) => listOwnApiTokens(ctx)))[0]!.revokedAt).not.toBeNull();
    await expect(runWrite(store, viewer, (ctx) => createApiToken(ctx, { name: ' ' }))).rejects.toBeInstanceOf(InvalidInputError);
  });
  it('gives a token a last day when asked, refusing a date that is not one or has passed, and finds it expired after it', async () => {
    const viewer = as('viewer');
    const refused = (expiresOn: string) => runWrite(store, viewer, (ctx) => createApiToken(ctx, { name: 'Lyhyt', expiresOn }));
    await expect(refused('2027-13-01')).rejects.toSatisfy((error) => error instanceof InvalidInputError && error.issues[0]!.problem === 'invalid');
    await expect(refused('2021-06-30')).rejects.toSatisfy((error) => error instanceof InvalidInputError
      && JSON.stringify(error.issues) === JSON.stringify([{ field: 'expiresOn', problem: 'past' }]));

    const { id, token } = await runWrite(store, viewer, (ctx) => createApiToken(ctx, { name: 'Lyhyt', expiresOn: '2099-06-30' }));
    const holder = () => runRead(store, { actor: AUTH, platform: true }, (ctx) => findTokenHolder(ctx, token, porvooId));
    // Through the last day, Finnish summer time (UTC+3).
    expect(await holder()).toMatchObject({ expired: false, expiresAt: new Date('2099-06-30T21:00:00Z') });
    await writeIn(store, 'porvoo', (ctx) => ctx.tx.update(apiTokens).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(apiTokens.id, id)));
    expect(await holder()).toMatchObject({ expired: true });
    expect((await runRead(store, viewer, (ctx) => listOwnApiTokens(ctx))).find((listed) => listed.id === id)).toMatchObject({ expired: true });
    const audit = await readIn(store, 'porvoo', (ctx) => ctx.tx.select({ details: auditLog.details }).from(auditLog).where(eq(auditLog.target, `api_token:${id}`)));
    expect(audit).toEqual([{ details: { name: 'Lyhyt', expiresOn: '2099-06-30' } }]);
  });
});
