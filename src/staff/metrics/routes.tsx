/**
 * Result metrics in the workspace, under /staff/:m/programmes/:p/…: the list, one metric with its
 * values and the form to enter or revise one, and the CSV import (preview first, then save).
 */
import { Hono, type Context } from 'hono';
import { ConflictError, InvalidInputError } from '../../domain/errors.ts';
import { readMetricCsv } from '../../io/metric-values-csv.ts';
import type { Ctx, Store } from '../../services/context.ts';
import { importMetricValues, saveMetricValue, type ImportResult } from '../../services/metrics/metric-values.ts';
import { getMetric, listMetrics, listStrategyThemes } from '../../services/metrics/metrics.ts';
import { findProgramme } from '../../services/programmes.ts';
import { listMembers } from '../../services/staff/people.ts';
import { renderPage } from '../../site/render.ts';
import type { FieldError } from '../components/forms.tsx';
import type { FormBody } from '../editing/form-data.ts';
import type { StaffEnv } from '../env.ts';
import { staffPageContext } from '../page-context.ts';
import { staffRead, staffWrite, StaffRefusal } from '../run.ts';
import { ImportPage, MetricListPage, MetricValuesPage, type ValueFormValues } from './pages.tsx';
import { metricUrls } from './urls.ts';
import { StrategyItemPage, StrategyPage } from './strategy-pages.tsx';
import { MeasuresPage, type CheckpointForm } from './measures-page.tsx';
import { can } from '../../domain/permissions.ts';
import { LANGUAGES, type LocalizedText } from '../../domain/language.ts';
import { STRATEGY_THEME_KINDS, type StrategyThemeKind } from '../../domain/metrics.ts';
import { getEditableAction, mayEditAction } from '../../services/editing/actions.ts';
import type { Problem } from '../../services/editing/validation.ts';
import type { EditConflict } from '../../services/editing/versioned.ts';
import { actionMeasures, saveCheckpoint, setImpactMetric } from '../../services/metrics/action-measures.ts';
import { saveStrategyTheme } from '../../services/metrics/strategy-themes.ts';
import { fieldErrors } from '../editing/fields.tsx';
import { versionOf } from '../editing/form-data.ts';

type C = Context<StaffEnv>;

const pageContext = (c: C, ctx: Ctx) => staffPageContext(c.get('lang'), c.get('t'), c.get('signedIn'), ctx.municipality);
const text = (body: FormBody, name: string) => (typeof body[name] === 'string' ? body[name] : '');

async function programmeOf(ctx: Ctx, slug: string) {
  const programme = await findProgramme(ctx, slug);
  if (!programme) throw new StaffRefusal('notFound');
  return programme;
}

