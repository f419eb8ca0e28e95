/** Metric values with revisions, the CSV import, and editing goals and metrics, on both databases. */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema.ts';
import type { Actor } from '../../domain/actor.ts';
import { ConflictError, ForbiddenError, InvalidInputError } from '../../domain/errors.ts';
import { backends, demoDatabase, readIn } from '../../../test/support/database.ts';
import { createPerson } from '../../../test/support/staff.ts';
import { DEMO_PROGRAMME_2024, loadDemoProgramme2024 } from '../../io/demo-programme-2024.ts';
import { readMetricCsv } from '../../io/metric-values-csv.ts';
import { runWrite, type Store, type WriteCtx } from '../context.ts';
import { getProgrammeStructure, saveStructureItem } from '../editing/structure.ts';
import { listUntranslated } from '../editing/untranslated.ts';
import { findProgramme } from '../programmes.ts';
import { importMetricValues, saveMetricValue } from './metric-values.ts';
import { getMetric, getProgrammeResults, listStrategyThemes } from './metrics.ts';
import { actionMeasures, saveCheckpoint, setImpactMetric } from './action-measures.ts';
import { saveStrategyTheme } from './strategy-themes.ts';
import { structureItemHistory } from './structure-history.ts';
import { listProgrammeActions } from '../editing/actions.ts';

const P = DEMO_PROGRAMME_2024;

