/**
 * The roadmap in the workspace, under /staff/:m/…: a programme's versions, starting the next one,
 * bringing the live roadmap into a draft, recording the board's approval, one version, the diff, and
 * taking over an earlier programme's unfinished actions. Every change is a post answered with a
 * redirect (post, then get) or, when refused, with the same page and its errors.
 */
import { Hono, type Context } from 'hono';
import { ConflictError, InvalidInputError } from '../../domain/errors.ts';
import { LANGUAGES } from '../../domain/language.ts';
import { can } from '../../domain/permissions.ts';
import { RoadmapStateError } from '../../domain/roadmap.ts';
import type { Ctx, Store, WriteCtx } from '../../services/context.ts';
import { listProgrammes } from '../../services/programmes.ts';
import { readRoadmapComparison } from '../../services/roadmap/compare.ts';
import { listTakeOverCandidates, previousProgramme, takeOverActions } from '../../services/roadmap/take-over.ts';
import {
  approveRoadmapVersion, getRoadmapVersion, listRoadmapVersions, refreshRoadmapVersion, startRoadmapVersion,
} from '../../services/roadmap/versions.ts';
import { renderPage } from '../../site/render.ts';
import type { FieldError } from '../components/forms.tsx';
import type { StaffEnv } from '../env.ts';
import { staffPageContext, type StaffPageContext } from '../page-context.ts';
import { staffRead, staffWrite, StaffRefusal } from '../run.ts';
import { StaffComparePage, TakeOverPage, VersionPage, VersionsPage, type ApprovalValues, type PageNotice, type ProgrammeChoice } from './pages.tsx';
import { roadmapStaffUrls } from './urls.ts';

type C = Context<StaffEnv>;

const pageContext = (c: C, ctx: Ctx): StaffPageContext => staffPageContext(c.get('lang'), c.get('t'), c.get('signedIn'), ctx.municipality);
const text = (body: Record<string, unknown>, name: string, max: number) => (typeof body[name] === 'string' ? (body[name] as string).slice(0, max) : '');
const numberOf = (value: string | undefined) => (value && /^[1-9]\d{0,5}$/.test(value) ? Number(value) : null);

/** The programme of the path with the municipality's others; 404 when there is none of that slug. */
async function programmesOf(c: C, ctx: Ctx): Promise<{ programme: ProgrammeChoice; others: ProgrammeChoice[] }> {
  const all = (await listProgrammes(ctx)).map((p) => ({ id: p.id, slug: p.slug, name: p.name, periodStart: p.periodStart, periodEnd: p.periodEnd }));
  const programme = all.find((candidate) => candidate.slug === c.req.param('p'));
  if (!programme) throw new StaffRefusal('notFound');
  return { programme, others: all.filter((other) => other.slug !== programme.slug) };
}

/** A refusal's field ("decisionBody.fi") as the form's field id ("decisionBody_fi"), named in the reader's language. */
export function approvalErrors(ctx: StaffPageContext, error: InvalidInputError): FieldError[] {
  const t = ctx.t.roadmap;
  return error.issues.map((issue) => {
    const [field, lang] = issue.field.split('.') as [keyof typeof t.fields, string | undefined];
    const label = t.fields[field] ?? field;
    const named = lang ? t.inLanguage(label, ctx.t.rounds.languageNames[lang as 'fi'] ?? lang) : label;
    return { field: lang ? `${field}_${lang}` : field, message: t.problem(named, t.problems[issue.problem as keyof typeof t.problems] ?? issue.problem) };
  });
}

function approvalFromForm(body: Record<string, unknown>): ApprovalValues {
  const perLanguage = (prefix: string, max: number) => Object.fromEntries(LANGUAGES.map((lang) => [lang, text(body, `${prefix}_${lang}`, max)]));
  return {
    decisionBody: perLanguage('decisionBody', 400), decisionDate: text(body, 'decisionDate', 40), decisionSection: text(body, 'decisionSection', 40),
    diaryNumber: text(body, 'diaryNumber', 120), note: perLanguage('note', 4000),
  };
}

