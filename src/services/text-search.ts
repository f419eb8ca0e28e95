/**
 * Text search as people type it, inside Postgres. The `finnish` stemmer alone misses inflected forms
 * ("visualisointi" → visualisoint, "visualisoinnin" → visualisoin), so each word matches when either
 * the stemmed prefix query or pg_trgm's word similarity finds it. Every word must match.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Lang } from '../domain/language.ts';

const TEXT_SEARCH_CONFIG: Record<Lang, string> = { fi: 'finnish', sv: 'swedish', en: 'english' };
/** Below this, trigram matches drift to unrelated words ("mittari" ~ "mittaaminen" is 0.63). */
export const WORD_SIMILARITY_THRESHOLD = 0.7;
/** Shorter words are matched as whole stems: a prefix of "kun" (kunta) would match too much. */
const MIN_PREFIX_WORD_LENGTH = 6;
const MAX_WORDS = 8;

/** The words of a query: letters and digits only, so nothing of the tsquery syntax gets through. */
export function queryWords(query: string): string[] {
  return (query.toLocaleLowerCase('fi').match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_WORDS);
}

/** A condition that `document`, written in `lang`, matches every word of the query. */
export function matchesText(document: SQL, lang: Lang, words: string[]): SQL {
  const config = sql.raw(`'${TEXT_SEARCH_CONFIG[lang]}'::regconfig`);
  const vector = sql`to_tsvector(${config}, ${document})`;
  const conditions = words.map((word) => {
    const tsquery = word.length >= MIN_PREFIX_WORD_LENGTH
      ? sql`to_tsquery(${config}, quote_literal(${word}) || ':*')`
      : sql`plainto_tsquery(${config}, ${word})`;
    return sql`(${vector} @@ ${tsquery} OR word_similarity(${word}, ${document}) >= ${WORD_SIMILARITY_THRESHOLD})`;
  });
  return sql.join(conditions, sql` AND `);
}
