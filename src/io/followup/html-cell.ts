/**
 * Cells of the enablers table hold HTML lists whose <li> tags were lost on the way to text:
 * `<ul …> First item Second item</ul>`. This turns such a cell into clean items. Real <li> and <p>
 * markup is honoured; a list flattened to one line is split where a new item evidently begins.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, code: string) => {
    if (code.startsWith('#x') || code.startsWith('#X')) return String.fromCodePoint(parseInt(code.slice(2), 16));
    if (code.startsWith('#')) return String.fromCodePoint(parseInt(code.slice(1), 10));
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

function clean(text: string): string {
  return decodeEntities(text.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
}

/** A word that starts a new list item: a capitalised word (not an acronym) or a lone # or %. */
function startsItem(word: string): boolean {
  return word === '#' || word === '%' || /^[A-ZÅÄÖ][a-zåäöü0-9]/u.test(word);
}

/** Splits a flattened list: "Kuvataan X Luodaan Y" → ["Kuvataan X", "Luodaan Y"]. */
export function splitFlattenedList(text: string): string[] {
  const items: string[][] = [];
  for (const word of clean(text).split(' ').filter(Boolean)) {
    const current = items.at(-1);
    // A lone capitalised word is kept with the next one ("Master Datan eheyttäminen").
    const currentIsOneName = current?.length === 1 && /^[A-ZÅÄÖ]/u.test(current[0] ?? '');
    if (!current || (startsItem(word) && !currentIsOneName)) items.push([word]);
    else current.push(word);
  }
  return items.map((words) => words.join(' '));
}

/** The items of a cell: paragraphs and list items in document order. */
export function cellItems(cell: string): string[] {
  const items: string[] = [];
  // Lists are often left unclosed at the end of a cell.
  const blocks = cell.split(/(<[uo]l\b[^>]*>[\s\S]*?(?:<\/[uo]l>|$)|<p\b[^>]*>[\s\S]*?<\/p>)/i);
  for (const block of blocks) {
    if (/^<(ul|ol)\b/i.test(block)) {
      const inner = block.replace(/^<[uo]l\b[^>]*>|<\/[uo]l>$/gi, '');
      if (/<li\b/i.test(inner)) items.push(...inner.split(/<li\b[^>]*>/i).map(clean));
      else items.push(...splitFlattenedList(inner));
    } else {
      items.push(...block.split(/<br\s*\/?>/i).map(clean));
    }
  }
  return items.filter((item) => item !== '');
}
