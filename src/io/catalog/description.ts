/**
 * Turns an entry's description lines into paragraphs and lists. Lines starting "- ", "• ", "a) " or
 * "1. " are list items. A line continues the paragraph above it where the text was wrapped by hand (as in
 * "Digikokous 3.0"): the line above has no closing punctuation and either the line starts in lower case or
 * the line above ends in a comma. A line without punctuation followed by a capitalised one
 * ("Toiminnanohjaus", "Kehitystyö jatkuu") stays a paragraph of its own: it is a heading or a link's label.
 */
import type { DescriptionBlock } from '../../domain/catalog.ts';

export interface SourceLine {
  text: string;
  line: number;
}

const BULLET = /^[-–•*]\s+/u;
const ORDERED = /^(?:\d{1,2}[.)]|[a-z]\))\s+/u;

function continues(previous: string, next: string): boolean {
  if (/[.!?:]["”)]?$/u.test(previous)) return false;
  return /^\p{Ll}/u.test(next) || previous.endsWith(',');
}

/** Blank lines (empty text) end a paragraph or a list. */
export function describe(lines: readonly SourceLine[]): DescriptionBlock[] {
  const blocks: DescriptionBlock[] = [];
  let open = false;
  for (const { text, line } of lines) {
    const last = blocks.at(-1);
    if (!text) {
      open = false;
      continue;
    }
    const marker = BULLET.exec(text) ?? ORDERED.exec(text);
    if (marker) {
      const ordered = !BULLET.test(text);
      const item = text.slice(marker[0].length).trim();
      if (open && last?.kind === 'list' && last.ordered === ordered) last.items.push(item);
      else blocks.push({ kind: 'list', line, ordered, items: [item] });
    } else if (open && last?.kind === 'paragraph' && continues(last.text, text)) {
      last.text = `${last.text} ${text}`;
    } else {
      blocks.push({ kind: 'paragraph', line, text });
    }
    open = true;
  }
  return blocks;
}
