/**
 * Cuts the catalog's lines into entries. The file has no blank lines between entries, so where an entry
 * begins is read from what stands around a line:
 * - the first line, and the first line after an entry's contacts that is no contact and no link, is a title;
 * - inside an entry's text, a line is the next entry's title when "HANKE ON PÄÄTTYNYT" follows it, or when it
 *   is numbered ("2. …") without continuing a numbered list of the text (a list starts at 1 after a colon);
 * - "HANKE ON PÄÄTTYNYT" after an entry's contacts opens the next entry, whose title may follow it.
 * "Muut kunnat:" and links belong to the entry they stand in, before or after its contacts.
 */
import type { CatalogContact, CatalogLink, CatalogProblem } from '../../domain/catalog.ts';
import {
  inlineContact,
  isContactHeader,
  isContactReference,
  isEndedLine,
  isReferenceLine,
  isTitleLike,
  listNumber,
  partnersOf,
  urlsIn,
} from './catalog-lines.ts';
import { isPersonName, parseContactLine } from './contact-line.ts';
import type { SourceLine } from './description.ts';

export interface EntryDraft {
  line: number;
  lastLine: number;
  /** The title line as written, or null when the entry has none. */
  title: SourceLine | null;
  ended: boolean;
  /** The line of an ended marker that stood above the title. */
  endedAboveTitle: number | null;
  body: SourceLine[];
  partnerLists: SourceLine[];
  /** The lines of "Lisätietoja" and whether anything followed each. */
  contactSections: { line: number; filled: boolean }[];
  contacts: CatalogContact[];
  links: CatalogLink[];
}

/** Where in the entry being read: its title, text and partners, or its contacts. */
type Place = 'text' | 'contacts';

interface Reader {
  lines: readonly string[];
  index: number;
  drafts: EntryDraft[];
  problems: CatalogProblem[];
  /** The entry being read; null before the first. */
  draft: EntryDraft | null;
  place: Place;
}

function openEntry(reader: Reader, line: number, title: SourceLine | null): EntryDraft {
  const draft: EntryDraft = {
    line, lastLine: line, title, ended: false, endedAboveTitle: null, body: [], partnerLists: [], contactSections: [], contacts: [], links: [],
  };
  reader.drafts.push(draft);
  reader.draft = draft;
  reader.place = 'text';
  return draft;
}

function linksOf(text: string, line: number): CatalogLink[] {
  const urls = urlsIn(text);
  return urls.length ? urls.map((url) => ({ url, text, line })) : [{ url: null, text, line }];
}

function addContactsOrLinks(draft: EntryDraft, text: string, line: number): void {
  const contacts = parseContactLine(text);
  if (contacts) draft.contacts.push(...contacts.map((contact) => ({ ...contact, line })));
  else draft.links.push(...linksOf(text, line));
}

/** A numbered line goes on with the list above it: "2." after "1.", or "1." after a line ending in a colon. */
function continuesList(text: string, body: readonly SourceLine[]): boolean {
  const number = listNumber(text);
  const above = body.findLast((source) => source.text !== '');
  if (number === null || !above) return false;
  return listNumber(above.text) === number - 1 || (number === 1 && above.text.endsWith(':'));
}

/** "Muut kunnat:", "Lisätietoja" in its forms: they belong to the entry being read, wherever they stand in it. */
function readStructureLine(reader: Reader, text: string, line: number): boolean {
  const partners = partnersOf(text);
  const inline = inlineContact(text);
  const reference = isContactReference(text);
  if (partners === null && inline === null && !reference && !isContactHeader(text)) return false;
  const { draft } = reader;
  if (!draft) {
    reader.problems.push({ line, code: 'outside_project', detail: partners !== null ? 'Muut kunnat' : 'Lisätietoja' });
    return true;
  }
  if (partners !== null) {
    // A list whose line ends in a comma goes on on the next line.
    let listed = partners;
    while (listed.endsWith(',') && reader.lines[reader.index + 1]) {
      reader.index += 1;
      listed = `${listed} ${reader.lines[reader.index]}`;
    }
    draft.partnerLists.push({ text: listed, line });
    return true;
  }
  if (reference) draft.links.push(...linksOf(text, line));
  else {
    draft.contactSections.push({ line, filled: inline !== null });
    if (inline !== null) addContactsOrLinks(draft, inline, line);
  }
  reader.place = 'contacts';
  return true;
}

/** After "Lisätietoja": contacts and links, until a line that is neither starts the next entry. */
function readContactsLine(reader: Reader, draft: EntryDraft, text: string, line: number): boolean {
  const section = draft.contactSections.at(-1);
  if (parseContactLine(text) || isReferenceLine(text)) {
    addContactsOrLinks(draft, text, line);
  } else if (section && !section.filled && isPersonName(text)) {
    // A name with no municipality after it, right under "Lisätietoja".
    draft.contacts.push({ name: text, organisation: null, email: null, phone: null, line });
  } else if (!isTitleLike(text)) {
    reader.problems.push({ line, code: 'unreadable_contact' });
    return true;
  } else return false;
  if (section) section.filled = true;
  return true;
}

/** Inside an entry's text: its title when it has none yet, the next entry's title, a link or the description. */
function readTextLine(reader: Reader, draft: EntryDraft, text: string, line: number): void {
  const titleLike = isTitleLike(text);
  let after = reader.index + 1;
  while (after < reader.lines.length && !reader.lines[after]) after += 1;
  const next = reader.lines[after];
  const awaitingTitle = !draft.title && draft.body.every((source) => !source.text) && draft.partnerLists.length === 0;
  if (awaitingTitle && titleLike) {
    draft.title = { text, line };
  } else if (titleLike && ((next !== undefined && isEndedLine(next)) || (listNumber(text) !== null && !continuesList(text, draft.body)))) {
    openEntry(reader, line, { text, line });
  } else if (isReferenceLine(text) && listNumber(text) === null && !/^[-–•*]\s/u.test(text)) {
    draft.links.push(...linksOf(text, line));
  } else {
    draft.body.push({ text, line });
    draft.links.push(...urlsIn(text).map((url) => ({ url, text: url, line })));
  }
}

function readLine(reader: Reader, text: string, line: number): void {
  const { draft } = reader;
  if (isEndedLine(text)) {
    if (draft && reader.place === 'text') draft.ended = true;
    else {
      const opened = openEntry(reader, line, null);
      opened.ended = true;
      opened.endedAboveTitle = line;
    }
    return;
  }
  if (readStructureLine(reader, text, line)) return;
  if (draft && reader.place === 'contacts' && readContactsLine(reader, draft, text, line)) return;
  if (draft && reader.place === 'text') {
    readTextLine(reader, draft, text, line);
    return;
  }
  const opened = openEntry(reader, line, isTitleLike(text) ? { text, line } : null);
  if (!opened.title) opened.body.push({ text, line });
}

export function readEntries(lines: readonly string[]): { drafts: EntryDraft[]; problems: CatalogProblem[] } {
  const reader: Reader = { lines, index: 0, drafts: [], problems: [], draft: null, place: 'text' };
  for (; reader.index < lines.length; reader.index += 1) {
    const text = lines[reader.index]!;
    if (text) readLine(reader, text, reader.index + 1);
    else if (reader.draft && reader.place === 'text') reader.draft.body.push({ text, line: reader.index + 1 });
    if (text && reader.draft) reader.draft.lastLine = reader.index + 1;
  }
  return { drafts: reader.drafts, problems: reader.problems };
}
