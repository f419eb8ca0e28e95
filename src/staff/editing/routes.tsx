/**
 * Editing the programme in the workspace, under /staff/:m/…: the action list, each action's form
 * (with its conflict view, comments and history), new actions, untranslated texts and the structure.
 * Every write goes through a use-case that asks the permissions table; a refused save re-renders the
 * form with what was sent, so nothing typed is lost.
 */
import { Hono, type Context } from 'hono';
import { can } from '../../domain/permissions.ts';
import { ConflictError, InvalidInputError } from '../../domain/errors.ts';
import { pickText } from '../../domain/language.ts';
import {
  createAction, getEditableAction, listProgrammeActions, mayEditAction, setActionArchived, updateAction,
  type ActionFields, type EditableAction,
} from '../../services/editing/actions.ts';
import { addComment, listComments } from '../../services/editing/comments.ts';
import { actionHistory, restoreActionVersion } from '../../services/editing/history.ts';
import { getProgrammeStructure, saveStructureItem, STRUCTURE_KINDS, updateProgramme, type ProgrammeStructure, type StructureKind } from '../../services/editing/structure.ts';
import { listUntranslated } from '../../services/editing/untranslated.ts';
import { listStrategyThemes } from '../../services/metrics/metrics.ts';
import { structureItemHistory } from '../../services/metrics/structure-history.ts';
import type { EditConflict } from '../../services/editing/versioned.ts';
import type { Ctx, Store } from '../../services/context.ts';
import { listProgrammes } from '../../services/programmes.ts';
import { listMembers } from '../../services/staff/people.ts';
import { renderPage } from '../../site/render.ts';
import type { FieldError } from '../components/forms.tsx';
import type { StaffEnv } from '../env.ts';
import { staffPageContext, type StaffPageContext } from '../page-context.ts';
import { staffRead, staffWrite, StaffRefusal } from '../run.ts';
import { ActionPage, type ActionFormData, type ActionPageProps } from './action-page.tsx';
import { fieldErrors } from './fields.tsx';
import { actionFieldsFromForm, programmeFieldsFromForm, structureFieldsFromForm, versionOf, type FormBody } from './form-data.ts';
import { HistoryPage } from './history-page.tsx';
import { ActionListPage, programmeTitle } from './list-page.tsx';
import { StructureItemPage, StructurePage } from './structure-pages.tsx';
import { UntranslatedPage } from './untranslated-page.tsx';
import { editingUrls } from './urls.ts';

type C = Context<StaffEnv>;

const pageContext = (c: C, ctx: Ctx): StaffPageContext => staffPageContext(c.get('lang'), c.get('t'), c.get('signedIn'), ctx.municipality);
const nameOf = (item: { fields: { code?: unknown; name: Record<string, string> } }, c: C, ctx: Ctx) =>
  `${item.fields.code ?? ''} ${pickText(item.fields.name, c.get('lang'), ctx.municipality?.languages)?.text ?? ''}`.trim();

/** What an action's form needs besides the action: the programme's years, goals, competences, sections and people. */
async function formData(c: C, ctx: Ctx, programmeSlug: string): Promise<ActionFormData & { structure: ProgrammeStructure }> {
  const structure = await getProgrammeStructure(ctx, programmeSlug);
  const members = await listMembers(ctx);
  return {
    structure,
    programme: { slug: structure.slug, periodStart: structure.fields.periodStart, periodEnd: structure.fields.periodEnd,
      goals: structure.goals, competences: structure.competences, sections: structure.sections },
    members: members.map((member) => ({ id: member.id, displayName: member.displayName })),
    lookups: {
      people: new Map(members.map((member) => [member.id, member.displayName])),
      goals: new Map(structure.goals.map((goal) => [goal.id, nameOf(goal, c, ctx)])),
      competences: new Map(structure.competences.map((competence) => [competence.id, nameOf(competence, c, ctx)])),
    },
  };
}

type ActionExtras = Partial<Pick<ActionPageProps, 'values' | 'version' | 'errors' | 'conflict' | 'notice' | 'commentErrors'>>;

/** Renders an action's page, from the database as it is now plus whatever a refused post brings back. */
async function actionPage(c: C, store: Store, id: string, extras: ActionExtras = {}, status: 200 | 400 | 409 = 200) {
  const page = await staffRead(c, store, async (ctx) => {
    const action = await getEditableAction(ctx, id);
    const data = await formData(c, ctx, action.programmeSlug);
    const comments = await listComments(ctx, id);
    const municipalityId = ctx.municipality!.id;
    const may = { edit: mayEditAction(ctx, action), manage: can(ctx.actor, 'action.edit', municipalityId), comment: can(ctx.actor, 'action.comment', municipalityId) };
    return { ctx: pageContext(c, ctx), action, data, comments, may };
  });
  return renderPage(c, <ActionPage {...page} values={extras.values ?? page.action.fields} {...extras} />, status);
}

