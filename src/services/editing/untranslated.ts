/**
 * What is missing a translation: every text of a programme (its name, goals, competences, sections,
 * enablers, and its actions' names, sectors and co-funded parts) that has text in some language but
 * not in the one asked about. Empty texts are not untranslated, only unwritten.
 */
import { and, asc, eq, isNull } from 'drizzle-orm';
import { actions, sections } from '../../db/schema.ts';
import { LANGUAGES, type Lang, type LocalizedText } from '../../domain/language.ts';
import { authorize } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { scopedMunicipality } from '../scope.ts';
import { getProgrammeStructure, type StructureKind } from './structure.ts';
import { hasText } from './validation.ts';

export interface Untranslated {
  /** Where the text belongs. */
  kind: 'programme' | StructureKind | 'action';
  id: string;
  /** The action's reference, the goal's code, the section's or enabler's position. */
  label: string;
  field: 'name' | 'sector' | 'coFundedPart' | 'measures' | 'metrics' | 'description' | 'exampleMetrics' | 'unit' | 'source' | 'target';
  /** The text in the languages that have it. */
  text: LocalizedText;
}

const missingIn = (lang: Lang, text: Partial<Record<Lang, unknown>>) =>
  hasText(text as LocalizedText) && !(text[lang] && (Array.isArray(text[lang]) ? (text[lang] as unknown[]).length > 0 : true));

const asText = (value: Partial<Record<Lang, string | string[]>>): LocalizedText =>
  Object.fromEntries(Object.entries(value).map(([lang, text]) => [lang, Array.isArray(text) ? text.join(' · ') : text]));

/** Per language (the municipality's first, then the others), what lacks it; archived actions are left out. */
export async function listUntranslated(ctx: Ctx, programmeSlug: string): Promise<{ lang: Lang; items: Untranslated[] }[]> {
  authorize(ctx, 'unpublished.read');
  const structure = await getProgrammeStructure(ctx, programmeSlug);
  const rows = await ctx.tx
    .select({ id: actions.id, ref: actions.ref, name: actions.name, sector: actions.sector, coFundedPart: actions.coFundedPart })
    .from(actions)
    .innerJoin(sections, eq(sections.id, actions.sectionId))
    .where(and(eq(actions.municipalityId, scopedMunicipality(ctx).id), eq(actions.programmeId, structure.id), isNull(actions.archivedAt)))
    .orderBy(asc(sections.position), asc(actions.position));
  const texts: (Omit<Untranslated, 'text'> & { value: Partial<Record<Lang, string | string[]>> })[] = [];
  texts.push({ kind: 'programme', id: structure.id, label: structure.slug, field: 'name', value: structure.fields.name });
  const more = { enabler: ['measures', 'metrics'], goal: ['description'], competence: ['description', 'exampleMetrics'], metric: ['unit', 'source', 'target'], section: [] } as const;
  for (const item of [...structure.goals, ...structure.competences, ...structure.metrics, ...structure.sections, ...structure.enablers]) {
    const label = 'code' in item.fields ? String(item.fields.code) : String(item.position);
    texts.push({ kind: item.kind, id: item.id, label, field: 'name', value: item.fields.name });
    for (const field of more[item.kind]) {
      texts.push({ kind: item.kind, id: item.id, label, field, value: item.fields[field] as Partial<Record<Lang, string | string[]>> });
    }
  }
  for (const row of rows) {
    for (const field of ['name', 'sector', 'coFundedPart'] as const) texts.push({ kind: 'action', id: row.id, label: row.ref, field, value: row[field] });
  }
  const languages = [...new Set<Lang>([...scopedMunicipality(ctx).languages, ...LANGUAGES])];
  return languages.map((lang) => ({
    lang,
    items: texts.filter((entry) => missingIn(lang, entry.value))
      .map(({ value, ...entry }) => ({ ...entry, text: asText(value) })),
  }));
}
