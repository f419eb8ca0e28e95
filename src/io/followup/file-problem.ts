import type { FileProblem, FileProblemCode } from '../../domain/followup.ts';
import { printable } from './printable.ts';

/** A problem whose detail, text taken from the file, is made printable here, at the source. */
export function fileProblem(line: number, code: FileProblemCode, detail?: string): FileProblem {
  return detail === undefined ? { line, code } : { line, code, detail: printable(detail) };
}