export function roadmapStaffRoutes(store: Store): Hono<StaffEnv> {
  const app = new Hono<StaffEnv>();
  const m = (c: C) => c.req.param('m') ?? '';
  const p = (c: C) => c.req.param('p') ?? '';

  /** The versions page, from the database as it is now plus a notice or a refused form. */
  async function versionsPage(c: C, extras: { notice?: PageNotice; errors?: FieldError[]; approval?: ApprovalValues } = {}, status: 200 | 400 | 409 = 200) {
    const page = await staffRead(c, store, async (ctx) => {
      const { programme, others } = await programmesOf(c, ctx);
      const municipalityId = ctx.municipality!.id;
      return {
        ctx: pageContext(c, ctx), programme, others, versions: await listRoadmapVersions(ctx, programme.slug),
        previous: await previousProgramme(ctx, programme.slug),
        may: { edit: can(ctx.actor, 'roadmap.edit', municipalityId), approve: can(ctx.actor, 'roadmap.approve', municipalityId) },
      };
    });
    return renderPage(c, <VersionsPage {...page} {...extras} />, status);
  }

  /** Runs a change of a version; its state's or version's refusal comes back as the page with a notice. */
  async function change(c: C, work: (ctx: WriteCtx) => Promise<string>) {
    try {
      const notice = await staffWrite(c, store, work);
      return c.redirect(`${roadmapStaffUrls.versions(m(c), p(c))}?notice=${notice}`, 303);
    } catch (error) {
      const t = c.get('t').roadmap.notices;
      if (error instanceof RoadmapStateError) return versionsPage(c, { notice: { kind: 'error', text: error.problem === 'frozen' ? t.frozen : t.draftExists } }, 409);
      if (error instanceof ConflictError) return versionsPage(c, { notice: { kind: 'error', text: t.conflict } }, 409);
      throw error;
    }
  }

  app.get('/roadmap', async (c) => {
    const programmes = await staffRead(c, store, (ctx) => listProgrammes(ctx));
    if (programmes.length === 0) return c.redirect(`/staff/${encodeURIComponent(m(c))}/`, 303);
    return c.redirect(roadmapStaffUrls.versions(m(c), programmes[0]!.slug), 303);
  });

  app.get('/programmes/:p/roadmap', (c) => {
    // After a change: "started:2", "approved:1", "taken:3:1" (the post's redirect says what it did).
    const [kind, first, second] = (c.req.query('notice') ?? '').split(':');
    const t = c.get('t').roadmap.notices;
    const n = Number(first ?? 0) || 0;
    const notices: Record<string, string | undefined> = {
      started: t.started(n), refreshed: t.refreshed(n), approved: t.approved(n), taken: t.taken(n, Number(second ?? 0) || 0),
    };
    const notice = kind ? notices[kind] : undefined;
    return versionsPage(c, notice ? { notice: { kind: 'success', text: notice } } : {});
  });

  app.post('/programmes/:p/roadmap', (c) =>
    change(c, async (ctx) => `started:${(await startRoadmapVersion(ctx, { programme: p(c) })).number}`));

  app.post('/programmes/:p/roadmap/versions/:n/refresh', async (c) => {
    const body = await c.req.parseBody();
    const number = numberOf(c.req.param('n'));
    if (number === null) throw new StaffRefusal('notFound');
    return change(c, async (ctx) => {
      const written = await refreshRoadmapVersion(ctx, { programme: p(c), number, version: Number(text(body, 'version', 12)) || 0 });
      return `refreshed:${written.number}`;
    });
  });

  app.post('/programmes/:p/roadmap/versions/:n/approve', async (c) => {
    const body = await c.req.parseBody();
    const number = numberOf(c.req.param('n'));
    if (number === null) throw new StaffRefusal('notFound');
    const approval = approvalFromForm(body);
    try {
      return await change(c, async (ctx) => {
        const written = await approveRoadmapVersion(ctx, { programme: p(c), number, version: Number(text(body, 'version', 12)) || 0, approval });
        return `approved:${written.number}`;
      });
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      const ctx = staffPageContext(c.get('lang'), c.get('t'), c.get('signedIn'));
      return versionsPage(c, { errors: approvalErrors(ctx, error), approval }, 400);
    }
  });

  app.get('/programmes/:p/roadmap/versions/:n', async (c) => {
    const number = numberOf(c.req.param('n'));
    if (number === null) throw new StaffRefusal('notFound');
    const page = await staffRead(c, store, async (ctx) => {
      const { programme } = await programmesOf(c, ctx);
      const detail = await getRoadmapVersion(ctx, programme.slug, number);
      if (!detail) throw new StaffRefusal('notFound');
      return { ctx: pageContext(c, ctx), programme, detail };
    });
    return renderPage(c, <VersionPage {...page} />);
  });

  app.get('/programmes/:p/roadmap/compare', async (c) => {
    const page = await staffRead(c, store, async (ctx) => {
      const { programme } = await programmesOf(c, ctx);
      const versions = await listRoadmapVersions(ctx, programme.slug);
      const result = await readRoadmapComparison(ctx, programme.slug, versions, c.req.query('from'), c.req.query('to'));
      return { ctx: pageContext(c, ctx), programme, versions, result };
    });
    const status = page.result.ok || page.result.problem === 'need_versions' ? 200 : 400;
    return renderPage(c, <StaffComparePage {...page} />, status);
  });

  const takeOverPage = async (c: C, extras: { notice?: PageNotice; errors?: FieldError[] } = {}, status: 200 | 400 = 200) => {
    const page = await staffRead(c, store, async (ctx) => {
      if (!can(ctx.actor, 'roadmap.edit', ctx.municipality!.id)) throw new StaffRefusal('forbidden', 'roadmap.edit');
      const { programme } = await programmesOf(c, ctx);
      const previous = await previousProgramme(ctx, programme.slug);
      return { ctx: pageContext(c, ctx), programme, previous, candidates: previous ? await listTakeOverCandidates(ctx, { from: previous.slug }) : [] };
    });
    return renderPage(c, <TakeOverPage {...page} {...extras} />, status);
  };

  app.get('/programmes/:p/roadmap/take-over', (c) => takeOverPage(c));

  app.post('/programmes/:p/roadmap/take-over', async (c) => {
    const body = await c.req.parseBody({ all: true });
    const chosen = ([] as unknown[]).concat(body.action ?? []).filter((value): value is string => typeof value === 'string').slice(0, 1000);
    try {
      const result = await staffWrite(c, store, async (ctx) => {
        const previous = await previousProgramme(ctx, p(c));
        if (!previous) throw new StaffRefusal('notFound');
        return takeOverActions(ctx, { programme: p(c), from: previous.slug, actionIds: chosen });
      });
      return c.redirect(`${roadmapStaffUrls.versions(m(c), p(c))}?notice=taken:${result.taken.length}:${result.already}`, 303);
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      const t = c.get('t').roadmap;
      // Only the choice can be wrong here: nothing chosen, or an action that is no longer a candidate.
      const message = chosen.length === 0 ? t.takeOver.nothingChosen : t.problem(t.takeOver.caption, t.problems.unknown);
      return takeOverPage(c, { errors: [{ field: 'actions', message }] }, 400);
    }
  });

  return app;
}
