import type { DescriptionBlock } from '../../domain/catalog.ts';

/** A description as plain text, a paragraph or list item per line: what search and snippets read. */
export function descriptionText(blocks: readonly DescriptionBlock[]): string {
  return blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : block.items)).join('\n');
}
