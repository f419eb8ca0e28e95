/**
 * Roadmap versions and take-over, on both databases: taking over unfinished actions (the link, idempotent),
 * recording and approving versions (the decision validated per field, an approved version frozen in the
 * service and in the database), and the diff of versions and of the live actions.
 */
import { and, eq, like, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actions, auditLog, entityHistory, roadmapVersionActions, roadmapVersions } from '../../db/schema.ts';
import { PUBLIC, type Actor, type Role } from '../../domain/actor.ts';
import { ForbiddenError, InvalidInputError } from '../../domain/errors.ts';
import { RoadmapStateError } from '../../domain/roadmap.ts';
import { backends, demoDatabase, readIn, TEST_ACTOR, writeIn } from '../../../test/support/database.ts';
import { createPerson } from '../../../test/support/staff.ts';
import { runRead, runWrite, type Store } from '../context.ts';
import { findProgramme } from '../programmes.ts';
import { compareRoadmap, UnknownRoadmapVersionError } from './compare.ts';
import { actionLineage } from './lineage.ts';
import { listTakeOverCandidates, previousProgramme, takeOverActions } from './take-over.ts';
import { approveRoadmapVersion, getRoadmapVersion, listRoadmapVersions, refreshRoadmapVersion, startRoadmapVersion } from './versions.ts';
import { emptyProgramme2024 } from '../../../test/support/roadmap.ts';

const OLD = 'digi-2020-2023';
const NEW = 'digi-2024-2026';
const APPROVAL = {
  decisionBody: { fi: 'Kaupunginhallitus', sv: 'Stadsstyrelsen' }, decisionDate: '2024-01-22', decisionSection: '§ 25',
  diaryNumber: '118/07.01.02/2024',
};

