/**
 * The open data API's shapes. Each schema both validates what comes in and documents what goes out
 * (the OpenAPI document is generated from them), and the presenters are typed by them, so the
 * document cannot drift from the responses. Response objects are strict: the document then says
 * "no other fields", which the contract test holds the real responses to.
 */
import { z } from '@hono/zod-openapi';
import {
  ACTION_STATES,
  BENEFICIARIES,
  BENEFITS,
  DEVELOPMENT_MODELS,
  LEVELS,
  SIZE_CLASSES,
  TRAFFIC_LIGHTS,
  type ActionState,
} from '../../domain/action.ts';
import { LANGUAGES, type Lang } from '../../domain/language.ts';

const slug = (name: string, example: string) =>
  z.string().min(1).max(100).openapi({ param: { name, in: 'path' }, example });

export const MunicipalityParams = z.object({ municipality: slug('municipality', 'porvoo') });

export const ProgrammeParams = MunicipalityParams.extend({ programme: slug('programme', 'digi-2020-2023') });

export const ActionParams = ProgrammeParams.extend({
  id: z.string().min(1).max(40).openapi({
    param: { name: 'id', in: 'path' },
    description: 'The action\'s reference, "section.row" as first published.',
    example: '4.11',
  }),
});

const roundQuery = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a round as YYYY-MM')
  .optional()
  .openapi({ description: 'The follow-up round ("YYYY-MM") whose status to show; default the latest.', example: '2022-09' });

export const ActionQuery = z.object({ round: roundQuery });

export const ActionListQuery = z.object({
  round: roundQuery,
  q: z.string().trim().max(200).optional().openapi({ description: "Words to find in the actions' names and status texts, written in `lang`.", example: 'visualisointi' }),
  lang: z.enum(LANGUAGES).optional().openapi({ description: "The language `q` is written in; default the municipality's first language." }),
  // A position is a 32-bit integer in the database, which refuses a larger one with an error.
  section: z.coerce.number().int().positive().max(2_147_483_647).optional().openapi({ description: 'Only actions of this section (its position).', example: 4 }),
  year: z.coerce.number().int().min(1900).max(2200).optional().openapi({ description: 'Only actions scheduled for this year.', example: 2022 }),
  state: z.enum(ACTION_STATES).optional().openapi({ description: 'Only actions in this state in the round.' }),
  coFunded: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional()
    .openapi({ description: 'Only actions co-funded (or not) by the incentive programme of the Ministry of Finance.' }),
});

export const LocalizedTextSchema = z
  .strictObject(Object.fromEntries(LANGUAGES.map((lang) => [lang, z.string().min(1).optional()])) as Record<
    Lang,
    z.ZodOptional<z.ZodString>
  >)
  .openapi('LocalizedText', { description: 'A text per language; a language without text is absent, never filled in.' });

const ActionStateSchema = z.enum(ACTION_STATES).openapi('ActionState');
const roundKey = z.string().openapi({ description: 'The round\'s key, "YYYY-MM".', example: '2022-09' });

export const RoundSchema = z
  .strictObject({
    key: roundKey,
    label: LocalizedTextSchema.openapi({ description: 'As printed in the report, per language it was reported in.', example: { fi: 'Tilanne 09/2022' } }),
    lang: z.enum(LANGUAGES).openapi({ description: "The round's own language: the report's, or the municipality's first." }),
  })
  .openapi('Round');

export const StateCountsSchema = z
  .strictObject(Object.fromEntries(ACTION_STATES.map((state) => [state, z.number().int().min(0)])) as Record<
    ActionState,
    z.ZodNumber
  >)
  .openapi('StateCounts', { description: 'How many actions are in each state in the latest round.' });

export const MunicipalitySchema = z
  .strictObject({
    slug: z.string().openapi({ example: 'porvoo' }),
    code: z.string().openapi({ description: "Statistics Finland's municipality code.", example: '638' }),
    name: LocalizedTextSchema,
    languages: z.array(z.enum(LANGUAGES)).openapi({ description: 'The primary language first.' }),
  })
  .openapi('Municipality');

