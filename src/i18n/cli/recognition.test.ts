import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatReading } from '../../cli/format-summary.ts';
import { parseFollowup } from '../../io/followup/parse-followup.ts';
import { cliMessages } from './index.ts';

const swedish = parseFollowup(readFileSync(new URL('../../../demo/porvoo-followup-2021-03-sv.txt', import.meta.url), 'utf8'));

describe('how a report was read, in each language of the command line', () => {
  it.each(['fi', 'sv', 'en'] as const)('names every piece of evidence (%s)', (lang) => {
    if (!swedish.ok) throw new Error('the Swedish report parses');
    const encoding = { name: 'utf-8', by: 'valid_utf8' } as const;
    const printed = formatReading(cliMessages(lang), { encoding, tables: swedish.followup.tables, language: swedish.followup.language }).split('\n');
    expect(printed).toHaveLength(9);
    for (const line of printed) expect(line).not.toMatch(/undefined|\[object/);
    if (lang === 'en') {
      expect(printed[0]).toBe('UTF-8: the file is valid UTF-8');
      expect(printed[1]).toBe('  line 13: actions table: year columns 2020–2023, round column "Status 03/2021", header word "Användningsfall", x marks on 8 rows');
      expect(printed[8]).toBe('Swedish by the words of its text: round word "Status", header words: 0 Finnish, 9 Swedish, common words in the text: 0 Finnish, 485 Swedish');
    }
  });
});
