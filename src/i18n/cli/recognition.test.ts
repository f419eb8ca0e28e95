import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LanguageEvidence, TableEvidence } from '../../domain/followup.ts';
import { parseFollowup } from '../../io/followup/parse-followup.ts';
import { cliMessages } from './index.ts';

const swedish = parseFollowup(readFileSync(new URL('../../../demo/porvoo-followup-2021-03-sv.txt', import.meta.url), 'utf8'));

describe('how a report was read, in each language of the command line', () => {
  it.each(['fi', 'sv', 'en'] as const)('names every piece of evidence (%s)', (lang) => {
    if (!swedish.ok) throw new Error('the Swedish report parses');
    const { recognition } = cliMessages(lang);
    const tableEvidence = (e: TableEvidence) => (recognition.tableEvidence[e.code] as (evidence: TableEvidence) => string)(e);
    const languageEvidence = (e: LanguageEvidence) => (recognition.languageEvidence[e.code] as (evidence: LanguageEvidence) => string)(e);
    const printed = [
      ...swedish.followup.tables.map((table) => `${recognition.table[table.kind]}: ${table.evidence.map(tableEvidence).join(', ')}`),
      `${recognition.language[swedish.followup.language.lang]} ${recognition.languageDecidedBy[swedish.followup.language.decidedBy]}: ${swedish.followup.language.evidence.map(languageEvidence).join(', ')}`,
    ];
    expect(printed).toHaveLength(8);
    for (const line of printed) expect(line).not.toMatch(/undefined|\[object/);
    if (lang === 'en') {
      expect(printed[0]).toBe('actions table: year columns 2020–2023, round column "Status 03/2021", header word "Användningsfall", x marks on 8 rows');
      expect(printed[7]).toBe('Swedish by the words of its text: round word "Status", header words: 0 Finnish, 9 Swedish, common words in the text: 0 Finnish, 485 Swedish');
    }
  });
});
