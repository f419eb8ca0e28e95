/**
 * The action list's query: parsed with zod, then checked against the programme (its sections, years
 * and rounds), so a bad value becomes a message naming the field instead of an empty or wrong list.
 */
import { z } from 'zod';
import { ACTION_STATES, type ActionState } from '../domain/action.ts';
import type { Lang } from '../domain/language.ts';
import type { ActionFilter, ProgrammeOverview } from '../services/views.ts';
import { periodYears } from './period-years.ts';

export const FILTER_FIELDS = ['section', 'year', 'state', 'cofunded', 'q', 'round'] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];

/** A form submits every field; an empty one means "any". */
const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

export const actionQuerySchema = z.object({
  section: optional(z.string().regex(/^[1-9]\d{0,2}$/).transform(Number)),
  year: optional(z.string().regex(/^\d{4}$/).transform(Number)),
  state: optional(z.enum(ACTION_STATES)),
  cofunded: optional(z.enum(['yes', 'no'])),
  q: optional(z.string().trim().max(200)),
  round: optional(z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/)),
});

export type ActionQuery = z.infer<typeof actionQuerySchema>;

export interface FilterError {
  field: FilterField;
  /** What was sent, to show back. */
  value: string;
  kind: 'invalid' | 'unknown_round';
}

export type ParsedActionQuery =
  | { ok: true; query: ActionQuery; values: FilterValues }
  | { ok: false; errors: FilterError[]; values: FilterValues };

/** The fields as text, to fill the form back in. */
export type FilterValues = Record<FilterField, string>;

export function filterValues(raw: Record<string, string | undefined>): FilterValues {
  const values = {} as FilterValues;
  for (const field of FILTER_FIELDS) values[field] = (raw[field] ?? '').trim();
  return values;
}

export function parseActionQuery(raw: Record<string, string | undefined>, programme: ProgrammeOverview): ParsedActionQuery {
  const values = filterValues(raw);
  const parsed = actionQuerySchema.safeParse(values);
  // Each field is judged on its own as well, so every bad field is named at once.
  const malformed = new Set(parsed.success ? [] : parsed.error.issues.map((issue) => issue.path[0] as FilterField));
  const query: ActionQuery = parsed.success ? parsed.data : {};
  if (!parsed.success) {
    for (const field of FILTER_FIELDS) {
      if (malformed.has(field)) continue;
      const one = actionQuerySchema.shape[field].safeParse(values[field]);
      if (one.success) Object.assign(query, { [field]: one.data });
    }
  }
  const errors: FilterError[] = [];
  for (const field of FILTER_FIELDS) {
    if (malformed.has(field)) errors.push({ field, value: values[field], kind: 'invalid' });
    else if (field === 'section' && query.section !== undefined && !programme.sections.some((s) => s.position === query.section)) {
      errors.push({ field, value: values.section, kind: 'invalid' });
    } else if (field === 'year' && query.year !== undefined && !filterYears(programme).includes(query.year)) {
      errors.push({ field, value: values.year, kind: 'invalid' });
    } else if (field === 'round' && query.round !== undefined && !programme.rounds.some((r) => r.key === query.round)) {
      errors.push({ field, value: values.round, kind: 'unknown_round' });
    }
  }
  return errors.length > 0 ? { ok: false, errors, values } : { ok: true, query, values };
}

export function toActionFilter(query: ActionQuery, lang: Lang): ActionFilter {
  const filter: ActionFilter = { lang };
  if (query.section !== undefined) filter.section = query.section;
  if (query.year !== undefined) filter.year = query.year;
  if (query.state !== undefined) filter.state = query.state as ActionState;
  if (query.cofunded !== undefined) filter.coFunded = query.cofunded === 'yes';
  if (query.q !== undefined) filter.q = query.q;
  if (query.round !== undefined) filter.round = query.round;
  return filter;
}

/** The years a programme's actions can be filtered by: its period and any year an action reaches. */
export function filterYears(programme: ProgrammeOverview): number[] {
  return periodYears(programme, programme.years);
}