describe.each(backends)('roadmap versions and take-over (%s)', (backend) => {
  let store: Store;
  let municipalityId: string;
  const people = {} as Record<Role, { userId: string }>;
  const actorOf = (role: Role): Actor => ({ kind: 'staff', userId: people[role].userId, roles: new Map([[municipalityId, [role]]]) });
  const asCoordinator = <T>(work: Parameters<typeof writeIn<T>>[2]) =>
    runWrite(store, { actor: actorOf('coordinator'), municipality: { slug: 'porvoo' } }, work);
  const publicRead = <T>(work: Parameters<typeof readIn<T>>[2]) => runRead(store, { actor: PUBLIC, municipality: { slug: 'porvoo' } }, work);

  beforeAll(async () => {
    store = await demoDatabase(backend);
    municipalityId = (await readIn(store, 'porvoo', (ctx) => findProgramme(ctx, OLD)))!.municipalityId;
    for (const role of ['coordinator', 'viewer', 'action_owner'] as const) people[role] = await createPerson(store, 'porvoo', role);
    await emptyProgramme2024(store, { fi: 'Digiohjelma 2024–2026' });
  });
  afterAll(() => store?.close());

  it('takes over unfinished actions with a link both ways, in a section of their own, once', async () => {
    expect((await readIn(store, 'porvoo', (ctx) => previousProgramme(ctx, NEW)))?.slug).toBe(OLD);
    const candidates = await readIn(store, 'porvoo', (ctx) => listTakeOverCandidates(ctx, { from: OLD }));
    expect(candidates.length).toBeGreaterThan(3);
    expect(candidates.every((candidate) => candidate.state !== 'done' && candidate.continuedAs === null)).toBe(true);
    // Done actions of the latest closed round are no candidates.
    const [done] = await readIn(store, 'porvoo', (ctx) => ctx.tx.execute(sql`
      select a.id from actions a join action_statuses st on st.action_id = a.id join rounds r on r.id = st.round_id
      join programmes p on p.id = a.programme_id where p.slug = ${OLD} and st.state = 'done' limit 1`)).then((result) => (result as unknown as { rows: { id: string }[] }).rows);
    expect(candidates.some((candidate) => candidate.id === done?.id)).toBe(false);

    const chosen = candidates.slice(0, 3);
    const first = await asCoordinator((ctx) => takeOverActions(ctx, { programme: NEW, from: OLD, actionIds: chosen.map((c) => c.id) }));
    expect(first.taken.map((taken) => taken.ref)).toEqual(['1.1', '1.2', '1.3']);
    expect(first.taken.map((taken) => taken.predecessor)).toEqual(chosen.map((c) => c.ref));
    expect(first.already).toBe(0);

    const again = await asCoordinator((ctx) => takeOverActions(ctx, { programme: NEW, from: OLD, actionIds: [chosen[0]!.id, candidates[3]!.id] }));
    expect(again).toEqual({ taken: [{ ref: '1.4', predecessor: candidates[3]!.ref }], already: 1 });

    const newProgramme = (await readIn(store, 'porvoo', (ctx) => findProgramme(ctx, NEW)))!;
    const oldProgramme = (await readIn(store, 'porvoo', (ctx) => findProgramme(ctx, OLD)))!;
    const forward = await publicRead((ctx) => actionLineage(ctx, oldProgramme.id, chosen[0]!.ref));
    expect(forward.continuedAs).toMatchObject({ ref: '1.1', programme: { slug: NEW } });
    expect(forward.continues).toBeNull();
    const backward = await publicRead((ctx) => actionLineage(ctx, newProgramme.id, '1.1'));
    expect(backward.continues).toMatchObject({ ref: chosen[0]!.ref, programme: { slug: OLD, periodStart: 2020, periodEnd: 2023 } });
    expect(backward.continues!.name).toEqual(chosen[0]!.name);

    const after = await readIn(store, 'porvoo', (ctx) => listTakeOverCandidates(ctx, { from: OLD }));
    expect(after.find((candidate) => candidate.id === chosen[1]!.id)?.continuedAs).toEqual({ programme: NEW, ref: '1.2' });
    const sections = await readIn(store, 'porvoo', (ctx) => ctx.tx.execute(sql`select name from sections where programme_id = ${newProgramme.id}`));
    expect((sections as unknown as { rows: { name: Record<string, string> }[] }).rows.map((row) => row.name.fi)).toEqual(['Ohjelmasta 2020–2023 jatkuvat toimenpiteet']);

    // The demo's own take-over is audited too, as the system's: the coordinator's two are these.
    const audits = await readIn(store, 'porvoo', (ctx) => ctx.tx.select().from(auditLog)
      .where(and(eq(auditLog.action, 'roadmap.take_over'), like(auditLog.actor, 'user:%'))));
    expect(audits).toHaveLength(2);
  });

  it('refuses a take-over by a viewer, and of an action that is no candidate, naming it', async () => {
    const viewer = runWrite(store, { actor: actorOf('viewer'), municipality: { slug: 'porvoo' } },
      (ctx) => takeOverActions(ctx, { programme: NEW, from: OLD, actionIds: [] }));
    await expect(viewer).rejects.toBeInstanceOf(ForbiddenError);
    const stranger = '00000000-0000-4000-8000-000000000000';
    const refused = await asCoordinator((ctx) => takeOverActions(ctx, { programme: NEW, from: OLD, actionIds: [stranger] })).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(InvalidInputError);
    expect((refused as InvalidInputError).issues).toEqual([{ field: `actions.${stranger}`, problem: 'unknown' }]);
  });

  it('records a version, validates the approval per field, and freezes the approved version', async () => {
    const started = await asCoordinator((ctx) => startRoadmapVersion(ctx, { programme: NEW }));
    expect(started).toMatchObject({ number: 1, status: 'draft', actionCount: 4, decision: null });
    await expect(asCoordinator((ctx) => startRoadmapVersion(ctx, { programme: NEW }))).rejects.toMatchObject({ problem: 'draft_exists' });
    // The public sees no draft.
    expect(await publicRead((ctx) => listRoadmapVersions(ctx, NEW))).toEqual([]);
    expect(await publicRead((ctx) => getRoadmapVersion(ctx, NEW, 1))).toBeNull();

    const bad = await asCoordinator((ctx) => approveRoadmapVersion(ctx, {
      programme: NEW, number: 1, version: started.version,
      approval: { decisionBody: { sv: 'Stadsstyrelsen' }, decisionDate: '2024-02-30', decisionSection: '§ x', diaryNumber: '' },
    })).catch((error: unknown) => error);
    expect(bad).toBeInstanceOf(InvalidInputError);
    expect((bad as InvalidInputError).issues).toEqual(expect.arrayContaining([
      { field: 'decisionBody.fi', problem: 'required' }, { field: 'decisionDate', problem: 'invalid' },
      { field: 'decisionSection', problem: 'invalid' }, { field: 'diaryNumber', problem: 'required' },
    ]));
    const future = await asCoordinator((ctx) => approveRoadmapVersion(ctx, {
      programme: NEW, number: 1, version: started.version, approval: { ...APPROVAL, decisionDate: '2999-01-01' },
    })).catch((error: unknown) => error);
    expect((future as InvalidInputError).issues).toEqual([{ field: 'decisionDate', problem: 'future' }]);
    await expect(runWrite(store, { actor: actorOf('action_owner'), municipality: { slug: 'porvoo' } },
      (ctx) => approveRoadmapVersion(ctx, { programme: NEW, number: 1, version: started.version, approval: APPROVAL }))).rejects.toBeInstanceOf(ForbiddenError);

    const approved = await asCoordinator((ctx) => approveRoadmapVersion(ctx, { programme: NEW, number: 1, version: started.version, approval: APPROVAL }));
    expect(approved).toMatchObject({ status: 'approved', decision: { body: APPROVAL.decisionBody, date: '2024-01-22', section: '25', diaryNumber: '118/07.01.02/2024' } });

    // Frozen: every change is refused by the service…
    await expect(asCoordinator((ctx) => refreshRoadmapVersion(ctx, { programme: NEW, number: 1, version: approved.version })))
      .rejects.toEqual(new RoadmapStateError('frozen'));
    await expect(asCoordinator((ctx) => approveRoadmapVersion(ctx, { programme: NEW, number: 1, version: approved.version, approval: APPROVAL })))
      .rejects.toBeInstanceOf(RoadmapStateError);
    // …and by the database, for a write that goes around it.
    const frozen = { cause: expect.objectContaining({ message: expect.stringMatching(/approved and frozen/) }) };
    await expect(asCoordinator((ctx) => ctx.tx.update(roadmapVersions).set({ diaryNumber: '1/2024' }).where(eq(roadmapVersions.number, 1))))
      .rejects.toMatchObject(frozen);
    await expect(asCoordinator((ctx) => ctx.tx.delete(roadmapVersionActions).where(eq(roadmapVersionActions.ref, '1.1'))))
      .rejects.toMatchObject(frozen);
    const kept = await publicRead((ctx) => getRoadmapVersion(ctx, NEW, 1));
    expect(kept?.entries.map((entry) => entry.ref)).toEqual(['1.1', '1.2', '1.3', '1.4']);
    expect(kept?.entries.every((entry) => entry.ownerName === null)).toBe(true);
    expect(kept?.version.decision?.diaryNumber).toBe('118/07.01.02/2024');

    // The coordinator's changes only: the demo's own approved version has its history too.
    const history = await readIn(store, 'porvoo', (ctx) => ctx.tx.select().from(entityHistory)
      .where(and(eq(entityHistory.entity, 'roadmap_versions'), like(entityHistory.actorId, 'user:%'))));
    expect(history.map((row) => row.op)).toEqual(['insert', 'update']);
  });

  it('starts the next version as a copy, and diffs versions and the live actions per field and language', async () => {
    const next = await asCoordinator((ctx) => startRoadmapVersion(ctx, { programme: NEW }));
    expect(next).toMatchObject({ number: 2, status: 'draft', actionCount: 4 });
    const unchanged = await readIn(store, 'porvoo', (ctx) => compareRoadmap(ctx, NEW, 1, 2));
    expect(unchanged.diff).toMatchObject({ added: [], removed: [], changed: [], unchanged: 4 });

    const programmeId = (await readIn(store, 'porvoo', (ctx) => findProgramme(ctx, NEW)))!.id;
    const byRef = (ref: string) => and(eq(actions.programmeId, programmeId), eq(actions.ref, ref));
    await asCoordinator(async (ctx) => {
      const [renamed] = await ctx.tx.select().from(actions).where(byRef('1.1'));
      await ctx.tx.update(actions).set({ name: { ...renamed!.name, sv: 'Ny svensk namn' }, years: [2024, 2025], level: 'analytics' }).where(byRef('1.1'));
      await ctx.tx.update(actions).set({ archivedAt: new Date() }).where(byRef('1.2'));
    });
    const more = (await asCoordinator(async (ctx) => takeOverActions(ctx, {
      programme: NEW, from: OLD, actionIds: [(await listTakeOverCandidates(ctx, { from: OLD })).find((c) => !c.continuedAs)!.id],
    }))).taken[0]!.ref;

    const live = await readIn(store, 'porvoo', (ctx) => compareRoadmap(ctx, NEW, 2, 'live'));
    expect(live.diff.added.map((entry) => entry.ref)).toEqual([more]);
    expect(live.diff.removed.map((entry) => entry.ref)).toEqual(['1.2']);
    expect(live.diff.changed).toHaveLength(1);
    expect(live.diff.changed[0]!.after.ref).toBe('1.1');
    const [renamed] = live.diff.changed;
    expect(renamed!.changes.map(({ field, lang, after }) => ({ field, lang, after }))).toEqual([
      { field: 'name', lang: 'sv', after: 'Ny svensk namn' },
      { field: 'years', lang: undefined, after: [2024, 2025] },
      { field: 'level', lang: undefined, after: 'analytics' },
    ]);
    expect(renamed!.changes[0]!.before).toBe(renamed!.before.name.sv ?? null);
    expect(live.diff.unchanged).toBe(2);

    const draft = (await readIn(store, 'porvoo', (ctx) => listRoadmapVersions(ctx, NEW))).find((version) => version.number === 2)!;
    await asCoordinator((ctx) => refreshRoadmapVersion(ctx, { programme: NEW, number: 2, version: draft.version }));
    const versions = await readIn(store, 'porvoo', (ctx) => compareRoadmap(ctx, NEW, 1, 2));
    expect(versions.diff.added.map((entry) => entry.ref)).toEqual([more]);
    expect(versions.diff.removed.map((entry) => entry.ref)).toEqual(['1.2']);
    expect(versions.diff.changed.map((entry) => entry.changes.map((change) => change.field))).toEqual([['name', 'years', 'level']]);
    // A stale form's refresh is refused.
    await expect(asCoordinator((ctx) => refreshRoadmapVersion(ctx, { programme: NEW, number: 2, version: draft.version })))
      .rejects.toMatchObject({ name: 'ConflictError' });

    // The public compares approved versions and the live actions only.
    await expect(publicRead((ctx) => compareRoadmap(ctx, NEW, 1, 2))).rejects.toBeInstanceOf(UnknownRoadmapVersionError);
    const publicLive = await publicRead((ctx) => compareRoadmap(ctx, NEW, 1, 'live'));
    expect(publicLive.diff.changed[0]!.changes.some((change) => change.field === 'owner')).toBe(false);
  });

  it('lets a deleted municipality take its frozen versions with it (the freeze refuses only direct changes)', async () => {
    await runWrite(store, { actor: TEST_ACTOR, platform: true }, (ctx) => ctx.tx.execute(sql`delete from municipalities where slug = 'porvoo'`));
    const [left] = await store.orm.select({ n: sql<number>`count(*)::int` }).from(roadmapVersionActions);
    expect(left?.n).toBe(0);
  });
});
