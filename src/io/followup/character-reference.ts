/**
 * Numeric character references in a cell that name no character a text may hold: NUL, a surrogate,
 * a number past U+10FFFF, a control character. HTML would quietly read them as U+FFFD or keep the
 * control; a report is better refused with the reference named, so a person can fix the file.
 */
import { replaceCodePoint } from 'entities/decode';

const NUMERIC_REFERENCE = /&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));?/g;
const REPLACEMENT = 0xfffd;
const ALLOWED_CONTROLS = new Set(['\t', '\n', '\r']);

function isStorable(code: number): boolean {
  if (!Number.isSafeInteger(code)) return false;
  // As HTML reads it: &#150; is "–" (Windows-1252), a surrogate or &#0; is U+FFFD.
  const read = replaceCodePoint(code);
  if (read === REPLACEMENT && code !== REPLACEMENT) return false;
  const char = String.fromCodePoint(read);
  return !/\p{Cc}/u.test(char) || ALLOWED_CONTROLS.has(char);
}

/** The invalid references as printed, in order. */
export function invalidCharacterReferences(html: string): string[] {
  const invalid: string[] = [];
  for (const [printed, hex, decimal] of html.matchAll(NUMERIC_REFERENCE)) {
    if (!isStorable(hex !== undefined ? parseInt(hex, 16) : parseInt(decimal!, 10))) invalid.push(printed);
  }
  return invalid;
}
