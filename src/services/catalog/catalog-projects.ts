/**
 * Reading the catalog: a page of projects, searched as people type Finnish and Swedish, and one
 * project with its contacts. Search reads only titles and descriptions (`search_text`), never contacts.
 */
import { asc, eq, sql, type SQL } from 'drizzle-orm';
import { selectRows } from '../../db/orm.ts';
import { catalogContacts, type StoredLink, type StoredPartner } from '../../db/schema.ts';
import type { CatalogContact, DescriptionBlock, NamedMunicipality } from '../../domain/catalog.ts';
import { municipalityByCode } from '../../domain/municipalities/register.ts';
import type { Ctx } from '../context.ts';
import { queryWords, WORD_SIMILARITY_THRESHOLD } from '../text-search.ts';

/** A stretch of a snippet; `match` marks the words the search found. */
export interface SnippetPart {
  text: string;
  match: boolean;
}

export interface CatalogPartnerView extends NamedMunicipality {
  /** The joint authority whose member list named it. */
  memberOf?: string;
}

export interface CatalogProjectSummary {
  id: string;
  title: string;
  lang: 'fi' | 'sv';
  ended: boolean;
  lead: NamedMunicipality | null;
  partners: CatalogPartnerView[];
  description: DescriptionBlock[];
  links: StoredLink[];
  /** With a search: where the words were found, with them marked. */
  snippet?: SnippetPart[];
}

export interface CatalogProjectDetail extends CatalogProjectSummary {
  contacts: Omit<CatalogContact, 'line'>[];
}

export interface CatalogFilter {
  q?: string;
  /** A municipality's code: projects it led or joined. */
  municipality?: string;
  ended?: boolean;
  limit: number;
  offset: number;
}

export interface CatalogPage {
  total: number;
  projects: CatalogProjectSummary[];
}

/** A municipality of the register by code, with both official names; a name as written otherwise. */
export function namedMunicipality(code: string | null, written: string | null): NamedMunicipality | null {
  const found = code ? municipalityByCode(code) : undefined;
  if (found) return { code: found.code, name: { fi: found.name.fi, sv: found.name.sv } };
  return written ? { code: null, name: { fi: written } } : null;
}

const partnerView = (partner: StoredPartner): CatalogPartnerView => ({
  ...namedMunicipality(partner.code, partner.written)!,
  ...(partner.memberOf ? { memberOf: partner.memberOf } : {}),
});

/** Each entry is stemmed in its own language. */
const ENTRY_CONFIG = sql`CASE WHEN p.lang = 'sv' THEN 'swedish'::regconfig ELSE 'finnish'::regconfig END`;
/** Shorter words are whole stems: a prefix of "kun" (kunta) would match too much. */
const MIN_PREFIX_WORD_LENGTH = 6;
// Markers ts_headline puts around found words; characters that do not occur in the catalog's text.
const START = '⟦';
const STOP = '⟧';
const HEADLINE_OPTIONS = `StartSel=${START}, StopSel=${STOP}, MaxFragments=2, MaxWords=25, MinWords=10, FragmentDelimiter=" … "`;

/** The word as a query in both languages: a stemmed prefix for long words, the exact stem for short ones. */
function wordQuery(word: string): SQL {
  const inConfig = (config: string) => {
    const regconfig = sql.raw(`'${config}'::regconfig`);
    return word.length >= MIN_PREFIX_WORD_LENGTH
      ? sql`to_tsquery(${regconfig}, quote_literal(${word}) || ':*')`
      : sql`plainto_tsquery(${regconfig}, ${word})`;
  };
  return sql`(${inConfig('finnish')} || ${inConfig('swedish')})`;
}

/**
 * A word matches when the entry's stems hold its stemmed prefix, or when it is close enough to a stretch
 * of the text by trigrams (inflected forms the stemmer misses, misspellings). `<%` lets the trigram
 * index find candidates at pg_trgm's threshold (0.6); the explicit comparison keeps only close ones.
 */
function wordMatches(word: string): SQL {
  return sql`(p.search_vector @@ ${wordQuery(word)}
    OR (${word} <% p.search_text AND word_similarity(${word}, p.search_text) >= ${WORD_SIMILARITY_THRESHOLD}))`;
}

/**
 * What ts_headline marks: the words' own queries, and the entry's stems that trigrams tied to a word
 * (for "varhaiskasvatuksen" the stem of "varhaiskasvatus", which the stemmed query does not reach).
 */
function highlightQuery(words: string[]): SQL {
  const own = sql.join(words.map(wordQuery), sql` || `);
  const similar = sql.join(
    words.map((word) => sql`word_similarity(${word}, l.lexeme) >= ${WORD_SIMILARITY_THRESHOLD}`),
    sql` OR `,
  );
  return sql`coalesce(${own} || (
    select to_tsquery('simple', string_agg(quote_literal(l.lexeme) || ':*', ' | '))
    from unnest(p.search_vector) l where length(l.lexeme) >= 4 and (${similar})
  ), ${own})`;
}

