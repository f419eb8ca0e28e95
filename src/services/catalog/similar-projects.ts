/**
 * The catalog projects most like an action, computed in Postgres (see docs/CATALOG.md, "Similar
 * projects"): the action's words (name, co-funded part, sector and the status texts of the rounds the
 * reader may see, in every language) and each project's words are stemmed, cut to their first six
 * letters, and weighted by how rare they are in the catalog.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { LocalizedText } from '../../domain/language.ts';
import { selectRows } from '../../db/orm.ts';
import type { Ctx } from '../context.ts';
import type { ProgrammeSummary } from '../views.ts';
import { visibleRound } from '../visibility.ts';
import { projectHead, type ProjectHead, type ProjectHeadRow } from './catalog-projects.ts';

/**
 * Stems cut to this many letters: the Finnish stemmer leaves consonant gradation and many case endings
 * ("tekoälyyn"/"tekoäly", "verkkomaksamisen"/"verkkomaksaminen"), which agree on their first six letters.
 */
const KEY_LENGTH = 6;
/** A word of the action's name counts twice, of its co-funded part four times (that part is the project). */
const NAME_WEIGHT = 2;
const CO_FUNDED_PART_WEIGHT = 4;
/** A word of the project's title counts three times. */
const TITLE_WEIGHT = 3;

export interface SimilarProject extends ProjectHead {
  score: number;
}

const CONFIGS = [['fi', 'finnish'], ['sv', 'swedish'], ['en', 'english']] as const;

/** The action's words in every language, each language stemmed by its own rules, with their weights. */
function actionTerms(field: string, weight: number) {
  return sql.join(CONFIGS.map(([lang, config]) => sql`
    select left(l.lexeme, ${KEY_LENGTH}) as key, ${weight}::float8 as weight
    from action_text, unnest(to_tsvector(${sql.raw(`'${config}'::regconfig`)}, coalesce(action_text.${sql.raw(field)}->>${lang}, ''))) l`),
  sql` union all `);
}

interface Row extends ProjectHeadRow {
  score: number | string;
}

/** The `limit` projects most like the action `ref` of the programme, best first; null for an unknown action. */
export async function similarProjects(ctx: Ctx, programme: ProgrammeSummary, ref: string, limit = 5): Promise<SimilarProject[] | null> {
  const [action] = await selectRows<{ id: string }>(ctx.tx, sql`select id from actions where programme_id = ${programme.id} and ref = ${ref}`);
  if (!action) return null;
  return mostSimilar(ctx, sql`
      select a.name, a.co_funded_part, a.sector,
        jsonb_build_object(
          'fi', string_agg(s.text->>'fi', ' '), 'sv', string_agg(s.text->>'sv', ' '), 'en', string_agg(s.text->>'en', ' ')
        ) as statuses
      from actions a
      left join (action_statuses s join rounds on rounds.id = s.round_id and ${visibleRound(ctx)}) on s.action_id = a.id
      where a.id = ${action.id}
      group by a.id`, limit);
}

/**
 * The projects most like a text that is not (yet) an action, an idea for one: its title weighs as an
 * action's name, its description as an action's status texts.
 */
export function similarProjectsForText(ctx: Ctx, text: { title: LocalizedText; description: LocalizedText }, limit = 5): Promise<SimilarProject[]> {
  return mostSimilar(ctx, sql`
      select ${JSON.stringify(text.title)}::jsonb as name, '{}'::jsonb as co_funded_part, '{}'::jsonb as sector,
        ${JSON.stringify(text.description)}::jsonb as statuses`, limit);
}

/** Scores the catalog against one row of action-shaped text (name, co_funded_part, sector, statuses). */
async function mostSimilar(ctx: Ctx, actionText: SQL, limit: number): Promise<SimilarProject[]> {
  const rows = await selectRows<Row>(ctx.tx, sql`
    with action_text as (${actionText}
    ),
    terms as (
      select key, max(weight) as weight from (
        ${actionTerms('name', NAME_WEIGHT)} union all ${actionTerms('co_funded_part', CO_FUNDED_PART_WEIGHT)}
        union all ${actionTerms('sector', 1)} union all ${actionTerms('statuses', 1)}
      ) words
      where length(key) >= 3 and key !~ '^[0-9]'
      group by key
    ),
    title_terms as (
      select distinct p.id, left(l.lexeme, ${KEY_LENGTH}) as key
      from catalog_projects p,
        unnest(to_tsvector(CASE WHEN p.lang = 'sv' THEN 'swedish'::regconfig ELSE 'finnish'::regconfig END, p.title)) l
    ),
    project_terms as (
      select p.id, left(l.lexeme, ${KEY_LENGTH}) as key from catalog_projects p, unnest(p.search_vector) l group by 1, 2
    ),
    rarity as (
      select key, ln(((select count(*) from catalog_projects) + 1.0) / count(*)) as idf from project_terms group by key
    ),
    sizes as (select id, count(*) as n from project_terms group by id),
    scores as (
      select pt.id, sum(r.idf * t.weight * case when tt.key is null then 1 else ${TITLE_WEIGHT} end) / ln(sizes.n + 10) as score
      from project_terms pt
      join terms t on t.key = pt.key
      join rarity r on r.key = pt.key
      join sizes on sizes.id = pt.id
      left join title_terms tt on tt.id = pt.id and tt.key = pt.key
      group by pt.id, sizes.n
    )
    select p.key, p.title, p.lang, p.ended, p.lead_code, p.lead_written, s.score
    from scores s join catalog_projects p on p.id = s.id
    order by s.score desc, p.key
    limit ${limit}`);
  return rows.map((row) => ({ ...projectHead(row), score: Math.round(Number(row.score) * 1000) / 1000 }));
}
