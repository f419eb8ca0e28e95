/**
 * /staff/:m/ideas…: the queue, one idea and its forms (moderation, merge, link, evaluation, decision,
 * erasure), a staff idea, the CSV import, prioritisation and the register of processing. Routes are
 * thin: the services authorise, validate, write and audit; a refusal is the workspace's 403 page.
 */
import { Hono, type Context } from 'hono';
import { BENEFICIARIES, BENEFITS } from '../../domain/action.ts';
import { ConflictError, InvalidInputError } from '../../domain/errors.ts';
import { IDEA_STATES, type IdeaState } from '../../domain/idea.ts';
import { LANGUAGES, type LocalizedText } from '../../domain/language.ts';
import { publicOrigin, type ProxySettings } from '../../http/security.ts';
import type { Ctx, Store } from '../../services/context.ts';
import { similarProjectsForText } from '../../services/catalog/similar-projects.ts';
import { getProgrammeStructure } from '../../services/editing/structure.ts';
import { decideIdea } from '../../services/ideas/decide-idea.ts';
import { evaluateIdea, linkIdeaToAction, mergeIdea, setIdeaPublished } from '../../services/ideas/idea-changes.ts';
import { readIdeaSettings } from '../../services/ideas/public-ideas.ts';
import { eraseIdeaContact } from '../../services/ideas/retention.ts';
import { saveIdeaSettings } from '../../services/ideas/idea-settings.ts';
import { countIdeasWithPersonalData, getStaffIdea, listIdeaQueue, listPrioritised, suggestDuplicates } from '../../services/ideas/staff-ideas.ts';
import { importIdeas, submitStaffIdea } from '../../services/ideas/staff-intake.ts';
import { listProgrammes } from '../../services/programmes.ts';
import { renderPage } from '../../site/render.ts';
import type { FieldError } from '../components/forms.tsx';
import { versionOf, type FormBody } from '../editing/form-data.ts';
import type { StaffEnv } from '../env.ts';
import { staffPageContext, type StaffPageContext } from '../page-context.ts';
import { staffRead, staffWrite } from '../run.ts';
import { IdeaStaffPage, type IdeaPageData } from './idea-page.tsx';
import { ImportIdeasPage, StaffIdeaPage, type StaffIdeaValues } from './intake-pages.tsx';
import { PrioritiesPage, RegisterPage } from './priorities-page.tsx';
import { IdeaQueuePage } from './queue-page.tsx';
import { ideaStaffUrls } from './urls.ts';

const REF = ':ref{IDEA-[0-9]{4}-[0-9]{4,}}';

const text = (body: FormBody, name: string) => (typeof body[name] === 'string' ? (body[name] as string) : '');
const orNull = (value: string) => (value.trim() === '' ? null : value);
const localized = (body: FormBody, field: string) => Object.fromEntries(LANGUAGES.map((lang) => [lang, text(body, `${field}.${lang}`)]));
const checked = <T extends string>(body: FormBody, field: string, values: readonly T[]) => values.filter((value) => text(body, `${field}.${value}`) !== '');

/** The use-cases' problems in the page's language, each linked to its field. */
function problems(ctx: StaffPageContext, error: InvalidInputError): FieldError[] {
  const t = ctx.t.ideas;
  const labels: Record<string, string> = {
    programmeId: t.evaluation.programme, goalId: t.evaluation.goal, competenceId: t.evaluation.competence, evaluationNote: t.evaluation.note,
    decision: t.decision.decision, decidedOn: t.decision.decidedOn, reason: t.decision.reason, section: t.decision.section,
    action: t.idea.actionRef, into: t.idea.duplicates, title: t.staffIdea.ideaTitle, description: t.staffIdea.description,
    beneficiaries: t.staffIdea.beneficiaries, lang: t.staffIdea.lang, sector: t.staffIdea.sector, contactName: t.staffIdea.contactName,
    source: t.import.source, file: t.import.file,
  };
  const problemNames = ctx.t.editing.problems as Record<string, string>;
  return error.issues.map((issue) => {
    const row = /^row:(\d+):(.*)$/.exec(issue.field);
    if (row) return { field: 'csv', message: t.import.rowProblem(Number(row[1]), row[2]!, t.import.problems[issue.problem] ?? issue.problem) };
    const [head] = issue.field.split('.');
    return { field: head ?? issue.field, message: ctx.t.editing.problem(labels[head ?? ''] ?? issue.field, problemNames[issue.problem] ?? issue.problem) };
  });
}

