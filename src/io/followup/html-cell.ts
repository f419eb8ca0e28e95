/**
 * Cells of the enablers table hold HTML lists whose <li> tags were lost on the way to text:
 * `<ul …> First item Second item</ul>` or `<ul …>• First item• Second item`. This turns such a cell
 * into clean items. Real <li>, <p> and <br> markup is honoured; a list flattened to one line is split
 * at its bullets, else where a new item evidently begins. htmlparser2's tokenizer reads the markup
 * in one pass and decodes the entities; its Parser is not used, since it keeps a stack of open tags
 * that costs quadratic time on a cell of unclosed tags.
 */
import { Tokenizer } from 'htmlparser2';

const BULLETS = /[•◦▪‣⁃]/u;

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A word that starts a new list item: a capitalised word (not an acronym) or a lone # or %. */
function startsItem(word: string): boolean {
  return word === '#' || word === '%' || /^[A-ZÅÄÖ][a-zåäöü0-9]/u.test(word);
}

/** Splits a flattened list: "• X• Y" → ["X", "Y"]; "Kuvataan X Luodaan Y" → ["Kuvataan X", "Luodaan Y"]. */
function splitFlattenedList(text: string): string[] {
  if (BULLETS.test(text)) return text.split(BULLETS).map(clean);
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
  let text = '';
  let listDepth = 0;
  let listHasItems = false;
  const endItem = () => {
    if (listDepth > 0 && !listHasItems) items.push(...splitFlattenedList(text));
    else items.push(clean(text));
    text = '';
  };
  const openTag = (name: string) => {
    if (name === 'ul' || name === 'ol') {
      endItem();
      listDepth += 1;
      listHasItems = false;
    } else if (name === 'li' && listDepth > 0) {
      listHasItems = true;
      endItem();
    } else if (listDepth === 0 && (name === 'p' || name === 'br')) endItem();
    else text += ' ';
  };
  const closeTag = (name: string) => {
    if (name === 'ul' || name === 'ol') {
      endItem();
      listDepth = Math.max(0, listDepth - 1);
    } else if (listDepth === 0 && name === 'p') endItem();
    else text += ' ';
  };
  const nameAt = (start: number, end: number) => cell.slice(start, end).toLowerCase();
  const ignore = () => {};
  const tokenizer = new Tokenizer({ decodeEntities: true }, {
    onopentagname: (start, end) => openTag(nameAt(start, end)),
    onclosetag: (start, end) => closeTag(nameAt(start, end)),
    ontext: (start, end) => { text += cell.slice(start, end); },
    ontextentity: (codePoint) => { text += String.fromCodePoint(codePoint); },
    onattribdata: ignore, onattribentity: ignore, onattribend: ignore, onattribname: ignore, oncdata: ignore,
    oncomment: ignore, ondeclaration: ignore, onend: ignore, onopentagend: ignore, onprocessinginstruction: ignore,
    onselfclosingtag: ignore,
  });
  tokenizer.write(cell);
  tokenizer.end();
  endItem();
  return items.filter((item) => item !== '');
}
