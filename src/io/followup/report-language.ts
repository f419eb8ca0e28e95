/**
 * The language a report is written in. The round's word ("Tilanne", "Status") and the header words
 * say what the template was; the text says what the report is: a Swedish translation may keep
 * Finnish headers. So the common words of the names, statuses and enablers decide when they clearly
 * lean one way, and the round's word only when the text is too short to tell; the header words are
 * shown as evidence.
 */
import type { DetectedLanguage, FileProblem, LanguageEvidence, ParsedFollowup, ReportLang, TableEvidence } from '../../domain/followup.ts';
import { fileProblem } from './file-problem.ts';
import type { RoundLabel } from './round-label.ts';

// Frequent words of one language that are not words of the other.
const COMMON_WORDS: Record<ReportLang, ReadonlySet<string>> = {
  fi: new Set([
    'ja', 'on', 'ei', 'että', 'tai', 'sekä', 'myös', 'kanssa', 'osalta', 'vuonna', 'vuoden', 'jossa', 'joka', 'jotka', 'ovat',
    'oli', 'ollut', 'mukaan', 'avulla', 'kautta', 'lisäksi', 'kaupungin', 'kaupunki', 'käyttöön', 'toteutettu', 'aloitettu', 'tehty',
  ]),
  sv: new Set([
    'och', 'i', 'av', 'för', 'på', 'med', 'att', 'som', 'är', 'har', 'det', 'en', 'ett', 'till', 'den', 'de', 'om', 'inte', 'kommer',
    'under', 'genom', 'efter', 'vid', 'från', 'samt', 'eller', 'stadens', 'staden', 'gjort', 'pågår',
  ]),
};
// The text decides when it has this many common words and one language has this many times the other's.
const ENOUGH_WORDS = 8;
const CLEAR_LEAD = 3;

function countCommonWords(texts: string[]): Record<ReportLang, number> {
  const counts = { fi: 0, sv: 0 };
  for (const text of texts) {
    for (const [word] of text.toLocaleLowerCase('fi').matchAll(/\p{L}+/gu)) {
      if (COMMON_WORDS.fi.has(word)) counts.fi += 1;
      else if (COMMON_WORDS.sv.has(word)) counts.sv += 1;
    }
  }
  return counts;
}

export function detectLanguage(round: RoundLabel, tables: { evidence: TableEvidence[] }[], texts: string[]): DetectedLanguage {
  const words = countCommonWords(texts);
  const headers = { fi: 0, sv: 0 };
  for (const evidence of tables.flatMap((table) => table.evidence)) if (evidence.code === 'header_word') headers[evidence.lang] += 1;
  const evidence: LanguageEvidence[] = [
    { code: 'round_word', word: round.word, lang: round.lang },
    ...(headers.fi + headers.sv > 0 ? [{ code: 'header_words' as const, ...headers }] : []),
    { code: 'text_words', ...words },
  ];
  const byText: ReportLang = words.fi >= words.sv ? 'fi' : 'sv';
  const other = byText === 'fi' ? words.sv : words.fi;
  if (words.fi + words.sv >= ENOUGH_WORDS && words[byText] >= CLEAR_LEAD * other) return { lang: byText, decidedBy: 'text', evidence };
  return { lang: round.lang, decidedBy: 'round_word', evidence };
}

/**
 * The problem to refuse a report with when it is to be imported as `requested` but its text is
 * clearly in the other language (a Finnish file with `--lang sv`). A report whose text is too short
 * to tell is taken as requested: a translation that kept the other language's headers.
 */
export function languageProblem(followup: ParsedFollowup, requested: ReportLang): FileProblem | null {
  const { language } = followup;
  if (language.decidedBy !== 'text' || language.lang === requested) return null;
  return fileProblem(followup.tables[0]?.line ?? 1, 'language_differs', language.lang);
}
