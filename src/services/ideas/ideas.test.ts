/** Ideas in the workspace: staff intake and import, moderation, duplicates, evaluation, decisions, merging and retention. */
import { and, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Store } from '../../db/database.ts';
import { actions, auditLog, ideaContacts, ideas, ideaSettings, outbox, programmes } from '../../db/schema.ts';
import type { Role } from '../../domain/actor.ts';
import { ConflictError, ForbiddenError, InvalidInputError } from '../../domain/errors.ts';
import { DEMO_PROGRAMME } from '../../io/demo.ts';
import { backends, demoDatabase, readIn, writeIn } from '../../../test/support/database.ts';
import { roundPeople, type RoundPerson } from '../../../test/support/rounds.ts';
import { runRead, runWrite, type Ctx, type WriteCtx } from '../context.ts';
import { decideIdea } from './decide-idea.ts';
import { evaluateIdea, linkIdeaToAction, mergeIdea, setIdeaPublished } from './idea-changes.ts';
import { getPublishedIdea, ideaCounts, ideasOfAction, listPublishedIdeas } from './public-ideas.ts';
import { eraseIdeaContact, runIdeaRetention } from './retention.ts';
import { getStaffIdea, listIdeaQueue, suggestDuplicates } from './staff-ideas.ts';
import { importIdeas, submitStaffIdea } from './staff-intake.ts';
import { storeIdea } from './store-idea.ts';
import { PUBLIC } from '../../domain/actor.ts';

const BASE = 'https://tiekartta.example';

