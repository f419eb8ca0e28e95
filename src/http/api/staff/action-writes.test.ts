/**
 * The staff API's action writes over HTTP, each through the workspace's use-case: create, edit the
 * owner and the goal, archive and put back, restore an earlier version, comment. Each is refused by
 * role (403, audited), for a stale or missing If-Match (412, 428) and for a bad field (422, named in
 * the caller's language), and writes the history and the audit log as the forms do.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionComments, auditLog, entityHistory } from '../../../db/schema.ts';
import type { Store } from '../../../services/context.ts';
import { backends, demoDatabase, writeIn } from '../../../../test/support/database.ts';
import { staffApiHarness, type StaffApiHarness } from '../../../../test/support/staff-api.ts';

const PROGRAMME = '/programmes/digi-2020-2023';

describe.each(backends)('the staff API: writing actions (%s)', (backend) => {
  let store: Store;
  let h: StaffApiHarness;
  let coordinator: Awaited<ReturnType<StaffApiHarness['tokenFor']>>;
  let viewer: Awaited<ReturnType<StaffApiHarness['tokenFor']>>;

  const audited = (action: string) => writeIn(store, 'porvoo', (ctx) =>
    ctx.tx.select({ actor: auditLog.actor, target: auditLog.target, details: auditLog.details }).from(auditLog).where(eq(auditLog.action, action)));

  beforeAll(async () => {
    store = await demoDatabase(backend);
    h = await staffApiHarness(store);
    coordinator = await h.tokenFor('coordinator');
    viewer = await h.tokenFor('viewer');
  });
  afterAll(async () => store?.close());

  it('creates an action in a section with the next reference, refusing a viewer, a bad field and an unknown section', async () => {
    const body = { section: 2, name: { fi: 'Uusi toimenpide', sv: 'Ny åtgärd' }, years: [2022], costClass: 'S' };
    const refused = await h.api(`${PROGRAMME}/actions`, viewer.token, { method: 'POST', body });
    expect(refused.status).toBe(403);
    await h.documented(refused, 'post', '/programmes/{programme}/actions');
    expect((await audited('permission.refused')).map((row) => row.actor)).toContain(`user:${viewer.userId}`);

    const invalid = await h.api(`${PROGRAMME}/actions`, coordinator.token, { method: 'POST', body: { ...body, name: {}, years: [1999] }, lang: 'fi' });
    expect(invalid.status).toBe(422);
    const problem = await h.documented(invalid, 'post', '/programmes/{programme}/actions');
    expect(problem.errors).toEqual([
      { field: 'name', problem: 'required', message: 'puuttuu' },
      { field: 'years.0', problem: 'invalid', message: 'ei kelpaa' },
    ]);
    expect(problem.detail).toBe('Kenttä "name": puuttuu. Kenttä "years.0": ei kelpaa.');
    const noSection = await h.api(`${PROGRAMME}/actions`, coordinator.token, { method: 'POST', body: { ...body, section: 99 }, lang: 'sv' });
    expect(noSection.status).toBe(422);
    expect((await noSection.json() as { detail: string }).detail).toBe('Fältet "section": hör inte till programmet.');

    const created = await h.api(`${PROGRAMME}/actions`, coordinator.token, { method: 'POST', body });
    expect(created.status).toBe(201);
    const action = await h.documented(created, 'post', '/programmes/{programme}/actions');
    expect(action).toMatchObject({ ref: expect.stringMatching(/^2\.\d+$/), name: body.name, years: [2022], costClass: 'S', archived: false, version: 1 });
    expect(created.headers.get('etag')).toBe('"1"');
    expect(created.headers.get('location')).toBe(`/api/v1/staff/porvoo/actions/${action.id as string}`);
    expect(await audited('action.create')).toContainEqual(expect.objectContaining({ actor: `user:${coordinator.userId}`, target: `action:${action.id as string}` }));
  });

  it("changes the owner (a person or a name), the goal and the competence; an owner may edit their action but not hand it on", async () => {
    const owner = await h.tokenFor('action_owner');
    const add = async (kind: string, body: unknown) =>
      ((await (await h.api(`${PROGRAMME}/structure/${kind}`, coordinator.token, { method: 'POST', body })).json()) as { id: string }).id;
    const goalId = await add('goal', { code: 'T1', name: { fi: 'Sujuvat palvelut' } });
    const competenceId = await add('competence', { code: 'O1', name: { fi: 'Tiedolla johtaminen' } });
    const list = await (await h.api(`${PROGRAMME}/actions`, coordinator.token)).json() as { actions: { id: string; version: number }[] };
    const { id, version } = list.actions[3]!;
    const path = `/actions/${id}`;

    const both = await h.api(path, coordinator.token, { method: 'PATCH', ifMatch: `"${version}"`, body: { ownerUserId: owner.userId, ownerName: 'Joku' }, lang: 'en' });
    expect(both.status).toBe(422);
    expect(await h.documented(both, 'patch', '/actions/{id}')).toMatchObject({ errors: [{ field: 'ownerName', problem: 'choose_one' }] });

    const assigned = await h.api(path, coordinator.token, {
      method: 'PATCH', ifMatch: `"${version}"`, body: { ownerUserId: owner.userId, ownerName: null, goalId, competenceId, level: 'shared_solution' },
    });
    expect(assigned.status).toBe(200);
    const saved = await h.documented(assigned, 'patch', '/actions/{id}');
    expect(saved).toMatchObject({ ownerUserId: owner.userId, ownerName: null, goalId, competenceId, level: 'shared_solution', version: version + 1 });

    // The owner edits their own action, but giving it to a name is the coordinator's decision.
    const own = await h.api(path, owner.token, { method: 'PATCH', ifMatch: `"${version + 1}"`, body: { benefits: ['renewal'] } });
    expect(own.status).toBe(200);
    const handOn = await h.api(path, owner.token, { method: 'PATCH', ifMatch: `"${version + 2}"`, body: { ownerUserId: null, ownerName: 'Joku muu' } });
    expect(handOn.status).toBe(403);
    const named = await h.api(path, coordinator.token, { method: 'PATCH', ifMatch: `"${version + 2}"`, body: { ownerUserId: null, ownerName: 'Joku muu' } });
    expect(await named.json()).toMatchObject({ ownerUserId: null, ownerName: 'Joku muu', benefits: ['renewal'] });

    const history = await writeIn(store, 'porvoo', (ctx) => ctx.tx.select({ version: entityHistory.version, actorId: entityHistory.actorId })
      .from(entityHistory).where(and(eq(entityHistory.entityId, id), eq(entityHistory.op, 'update'))));
    expect(history).toEqual(expect.arrayContaining([
      { version: version + 1, actorId: `user:${coordinator.userId}` }, { version: version + 2, actorId: `user:${owner.userId}` },
    ]));
  });

  it('archives an action and puts it back with If-Match, and restores an earlier version as a new one', async () => {
    const list = await (await h.api(`${PROGRAMME}/actions`, coordinator.token)).json() as { actions: { id: string; version: number; name: unknown }[] };
    const { id, version, name } = list.actions[5]!;
    const archive = (token: string, ifMatch?: string) => h.api(`/actions/${id}/archive`, token, { method: 'POST', ...(ifMatch ? { ifMatch } : {}) });

    const missing = await archive(coordinator.token);
    expect(missing.status).toBe(428);
    await h.documented(missing, 'post', '/actions/{id}/archive');
    expect((await archive(viewer.token, `"${version}"`)).status).toBe(403);
    const archived = await archive(coordinator.token, `"${version}"`);
    expect(archived.status).toBe(200);
    expect(await h.documented(archived, 'post', '/actions/{id}/archive')).toMatchObject({ archived: true, version: version + 1 });
    // The public list no longer has it.
    const open = await (await h.app.request('/api/v1/porvoo/programmes/digi-2020-2023/actions')).json() as { actions: { name: unknown }[] };
    expect(open.actions.map((action) => action.name)).not.toContainEqual(name);

    const stale = await h.api(`/actions/${id}/unarchive`, coordinator.token, { method: 'POST', ifMatch: `"${version}"`, lang: 'fi' });
    expect(stale.status).toBe(412);
    expect(stale.headers.get('etag')).toBe(`"${version + 1}"`);
    expect((await h.documented(stale, 'post', '/actions/{id}/unarchive')).detail)
      .toBe(`Kohde (toimenpide) on muuttunut versiosta ${version}: nyt versio ${version + 1}. Mitään ei tallennettu; lue se uudelleen ja tee muutos sen pohjalta.`);
    const back = await h.api(`/actions/${id}/unarchive`, coordinator.token, { method: 'POST', ifMatch: `"${version + 1}"` });
    expect(await h.documented(back, 'post', '/actions/{id}/unarchive')).toMatchObject({ archived: false, version: version + 2 });
    expect((await audited('action.archive')).map((row) => row.target)).toContain(`action:${id}`);

    const renamed = await h.api(`/actions/${id}`, coordinator.token, { method: 'PATCH', ifMatch: `"${version + 2}"`, body: { name: { fi: 'Väliaikainen' } } });
    expect(renamed.status).toBe(200);
    const restore = (body: unknown, ifMatch = `"${version + 3}"`) => h.api(`/actions/${id}/restore`, coordinator.token, { method: 'POST', ifMatch, body });
    expect((await restore({ restore: version }, `"${version}"`)).status).toBe(412);
    const invalid = await restore({ restore: 'first' });
    expect(invalid.status).toBe(422);
    expect(await h.documented(invalid, 'post', '/actions/{id}/restore')).toMatchObject({ errors: [{ field: 'restore', problem: 'invalid' }] });
    const restored = await restore({ restore: version });
    expect(await h.documented(restored, 'post', '/actions/{id}/restore')).toMatchObject({ name, version: version + 4, archived: false });
    expect((await audited('action.restore')).map((row) => row.target)).toContain(`action:${id}`);
  });

  it('lets the steering group and the coordinator comment on an action, not a viewer, and refuses an empty comment', async () => {
    const steering = await h.tokenFor('steering_member');
    const list = await (await h.api(`${PROGRAMME}/actions`, coordinator.token)).json() as { actions: { id: string }[] };
    const path = `/actions/${list.actions[0]!.id}/comments`;

    const added = await h.api(path, steering.token, { method: 'POST', body: { body: '  Hyvä eteneminen.  ' } });
    expect(added.status).toBe(201);
    expect(await h.documented(added, 'post', '/actions/{id}/comments')).toMatchObject({ body: 'Hyvä eteneminen.', authorName: 'Test steering_member' });
    expect((await h.api(path, viewer.token, { method: 'POST', body: { body: 'Minäkin.' } })).status).toBe(403);
    const empty = await h.api(path, steering.token, { method: 'POST', body: { body: ' ' }, lang: 'sv' });
    expect(empty.status).toBe(422);
    expect(await h.documented(empty, 'post', '/actions/{id}/comments')).toMatchObject({ errors: [{ field: 'body', message: 'saknas' }] });

    const read = await h.api(path, viewer.token);
    expect((await h.documented(read, 'get', '/actions/{id}/comments')).comments).toEqual([expect.objectContaining({ body: 'Hyvä eteneminen.' })]);
    const stored = await writeIn(store, 'porvoo', (ctx) => ctx.tx.select().from(actionComments));
    expect(stored).toHaveLength(1);
    expect((await audited('action.comment')).map((row) => row.actor)).toEqual([`user:${steering.userId}`]);
  });

  it('answers a body that is not JSON with a 400 problem, one not sent as JSON with a 415, never a 500', async () => {
    const list = await (await h.api(`${PROGRAMME}/actions`, coordinator.token)).json() as { actions: { id: string; version: number }[] };
    const broken = await h.api(`/actions/${list.actions[1]!.id}`, coordinator.token, { method: 'PATCH', ifMatch: `"${list.actions[1]!.version}"`, body: '{"name":' });
    expect(broken.status).toBe(400);
    expect(broken.headers.get('content-type')).toContain('application/problem+json');
    const plain = await h.app.request(`/api/v1/staff/porvoo${PROGRAMME}/actions`, {
      method: 'POST', headers: { authorization: `Bearer ${coordinator.token}`, 'content-type': 'text/plain', 'accept-language': 'fi' }, body: '{}',
    });
    expect(plain.status).toBe(415);
    expect(((await plain.json()) as { detail: string }).detail).toBe('Pyynnön runko ei ole kelvollista JSONia (Content-Type: application/json).');
  });
});
