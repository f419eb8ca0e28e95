/**
 * The label that names a follow-up round: a round word, then month/year, as printed in a report's
 * title or in the header of its status column: "Tilanne 09/2022", "Tilanne 9/2022", "Läge 03/2021",
 * "Status per 03/2021".
 */
import type { ParsedRound, ReportLang } from '../../domain/followup.ts';

const ROUND_WORDS: Record<string, ReportLang> = {
  tilanne: 'fi', tila: 'fi', tilannekatsaus: 'fi', seuranta: 'fi',
  status: 'sv', läge: 'sv', lägesrapport: 'sv', uppföljning: 'sv',
};
const ROUND_LABEL = /^(\p{L}+)(?:\s+(per|på))?\s+(\d{1,2})\s*\/\s*(\d{4})$/iu;
// The month and year left alone by a tab inside the label ("Tilanne\t09/2022").
const MONTH_YEAR_ALONE = /^\d{1,2}\s*\/\s*\d{4}$/;

export interface RoundLabel extends ParsedRound {
  /** The round word as printed. */
  word: string;
}

export function parseRoundLabel(text: string): RoundLabel | null {
  const match = ROUND_LABEL.exec(text.replace(/[*_]/g, '').replace(/\s+/g, ' ').trim());
  if (!match) return null;
  const [, word = '', per, month = '', year = ''] = match;
  const lang = ROUND_WORDS[word.toLocaleLowerCase('fi')];
  const monthNumber = Number(month);
  if (!lang || monthNumber < 1 || monthNumber > 12) return null;
  return {
    year: Number(year),
    month: monthNumber,
    label: `${word}${per ? ` ${per}` : ''} ${month.padStart(2, '0')}/${year}`,
    lang,
    word,
  };
}

/** Header cells with a label split by a tab joined again, so the columns match the rows'. */
export function joinSplitRoundLabels(cells: string[]): string[] {
  const joined: string[] = [];
  for (const cell of cells) {
    const previous = joined.at(-1);
    if (previous !== undefined && MONTH_YEAR_ALONE.test(cell) && parseRoundLabel(`${previous} ${cell}`)) {
      joined[joined.length - 1] = `${previous} ${cell}`;
    } else joined.push(cell);
  }
  return joined;
}