/** Runs a save; a refusal of the input or of the version comes back as the values to re-render. */
async function attempt<T>(work: () => Promise<T>): Promise<
  { ok: true; value: T } | { ok: false; invalid: InvalidInputError } | { ok: false; conflict: EditConflict<Record<string, unknown>> }
> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (error instanceof InvalidInputError) return { ok: false, invalid: error };
    if (error instanceof ConflictError) return { ok: false, conflict: error.current as EditConflict<Record<string, unknown>> };
    throw error;
  }
}

const structureKind = (value: string): StructureKind => {
  if (!(value in STRUCTURE_KINDS)) throw new StaffRefusal('notFound');
  return value as StructureKind;
};

export function editingRoutes(store: Store): Hono<StaffEnv> {
  const app = new Hono<StaffEnv>();
  const m = (c: C) => c.req.param('m') ?? '';

  app.get('/actions', async (c) => {
    const programmes = await staffRead(c, store, (ctx) => listProgrammes(ctx));
    if (programmes.length === 0) return c.redirect(`/staff/${encodeURIComponent(m(c))}/`, 303);
    return c.redirect(editingUrls.actions(m(c), programmes[0]!.slug), 303);
  });

  app.get('/programmes/:p/actions', async (c) => {
    const page = await staffRead(c, store, async (ctx) => {
      const programmes = await listProgrammes(ctx);
      const programme = programmes.find((candidate) => candidate.slug === c.req.param('p'));
      if (!programme) throw new StaffRefusal('notFound');
      const municipalityId = ctx.municipality!.id;
      return {
        ctx: pageContext(c, ctx), programmes, programme, actions: await listProgrammeActions(ctx, programme.id),
        mayCreate: can(ctx.actor, 'action.edit', municipalityId), mayEditStructure: can(ctx.actor, 'programme.edit', municipalityId),
      };
    });
    return renderPage(c, <ActionListPage {...page} />);
  });

  const newActionPage = async (c: C, extras: { values?: ActionFields; section?: number; errors?: FieldError[] } = {}, status: 200 | 400 = 200) => {
    const page = await staffRead(c, store, async (ctx) => {
      if (!can(ctx.actor, 'action.edit', ctx.municipality!.id)) throw new StaffRefusal('forbidden', 'action.edit');
      return { ctx: pageContext(c, ctx), data: await formData(c, ctx, c.req.param('p') ?? '') };
    });
    const empty = actionFieldsFromForm({}, []) as unknown as ActionFields;
    return renderPage(c, (
      <ActionPage ctx={page.ctx} data={page.data} values={extras.values ?? empty} section={extras.section ?? page.data.programme.sections[0]?.position}
        errors={extras.errors ?? []} may={{ edit: true, manage: true, comment: false }} />
    ), status);
  };

  app.get('/programmes/:p/actions/new', (c) => newActionPage(c));

  app.post('/programmes/:p/actions/new', async (c) => {
    const body = (await c.req.parseBody()) as FormBody;
    const section = Number.parseInt(String(body.section ?? ''), 10);
    const result = await attempt(() => staffWrite(c, store, async (ctx) => {
      const structure = await getProgrammeStructure(ctx, c.req.param('p'));
      const years = range(structure.fields.periodStart, structure.fields.periodEnd);
      return createAction(ctx, { programmeId: structure.id, section, fields: actionFieldsFromForm(body, years) });
    }));
    if (result.ok) return c.redirect(`${editingUrls.action(m(c), result.value.id)}?notice=created`, 303);
    const values = await staffRead(c, store, async (ctx) => {
      const structure = await getProgrammeStructure(ctx, c.req.param('p'));
      return actionFieldsFromForm(body, range(structure.fields.periodStart, structure.fields.periodEnd)) as unknown as ActionFields;
    });
    const ctx = staffPageContext(c.get('lang'), c.get('t'), c.get('signedIn'));
    return newActionPage(c, { values, section, errors: 'invalid' in result ? fieldErrors(ctx, result.invalid) : [] }, 400);
  });

  app.get('/actions/:id', async (c) => {
    const notice = c.req.query('notice');
    const t = c.get('t').editing;
    const notices: Record<string, string> = { saved: t.form.saved, created: t.form.created, comment: t.comments.added };
    return actionPage(c, store, c.req.param('id'), { notice: notice ? notices[notice] : undefined });
  });

  app.post('/actions/:id', async (c) => {
    const id = c.req.param('id');
    const body = (await c.req.parseBody()) as FormBody;
    const version = versionOf(body);
    let sent: ActionFields | null = null;
    const result = await attempt(() => staffWrite(c, store, async (ctx) => {
      const action: EditableAction = await getEditableAction(ctx, id);
      const structure = await getProgrammeStructure(ctx, action.programmeSlug);
      sent = actionFieldsFromForm(body, range(structure.fields.periodStart, structure.fields.periodEnd)) as unknown as ActionFields;
      return updateAction(ctx, { id, version, fields: sent });
    }));
    if (result.ok) return c.redirect(`${editingUrls.action(m(c), id)}?notice=saved`, 303);
    const ctx = staffPageContext(c.get('lang'), c.get('t'), c.get('signedIn'));
    if ('invalid' in result) return actionPage(c, store, id, { values: sent!, version, errors: fieldErrors(ctx, result.invalid) }, 400);
    const conflict = result.conflict as unknown as EditConflict<ActionFields>;
    return actionPage(c, store, id, { values: conflict.yours, version: conflict.currentVersion, conflict }, 409);
  });

  app.post('/actions/:id/archive', async (c) => {
    const id = c.req.param('id');
    const body = (await c.req.parseBody()) as FormBody;
    const result = await attempt(() => staffWrite(c, store, (ctx) => setActionArchived(ctx, { id, version: versionOf(body), archived: body.archived === 'yes' })));
    if (result.ok) return c.redirect(`${editingUrls.action(m(c), id)}?notice=saved`, 303);
    if ('conflict' in result) {
      const conflict = result.conflict as unknown as EditConflict<ActionFields>;
      return actionPage(c, store, id, { conflict, values: conflict.current }, 409);
    }
    throw result.invalid;
  });

  app.post('/actions/:id/comments', async (c) => {
    const id = c.req.param('id');
    const body = (await c.req.parseBody()) as FormBody;
    const result = await attempt(() => staffWrite(c, store, (ctx) => addComment(ctx, { actionId: id, body: body.body })));
    if (result.ok) return c.redirect(`${editingUrls.action(m(c), id)}?notice=comment#comments`, 303);
    const ctx = staffPageContext(c.get('lang'), c.get('t'), c.get('signedIn'));
    return actionPage(c, store, id, { commentErrors: 'invalid' in result ? fieldErrors(ctx, result.invalid) : [] }, 400);
  });

  const historyPage = async (c: C, notice?: string) => {
    const id = c.req.param('id') ?? '';
    const page = await staffRead(c, store, async (ctx) => {
      const action = await getEditableAction(ctx, id);
      const data = await formData(c, ctx, action.programmeSlug);
      return {
        ctx: pageContext(c, ctx), action, programmeSlug: action.programmeSlug, entries: await actionHistory(ctx, id),
        lookups: data.lookups, mayRestore: mayEditAction(ctx, action),
      };
    });
    return renderPage(c, <HistoryPage {...page} notice={notice} />);
  };

  app.get('/actions/:id/history', (c) => historyPage(c, c.req.query('notice') === 'restored' ? c.get('t').editing.history.restored : undefined));

  app.post('/actions/:id/restore', async (c) => {
    const id = c.req.param('id');
    const body = (await c.req.parseBody()) as FormBody;
    const restore = Number.parseInt(String(body.restore ?? ''), 10);
    const result = await attempt(() => staffWrite(c, store, (ctx) => restoreActionVersion(ctx, { id, restore, version: versionOf(body) })));
    if (result.ok) return c.redirect(`${editingUrls.history(m(c), id)}?notice=restored`, 303);
    if ('conflict' in result) {
      const conflict = result.conflict as unknown as EditConflict<ActionFields>;
      return actionPage(c, store, id, { conflict, values: conflict.yours, version: conflict.currentVersion }, 409);
    }
    const ctx = staffPageContext(c.get('lang'), c.get('t'), c.get('signedIn'));
    return actionPage(c, store, id, { errors: fieldErrors(ctx, result.invalid) }, 400);
  });

  app.get('/programmes/:p/untranslated', async (c) => {
    const page = await staffRead(c, store, async (ctx) => {
      const missing = await listUntranslated(ctx, c.req.param('p'));
      const programme = (await listProgrammes(ctx)).find((candidate) => candidate.slug === c.req.param('p'))!;
      return { ctx: pageContext(c, ctx), missing, programme };
    });
    return renderPage(c, <UntranslatedPage ctx={page.ctx} programmeSlug={page.programme.slug} programmeTitle={programmeTitle(page.ctx, page.programme)} missing={page.missing} />);
  });

  const structurePage = async (c: C, extras: { values?: ProgrammeStructure['fields']; version?: number; errors?: FieldError[]; notice?: string; conflict?: EditConflict<Record<string, unknown>> } = {}, status: 200 | 400 | 409 = 200) => {
    const page = await staffRead(c, store, async (ctx) => {
      if (!can(ctx.actor, 'programme.edit', ctx.municipality!.id)) throw new StaffRefusal('forbidden', 'programme.edit');
      return { ctx: pageContext(c, ctx), structure: await getProgrammeStructure(ctx, c.req.param('p') ?? '') };
    });
    return renderPage(c, (
      <StructurePage ctx={page.ctx} structure={page.structure} values={extras.values ?? page.structure.fields}
        version={extras.version ?? page.structure.version} errors={extras.errors ?? []} notice={extras.notice} conflict={extras.conflict} />
    ), status);
  };

  app.get('/programmes/:p/structure', (c) => structurePage(c, { notice: c.req.query('notice') === 'saved' ? c.get('t').editing.structure.saved : undefined }));

  app.post('/programmes/:p/structure', async (c) => {
    const body = (await c.req.parseBody()) as FormBody;
    const fields = programmeFieldsFromForm(body);
    const result = await attempt(() => staffWrite(c, store, (ctx) => updateProgramme(ctx, { slug: c.req.param('p'), version: versionOf(body), fields })));
    if (result.ok) return c.redirect(`${editingUrls.structure(m(c), c.req.param('p'))}?notice=saved`, 303);
    const ctx = staffPageContext(c.get('lang'), c.get('t'), c.get('signedIn'));
    if ('invalid' in result) {
      return structurePage(c, { values: fields as unknown as ProgrammeStructure['fields'], version: versionOf(body), errors: fieldErrors(ctx, result.invalid) }, 400);
    }
    const conflict = result.conflict;
    return structurePage(c, { values: conflict.yours as ProgrammeStructure['fields'], version: conflict.currentVersion, conflict }, 409);
  });

  const itemPage = async (c: C, extras: { values?: Record<string, unknown>; version?: number; errors?: FieldError[]; conflict?: EditConflict<Record<string, unknown>> } = {}, status: 200 | 400 | 409 = 200) => {
    const kind = structureKind(c.req.param('kind') ?? '');
    const id = c.req.param('id');
    const page = await staffRead(c, store, async (ctx) => {
      if (!can(ctx.actor, 'programme.edit', ctx.municipality!.id)) throw new StaffRefusal('forbidden', 'programme.edit');
      const structure = await getProgrammeStructure(ctx, c.req.param('p') ?? '');
      const item = id ? structure[STRUCTURE_KINDS[kind].entity].find((candidate) => candidate.id === id) : undefined;
      if (id && !item) throw new StaffRefusal('notFound');
      return {
        ctx: pageContext(c, ctx), structure, item, spearheads: await listStrategyThemes(ctx, 'spearhead'),
        history: item ? await structureItemHistory(ctx, kind, item.id) : [],
      };
    });
    const version = extras.version ?? page.item?.version;
    return renderPage(c, (
      <StructureItemPage ctx={page.ctx} structure={page.structure} kind={kind} item={page.item} spearheads={page.spearheads} history={page.history}
        values={extras.values ?? page.item?.fields ?? {}} version={version} errors={extras.errors ?? []} conflict={extras.conflict} />
    ), status);
  };

  app.get('/programmes/:p/structure/:kind', (c) => itemPage(c));
  app.get('/programmes/:p/structure/:kind/:id', (c) => itemPage(c));

  const saveItem = async (c: C) => {
    const kind = structureKind(c.req.param('kind') ?? '');
    const id = c.req.param('id');
    const body = (await c.req.parseBody()) as FormBody;
    const fields = structureFieldsFromForm(body);
    const result = await attempt(() => staffWrite(c, store, (ctx) => saveStructureItem(ctx, {
      kind, programmeSlug: c.req.param('p') ?? '', ...(id ? { id, version: versionOf(body) } : {}), fields,
    })));
    if (result.ok) return c.redirect(`${editingUrls.structure(m(c), c.req.param('p') ?? '')}?notice=saved`, 303);
    const ctx = staffPageContext(c.get('lang'), c.get('t'), c.get('signedIn'));
    if ('invalid' in result) return itemPage(c, { values: fields, version: id ? versionOf(body) : undefined, errors: fieldErrors(ctx, result.invalid) }, 400);
    const conflict = result.conflict;
    return itemPage(c, { values: conflict.yours, version: conflict.currentVersion, conflict }, 409);
  };

  app.post('/programmes/:p/structure/:kind', saveItem);
  app.post('/programmes/:p/structure/:kind/:id', saveItem);

  return app;
}

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, index) => from + index);
