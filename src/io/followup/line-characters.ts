/**
 * Characters no report line may hold: control characters other than tab (NUL, which PostgreSQL
 * refuses in text, and the escape sequences a terminal would obey), and characters that could not
 * be read (U+FFFD where bytes were not valid in the file's encoding, a lone surrogate).
 */
import type { FileProblem } from '../../domain/followup.ts';
import { fileProblem } from './file-problem.ts';

const CONTROL = /[^\t\P{Cc}]/u;
const UNREADABLE = /[\uFFFD\p{Cs}]/u;
// The detail starts a little before the character, so the person sees where it is.
const CONTEXT_BEFORE = 20;

export function lineCharacterProblems(text: string, line: number): FileProblem[] {
  const problems: FileProblem[] = [];
  for (const [pattern, code] of [[CONTROL, 'control_character'], [UNREADABLE, 'unreadable_character']] as const) {
    const at = text.search(pattern);
    if (at < 0) continue;
    const from = Math.max(0, at - CONTEXT_BEFORE);
    problems.push(fileProblem(line, code, `${from > 0 ? '…' : ''}${text.slice(from)}`));
  }
  return problems;
}
