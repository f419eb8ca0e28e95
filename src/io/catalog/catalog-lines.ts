/** The kinds of line the catalog is written in, each recognised on its own. */

// "HANKE ON PÄÄTTYNYT.", "HANKE PÄÄTTYNYT", "Hanke on päättynyt", "PROJEKTET HAR AVSLUTATS."
const ENDED = String.raw`(?:hanke\s+(?:on\s+)?päättynyt|projektet\s+(?:har\s+)?avslutats)`;
const ENDED_LINE = new RegExp(String.raw`^${ENDED}\s*[.!]?$`, 'iu');
const ENDED_IN_TITLE = new RegExp(String.raw`\s*[-–(:]?\s*${ENDED}\s*[.!]?\s*\)?\s*`, 'iu');
const NUMBERED = /^(\d{1,2})\.\s+(.*)$/su;
const PARTNERS = /^(?:muut kunnat|övriga kommuner)\s*:\s*(.*)$/isu;
// "Mukana Inarin kunta, Savukosken kunta, …" is a list only when it reads as one, not a sentence.
const PARTNERS_MUKANA = /^mukana\s*:?\s+([^.]*)$/iu;
const CONTACT_WORD = String.raw`(?:lisätietoja|tilläggsuppgifter|mer information)`;
const CONTACT_HEADER = new RegExp(String.raw`^${CONTACT_WORD}\s*:?$`, 'iu');
const CONTACT_INLINE = new RegExp(String.raw`^${CONTACT_WORD}(?:\s+hankkeesta)?\s*:\s*(.+)$`, 'iu');
// "Lisätietoja hankkeesta täältä." refers to a page; it closes the entry's text like a contact section.
const CONTACT_REFERENCE = new RegExp(String.raw`^${CONTACT_WORD}\s+hankkeesta\s+[^:]+$`, 'iu');
const URL = /\b(?:https?:\/\/|www\.)[^\s,;)”"]+[^\s,;)”".]/giu;
const REFERENCE_WORDS = /täältä|nettisivu|verkkosivu|sivusto|sivuilta|sivuilla|lopputiedottee|webbplats|här\b/iu;
const REFERENCE_LENGTH = 100;
const TITLE_LENGTH = 250;
// Room for a list number and an ended marker around a title of the longest length.
const MARKS_LENGTH = 30;

export const isEndedLine = (text: string) => ENDED_LINE.test(text);

/** A title without its list number and an ended marker written into it. */
export function readTitle(text: string): { title: string; ended: boolean } {
  const unnumbered = NUMBERED.exec(text)?.[2] ?? text;
  const ended = ENDED_IN_TITLE.test(unnumbered);
  return { title: unnumbered.replace(ENDED_IN_TITLE, ' ').replace(/\s+/g, ' ').trim(), ended };
}

export const listNumber = (text: string): number | null => {
  const match = NUMBERED.exec(text);
  return match ? Number(match[1]) : null;
};

/** What a line can be when it stands where a title may: short, not a sentence, not closed by a full stop. */
export function isTitleLike(text: string): boolean {
  if (text.length > TITLE_LENGTH + MARKS_LENGTH) return false;
  const { title } = readTitle(text);
  return title.length > 0 && title.length <= TITLE_LENGTH && !/[.,;:]$/u.test(title) && !/[.!?]\s+\p{Lu}/u.test(title);
}

/** The names after "Muut kunnat:" or "Mukana", or null for any other line. */
export function partnersOf(text: string): string | null {
  const listed = PARTNERS.exec(text);
  if (listed) return listed[1]!.trim();
  const mukana = PARTNERS_MUKANA.exec(text);
  if (!mukana) return null;
  const items = mukana[1]!.split(',');
  return items.length >= 2 && items.every((item) => item.trim().length <= 60) ? mukana[1]!.trim() : null;
}

export const isContactHeader = (text: string) => CONTACT_HEADER.test(text);
export const inlineContact = (text: string): string | null => CONTACT_INLINE.exec(text)?.[1]!.trim() ?? null;
export const isContactReference = (text: string) => CONTACT_REFERENCE.test(text);

export const urlsIn = (text: string): string[] => [...text.matchAll(URL)].map((match) => match[0]);

/** A short line whose purpose is to point to a site: "Hankkeen nettisivut", "www.lampio.fi". */
export function isReferenceLine(text: string): boolean {
  if (text.length > REFERENCE_LENGTH || /:$/u.test(text)) return false;
  return urlsIn(text).length > 0 || REFERENCE_WORDS.test(text);
}
