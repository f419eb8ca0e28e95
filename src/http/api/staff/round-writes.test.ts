/**
 * The staff API's round writes over HTTP, each through the workspace's round use-case: open a round
 * (label per language, deadline, required languages), confirm inferred states (one, or all), remind
 * the late owners, close and reopen it with If-Match on the round. Refused by role (403), for a stale
 * or missing If-Match (412, 428), for bad fields (422, named in the caller's language) and for the
 * round's state (409).
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, outbox } from '../../../db/schema.ts';
import type { Store } from '../../../services/context.ts';
import { backends, demoDatabase, writeIn } from '../../../../test/support/database.ts';
import { staffApiHarness, type StaffApiHarness } from '../../../../test/support/staff-api.ts';

const ROUNDS = '/programmes/digi-2020-2023/rounds';
const ROUND = `${ROUNDS}/2026-03`;
const DOC = '/programmes/{programme}/rounds/{round}';

describe.each(backends)('the staff API: running a round (%s)', (backend) => {
  let store: Store;
  let h: StaffApiHarness;
  let coordinator: Awaited<ReturnType<StaffApiHarness['tokenFor']>>;
  let owner: Awaited<ReturnType<StaffApiHarness['tokenFor']>>;
  let viewer: Awaited<ReturnType<StaffApiHarness['tokenFor']>>;

  const audited = (action: string) => writeIn(store, 'porvoo', (ctx) =>
    ctx.tx.select({ actor: auditLog.actor, details: auditLog.details }).from(auditLog).where(eq(auditLog.action, action)));
  const entry = async (ref: string) => {
    const response = await h.api(`${ROUND}/entries/${ref}`, coordinator.token);
    return { etag: response.headers.get('etag')!, body: (await response.json()) as { version: number; stateInferred: boolean; state: string } };
  };

  beforeAll(async () => {
    store = await demoDatabase(backend);
    h = await staffApiHarness(store);
    [coordinator, owner, viewer] = [await h.tokenFor('coordinator'), await h.tokenFor('action_owner'), await h.tokenFor('viewer')];
    // The owner is given actions 1.1 and 1.2 through the API itself.
    const list = await (await h.api('/programmes/digi-2020-2023/actions', coordinator.token)).json() as { actions: { id: string; ref: string; version: number }[] };
    for (const action of list.actions.filter((candidate) => ['1.1', '1.2'].includes(candidate.ref))) {
      const assigned = await h.api(`/actions/${action.id}`, coordinator.token, { method: 'PATCH', ifMatch: `"${action.version}"`, body: { ownerUserId: owner.userId } });
      expect(assigned.status).toBe(200);
    }
  });
  afterAll(async () => store?.close());

  it('opens a round for the coordinator only, naming each refused field in the language asked for', async () => {
    const body = { key: '2026-03', label: { fi: 'Tilanne 03/2026', sv: 'Status 03/2026' }, deadline: '2026-03-31', requiredLanguages: ['fi', 'sv'] };
    const refused = await h.api(ROUNDS, owner.token, { method: 'POST', body });
    expect(refused.status).toBe(403);
    await h.documented(refused, 'post', '/programmes/{programme}/rounds');
    expect((await audited('permission.refused')).map((row) => row.actor)).toContain(`user:${owner.userId}`);

    const invalid = await h.api(ROUNDS, coordinator.token, { method: 'POST', body: { ...body, key: '2026-13', label: { sv: 'Status' }, deadline: '31.3.2026' }, lang: 'fi' });
    expect(invalid.status).toBe(422);
    const problem = await h.documented(invalid, 'post', '/programmes/{programme}/rounds');
    expect((problem.errors as { field: string }[]).map((error) => error.field)).toEqual(['key', 'label.fi', 'deadline']);
    expect(problem.detail).toContain('Kenttä "label.fi": puuttuu.');
    const unknownLanguage = await h.api(ROUNDS, coordinator.token, { method: 'POST', body: { ...body, requiredLanguages: ['de'] } });
    expect(await h.documented(unknownLanguage, 'post', '/programmes/{programme}/rounds')).toMatchObject({ status: 422, errors: [{ field: 'requiredLanguages.0' }] });

    const opened = await h.api(ROUNDS, coordinator.token, { method: 'POST', body });
    expect(opened.status).toBe(201);
    const round = await h.documented(opened, 'post', '/programmes/{programme}/rounds');
    expect(round).toMatchObject({ key: '2026-03', status: 'open', label: body.label, deadline: '2026-03-31', requiredLanguages: ['fi', 'sv'], updatedCount: 0 });
    expect(round.entryCount).toBeGreaterThan(10);
    expect(opened.headers.get('location')).toBe(`/api/v1/staff/porvoo${ROUND}`);
    expect(opened.headers.get('etag')).toBe(`"${round.version as number}"`);

    const another = await h.api(ROUNDS, coordinator.token, { method: 'POST', body: { ...body, key: '2026-06' } });
    expect(another.status).toBe(409);
    await h.documented(another, 'post', '/programmes/{programme}/rounds');
    const list = await h.api(ROUNDS, viewer.token);
    expect((await h.documented(list, 'get', '/programmes/{programme}/rounds')).rounds).toContainEqual(expect.objectContaining({ key: '2026-03', status: 'open' }));
  });

  it('confirms an inferred state with If-Match on the entry, and all inferred ones at once', async () => {
    const text = { text: { fi: 'Valmis ja käytössä.', sv: 'Klar och i bruk.' }, state: null, trafficLight: 'green' };
    for (const ref of ['1.1', '1.2']) {
      const saved = await h.api(`${ROUND}/entries/${ref}`, owner.token, { method: 'PUT', ifMatch: (await entry(ref)).etag, body: text });
      expect(saved.status).toBe(200);
    }
    const path = `${ROUND}/entries/1.1/confirm`;
    const before = await entry('1.1');
    expect(before.body.stateInferred).toBe(true);

    const missing = await h.api(path, coordinator.token, { method: 'POST' });
    expect(missing.status).toBe(428);
    await h.documented(missing, 'post', `${DOC}/entries/{ref}/confirm`);
    expect((await h.api(path, owner.token, { method: 'POST', ifMatch: before.etag })).status).toBe(403);
    const stale = await h.api(path, coordinator.token, { method: 'POST', ifMatch: `"${before.body.version - 1}"` });
    expect(stale.status).toBe(412);
    expect(stale.headers.get('etag')).toBe(before.etag);
    const confirmed = await h.api(path, coordinator.token, { method: 'POST', ifMatch: before.etag });
    expect(await h.documented(confirmed, 'post', `${DOC}/entries/{ref}/confirm`)).toMatchObject({ stateInferred: false, version: before.body.version + 1 });

    const neither = await h.api(`${ROUND}/confirm`, coordinator.token, { method: 'POST', body: {}, lang: 'sv' });
    expect(neither.status).toBe(422);
    expect(await h.documented(neither, 'post', `${DOC}/confirm`)).toMatchObject({ errors: [{ field: 'entries', message: 'är ogiltig' }] });
    const all = await h.api(`${ROUND}/confirm`, coordinator.token, { method: 'POST', body: { all: true } });
    const result = await h.documented(all, 'post', `${DOC}/confirm`);
    expect(result.confirmed).toContain('1.2');
    expect(result.confirmed).not.toContain('1.1');
    expect((await entry('1.2')).body.stateInferred).toBe(false);
    const given = await h.api(`${ROUND}/confirm`, coordinator.token, { method: 'POST', body: { entries: [{ ref: '1.2', version: 1 }] } });
    expect(await h.documented(given, 'post', `${DOC}/confirm`)).toEqual({ confirmed: [], changedSince: ['1.2'] });
    expect((await audited('round.confirm_states')).length).toBe(2);
  });

  it("saves many entries at once as the round table does, leaving one saved since as it is", async () => {
    const [first, second] = [await entry('3.1'), await entry('3.2')];
    const text = { text: { fi: 'Etenee.', sv: 'Framskrider.' }, state: 'in_progress', trafficLight: 'green' };
    const path = `${ROUND}/entries`;
    const own = await h.api(path, owner.token, { method: 'POST', body: { entries: [{ ref: '3.1', version: first.body.version, ...text }] } });
    expect(own.status).toBe(403);
    await h.documented(own, 'post', `${DOC}/entries`);
    const empty = await h.api(path, coordinator.token, { method: 'POST', body: { entries: [] } });
    expect(await h.documented(empty, 'post', `${DOC}/entries`)).toMatchObject({ status: 422, errors: [{ field: 'entries' }] });

    const saved = await h.api(path, coordinator.token, { method: 'POST', body: { entries: [
      { ref: '3.1', version: first.body.version, ...text }, { ref: '3.2', version: second.body.version - 1, ...text },
    ] } });
    expect(await h.documented(saved, 'post', `${DOC}/entries`)).toEqual({ saved: ['3.1'], changedSince: ['3.2'], invalid: [] });
    expect((await entry('3.1')).body).toMatchObject({ state: 'in_progress', version: first.body.version + 1 });
    expect((await entry('3.2')).body.version).toBe(second.body.version);
  });

  it('reminds the late owners through the outbox, for the coordinator only', async () => {
    expect((await h.api(`${ROUND}/reminders`, viewer.token, { method: 'POST' })).status).toBe(403);
    // The owner saved both their entries: nobody with an account is late, so another action is given to them.
    const list = await (await h.api('/programmes/digi-2020-2023/actions', coordinator.token)).json() as { actions: { id: string; ref: string; version: number }[] };
    const late = list.actions.find((action) => action.ref === '2.1')!;
    await h.api(`/actions/${late.id}`, coordinator.token, { method: 'PATCH', ifMatch: `"${late.version}"`, body: { ownerUserId: owner.userId } });

    const reminded = await h.api(`${ROUND}/reminders`, coordinator.token, { method: 'POST' });
    expect(reminded.status).toBe(200);
    const result = await h.documented(reminded, 'post', `${DOC}/reminders`);
    expect(result).toMatchObject({ queued: 1, alreadyQueued: 0 });
    expect((result.withoutAccount as string[]).length).toBeGreaterThan(0);
    const again = await h.documented(await h.api(`${ROUND}/reminders`, coordinator.token, { method: 'POST' }), 'post', `${DOC}/reminders`);
    expect(again).toMatchObject({ queued: 0, alreadyQueued: 1 });
    const mails = await writeIn(store, 'porvoo', (ctx) => ctx.tx.select({ recipient: outbox.recipient, body: outbox.bodyText }).from(outbox).where(eq(outbox.kind, 'round_reminder')));
    expect(mails).toEqual([expect.objectContaining({ recipient: owner.email })]);
    expect(mails[0]!.body).toContain('2.1');
  });

  it('closes and reopens the round with If-Match on the round, refusing a missing language, and freezes it while closed', async () => {
    const round = await h.api(ROUND, viewer.token);
    const version = ((await h.documented(round, 'get', DOC)).version as number);
    expect(round.headers.get('etag')).toBe(`"${version}"`);
    const close = (token: string, ifMatch?: string) => h.api(`${ROUND}/close`, token, { method: 'POST', ...(ifMatch ? { ifMatch } : {}) });

    expect((await close(coordinator.token)).status).toBe(428);
    expect((await close(owner.token, `"${version}"`)).status).toBe(403);
    const stale = await close(coordinator.token, `"${version + 5}"`);
    expect(stale.status).toBe(412);
    expect(stale.headers.get('etag')).toBe(`"${version}"`);
    await h.documented(stale, 'post', `${DOC}/close`);

    // Swedish is required: an entry in Finnish only keeps the round open, naming the action.
    const onlyFinnish = await h.api(`${ROUND}/entries/2.1`, owner.token, {
      method: 'PUT', ifMatch: (await entry('2.1')).etag, body: { text: { fi: 'Kesken.' }, state: 'in_progress', trafficLight: 'yellow' },
    });
    expect(onlyFinnish.status).toBe(200);
    const lacking = await close(coordinator.token, `"${version}"`);
    expect(lacking.status).toBe(409);
    expect((await h.documented(lacking, 'post', `${DOC}/close`)).detail).toContain('2.1');
    await h.api(`${ROUND}/entries/2.1`, owner.token, {
      method: 'PUT', ifMatch: (await entry('2.1')).etag, body: { text: { fi: 'Kesken.', sv: 'Pågår.' }, state: 'in_progress', trafficLight: 'yellow' },
    });

    const closed = await close(coordinator.token, `"${version}"`);
    expect(closed.status).toBe(200);
    expect(await h.documented(closed, 'post', `${DOC}/close`)).toMatchObject({ status: 'closed', version: version + 1 });
    const frozen = await h.api(`${ROUND}/entries/1.1`, owner.token, { method: 'PUT', ifMatch: (await entry('1.1')).etag, body: { text: { fi: 'Myöhässä.' }, state: null, trafficLight: null } });
    expect(frozen.status).toBe(409);
    expect(((await frozen.json()) as { detail: string }).detail).toContain('closed');

    const reopen = (ifMatch: string) => h.api(`${ROUND}/reopen`, coordinator.token, { method: 'POST', ifMatch });
    expect((await reopen(`"${version}"`)).status).toBe(412);
    const reopened = await reopen(`"${version + 1}"`);
    expect(await h.documented(reopened, 'post', `${DOC}/reopen`)).toMatchObject({ status: 'open', version: version + 2, closedAt: null });
    expect((await audited('round.reopen')).map((row) => row.actor)).toEqual([`user:${coordinator.userId}`]);
    const again = await reopen(`"${version + 2}"`);
    expect(again.status).toBe(409);
  });
});
