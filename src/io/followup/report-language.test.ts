import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEMO_FOLLOWUP_FILE } from '../demo.ts';
import { parseFollowup } from './parse-followup.ts';
import { languageProblem } from './report-language.ts';

const finnish = readFileSync(DEMO_FOLLOWUP_FILE, 'utf8');
const swedish = readFileSync(new URL('../../../demo/porvoo-followup-2021-03-sv.txt', import.meta.url), 'utf8');

function parsed(text: string) {
  const result = parseFollowup(text);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.followup;
}

describe('the language of a report', () => {
  it('is told by its text, with the round word and header words as evidence', () => {
    expect(parsed(finnish).language).toEqual({
      lang: 'fi',
      decidedBy: 'text',
      evidence: [{ code: 'round_word', word: 'Tilanne', lang: 'fi' }, { code: 'header_words', fi: 10, sv: 0 }, { code: 'text_words', fi: 230, sv: 0 }],
    });
    expect(parsed(swedish).language).toMatchObject({ lang: 'sv', decidedBy: 'text' });
  });

  it('is Swedish for a Swedish translation that kept the Finnish headers', () => {
    const translated = swedish.replaceAll('Status 03/2021', 'Tilanne 03/2021').replaceAll('Användningsfall\t', 'Käyttötapaus\t');
    const followup = parsed(translated);
    expect(followup.round.lang).toBe('fi');
    expect(followup.language).toMatchObject({ lang: 'sv', decidedBy: 'text' });
  });

  it('is the round word\'s when the text is too short to tell', () => {
    const short = ['Status 03/2021', '', 'Användningsfall\t2020\tStatus 03/2021', 'Elektronisk underskrift\tx\tGjort.'].join('\n');
    expect(parsed(short).language).toMatchObject({ lang: 'sv', decidedBy: 'round_word' });
  });
});

describe('a report imported as another language', () => {
  it('is refused naming the language of its text', () => {
    expect(languageProblem(parsed(finnish), 'sv')).toEqual({ line: 13, code: 'language_differs', detail: 'fi' });
    expect(languageProblem(parsed(swedish), 'fi')).toEqual({ line: 13, code: 'language_differs', detail: 'sv' });
  });

  it('is taken as asked when the text is in that language or too short to tell', () => {
    expect(languageProblem(parsed(finnish), 'fi')).toBeNull();
    const short = ['Tilanne 03/2021', '', 'Käyttötapaus\t2020\tTilanne 03/2021', 'Elektronisk underskrift\tx\tGjort.'].join('\n');
    expect(languageProblem(parsed(short), 'sv')).toBeNull();
  });
});