export function ideaStaffRoutes({ store, proxy }: { store: Store; proxy: ProxySettings }): Hono<StaffEnv> {
  const app = new Hono<StaffEnv>();

  const pageContext = (c: Context<StaffEnv>, ctx: Ctx) => staffPageContext(c.get('lang'), c.get('t'), c.get('signedIn'), ctx.municipality);

  async function ideaPage(c: Context<StaffEnv>, extra: { errors?: FieldError[]; notice?: string; conflict?: boolean } = {}, status: 200 | 400 | 409 = 200) {
    const ref = c.req.param('ref') ?? '';
    const { page, data } = await staffRead(c, store, async (ctx) => {
      const idea = await getStaffIdea(ctx, ref);
      const programmes = await Promise.all((await listProgrammes(ctx)).map((programme) => getProgrammeStructure(ctx, programme.slug)));
      const data: IdeaPageData = {
        idea, programmes, duplicates: await suggestDuplicates(ctx, ref),
        similar: await similarProjectsForText(ctx, { title: idea.title, description: idea.description }),
      };
      return { page: pageContext(c, ctx), data };
    });
    return renderPage(c, <IdeaStaffPage ctx={page} data={data} {...extra} />, status);
  }

  /** Runs a change of the idea, then back to its page; a problem or a conflict shows the page again with it. */
  async function change(c: Context<StaffEnv>, work: (ctx: Parameters<Parameters<typeof staffWrite>[2]>[0], body: FormBody) => Promise<string | undefined>) {
    const body = await c.req.parseBody() as FormBody;
    try {
      const notice = await staffWrite(c, store, (ctx) => work(ctx, body));
      const target = ideaStaffUrls.idea(c.req.param('m') ?? '', c.req.param('ref') ?? '');
      return c.redirect(notice ? `${target}?notice=${encodeURIComponent(notice)}` : target, 303);
    } catch (error) {
      if (error instanceof ConflictError) return ideaPage(c, { conflict: true }, 409);
      if (error instanceof InvalidInputError) {
        const ctx = staffPageContext(c.get('lang'), c.get('t'), c.get('signedIn'));
        return ideaPage(c, { errors: problems(ctx, error) }, 400);
      }
      throw error;
    }
  }

  app.get('/:m/ideas', async (c) => {
    const asked = c.req.query('state');
    const state = IDEA_STATES.find((known) => known === asked) as IdeaState | undefined;
    const { page, rows } = await staffRead(c, store, async (ctx) => ({ page: pageContext(c, ctx), rows: await listIdeaQueue(ctx, { state }) }));
    const sent = c.req.query('sent');
    const imported = Number(c.req.query('imported'));
    const notice = sent ? page.t.ideas.staffIdea.sent(sent) : imported > 0 ? page.t.ideas.import.imported(imported) : undefined;
    return renderPage(c, <IdeaQueuePage ctx={page} rows={rows} state={state} notice={notice} />);
  });

  const emptyIdea = (c: Context<StaffEnv>): StaffIdeaValues => ({ title: '', description: '', beneficiaries: '', lang: c.get('lang'), sector: '', contactName: '' });

  app.get('/:m/ideas/new', async (c) => {
    const page = await staffRead(c, store, async (ctx) => pageContext(c, ctx));
    return renderPage(c, <StaffIdeaPage ctx={page} values={emptyIdea(c)} />);
  });

  app.post('/:m/ideas/new', async (c) => {
    const body = await c.req.parseBody() as FormBody;
    const values: StaffIdeaValues = {
      title: text(body, 'title'), description: text(body, 'description'), beneficiaries: text(body, 'beneficiaries'),
      lang: text(body, 'lang'), sector: text(body, 'sector'), contactName: text(body, 'contactName'),
    };
    try {
      const { ref } = await staffWrite(c, store, (ctx) => submitStaffIdea(ctx, { form: values, baseUrl: publicOrigin(c, proxy) }));
      return c.redirect(`${ideaStaffUrls.queue(c.req.param('m'))}?sent=${encodeURIComponent(ref)}`, 303);
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      const page = await staffRead(c, store, async (ctx) => pageContext(c, ctx));
      return renderPage(c, <StaffIdeaPage ctx={page} values={values} errors={problems(page, error)} />, 400);
    }
  });

  app.get('/:m/ideas/import', async (c) => {
    const page = await staffRead(c, store, async (ctx) => pageContext(c, ctx));
    return renderPage(c, <ImportIdeasPage ctx={page} />);
  });

  app.post('/:m/ideas/import', async (c) => {
    const body = await c.req.parseBody() as FormBody;
    const file = body.file;
    const pasted = text(body, 'csv');
    const csv = file instanceof File && file.size > 0 ? await file.text() : pasted;
    const source = text(body, 'source');
    try {
      const { refs } = await staffWrite(c, store, (ctx) => importIdeas(ctx, { csv, source: { source } }));
      return c.redirect(`${ideaStaffUrls.queue(c.req.param('m'))}?imported=${refs.length}`, 303);
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      const page = await staffRead(c, store, async (ctx) => pageContext(c, ctx));
      const errors = error.issues.some((issue) => issue.field === 'file') ? [{ field: 'csv', message: page.t.ideas.import.noFile }] : problems(page, error);
      return renderPage(c, <ImportIdeasPage ctx={page} source={source} text={pasted} errors={errors} />, 400);
    }
  });

  app.get('/:m/ideas/priorities', async (c) => {
    const { page, ideas } = await staffRead(c, store, async (ctx) => ({ page: pageContext(c, ctx), ideas: await listPrioritised(ctx) }));
    return renderPage(c, <PrioritiesPage ctx={page} ideas={ideas} />);
  });

  async function registerPage(c: Context<StaffEnv>, extra: { errors?: FieldError[]; notice?: string } = {}, status: 200 | 400 = 200) {
    const { page, count, settings } = await staffRead(c, store, async (ctx) => ({
      page: pageContext(c, ctx), count: await countIdeasWithPersonalData(ctx), settings: await readIdeaSettings(ctx),
    }));
    return renderPage(c, <RegisterPage ctx={page} settings={settings} withPersonalData={count} {...extra} />, status);
  }

  app.get('/:m/ideas/register', (c) => registerPage(c, { notice: c.req.query('saved') !== undefined ? c.get('t').ideas.register.saved : undefined }));

  app.post('/:m/ideas/register', async (c) => {
    const body = await c.req.parseBody() as FormBody;
    const months = Number.parseInt(text(body, 'retentionMonths'), 10);
    try {
      await staffWrite(c, store, (ctx) => saveIdeaSettings(ctx, {
        privacyNoticeUrl: localized(body, 'privacyNoticeUrl'), retentionMonths: Number.isSafeInteger(months) ? months : -1,
      }));
      return c.redirect(`${ideaStaffUrls.register(c.req.param('m'))}?saved`, 303);
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      const page = staffPageContext(c.get('lang'), c.get('t'), c.get('signedIn'));
      const labels = c.get('t').ideas.register;
      const errors = error.issues.map((issue) => ({
        field: issue.field,
        message: c.get('t').editing.problem(issue.field.startsWith('privacyNoticeUrl') ? labels.notice(issue.field.split('.')[1] ?? '') : labels.months,
          (page.t.editing.problems as Record<string, string>)[issue.problem] ?? issue.problem),
      }));
      return registerPage(c, { errors }, 400);
    }
  });

  app.get(`/:m/ideas/${REF}`, async (c) => {
    const t = c.get('t').ideas;
    const notice = c.req.query('notice');
    const shown = notice === 'saved' ? t.idea.saved : notice === 'erased' ? t.personal.erased
      : notice?.startsWith('decided') ? t.decision.decided(notice.split(':')[1] || null) : undefined;
    return ideaPage(c, { notice: shown });
  });

  app.post(`/:m/ideas/${REF}/publish`, (c) => change(c, async (ctx, body) => {
    await setIdeaPublished(ctx, { ref: c.req.param('ref'), version: versionOf(body), published: text(body, 'published') === 'yes' });
    return 'saved';
  }));

  app.post(`/:m/ideas/${REF}/merge`, (c) => change(c, async (ctx, body) => {
    const into = text(body, 'kind') === 'action'
      ? { kind: 'action' as const, programmeSlug: text(body, 'programme'), ref: text(body, 'ref') }
      : { kind: 'idea' as const, ref: text(body, 'ref') };
    await mergeIdea(ctx, { ref: c.req.param('ref'), version: versionOf(body), into });
    return 'saved';
  }));

  app.post(`/:m/ideas/${REF}/link`, (c) => change(c, async (ctx, body) => {
    const unlink = text(body, 'unlink') === 'yes';
    await linkIdeaToAction(ctx, {
      ref: c.req.param('ref'), version: versionOf(body),
      action: unlink ? null : { programmeSlug: text(body, 'programme'), ref: text(body, 'action').trim() },
    });
    return 'saved';
  }));

  app.post(`/:m/ideas/${REF}/evaluate`, (c) => change(c, async (ctx, body) => {
    const statutory = text(body, 'statutory');
    await evaluateIdea(ctx, {
      ref: c.req.param('ref'), version: versionOf(body),
      evaluation: {
        programmeId: orNull(text(body, 'programmeId')), goalId: orNull(text(body, 'goalId')), competenceId: orNull(text(body, 'competenceId')),
        level: orNull(text(body, 'level')), statutory: statutory === 'yes' ? true : statutory === 'no' ? false : null,
        benefits: checked(body, 'benefits', BENEFITS), beneficiaries: checked(body, 'beneficiaries', BENEFICIARIES),
        costClass: orNull(text(body, 'costClass')), impactClass: orNull(text(body, 'impactClass')),
        developmentModel: orNull(text(body, 'developmentModel')), evaluationNote: text(body, 'evaluationNote'),
      },
    });
    return 'saved';
  }));

  app.post(`/:m/ideas/${REF}/decide`, (c) => change(c, async (ctx, body) => {
    const section = Number.parseInt(text(body, 'section'), 10);
    const { actionRef } = await decideIdea(ctx, {
      ref: c.req.param('ref'), version: versionOf(body), baseUrl: publicOrigin(c, proxy),
      decision: {
        decision: text(body, 'decision'), decidedOn: text(body, 'decidedOn'), reason: localized(body, 'reason') as LocalizedText,
        section: Number.isSafeInteger(section) ? section : null,
      },
    });
    return `decided:${actionRef ?? ''}`;
  }));

  app.post(`/:m/ideas/${REF}/erase`, (c) => change(c, async (ctx) => {
    await eraseIdeaContact(ctx, c.req.param('ref'));
    return 'erased';
  }));

  return app;
}