function score(words: string[]): SQL {
  const similarity = sql.join(
    words.map((word) => sql`word_similarity(${word}, p.search_text) + 2 * word_similarity(${word}, p.title)`),
    sql` + `,
  );
  return sql`ts_rank_cd(p.search_vector, ${sql.join(words.map(wordQuery), sql` || `)}) + ${similarity}`;
}

/** Splits a headline at the markers into plain and found stretches. */
export function snippetParts(headline: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const [index, text] of headline.split(new RegExp(`[${START}${STOP}]`, 'u')).entries()) {
    if (text) parts.push({ text, match: index % 2 === 1 });
  }
  return parts;
}

/** The columns every listing of projects reads, as SQL names them. */
export interface ProjectHeadRow {
  key: string;
  title: string;
  lang: 'fi' | 'sv';
  ended: boolean;
  lead_code: string | null;
  lead_written: string | null;
}

export type ProjectHead = Pick<CatalogProjectSummary, 'id' | 'title' | 'lang' | 'ended' | 'lead'>;

export const projectHead = (row: ProjectHeadRow): ProjectHead => ({
  id: row.key, title: row.title, lang: row.lang, ended: row.ended, lead: namedMunicipality(row.lead_code, row.lead_written),
});

interface ProjectRow extends ProjectHeadRow {
  partners: StoredPartner[];
  description: DescriptionBlock[];
  links: StoredLink[];
  headline?: string | null;
  total: string | number;
}

function summaryOf(row: ProjectRow): CatalogProjectSummary {
  return {
    ...projectHead(row),
    partners: row.partners.map(partnerView),
    description: row.description,
    links: row.links,
    ...(row.headline ? { snippet: snippetParts(row.headline) } : {}),
  };
}

export async function listCatalogProjects(ctx: Ctx, filter: CatalogFilter): Promise<CatalogPage> {
  const words = queryWords(filter.q ?? '');
  const conditions: SQL[] = words.map(wordMatches);
  if (filter.municipality) conditions.push(sql`(p.lead_code = ${filter.municipality} OR p.partner_codes @> array[${filter.municipality}]::text[])`);
  if (filter.ended !== undefined) conditions.push(sql`p.ended = ${filter.ended}`);
  const where = conditions.length > 0 ? sql`where ${sql.join(conditions, sql` and `)}` : sql``;
  const searched = words.length > 0;
  // On a table this small the planner scans it whole, and word_similarity then reads every description
  // (≈ 200 ms a word, measured); the trigram index narrows it to the few candidates first (≈ 50 ms).
  if (searched) await ctx.tx.execute(sql`set local enable_seqscan = off`);
  const rows = await selectRows<ProjectRow>(ctx.tx, sql`
    with found as (
      select p.*, ${searched ? score(words) : sql`0`} as score, count(*) over () as total
      from catalog_projects p ${where}
      order by score desc, lower(p.title), p.key
      limit ${filter.limit} offset ${filter.offset}
    )
    select p.key, p.title, p.lang, p.ended, p.lead_code, p.lead_written, p.partners, p.description, p.links, p.total,
      ${searched ? sql`ts_headline(${ENTRY_CONFIG}, p.search_text, ${highlightQuery(words)}, ${HEADLINE_OPTIONS})` : sql`null`} as headline
    from found p
    order by p.score desc, lower(p.title), p.key`);
  const total = rows[0] ? Number(rows[0].total) : await countProjects(ctx, where);
  return { total, projects: rows.map(summaryOf) };
}

/** The total when the page itself is empty (an offset past the end). */
async function countProjects(ctx: Ctx, where: SQL): Promise<number> {
  const [row] = await selectRows<{ total: string | number }>(ctx.tx, sql`select count(*) as total from catalog_projects p ${where}`);
  return Number(row?.total ?? 0);
}

export async function getCatalogProject(ctx: Ctx, id: string): Promise<CatalogProjectDetail | null> {
  const [row] = await selectRows<ProjectRow & { id: string }>(ctx.tx, sql`
    select p.id, p.key, p.title, p.lang, p.ended, p.lead_code, p.lead_written, p.partners, p.description, p.links, 1 as total
    from catalog_projects p where p.key = ${id}`);
  if (!row) return null;
  const contacts = await ctx.tx
    .select({ name: catalogContacts.name, organisation: catalogContacts.organisation, email: catalogContacts.email, phone: catalogContacts.phone })
    .from(catalogContacts)
    .where(eq(catalogContacts.projectId, row.id))
    .orderBy(asc(catalogContacts.position));
  return { ...summaryOf(row), contacts };
}