export function metricRoutes(store: Store): Hono<StaffEnv> {
  const app = new Hono<StaffEnv>();
  const m = (c: C) => c.req.param('m') ?? '';
  const p = (c: C) => c.req.param('p') ?? '';

  app.get('/programmes/:p/metrics', async (c) => {
    const page = await staffRead(c, store, async (ctx) => {
      const programme = await programmeOf(ctx, p(c));
      return { ctx: pageContext(c, ctx), programme, metrics: await listMetrics(ctx, programme.id) };
    });
    return renderPage(c, <MetricListPage {...page} />);
  });

  const metricPage = async (c: C, extras: { values?: ValueFormValues; errors?: FieldError[]; notice?: string; conflict?: boolean } = {}, status: 200 | 400 | 409 = 200) => {
    const page = await staffRead(c, store, async (ctx) => {
      const programme = await programmeOf(ctx, p(c));
      const metric = await getMetric(ctx, programme.id, c.req.param('code') ?? '');
      if (!metric) throw new StaffRefusal('notFound');
      const people = new Map((await listMembers(ctx)).map((member) => [member.id, member.displayName]));
      return { ctx: pageContext(c, ctx), programme, metric, people };
    });
    // A link to a period opens its value for revision, at the version shown.
    const asked = page.metric.values.find((value) => value.period === c.req.query('period'));
    const values: ValueFormValues = extras.values ?? (asked
      ? { period: asked.period, value: String(asked.value), source: asked.source ?? '', note: asked.note ?? '', version: asked.version }
      : { period: '', value: '', source: '', note: '' });
    return renderPage(c, <MetricValuesPage {...page} values={values} errors={extras.errors} notice={extras.notice} conflict={extras.conflict} />, status);
  };

  app.get('/programmes/:p/metrics/:code', (c) => {
    const saved = c.req.query('saved');
    const counts = { added: saved === 'added' ? 1 : 0, revised: saved === 'revised' ? 1 : 0, unchanged: saved === 'unchanged' ? 1 : 0 };
    return metricPage(c, { notice: saved ? c.get('t').metrics.saved(counts) : undefined });
  });

  app.post('/programmes/:p/metrics/:code', async (c) => {
    const body = (await c.req.parseBody()) as FormBody;
    const version = Number.parseInt(text(body, 'version'), 10);
    const values: ValueFormValues = {
      period: text(body, 'period'), value: text(body, 'value'), source: text(body, 'source'), note: text(body, 'note'),
      version: Number.isSafeInteger(version) ? version : undefined,
    };
    const code = c.req.param('code');
    try {
      const result = await staffWrite(c, store, (ctx) => saveMetricValue(ctx, {
        programme: p(c), value: { metric: code, period: values.period, value: values.value, source: values.source, note: values.note },
        ...(values.version === undefined ? {} : { version: values.version }),
      }));
      return c.redirect(`${metricUrls.metric(m(c), p(c), code)}?saved=${result.rows[0]!.outcome}`, 303);
    } catch (error) {
      const t = c.get('t');
      if (error instanceof InvalidInputError) {
        const labels: Record<string, string> = { metric: t.metrics.metric, period: t.metrics.period, value: t.metrics.value, source: t.metrics.source, note: t.metrics.note };
        const errors = error.issues.map((issue) => ({
          field: issue.field, message: `${labels[issue.field] ?? issue.field}: ${t.metrics.import.problems[issue.problem] ?? issue.problem}`,
        }));
        return metricPage(c, { values, errors }, 400);
      }
      if (error instanceof ConflictError) {
        const current = error.current as { version: number };
        return metricPage(c, { values: { ...values, version: current.version }, conflict: true }, 409);
      }
      throw error;
    }
  });

  const importPage = async (c: C, props: { text: string; result?: ImportResult; missing?: string[]; empty?: boolean; done?: ImportResult }, status: 200 | 400 = 200) => {
    const page = await staffRead(c, store, async (ctx) => ({ ctx: pageContext(c, ctx), programme: await programmeOf(ctx, p(c)) }));
    return renderPage(c, <ImportPage {...page} {...props} />, status);
  };

  app.get('/programmes/:p/metric-values/import', (c) => importPage(c, { text: '' }));

  app.post('/programmes/:p/metric-values/import', async (c) => {
    const body = (await c.req.parseBody()) as FormBody;
    const file = body.file instanceof File && body.file.size > 0 ? await body.file.text() : '';
    const csv = file || text(body, 'csv');
    if (csv.trim() === '') return importPage(c, { text: '', empty: true }, 400);
    const read = readMetricCsv(csv);
    if (!read.ok) return importPage(c, { text: csv, missing: read.missing }, 400);
    const apply = text(body, 'step') === 'apply';
    const result = await staffWrite(c, store, (ctx) => importMetricValues(ctx, { programme: p(c), rows: read.rows, lines: read.lines, apply }));
    if (!result.ok) return importPage(c, { text: csv, result }, 400);
    return apply ? importPage(c, { text: '', done: result }) : importPage(c, { text: csv, result });
  });

  const strategyKind = (c: C): StrategyThemeKind => {
    const kind = c.req.param('kind') ?? '';
    if (!(STRATEGY_THEME_KINDS as readonly string[]).includes(kind)) throw new StaffRefusal('notFound');
    return kind as StrategyThemeKind;
  };

  app.get('/strategy', async (c) => {
    const page = await staffRead(c, store, async (ctx) => ({
      ctx: pageContext(c, ctx),
      themes: { spearhead: await listStrategyThemes(ctx, 'spearhead'), indicator: await listStrategyThemes(ctx, 'indicator') },
    }));
    return renderPage(c, <StrategyPage {...page} notice={c.req.query('notice') === 'saved' ? c.get('t').metrics.strategy.saved : undefined} />);
  });

  type StrategyExtras = { values?: { code: string; name: LocalizedText }; version?: number; errors?: FieldError[]; conflict?: EditConflict<Record<string, unknown>> };
  const strategyItemPage = async (c: C, extras: StrategyExtras = {}, status: 200 | 400 | 409 = 200) => {
    const kind = strategyKind(c);
    const id = c.req.param('id');
    const page = await staffRead(c, store, async (ctx) => {
      if (!can(ctx.actor, 'programme.edit', ctx.municipality!.id)) throw new StaffRefusal('forbidden', 'programme.edit');
      const theme = id ? (await listStrategyThemes(ctx, kind)).find((candidate) => candidate.id === id) : undefined;
      if (id && !theme) throw new StaffRefusal('notFound');
      return { ctx: pageContext(c, ctx), theme };
    });
    return renderPage(c, (
      <StrategyItemPage ctx={page.ctx} kind={kind} theme={page.theme} values={extras.values ?? { code: page.theme?.code ?? '', name: page.theme?.name ?? {} }}
        version={extras.version ?? page.theme?.version} errors={extras.errors} conflict={extras.conflict} />
    ), status);
  };

  app.get('/strategy/:kind', (c) => strategyItemPage(c));
  app.get('/strategy/:kind/:id', (c) => strategyItemPage(c));
  const saveTheme = async (c: C) => {
    const kind = strategyKind(c);
    const id = c.req.param('id');
    const body = (await c.req.parseBody()) as FormBody;
    const values = { code: text(body, 'code'), name: Object.fromEntries(LANGUAGES.map((lang) => [lang, text(body, `name.${lang}`)])) };
    const version = versionOf(body);
    try {
      await staffWrite(c, store, (ctx) => saveStrategyTheme(ctx, { kind, ...(id ? { id, version } : {}), fields: values }));
      return c.redirect(`${metricUrls.strategy(m(c))}?notice=saved`, 303);
    } catch (error) {
      const ctx = staffPageContext(c.get('lang'), c.get('t'), c.get('signedIn'));
      if (error instanceof InvalidInputError) return strategyItemPage(c, { values, version, errors: fieldErrors(ctx, error) }, 400);
      if (error instanceof ConflictError) {
        const conflict = error.current as EditConflict<Record<string, unknown>>;
        return strategyItemPage(c, { values, version: conflict.currentVersion, conflict }, 409);
      }
      throw error;
    }
  };
  app.post('/strategy/:kind', saveTheme);
  app.post('/strategy/:kind/:id', saveTheme);

  type MeasuresExtras = { sent?: CheckpointForm; errors?: FieldError[]; notice?: string; conflict?: boolean };
  const measuresPage = async (c: C, extras: MeasuresExtras = {}, status: 200 | 400 | 409 = 200) => {
    const id = c.req.param('id') ?? '';
    const page = await staffRead(c, store, async (ctx) => {
      const action = await getEditableAction(ctx, id);
      if (!mayEditAction(ctx, action)) throw new StaffRefusal('forbidden', 'action.edit');
      return {
        ctx: pageContext(c, ctx), action, measures: (await actionMeasures(ctx, [id])).get(id)!, indicators: await listStrategyThemes(ctx, 'indicator'),
      };
    });
    return renderPage(c, <MeasuresPage {...page} {...extras} editId={c.req.query('checkpoint')} />, status);
  };

  app.get('/actions/:id/measures', (c) => measuresPage(c, { notice: c.req.query('notice') === 'saved' ? c.get('t').metrics.measures.saved : undefined }));

  app.post('/actions/:id/measures', async (c) => {
    const id = c.req.param('id');
    const body = (await c.req.parseBody()) as FormBody;
    const version = Number.parseInt(text(body, 'version'), 10);
    try {
      await staffWrite(c, store, (ctx) => setImpactMetric(ctx, {
        actionId: id, indicatorId: text(body, 'indicatorId') || null, ...(Number.isSafeInteger(version) ? { version } : {}),
      }));
      return c.redirect(`${metricUrls.measures(m(c), id)}?notice=saved`, 303);
    } catch (error) {
      const ctx = staffPageContext(c.get('lang'), c.get('t'), c.get('signedIn'));
      if (error instanceof InvalidInputError) return measuresPage(c, { errors: fieldErrors(ctx, error) }, 400);
      if (error instanceof ConflictError) return measuresPage(c, { conflict: true }, 409);
      throw error;
    }
  });

  const saveCheckpointRoute = async (c: C) => {
    const id = c.req.param('id') ?? '';
    const checkpointId = c.req.param('checkpoint');
    const body = (await c.req.parseBody()) as FormBody;
    const met = text(body, 'met');
    const sent: CheckpointForm = {
      id: checkpointId, version: checkpointId ? versionOf(body) : undefined, dueOn: text(body, 'dueOn'),
      target: Object.fromEntries(LANGUAGES.map((lang) => [lang, text(body, `target.${lang}`)])), met: met === 'yes' || met === 'no' ? met : 'unknown',
    };
    try {
      await staffWrite(c, store, (ctx) => saveCheckpoint(ctx, {
        actionId: id, ...(checkpointId ? { id: checkpointId, version: sent.version! } : {}),
        fields: { dueOn: sent.dueOn.trim(), target: sent.target, met: sent.met === 'unknown' ? null : sent.met === 'yes' },
      }));
      return c.redirect(`${metricUrls.measures(m(c), id)}?notice=saved`, 303);
    } catch (error) {
      const ctx = staffPageContext(c.get('lang'), c.get('t'), c.get('signedIn'));
      if (error instanceof InvalidInputError) {
        const errors = error.issues.map((issue) => ({
          field: issue.field,
          message: ctx.t.editing.problem(issue.field === 'dueOn' ? ctx.t.metrics.measures.dueOn : ctx.t.metrics.measures.target,
            ctx.t.editing.problems[issue.problem as Problem] ?? issue.problem),
        }));
        return measuresPage(c, { sent, errors }, 400);
      }
      if (error instanceof ConflictError) {
        const conflict = error.current as EditConflict<Record<string, unknown>>;
        return measuresPage(c, { sent: { ...sent, version: conflict.currentVersion }, conflict: true }, 409);
      }
      throw error;
    }
  };
  app.post('/actions/:id/checkpoints', saveCheckpointRoute);
  app.post('/actions/:id/checkpoints/:checkpoint', saveCheckpointRoute);

  return app;
}
