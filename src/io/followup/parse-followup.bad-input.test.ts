/**
 * Inputs found by fuzzing the importer: each must become a problem with its line, never an exception,
 * and no detail may carry a control character to the terminal.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEMO_FOLLOWUP_FILE } from '../demo.ts';
import { parseFollowup } from './parse-followup.ts';

const real = readFileSync(DEMO_FOLLOWUP_FILE, 'utf8');
const lines = real.split('\n');
const enablerLine = lines.findIndex((line) => line.startsWith('MITÄ')) + 1;
const actionLine = lines.findIndex((line) => line.startsWith('Aurinkoenergiadatan')) + 1;

/** The demo report with `text` put at the start of the measures cell of its first enabler. */
function withEnablerCell(text: string): string {
  return lines.map((line, at) => (at === enablerLine - 1 ? line.replace('\t<ul', `\t${text}<ul`) : line)).join('\n');
}

function problemsOf(text: string) {
  const result = parseFollowup(text);
  if (result.ok) throw new Error('expected problems');
  return result.problems;
}

describe('bad characters in a report', () => {
  it.each(['&#99999999;', '&#0;', '&#xD800;', '&#x1b;', `&#${'9'.repeat(500)};`])('names an invalid reference (%#) with its line', (reference) => {
    expect(problemsOf(withEnablerCell(`Alku ${reference} loppu`))).toEqual([
      { line: enablerLine, code: 'invalid_character_reference', detail: reference.length > 80 ? `${reference.slice(0, 79)}…` : reference },
    ]);
  });

  it('names a raw NUL byte or another control character in a cell with its line, shown escaped', () => {
    const withNul = lines.map((line, at) => (at === actionLine - 1 ? line.replace('visualisointi', 'visu\u0000alisointi') : line)).join('\n');
    expect(problemsOf(withNul)).toEqual([{ line: actionLine, code: 'control_character', detail: '…nkoenergiadatan visu\\x00alisointi\\x09\\x09\\x09\\x09x\\x09Datan keräys aloitettu j…' }]);
    const withEscape = withEnablerCell('\u001b]0;pwned\u0007\u001b[2J');
    expect(problemsOf(withEscape)).toMatchObject([{ line: enablerLine, code: 'control_character' }]);
  });

  it('names a lone surrogate or a replacement character as unreadable', () => {
    expect(problemsOf(withEnablerCell('\ud800'))).toMatchObject([{ line: enablerLine, code: 'unreadable_character' }]);
    expect(problemsOf(withEnablerCell('\ufffd'))).toMatchObject([{ line: enablerLine, code: 'unreadable_character' }]);
  });

  it('turns any text put into a cell into a result, and every detail it carries is printable and short', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.boolean(), (text, inEnabler) => {
      const report = inEnabler
        ? withEnablerCell(text)
        : lines.map((line, at) => (at === actionLine - 1 ? line.replace('Aurinko', `Aurinko${text}`) : line)).join('\n');
      const result = parseFollowup(report);
      if (result.ok) return;
      for (const problem of result.problems) {
        expect(problem.detail ?? '').not.toMatch(/[\p{Cc}\p{Cf}\p{Cs}]/u);
        expect((problem.detail ?? '').length).toBeLessThanOrEqual(80);
      }
    }), { numRuns: 300 });
  });

  it('keeps no control character in anything it returns', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 50 }), (text) => {
      const result = parseFollowup(withEnablerCell(text));
      if (result.ok) expect(JSON.stringify(result.followup)).not.toMatch(/\\u00[01]|[\u007f-\u009f]/);
    }), { numRuns: 300 });
  });
});
