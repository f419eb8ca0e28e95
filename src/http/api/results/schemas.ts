/** The open API's shapes of a programme's goals, competences and result metrics with their values. */
import { z } from '@hono/zod-openapi';
import { BENEFITS } from '../../../domain/action.ts';
import { LANGUAGES, type Lang } from '../../../domain/language.ts';
import { METRIC_DIRECTIONS } from '../../../domain/metrics.ts';
import { LocalizedTextSchema } from '../schemas.ts';

const LocalizedListSchema = z
  .strictObject(Object.fromEntries(LANGUAGES.map((lang) => [lang, z.array(z.string()).optional()])) as Record<Lang, z.ZodOptional<z.ZodArray<z.ZodString>>>)
  .openapi('LocalizedList', { description: 'Lines of text per language; a language without any is absent.' });

export const MetricValueSchema = z
  .strictObject({
    period: z.string().openapi({ description: 'A year ("2024"), half ("2024-H1"), quarter ("2024-Q2") or month ("2024-06").', example: '2024' }),
    value: z.number(),
    source: z.string().nullable().openapi({ description: 'Where this value comes from.' }),
    note: z.string().nullable(),
    revised: z.boolean().openapi({ description: 'True when the value was changed after it was first published.' }),
    enteredAt: z.string().openapi({ description: 'When the value was entered or last revised (ISO 8601).' }),
  })
  .openapi('MetricValue');

export const MetricSchema = z
  .strictObject({
    id: z.string().openapi({ description: 'The metric\'s code in the programme.', example: 'A1' }),
    goal: z.string().openapi({ description: "The goal's code.", example: 'A' }),
    name: LocalizedTextSchema,
    unit: LocalizedTextSchema,
    source: LocalizedTextSchema,
    direction: z.enum(METRIC_DIRECTIONS).openapi({ description: 'Which way is good: up, down, or "trend" (the development is followed).' }),
    target: LocalizedTextSchema,
    values: z.array(MetricValueSchema).openapi({ description: 'Oldest period first.' }),
  })
  .openapi('Metric');

export const MetricListSchema = z.strictObject({ metrics: z.array(MetricSchema) }).openapi('MetricList');

export const GoalSchema = z
  .strictObject({
    id: z.string().openapi({ description: "The goal's code.", example: 'A' }),
    name: LocalizedTextSchema,
    description: LocalizedTextSchema,
    benefits: z.array(z.enum(BENEFITS)).openapi({ description: 'The long-term benefits the goal supports.' }),
    spearheads: z.array(z.strictObject({ code: z.string(), name: LocalizedTextSchema }))
      .openapi({ description: "The city strategy's spearheads the goal supports." }),
    metrics: z.array(z.string()).openapi({ description: 'The codes of its result metrics.' }),
  })
  .openapi('Goal');

export const CompetenceSchema = z
  .strictObject({ id: z.string(), name: LocalizedTextSchema, description: LocalizedTextSchema, exampleMetrics: LocalizedListSchema })
  .openapi('Competence');

export const GoalListSchema = z.strictObject({ goals: z.array(GoalSchema), competences: z.array(CompetenceSchema) }).openapi('GoalList');
