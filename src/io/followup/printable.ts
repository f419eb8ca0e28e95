/**
 * Text from a file, made safe to print: a problem's detail ends up in a terminal, so control and
 * format characters (escape sequences, bidi overrides, NUL) are shown as visible escapes, and a long
 * text is cut, since a detail points at the trouble and never needs the whole cell.
 */

export const PRINTABLE_MAX_LENGTH = 80;

const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u;

function escape(char: string): string {
  const code = char.codePointAt(0)!;
  if (code <= 0xff) return `\\x${code.toString(16).padStart(2, '0')}`;
  if (code <= 0xffff) return `\\u${code.toString(16).padStart(4, '0')}`;
  return `\\u{${code.toString(16)}}`;
}

/** At most `max` characters, an ellipsis included; an escape is never cut in two. */
export function printable(text: string, max = PRINTABLE_MAX_LENGTH): string {
  const pieces: string[] = [];
  let length = 0;
  for (const char of text) {
    const shown = INVISIBLE.test(char) ? escape(char) : char;
    pieces.push(shown);
    length += shown.length;
    if (length > max) {
      while (length > max - 1) length -= pieces.pop()!.length;
      return `${pieces.join('')}…`;
    }
  }
  return pieces.join('');
}