describe.each(backends)('ideas in the workspace (%s)', (backend) => {
  let store: Store;
  let people: Record<Role, RoundPerson>;
  let programmeId: string;
  const as = <T>(role: Role, work: (ctx: WriteCtx) => Promise<T>) =>
    runWrite(store, { actor: people[role].actor, municipality: { slug: 'porvoo' } }, work);
  const read = <T>(role: Role, work: (ctx: Ctx) => Promise<T>) =>
    runRead(store, { actor: people[role].actor, municipality: { slug: 'porvoo' } }, work);
  const publicRead = <T>(work: (ctx: Ctx) => Promise<T>) => runRead(store, { actor: PUBLIC, municipality: { slug: 'porvoo' } }, work);
  const sendPublic = (title: string, options: { lang?: 'fi' | 'sv'; email?: string } = {}) =>
    writeIn(store, 'porvoo', (ctx) => storeIdea(ctx, {
      lang: options.lang ?? 'fi', title, description: `${title}: kuvaus`, beneficiaries: '', source: 'public',
      email: options.email ?? null, name: options.email ? 'Sender Name' : null, baseUrl: BASE,
    }));

  beforeEach(async () => {
    store = await demoDatabase(backend);
    ({ people } = await roundPeople(store));
    programmeId = (await store.orm.select().from(programmes).where(eq(programmes.slug, DEMO_PROGRAMME)))[0]!.id;
  });
  afterEach(async () => {
    vi.useRealTimers();
    await store?.close();
  });

  it('takes ideas from staff with their sector, and keeps them out of public view until moderated', async () => {
    const { ref } = await as('action_owner', (ctx) => submitStaffIdea(ctx, {
      form: { title: 'Sähköinen ajanvaraus', description: 'Varaukset verkkoon.', lang: 'fi', sector: 'Sivistystoimi', contactName: 'Maija' }, baseUrl: BASE,
    }));
    const idea = await read('viewer', (ctx) => getStaffIdea(ctx, ref));
    expect(idea).toMatchObject({ source: 'staff', sourceLabel: 'Sivistystoimi', state: 'new', published: false, hasPersonalData: true, canAnswer: false });
    expect(await publicRead(listPublishedIdeas)).toEqual([]);
    await expect(as('steering_member', (ctx) => setIdeaPublished(ctx, { ref, version: idea.version, published: true }))).rejects.toThrow(ForbiddenError);
    await as('coordinator', (ctx) => setIdeaPublished(ctx, { ref, version: idea.version, published: true }));
    expect((await publicRead(listPublishedIdeas)).map((shown) => shown.ref)).toEqual([ref]);
    // A page opened before the change is refused, not silently applied.
    await expect(as('coordinator', (ctx) => setIdeaPublished(ctx, { ref, version: idea.version, published: false }))).rejects.toThrow(ConflictError);
  });

  it('imports a CSV with its source in one go, or names every bad row and writes nothing', async () => {
    const bad = 'title;description;lang\nKirjaston e-palvelut;Lainat sovellukseen;fi\n;Ei otsikkoa;fi\nPlats;Beskrivning;de\n';
    const refused = await as('coordinator', (ctx) => importIdeas(ctx, { csv: bad, source: { source: 'Asukaskysely 2025' } })).catch((error) => error);
    expect(refused).toBeInstanceOf(InvalidInputError);
    expect((refused as InvalidInputError).issues).toEqual([{ field: 'row:3:title', problem: 'required' }, { field: 'row:4:lang', problem: 'invalid' }]);
    expect(await store.orm.select().from(ideas)).toEqual([]);
    const good = '\uFEFFtitle;description;beneficiaries;lang\n"Kirjaston e-palvelut";"Lainat; varaukset ""sovellukseen""";Lukijat;fi\nBokning av planer;Beskrivning;;sv\n';
    const { refs } = await as('coordinator', (ctx) => importIdeas(ctx, { csv: good, source: { source: 'Osallistuva budjetointi' } }));
    expect(refs).toHaveLength(2);
    const stored = await store.orm.select().from(ideas).orderBy(ideas.ref);
    expect(stored.map((idea) => [idea.source, idea.sourceLabel, idea.lang])).toEqual([['import', 'Osallistuva budjetointi', 'fi'], ['import', 'Osallistuva budjetointi', 'sv']]);
    expect(stored[0]!.description).toEqual({ fi: 'Lainat; varaukset "sovellukseen"' });
    await expect(as('steering_member', (ctx) => importIdeas(ctx, { csv: good, source: { source: 'x' } }))).rejects.toThrow(ForbiddenError);
  });

  it('suggests duplicates among ideas and actions, Finnish inflection included', async () => {
    const first = await sendPublic('Varhaiskasvatuksen sähköinen asiointi');
    const second = await sendPublic('Sähköinen asiointi varhaiskasvatus');
    await sendPublic('Katuvalot LED-valoiksi');
    const found = await read('viewer', (ctx) => suggestDuplicates(ctx, second.ref));
    expect(found.filter((duplicate) => duplicate.kind === 'idea').map((duplicate) => duplicate.ref)).toEqual([first.ref]);
    const [action] = await store.orm.select().from(actions).where(eq(actions.programmeId, programmeId)).limit(1);
    const byAction = await sendPublic(action!.name.fi!);
    const actionMatches = await read('viewer', (ctx) => suggestDuplicates(ctx, byAction.ref));
    expect(actionMatches).toContainEqual(expect.objectContaining({ kind: 'action', ref: action!.ref, programmeSlug: DEMO_PROGRAMME }));
  });

  it('evaluates on the perspectives, accepts into a new live action, tells the sender in their language, and shows the decision publicly', async () => {
    const { ref } = await sendPublic('Digital bokning av idrottsplaner', { lang: 'sv', email: 'resident@example.fi' });
    await expect(as('viewer', (ctx) => evaluateIdea(ctx, { ref, version: 1, evaluation: {} }))).rejects.toThrow(ForbiddenError);
    const evaluated = await as('steering_member', (ctx) => evaluateIdea(ctx, {
      ref, version: 1,
      evaluation: { programmeId, level: 'sector_change', costClass: 'S', impactClass: 'L', beneficiaries: ['residents'], evaluationNote: 'Hyvä idea.' },
    }));
    expect(evaluated).toMatchObject({ state: 'evaluating', costClass: 'S', impactClass: 'L', evaluationNote: 'Hyvä idea.' });
    await expect(as('steering_member', (ctx) => decideIdea(ctx, {
      ref, version: evaluated.version, baseUrl: BASE, decision: { decision: 'accepted', decidedOn: '2026-11-20', section: 1, reason: {} },
    }))).rejects.toThrow(ForbiddenError);
    const { idea, actionRef } = await as('coordinator', (ctx) => decideIdea(ctx, {
      ref, version: evaluated.version, baseUrl: BASE,
      decision: { decision: 'accepted', decidedOn: '2026-11-20', section: 1, reason: { sv: 'Passar programmets mål A.' } },
    }));
    expect(idea).toMatchObject({ state: 'accepted', decidedOn: '2026-11-20' });
    expect(actionRef).toMatch(/^1\.\d+$/);
    const [action] = await store.orm.select().from(actions).where(and(eq(actions.programmeId, programmeId), eq(actions.ref, actionRef!)));
    expect(action).toMatchObject({ name: { sv: 'Digital bokning av idrottsplaner' }, level: 'sector_change', costClass: 'S', impactClass: 'L', archivedAt: null });
    const [mail] = await store.orm.select().from(outbox).where(eq(outbox.kind, 'idea_decision'));
    expect(mail).toMatchObject({ recipient: 'resident@example.fi', lang: 'sv', subject: `Din idé ${ref} är godkänd för vägkartan` });
    expect(mail!.bodyText).toContain('Motivering: Passar programmets mål A.');
    expect(mail!.bodyText).toContain('20.11.2026');
    expect(mail!.bodyText).toContain(`${BASE}/porvoo/sv/ideas/${ref}`);
    await as('coordinator', (ctx) => setIdeaPublished(ctx, { ref, version: idea.version, published: true }));
    const shown = await publicRead((ctx) => getPublishedIdea(ctx, ref));
    expect(shown).toMatchObject({ state: 'accepted', decisionReason: { sv: 'Passar programmets mål A.' }, action: { ref: actionRef, programmeSlug: DEMO_PROGRAMME } });
    expect(JSON.stringify(shown)).not.toContain('resident@example.fi');
    expect(await publicRead((ctx) => ideasOfAction(ctx, programmeId, actionRef!))).toEqual([expect.objectContaining({ ref })]);
    expect(await publicRead((ctx) => ideaCounts(ctx, programmeId))).toEqual({ received: 1, accepted: 1, inRoadmap: 1, done: 0 });
  });

  it('needs a programme and a section to accept, and names them', async () => {
    const { ref } = await sendPublic('Idea ilman ohjelmaa');
    const refused = await as('coordinator', (ctx) => decideIdea(ctx, {
      ref, version: 1, baseUrl: BASE, decision: { decision: 'accepted', decidedOn: '2026-11-20', reason: {} },
    })).catch((error) => error);
    expect((refused as InvalidInputError).issues.map((issue) => issue.field)).toEqual(['programmeId', 'section']);
  });

  it('links an action without changing the idea\'s state, and merges into an idea or an action', async () => {
    const { ref } = await sendPublic('Linkitettävä idea');
    const [action] = await store.orm.select().from(actions).where(eq(actions.programmeId, programmeId)).limit(1);
    const linked = await as('coordinator', (ctx) => linkIdeaToAction(ctx, { ref, version: 1, action: { programmeSlug: DEMO_PROGRAMME, ref: action!.ref } }));
    expect(linked).toMatchObject({ state: 'new', actionId: action!.id });
    const other = await sendPublic('Toinen idea');
    const merged = await as('coordinator', (ctx) => mergeIdea(ctx, { ref: other.ref, version: 1, into: { kind: 'idea', ref } }));
    expect(merged.state).toBe('merged');
    expect(merged.closedAt).not.toBeNull();
    const third = await sendPublic('Kolmas idea');
    const intoAction = await as('coordinator', (ctx) => mergeIdea(ctx, { ref: third.ref, version: 1, into: { kind: 'action', programmeSlug: DEMO_PROGRAMME, ref: action!.ref } }));
    expect(intoAction).toMatchObject({ state: 'merged', actionId: action!.id });
    const queue = await read('viewer', (ctx) => listIdeaQueue(ctx, { state: 'merged' }));
    expect(queue.map((row) => row.ref).sort()).toEqual([other.ref, third.ref].sort());
  });

  it('erases senders once the retention period after closing has passed (mocked clock), per municipality setting', async () => {
    const kept = await sendPublic('Avoin idea', { email: 'open@example.fi' });
    const closed = await sendPublic('Hylättävä idea', { email: 'closed@example.fi' });
    await as('coordinator', (ctx) => decideIdea(ctx, {
      ref: closed.ref, version: 1, baseUrl: BASE, decision: { decision: 'declined', decidedOn: '2026-11-20', reason: { fi: 'Ei kuulu ohjelmaan.' } },
    }));
    const contacts = () => store.orm.select({ email: ideaContacts.email }).from(ideaContacts);
    const addresses = async () => (await store.orm.select({ recipient: outbox.recipient }).from(outbox)).map((row) => row.recipient).sort();
    expect(await runIdeaRetention(store)).toBe(0);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(Date.now() + 11 * 31 * 24 * 3600 * 1000));
    expect(await runIdeaRetention(store)).toBe(0);
    vi.setSystemTime(new Date(Date.now() + 2 * 31 * 24 * 3600 * 1000));
    expect(await runIdeaRetention(store)).toBe(1);
    expect((await contacts()).map((row) => row.email)).toEqual(['open@example.fi']);
    // The receipt and the decision to the erased sender are gone from the outbox too.
    expect(await addresses()).toEqual(['open@example.fi']);
    expect(await store.orm.select().from(ideas).where(eq(ideas.ref, closed.ref))).toHaveLength(1);
    const [line] = await store.orm.select().from(auditLog).where(eq(auditLog.action, 'idea.personal_data.expire'));
    expect(line?.details).toEqual({ count: 1, retentionMonths: 12 });
    expect(kept.ref).toBeTruthy();
  });

  it('uses a municipality\'s own retention period', async () => {
    await writeIn(store, 'porvoo', async (ctx) => ctx.tx.insert(ideaSettings).values({ municipalityId: ctx.municipality!.id, retentionMonths: 1 }));
    const closed = await sendPublic('Lyhyt säilytys', { email: 'short@example.fi' });
    await as('coordinator', (ctx) => decideIdea(ctx, {
      ref: closed.ref, version: 1, baseUrl: BASE, decision: { decision: 'declined', decidedOn: '2026-11-20', reason: {} },
    }));
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(Date.now() + 32 * 24 * 3600 * 1000));
    expect(await runIdeaRetention(store)).toBe(1);
  });

  it('lets an administrator erase a sender on request, audited, and no one else', async () => {
    const { ref } = await sendPublic('Poistopyyntö', { email: 'erase@example.fi' });
    await expect(as('coordinator', (ctx) => eraseIdeaContact(ctx, ref))).rejects.toThrow(ForbiddenError);
    expect(await as('administrator', (ctx) => eraseIdeaContact(ctx, ref))).toBe(true);
    expect(await store.orm.select().from(ideaContacts)).toEqual([]);
    const [line] = await store.orm.select().from(auditLog).where(eq(auditLog.action, 'idea.personal_data.erase'));
    expect(line).toMatchObject({ actor: `user:${people.administrator.userId}`, details: { ref, erased: true } });
    expect(await readIn(store, 'porvoo', (ctx) => getStaffIdea(ctx, ref))).toMatchObject({ hasPersonalData: false });
  });
});