describe.each(backends)('programme metrics (%s)', (backend) => {
  let store: Store;
  let programmeId: string;
  let coordinator: Actor;
  let viewer: Actor;
  const as = <T>(actor: Actor, work: (ctx: WriteCtx) => Promise<T>) => runWrite(store, { actor, municipality: { slug: 'porvoo' } }, work);
  const metric = (code: string) => readIn(store, 'porvoo', (ctx) => getMetric(ctx, programmeId, code));

  beforeAll(async () => {
    store = await demoDatabase(backend);
    programmeId = (await readIn(store, 'porvoo', (ctx) => findProgramme(ctx, P)))!.id;
    const staff = async (role: 'coordinator' | 'viewer') => {
      const person = await createPerson(store, 'porvoo', role, { name: `Metrics ${role}` });
      const municipalityId = (await readIn(store, 'porvoo', async (ctx) => ctx.municipality!.id));
      return { kind: 'staff', userId: person.userId, roles: new Map([[municipalityId, [role]]]) } as Actor;
    };
    coordinator = await staff('coordinator');
    viewer = await staff('viewer');
  });
  afterAll(async () => store?.close());

  it('loads the demo programme 2024–2026 with goals, metrics and competences, once however often it loads', async () => {
    await loadDemoProgramme2024(store, { kind: 'system', name: 'demo' }, 'porvoo');
    const results = await readIn(store, 'porvoo', (ctx) => getProgrammeResults(ctx, programmeId));
    expect(results.goals.map((goal) => goal.code)).toEqual(['A', 'B', 'C']);
    expect(results.goals[0]!.name.fi).toBe('Palvella asiakkaita kattavasti ihmislähtöisillä sähköisillä palveluilla');
    expect(results.goals.map((goal) => goal.metrics.length)).toEqual([3, 3, 3]);
    expect(results.goals[1]!.metrics[0]).toMatchObject({ code: 'B1', name: { sv: 'Nyttograden för ICT-utrustning' }, source: { sv: 'Leverantörens rapportering' }, direction: 'trend', values: [] });
    expect(results.competences.map((competence) => competence.name.sv)).toEqual([
      'Digital bildning', 'Kvaliteten på och hanteringen av informationen', 'Säkerställande av kontinuiteten', 'Gemensam utveckling',
    ]);
    expect((await readIn(store, 'porvoo', (ctx) => listStrategyThemes(ctx, 'spearhead'))).map((theme) => theme.name.sv))
      .toEqual(['Populäraste hemstad', 'Bäst också i vardagen', 'Stadsliv', 'Stadens klimatarbete']);
    // The Finnish names the sources lack are in the untranslated list.
    const finnish = (await readIn(store, 'porvoo', (ctx) => listUntranslated(ctx, P))).find((entry) => entry.lang === 'fi')!;
    expect(finnish.items.filter((item) => item.kind === 'metric' && item.field === 'name').map((item) => item.label))
      .toEqual(['A1', 'A2', 'A3', 'B1', 'B2', 'B3', 'C1', 'C2', 'C3']);
    expect(finnish.items.some((item) => item.kind === 'goal')).toBe(false);
  });

  it('keeps a revised value\'s earlier one in its history and marks it revised', async () => {
    await as(coordinator, (ctx) => saveMetricValue(ctx, { programme: P, value: { metric: 'A1', period: '2024', value: '41,5', source: 'YritysDigi 2024' } }));
    let a1 = (await metric('A1'))!;
    expect(a1.values).toMatchObject([{ period: '2024', value: 41.5, source: 'YritysDigi 2024', revised: false, earlier: [] }]);
    expect(a1.values[0]!.enteredBy).toBe(`user:${(coordinator as { userId: string }).userId}`);
    await as(coordinator, (ctx) => saveMetricValue(ctx, { programme: P, value: { metric: 'A1', period: '2024', value: '43', source: 'YritysDigi, corrected', note: 'Recounted' }, version: 1 }));
    a1 = (await metric('A1'))!;
    expect(a1.values[0]).toMatchObject({ value: 43, revised: true, version: 2, note: 'Recounted' });
    expect(a1.values[0]!.earlier).toMatchObject([{ value: 41.5, source: 'YritysDigi 2024' }]);
    // A form opened at the first version may not overwrite the revision.
    await expect(as(coordinator, (ctx) => saveMetricValue(ctx, { programme: P, value: { metric: 'A1', period: '2024', value: '40' }, version: 1 })))
      .rejects.toBeInstanceOf(ConflictError);
    await expect(as(coordinator, (ctx) => saveMetricValue(ctx, { programme: P, value: { metric: 'A1', period: '2024-13', value: 'many' } })))
      .rejects.toSatisfy((error) => error instanceof InvalidInputError && error.issues.map((issue) => issue.field).join() === 'period,value');
    await expect(as(viewer, (ctx) => saveMetricValue(ctx, { programme: P, value: { metric: 'A1', period: '2025', value: '1' } })))
      .rejects.toBeInstanceOf(ForbiddenError);
  });

  it('imports a CSV atomically and idempotently, naming each bad row', async () => {
    const good = 'metric;period;value;source\nB1;2024;"1 200";Leverantören\nB2;2024-Q1;3;\nb3;2024;0,5;"MittViDi; ram"\n';
    const csv = readMetricCsv(good);
    if (!csv.ok) throw new Error('header');
    const preview = await as(coordinator, (ctx) => importMetricValues(ctx, { programme: P, rows: csv.rows, lines: csv.lines, apply: false }));
    expect(preview).toMatchObject({ ok: true, written: false, counts: { added: 3, revised: 0, unchanged: 0 } });
    expect((await metric('B1'))!.values).toEqual([]);
    const first = await as(coordinator, (ctx) => importMetricValues(ctx, { programme: P, rows: csv.rows, lines: csv.lines, apply: true }));
    expect(first).toMatchObject({ written: true, counts: { added: 3 } });
    expect((await metric('B3'))!.values[0]).toMatchObject({ value: 0.5, source: 'MittViDi; ram' });
    const again = await as(coordinator, (ctx) => importMetricValues(ctx, { programme: P, rows: csv.rows, lines: csv.lines, apply: true }));
    expect(again).toMatchObject({ ok: true, written: false, counts: { added: 0, revised: 0, unchanged: 3 } });
    expect((await metric('B1'))!.values[0]).toMatchObject({ value: 1200, revised: false });

    const bad = readMetricCsv('metric,period,value,source\nB1,2025,7,ok\nZ9,2025,1,x\n\nB2,2025,seven,x\nB1,2025,8,twice\n');
    if (!bad.ok) throw new Error('header');
    const refused = await as(coordinator, (ctx) => importMetricValues(ctx, { programme: P, rows: bad.rows, lines: bad.lines, apply: true }));
    expect(refused.ok).toBe(false);
    expect(refused.written).toBe(false);
    expect(refused.rows.filter((row) => row.problems.length > 0).map((row) => [row.line, row.problems])).toEqual([
      [3, [{ field: 'metric', problem: 'unknown' }]],
      [5, [{ field: 'value', problem: 'invalid' }]],
      [6, [{ field: 'period', problem: 'taken' }]],
    ]);
    expect((await metric('B1'))!.values.map((value) => value.period)).toEqual(['2024']);
    expect(readMetricCsv('metric,value\nB1,1')).toEqual({ ok: false, missing: ['period'] });
    const audits = await readIn(store, 'porvoo', (ctx) => ctx.tx.select().from(auditLog).where(and(eq(auditLog.action, 'metric_values.import'))));
    expect(audits.length).toBe(3);
  });

  it('edits goals and metrics at the version they were opened at, and refuses a stale save', async () => {
    const structure = await readIn(store, 'porvoo', (ctx) => getProgrammeStructure(ctx, P));
    const goalA = structure.goals.find((goal) => goal.fields.code === 'A')!;
    const spearheads = await readIn(store, 'porvoo', (ctx) => listStrategyThemes(ctx, 'spearhead'));
    await as(coordinator, (ctx) => saveStructureItem(ctx, {
      kind: 'goal', programmeSlug: P, id: goalA.id, version: goalA.version,
      fields: { ...goalA.fields, description: { fi: 'Kuvaus' }, benefits: ['human_centredness'], spearheadIds: [spearheads[1]!.id] },
    }));
    const results = await readIn(store, 'porvoo', (ctx) => getProgrammeResults(ctx, programmeId));
    expect(results.goals[0]).toMatchObject({ description: { fi: 'Kuvaus' }, benefits: ['human_centredness'], spearheads: [{ code: '2' }] });
    await expect(as(coordinator, (ctx) => saveStructureItem(ctx, {
      kind: 'goal', programmeSlug: P, id: goalA.id, version: goalA.version, fields: { ...goalA.fields, name: { fi: 'Vanhasta versiosta' } },
    }))).rejects.toBeInstanceOf(ConflictError);

    const c1 = structure.metrics.find((item) => item.fields.code === 'C1')!;
    await as(coordinator, (ctx) => saveStructureItem(ctx, {
      kind: 'metric', programmeSlug: P, id: c1.id, version: c1.version,
      fields: { ...c1.fields, name: { ...(c1.fields.name), fi: 'Muutettujen prosessien määrä' }, unit: { fi: 'kpl' }, direction: 'up' },
    }));
    expect(await metric('C1')).toMatchObject({ name: { fi: 'Muutettujen prosessien määrä' }, unit: { fi: 'kpl' }, direction: 'up', version: 2 });
    const history = await readIn(store, 'porvoo', (ctx) => structureItemHistory(ctx, 'metric', c1.id));
    expect(history.map((entry) => [entry.version, entry.fields])).toEqual([
      [2, ['name', 'unit', 'direction']],
      [1, ['code', 'name', 'goalId', 'unit', 'source', 'direction', 'target']],
    ]);
    expect(history[0]!.actorName).toBe('Metrics coordinator');
    await expect(as(coordinator, (ctx) => saveStructureItem(ctx, {
      kind: 'metric', programmeSlug: P, fields: { code: 'C9', name: { fi: 'X' }, goalId: '00000000-0000-4000-8000-000000000000' },
    }))).rejects.toSatisfy((error) => error instanceof InvalidInputError && error.issues[0]!.field === 'goalId');
    await expect(as(viewer, (ctx) => saveStructureItem(ctx, { kind: 'metric', programmeSlug: P, id: c1.id, version: 2, fields: c1.fields })))
      .rejects.toBeInstanceOf(ForbiddenError);
  });

  it('gives an action an impact metric from the strategy indicators and checkpoints with a measurable target', async () => {
    const old = (await readIn(store, 'porvoo', (ctx) => findProgramme(ctx, 'digi-2020-2023')))!;
    const actionId = (await readIn(store, 'porvoo', (ctx) => listProgrammeActions(ctx, old.id))).find((action) => action.ref === '1.1')!.id;
    const indicator = await as(coordinator, (ctx) => saveStrategyTheme(ctx, { kind: 'indicator', fields: { code: 'K1', name: { fi: 'Asiakastyytyväisyys' } } }));
    await expect(as(coordinator, (ctx) => saveStrategyTheme(ctx, { kind: 'indicator', fields: { code: 'K1', name: { fi: 'Toinen' } } })))
      .rejects.toSatisfy((error) => error instanceof InvalidInputError && error.issues[0]!.problem === 'taken');
    const spearhead = (await readIn(store, 'porvoo', (ctx) => listStrategyThemes(ctx, 'spearhead')))[0]!;
    await expect(as(coordinator, (ctx) => setImpactMetric(ctx, { actionId, indicatorId: spearhead.id })))
      .rejects.toSatisfy((error) => error instanceof InvalidInputError && error.issues[0]!.field === 'indicatorId');
    await as(coordinator, (ctx) => setImpactMetric(ctx, { actionId, indicatorId: indicator }));
    await expect(as(coordinator, (ctx) => setImpactMetric(ctx, { actionId, indicatorId: null }))).rejects.toBeInstanceOf(ConflictError);

    const checkpoint = await as(coordinator, (ctx) => saveCheckpoint(ctx, { actionId, fields: { dueOn: '2025-06-30', target: { fi: '500 sähköistä asiointia kuukaudessa' } } }));
    await expect(as(coordinator, (ctx) => saveCheckpoint(ctx, { actionId, fields: { dueOn: '30.6.2025', target: {} } })))
      .rejects.toSatisfy((error) => error instanceof InvalidInputError && error.issues.map((issue) => issue.field).join() === 'dueOn,target');
    await as(coordinator, (ctx) => saveCheckpoint(ctx, { actionId, id: checkpoint, version: 1, fields: { dueOn: '2025-06-30', target: { fi: '500 sähköistä asiointia kuukaudessa' }, met: true } }));
    await expect(as(coordinator, (ctx) => saveCheckpoint(ctx, { actionId, id: checkpoint, version: 1, fields: { dueOn: '2025-07-31', target: { fi: 'X' } } })))
      .rejects.toBeInstanceOf(ConflictError);
    await expect(as(viewer, (ctx) => saveCheckpoint(ctx, { actionId, fields: { dueOn: '2025-01-01', target: { fi: 'X' } } }))).rejects.toBeInstanceOf(ForbiddenError);

    const measures = (await readIn(store, 'porvoo', (ctx) => actionMeasures(ctx, [actionId]))).get(actionId)!;
    expect(measures.impact?.indicator).toMatchObject({ code: 'K1', name: { fi: 'Asiakastyytyväisyys' } });
    expect(measures.checkpoints).toMatchObject([{ dueOn: '2025-06-30', met: true, version: 2 }]);
  });
});
