/**
 * The coordinator's overview is filtered and sorted by query parameters, so that a view can be
 * bookmarked and works without JavaScript. Unknown values are ignored (the whole round is shown).
 */
import { z } from 'zod';
import { LANGUAGES, pickText, type Lang } from '../../domain/language.ts';
import type { RoundEntry } from '../../services/rounds/views.ts';

const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

export const overviewQuery = z.object({
  /** A person's id, or "none" for actions without an owner's account. */
  owner: optional(z.string().max(100)),
  sector: optional(z.string().max(300)),
  updated: optional(z.enum(['yes', 'no'])),
  missing: optional(z.enum(LANGUAGES)),
  inferred: optional(z.enum(['yes'])),
  sort: z.enum(['ref', 'owner', 'updated']).catch('ref'),
});

export type OverviewQuery = z.infer<typeof overviewQuery>;

export function parseOverviewQuery(query: Record<string, string>): OverviewQuery {
  return overviewQuery.parse(query);
}

export const sectorOf = (entry: RoundEntry, lang: Lang, fallbacks: readonly Lang[]) => pickText(entry.sector, lang, fallbacks)?.text ?? '';

export function filterEntries(entries: readonly RoundEntry[], query: OverviewQuery, lang: Lang, fallbacks: readonly Lang[]): RoundEntry[] {
  const shown = entries.filter((entry) =>
    (query.owner === undefined || (query.owner === 'none' ? entry.ownerUserId === null : entry.ownerUserId === query.owner))
    && (query.sector === undefined || sectorOf(entry, lang, fallbacks) === query.sector)
    && (query.updated === undefined || (query.updated === 'yes') === (entry.updatedAt !== null))
    && (query.missing === undefined || entry.missingLanguages.includes(query.missing))
    && (query.inferred === undefined || entry.stateInferred));
  if (query.sort === 'owner') {
    const collator = new Intl.Collator(lang);
    return shown.sort((a, b) => collator.compare(a.ownerName ?? '\uffff', b.ownerName ?? '\uffff'));
  }
  // Missing updates first, then the oldest: who to chase.
  if (query.sort === 'updated') return shown.sort((a, b) => (a.updatedAt?.getTime() ?? 0) - (b.updatedAt?.getTime() ?? 0));
  return shown;
}

/** The query string of a filtered overview ("" for none), to carry the filters to the table and back. */
export function overviewSearch(query: OverviewQuery): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined && !(name === 'sort' && value === 'ref')) params.set(name, value);
  const search = params.toString();
  return search ? `?${search}` : '';
}