export const ProgrammeSchema = z
  .strictObject({
    slug: z.string().openapi({ example: 'digi-2020-2023' }),
    name: LocalizedTextSchema,
    period: z.strictObject({ start: z.number().int(), end: z.number().int() }),
    costCode: z.string().nullable().openapi({ example: '1111 Digiohjelma2024' }),
    rounds: z.array(RoundSchema).openapi({ description: 'Oldest first.' }),
    latestRound: z.union([RoundSchema, z.null()]),
    actionCount: z.number().int().min(0),
    stateCounts: StateCountsSchema,
  })
  .openapi('Programme');

export const ProgrammeListSchema = z
  .strictObject({ municipality: MunicipalitySchema, programmes: z.array(ProgrammeSchema) })
  .openapi('ProgrammeList');

export const StatusSchema = z
  .strictObject({
    round: roundKey,
    roundLabel: LocalizedTextSchema.openapi({ example: { fi: 'Tilanne 09/2022' } }),
    text: LocalizedTextSchema,
    state: ActionStateSchema,
    stateInferred: z.boolean().openapi({ description: 'True while the state is only proposed from the text, not yet confirmed.' }),
    trafficLight: z.enum(TRAFFIC_LIGHTS).nullable(),
  })
  .openapi('Status');

const actionFields = {
  id: z.string().openapi({ example: '4.11' }),
  name: LocalizedTextSchema,
  section: z.strictObject({ position: z.number().int(), name: LocalizedTextSchema }),
  years: z.array(z.number().int()).openapi({ description: 'The years the action is scheduled for.', example: [2021, 2022] }),
  coFunded: z.boolean().openapi({ description: 'Co-funded by the incentive programme of the Ministry of Finance.' }),
  coFundedPart: z.union([LocalizedTextSchema, z.null()]).openapi({ description: 'When only part of the action was co-funded, that part.' }),
  status: z.union([StatusSchema, z.null()]).openapi({ description: 'In the asked round; null when the action has no entry in it.' }),
};

export const ActionSchema = z.strictObject(actionFields).openapi('Action');

export const ActionListSchema = z
  .strictObject({
    round: roundKey.nullable().openapi({ description: 'The round of the statuses; null when the programme has no rounds yet.' }),
    actions: z.array(ActionSchema),
  })
  .openapi('ActionList');

const nullableEnum = <const Values extends readonly [string, ...string[]]>(values: Values) => z.enum(values).nullable();

export const PerspectivesSchema = z
  .strictObject({
    goal: z.string().nullable().openapi({ description: 'The code of the goal the action advances.' }),
    competence: z.string().nullable(),
    level: nullableEnum(LEVELS),
    statutory: z.boolean().nullable(),
    benefits: z.array(z.enum(BENEFITS)).nullable(),
    beneficiaries: z.array(z.enum(BENEFICIARIES)).nullable(),
    costClass: nullableEnum(SIZE_CLASSES),
    impactClass: nullableEnum(SIZE_CLASSES),
    developmentModel: nullableEnum(DEVELOPMENT_MODELS),
  })
  .openapi('Perspectives', { description: 'The eight perspectives; null until someone classifies the action.' });

/** Not an extension of Action: a strict schema cannot be extended by `allOf` in JSON Schema. */
export const ActionDetailSchema = z.strictObject({
  ...actionFields,
  perspectives: PerspectivesSchema,
  sector: LocalizedTextSchema,
  partnerMunicipalities: z.array(z.string()),
  statuses: z.array(StatusSchema).openapi({ description: "Every round's status, newest first." }),
}).openapi('ActionDetail');

export const ProblemSchema = z
  .strictObject({
    type: z.string().optional(),
    title: z.string().openapi({ example: 'Not Found' }),
    status: z.number().int().openapi({ example: 404 }),
    detail: z.string().openapi({ example: 'There is no municipality "nowhere".' }),
  })
  .openapi('Problem', { description: 'Problem details (RFC 9457).' });

export const CsvSchema = z.string().openapi({ description: 'UTF-8 with a byte order mark, CRLF line ends, a header row.' });

export type LocalizedTextJson = z.infer<typeof LocalizedTextSchema>;
export type RoundJson = z.infer<typeof RoundSchema>;
export type ProgrammeJson = z.infer<typeof ProgrammeSchema>;
export type ProgrammeListJson = z.infer<typeof ProgrammeListSchema>;
export type StatusJson = z.infer<typeof StatusSchema>;
export type ActionJson = z.infer<typeof ActionSchema>;
export type ActionDetailJson = z.infer<typeof ActionDetailSchema>;
export type ProblemJson = z.infer<typeof ProblemSchema>;
