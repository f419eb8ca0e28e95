/**
 * Result metrics in the workspace, under /staff/:m/programmes/:p/…: the list, one metric with its
 * values and the form to enter or revise one, and the CSV import (preview first, then save).
 */
import { Hono, type Context } from 'hono';
import { ConflictError, InvalidInputError } from '../../domain/errors.ts';
import { readMetricCsv } from '../../io/metric-values-csv.ts';
import type { Ctx, Store } from '../../services/context.ts';
import { importMetricValues, saveMetricValue, type ImportResult } from '../../services/metrics/metric-values.ts';
import { getMetric, listMetrics } from '../../services/metrics/metrics.ts';
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
        const errors = error.issues.map((issue) => ({
          field: issue.field, message: `${(t.metrics as Record<string, unknown>)[issue.field] as string ?? issue.field}: ${t.metrics.import.problems[issue.problem] ?? issue.problem}`,
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

  return app;
}
