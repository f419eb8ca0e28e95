import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../db/database.ts';
import { auditLog } from '../../db/schema.ts';
import { PUBLIC, type Actor } from '../../domain/actor.ts';
import { ForbiddenError, NotFoundError } from '../../domain/errors.ts';
import { DEMO_PROGRAMME } from '../../io/demo.ts';
import { backends, readIn, writeIn } from '../../../test/support/database.ts';
import {
  ADDED_IN_LATER_ROUND, DONE_IN_LATER_ROUND, publishedReport, REPORT_ROUND, reportDatabase, TRANSLATED,
} from '../../../test/support/reports.ts';
import { runRead, runWrite } from '../context.ts';
import { exportReport, readPublishedReport, type FollowupReport } from './followup-report.ts';

const actionsOf = (report: FollowupReport) => report.sections.flatMap((section) => section.actions);
const byName = (report: FollowupReport, name: string) => actionsOf(report).find((action) => action.name.text === name)!;

describe.each(backends)('the follow-up report of a round (%s)', (backend) => {
  let store: Store;
  let municipalityId: string;
  const staff = (roles: ('viewer' | 'action_owner')[]): Actor =>
    ({ kind: 'staff', userId: '00000000-0000-4000-8000-000000000001', roles: new Map([[municipalityId, roles]]) });

  beforeAll(async () => {
    store = await reportDatabase(backend);
    municipalityId = await readIn(store, 'porvoo', async (ctx) => ctx.municipality!.id);
  });
  afterAll(async () => store?.close());

  it('has every action of the round once, in its section, with its state and the change since the previous round', async () => {
    const report = await publishedReport(store, 'fi');
    expect(report.round.key).toBe(REPORT_ROUND);
    expect(report.previousRound?.key).toBe('2022-09');
    expect(report.years).toEqual([2020, 2021, 2022, 2023]);
    const actions = actionsOf(report);
    expect(actions).toHaveLength(64);
    expect(new Set(actions.map((action) => action.ref)).size).toBe(64);
    expect(report.sections.map((section) => section.position)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(byName(report, DONE_IN_LATER_ROUND)).toMatchObject({ state: 'done', previousState: 'no_status', change: 'changed', years: [2023] });
    expect(byName(report, ADDED_IN_LATER_ROUND)).toMatchObject({ previousState: null, change: 'new' });
    // The action renamed in the later report is a new one there; the old one has no entry in 03/2023.
    expect(actions.some((action) => action.name.text === 'Verkkokauppa')).toBe(false);
    expect(report.summary).toMatchObject({ actionCount: 64, untranslated: 0 });
    expect(report.summary.previous).toMatchObject({ added: 2, dropped: 1, changed: 1 });
    expect(Object.values(report.summary.stateCounts).reduce((a, b) => a + b)).toBe(64);
    expect(report.summary.stateCounts.done - report.summary.previous!.stateCounts.done).toBeGreaterThanOrEqual(1);
    expect(report.enablers).toHaveLength(4);
    expect(report.enablers[0]!.status).toMatchObject({ lang: 'fi', untranslated: false });
    expect(report.municipality.name).toEqual({ text: 'Porvoo', lang: 'fi', untranslated: false });
  });

  it('in Swedish shows Swedish texts where there are any and marks and counts every Finnish one', async () => {
    const report = await publishedReport(store, 'sv');
    expect(report.municipality.name.text).toBe('Borgå');
    const translated = byName(report, TRANSLATED.sv);
    expect(translated.name).toEqual({ text: TRANSLATED.sv, lang: 'sv', untranslated: false });
    expect(translated.status).toEqual({ text: TRANSLATED.svStatus, lang: 'sv', untranslated: false });
    const other = byName(report, DONE_IN_LATER_ROUND);
    expect(other.name).toEqual({ text: DONE_IN_LATER_ROUND, lang: 'fi', untranslated: true });
    expect(other.status).toMatchObject({ text: 'Toteutettu 2023.', lang: 'fi', untranslated: true });
    expect(report.enablers[0]!.name.untranslated).toBe(true);
    const marked = actionsOf(report).flatMap((action): ({ untranslated: boolean } | null)[] => [action.name, action.status, action.coFundedPart])
      .concat(report.enablers.flatMap((enabler) => [enabler.name, enabler.measures, enabler.metrics, enabler.status]))
      .filter((shown) => shown?.untranslated);
    expect(report.summary.untranslated).toBe(marked.length);
    expect(report.summary.untranslated).toBeGreaterThan(63);
  });

  it('shows the previous round its own report, without changes before it', async () => {
    const report = await publishedReport(store, 'fi', 'csv', '2022-09');
    expect(actionsOf(report)).toHaveLength(63);
    expect(report.previousRound).toBeNull();
    expect(report.summary.previous).toBeNull();
    expect(actionsOf(report).every((action) => action.change === null)).toBe(true);
  });

  it('says which programme or round does not exist', async () => {
    await expect(publishedReport(store, 'fi', 'html', '2019-01')).rejects.toBeInstanceOf(NotFoundError);
    await expect(readIn(store, 'porvoo', (ctx) =>
      readPublishedReport(ctx, { programme: 'nothing', round: REPORT_ROUND, lang: 'fi', format: 'pdf' }))).rejects.toBeInstanceOf(NotFoundError);
  });

  describe('an open round', () => {
    beforeAll(async () => {
      await writeIn(store, 'porvoo', (ctx) => ctx.tx.execute(sql`update rounds set status = 'open' where year = 2023 and month = 3`));
    });
    afterAll(async () => {
      await writeIn(store, 'porvoo', (ctx) => ctx.tx.execute(sql`update rounds set status = 'closed' where year = 2023 and month = 3`));
    });
    const request = { programme: DEMO_PROGRAMME, round: REPORT_ROUND, lang: 'fi' as const, format: 'xlsx' as const };
    const exportAs = (actor: Actor) => runWrite(store, { actor, municipality: { slug: 'porvoo' } }, (ctx) => exportReport(ctx, request));

    it('is not public: the public report does not exist, even for staff', async () => {
      await expect(runRead(store, { actor: PUBLIC, municipality: { slug: 'porvoo' } }, (ctx) => readPublishedReport(ctx, request)))
        .rejects.toBeInstanceOf(NotFoundError);
      await expect(runRead(store, { actor: staff(['viewer']), municipality: { slug: 'porvoo' } }, (ctx) => readPublishedReport(ctx, request)))
        .rejects.toBeInstanceOf(NotFoundError);
    });

    it('is exported only by staff who may export unpublished data, and each export is audited', async () => {
      await expect(exportAs(staff(['action_owner']))).rejects.toBeInstanceOf(ForbiddenError);
      const report = await exportAs(staff(['viewer']));
      expect(report.round.status).toBe('open');
      expect(actionsOf(report)).toHaveLength(64);
      const audited = await readIn(store, 'porvoo', (ctx) => ctx.tx.select().from(auditLog).where(eq(auditLog.action, 'report.export_unpublished')));
      expect(audited).toHaveLength(1);
      expect(audited[0]).toMatchObject({
        actor: 'user:00000000-0000-4000-8000-000000000001',
        target: `programme:${DEMO_PROGRAMME}/round:${REPORT_ROUND}`,
        details: { lang: 'fi', format: 'xlsx', actions: 64 },
      });
    });
  });

  it('exports a closed round without an audit line', async () => {
    const report = await runWrite(store, { actor: staff(['action_owner']), municipality: { slug: 'porvoo' } }, (ctx) =>
      exportReport(ctx, { programme: DEMO_PROGRAMME, round: '2022-09', lang: 'sv', format: 'docx' }));
    expect(report.round.key).toBe('2022-09');
    const audited = await readIn(store, 'porvoo', (ctx) => ctx.tx.select().from(auditLog).where(eq(auditLog.action, 'report.export_unpublished')));
    expect(audited.filter((line) => (line.details as { format?: string }).format === 'docx')).toEqual([]);
  });
});
