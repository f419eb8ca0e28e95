/**
 * The staff API's programme structure writes over HTTP, through the workspace's structure use-cases:
 * the programme's name, period and cost code, and its goals, competences, sections and enablers, each
 * against its own version. Refused by role (403), for a stale or missing If-Match (412, 428) and for
 * bad fields (422, named in the caller's language); audited and kept in the history.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, entityHistory } from '../../../db/schema.ts';
import type { Store } from '../../../services/context.ts';
import { backends, demoDatabase, writeIn } from '../../../../test/support/database.ts';
import { staffApiHarness, type StaffApiHarness } from '../../../../test/support/staff-api.ts';

const STRUCTURE = '/programmes/digi-2020-2023/structure';
const DOC = '/programmes/{programme}/structure';

interface Structure {
  id: string;
  version: number;
  fields: { name: Record<string, string>; periodStart: number; periodEnd: number; costCode: string | null };
  sections: { id: string; version: number; fields: { name: Record<string, string> } }[];
}

describe.each(backends)('the staff API: programme structure (%s)', (backend) => {
  let store: Store;
  let h: StaffApiHarness;
  let coordinator: Awaited<ReturnType<StaffApiHarness['tokenFor']>>;
  let owner: Awaited<ReturnType<StaffApiHarness['tokenFor']>>;

  const audited = (action: string) => writeIn(store, 'porvoo', (ctx) =>
    ctx.tx.select({ actor: auditLog.actor, target: auditLog.target }).from(auditLog).where(eq(auditLog.action, action)));

  beforeAll(async () => {
    store = await demoDatabase(backend);
    h = await staffApiHarness(store);
    coordinator = await h.tokenFor('coordinator');
    owner = await h.tokenFor('action_owner');
  });
  afterAll(async () => store?.close());

  it("changes the programme's name, period and cost code with If-Match, for the coordinator only", async () => {
    const read = await h.api(STRUCTURE, owner.token);
    const before = (await h.documented(read, 'get', DOC)) as unknown as Structure;
    expect(read.headers.get('etag')).toBe(`"${before.version}"`);
    const fields = { name: { fi: 'Digiohjelma 2020–2023', sv: 'Digiprogram 2020–2023' }, periodStart: 2020, periodEnd: 2023, costCode: 'KP-1234' };
    const put = (token: string, body: unknown, ifMatch?: string, lang?: string) =>
      h.api(STRUCTURE, token, { method: 'PUT', body, ...(ifMatch ? { ifMatch } : {}), ...(lang ? { lang } : {}) });

    expect((await put(owner.token, fields, read.headers.get('etag')!)).status).toBe(403);
    const missing = await put(coordinator.token, fields);
    expect(missing.status).toBe(428);
    await h.documented(missing, 'put', DOC);
    const invalid = await put(coordinator.token, { ...fields, periodEnd: 2019 }, read.headers.get('etag')!, 'fi');
    expect(invalid.status).toBe(422);
    expect(await h.documented(invalid, 'put', DOC)).toMatchObject({ detail: 'Kenttä "periodEnd": ei kelpaa.', errors: [{ field: 'periodEnd', problem: 'invalid' }] });

    const saved = await put(coordinator.token, fields, read.headers.get('etag')!);
    expect(saved.status).toBe(200);
    expect(await h.documented(saved, 'put', DOC)).toMatchObject({ version: before.version + 1, fields });
    const stale = await put(coordinator.token, { ...fields, costCode: 'KP-9' }, read.headers.get('etag')!);
    expect(stale.status).toBe(412);
    expect(stale.headers.get('etag')).toBe(`"${before.version + 1}"`);
    await h.documented(stale, 'put', DOC);

    expect((await audited('programme.update')).map((row) => row.actor)).toEqual([`user:${coordinator.userId}`]);
    const history = await writeIn(store, 'porvoo', (ctx) => ctx.tx.select({ after: entityHistory.after })
      .from(entityHistory).where(and(eq(entityHistory.entityId, before.id), eq(entityHistory.version, before.version + 1))));
    expect(history[0]!.after).toMatchObject({ cost_code: 'KP-1234' });
  });

  it('adds goals, competences and enablers and changes a section with If-Match, refusing a code already taken', async () => {
    const add = (kind: string, body: unknown, token = coordinator.token) => h.api(`${STRUCTURE}/${kind}`, token, { method: 'POST', body });
    expect((await add('goal', { code: 'T1', name: { fi: 'Sujuvat palvelut' } }, owner.token)).status).toBe(403);
    const goal = await add('goal', { code: 'T1', kind: 'theme', name: { fi: 'Sujuvat palvelut', sv: 'Smidiga tjänster' } });
    expect(goal.status).toBe(201);
    const created = await h.documented(goal, 'post', `${DOC}/{kind}`);
    expect(created).toMatchObject({ kind: 'goal', version: 1, fields: { code: 'T1', kind: 'theme', name: { fi: 'Sujuvat palvelut', sv: 'Smidiga tjänster' } } });
    expect(goal.headers.get('location')).toBe(`/api/v1/staff/porvoo${STRUCTURE}/goal/${created.id as string}`);

    const taken = await add('goal', { code: 'T1', name: { fi: 'Toinen' } }, coordinator.token);
    expect(await h.documented(taken, 'post', `${DOC}/{kind}`)).toMatchObject({ status: 422, errors: [{ field: 'code', problem: 'taken' }] });
    const nameless = await h.api(`${STRUCTURE}/competence`, coordinator.token, { method: 'POST', body: { code: 'O1', name: {} }, lang: 'sv' });
    expect(await h.documented(nameless, 'post', `${DOC}/{kind}`)).toMatchObject({ status: 422, detail: 'Fältet "name": saknas.' });
    const enabler = await add('enabler', { name: { fi: 'Osaaminen' }, measures: { fi: ['Koulutus', ''] }, metrics: { fi: ['Koulutetut'] } });
    expect(await h.documented(enabler, 'post', `${DOC}/{kind}`)).toMatchObject({ fields: { measures: { fi: ['Koulutus'] }, metrics: { fi: ['Koulutetut'] } } });
    expect((await h.api(`${STRUCTURE}/chapter`, coordinator.token, { method: 'POST', body: { name: { fi: 'Luku' } } })).status).toBe(400);

    const { sections } = (await (await h.api(STRUCTURE, coordinator.token)).json()) as Structure;
    const section = sections[0]!;
    const path = `${STRUCTURE}/section/${section.id}`;
    const body = { name: { fi: 'Johtaminen ja hallinto', sv: 'Ledning och förvaltning' } };
    expect((await h.api(path, coordinator.token, { method: 'PUT', body })).status).toBe(428);
    expect((await h.api(path, owner.token, { method: 'PUT', body, ifMatch: `"${section.version}"` })).status).toBe(403);
    const saved = await h.api(path, coordinator.token, { method: 'PUT', body, ifMatch: `"${section.version}"` });
    expect(await h.documented(saved, 'put', `${DOC}/{kind}/{id}`)).toMatchObject({ version: section.version + 1, fields: body });
    const stale = await h.api(path, coordinator.token, { method: 'PUT', body: { name: { fi: 'Vanha' } }, ifMatch: `"${section.version}"` });
    expect(stale.status).toBe(412);
    await h.documented(stale, 'put', `${DOC}/{kind}/{id}`);
    const elsewhere = await h.api(`${STRUCTURE}/goal/${section.id}`, coordinator.token, { method: 'PUT', body: { code: 'X', name: { fi: 'X' } }, ifMatch: '"1"' });
    expect(elsewhere.status).toBe(404);
    expect(((await elsewhere.json()) as { detail: string }).detail).toBe(`There is no goal "${section.id}".`);

    expect((await audited('goal.create')).map((row) => row.target)).toEqual([`goal:${created.id as string}`]);
    expect((await audited('section.update')).map((row) => row.target)).toEqual([`section:${section.id}`]);
  });
});
