/**
 * A programme's goals, competences and result metrics in the open API, as JSON and the values as
 * CSV: "yearly metric data are published openly for everyone". Who entered a value is not published.
 */
import { createRoute, type OpenAPIHono, type z } from '@hono/zod-openapi';
import { PUBLIC } from '../../../domain/actor.ts';
import { NotFoundError } from '../../../domain/errors.ts';
import { LANGUAGES } from '../../../domain/language.ts';
import { toCsv } from '../../../io/csv.ts';
import { runRead, type Store } from '../../../services/context.ts';
import { getProgrammeResults, type MetricView, type ProgrammeResults } from '../../../services/metrics/metrics.ts';
import { findProgramme } from '../../../services/programmes.ts';
import { PROBLEM_CONTENT_TYPE } from '../problems.ts';
import { CsvSchema, ProblemSchema, ProgrammeParams } from '../schemas.ts';
import { GoalListSchema, MetricListSchema, MetricSchema } from './schemas.ts';

const notFound = { description: 'Unknown municipality or programme.', content: { [PROBLEM_CONTENT_TYPE]: { schema: ProblemSchema } } };
const json = <Schema extends z.ZodType>(schema: Schema, description: string) => ({ description, content: { 'application/json': { schema } } });

const goalsRoute = createRoute({
  method: 'get', path: '/{municipality}/programmes/{programme}/goals', operationId: 'listGoals', tags: ['results'],
  summary: "The programme's goals (with their benefits, strategy spearheads and metrics) and competences",
  request: { params: ProgrammeParams },
  responses: { 200: json(GoalListSchema, 'Goals and competences, in the programme\'s order.'), 404: notFound },
});

const metricsRoute = createRoute({
  method: 'get', path: '/{municipality}/programmes/{programme}/metrics', operationId: 'listMetrics', tags: ['results'],
  summary: "The programme's result metrics with their values per period",
  request: { params: ProgrammeParams },
  responses: { 200: json(MetricListSchema, 'The metrics, goal by goal.'), 404: notFound },
});

const metricsCsvRoute = createRoute({
  method: 'get', path: '/{municipality}/programmes/{programme}/metrics.csv', operationId: 'listMetricValuesCsv', tags: ['results'],
  summary: 'Every value of every metric as CSV, one row each',
  request: { params: ProgrammeParams },
  responses: {
    200: { description: 'The values.', content: { 'text/csv': { schema: CsvSchema } } },
    404: notFound,
  },
});

const presentMetric = (metric: MetricView): z.infer<typeof MetricSchema> => ({
  id: metric.code, goal: metric.goal.code, name: metric.name, unit: metric.unit, source: metric.source, direction: metric.direction,
  target: metric.target,
  values: metric.values.map((value) => ({
    period: value.period, value: value.value, source: value.source, note: value.note, revised: value.revised, enteredAt: value.enteredAt.toISOString(),
  })),
});

function presentGoals(results: ProgrammeResults): z.infer<typeof GoalListSchema> {
  return {
    goals: results.goals.map((goal) => ({
      id: goal.code, name: goal.name, description: goal.description, benefits: goal.benefits,
      spearheads: goal.spearheads.map((theme) => ({ code: theme.code, name: theme.name })), metrics: goal.metrics.map((metric) => metric.code),
    })),
    competences: results.competences.map((competence) => ({
      id: competence.code, name: competence.name, description: competence.description, exampleMetrics: competence.exampleMetrics,
    })),
  };
}

const CSV_COLUMNS = ['metric', 'goal', ...LANGUAGES.map((lang) => `name_${lang}` as const), 'period', 'value', 'source', 'note', 'revised'] as const;

export function registerResultsRoutes(app: OpenAPIHono, store: Store): void {
  const read = (params: z.infer<typeof ProgrammeParams>) =>
    runRead(store, { actor: PUBLIC, municipality: { slug: params.municipality } }, async (ctx) => {
      const programme = await findProgramme(ctx, params.programme);
      if (!programme) throw new NotFoundError('programme', params.programme);
      return { programme, results: await getProgrammeResults(ctx, programme.id) };
    });

  app.openapi(goalsRoute, async (c) => c.json(presentGoals((await read(c.req.valid('param'))).results), 200));

  app.openapi(metricsRoute, async (c) => {
    const { results } = await read(c.req.valid('param'));
    return c.json({ metrics: results.goals.flatMap((goal) => goal.metrics).map(presentMetric) }, 200);
  });

  app.openapi(metricsCsvRoute, async (c) => {
    const params = c.req.valid('param');
    const { results } = await read(params);
    const rows = results.goals.flatMap((goal) => goal.metrics).flatMap((metric) => metric.values.map((value) => ({
      metric: metric.code, goal: metric.goal.code,
      ...Object.fromEntries(LANGUAGES.map((lang) => [`name_${lang}`, metric.name[lang] ?? null])) as Record<`name_${(typeof LANGUAGES)[number]}`, string | null>,
      period: value.period, value: value.value, source: value.source, note: value.note, revised: value.revised,
    })));
    return c.text(toCsv(CSV_COLUMNS, rows), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${params.municipality}-${params.programme}-metrics.csv"`,
    });
  });
}
