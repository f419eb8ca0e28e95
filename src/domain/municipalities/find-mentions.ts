/**
 * Finds the municipalities a running text names ("yhteistyössä Oulun, Nurmijärven ja Jämsän kanssa",
 * "leds av Vanda stad"). Stricter than resolveMunicipality, because ordinary words and people's names
 * look like municipality names:
 * - only capitalised whole words count: "salon" in a sentence is not Salo, "Espoo-" in "Espoo- ja
 *   Vantaa-alueilla" is the first part of a compound, and "Porvoo-päivä" is another word;
 * - a name next to another capitalised word that is not a municipality is part of a person's or an
 *   organisation's name ("Salla Pykälämäki", "Thomas Sund", "Porvoon Energia", "Pietarsaaren SOTE"), unless
 *   that word is only capitalised because it begins the sentence ("Mukana Helsinki");
 * - a genitive before a region or institution names that, not the municipality ("Rauman seudulle",
 *   "Turun yliopisto");
 * - names that are also common words ("Salo", "Aura", "Hanko"…) count at the start of a sentence only when
 *   "kunta", "kaupunki", "kommun" or "stad" follows;
 * - Finnish text reads Finnish names in every case and Swedish names as written; Swedish text reads Swedish
 *   names, their genitive ("Borgås") and Finnish names as written.
 */
import { lookUpName, type NameEntry, type NameForm } from './name-index.ts';
import type { Municipality } from './register.ts';

export interface MunicipalityMention {
  municipality: Municipality;
  /** The words as written: "Nurmijärven", "Vanda". */
  written: string;
  /** Where the words begin in the text. */
  offset: number;
  form: NameForm;
}

const FORMS_BY_LANGUAGE: Record<'fi' | 'sv', readonly NameForm[]> = {
  fi: ['finnish name', 'finnish inflected form', 'swedish name'],
  sv: ['swedish name', 'swedish genitive', 'finnish name'],
};

const COMMON_WORD_NAMES = new Set(['Aura', 'Eura', 'Geta', 'Hanko', 'Kannus', 'Kolari', 'Koski Tl', 'Lieto', 'Luoto', 'Nokia', 'Rusko', 'Salo', 'Sund', 'Virrat']);
const DESIGNATOR = /^(kunta|kunnan|kunnassa|kunnalla|kaupunki|kaupungin|kaupungissa|kaupungilla|kommun|kommunen|kommuns|stad|staden|stads)$/iu;
const NOT_THE_MUNICIPALITY = /^(seutu|seud|kaupunkiseu|yliopisto|ammattikorkeakoulu|kauppakorkeakoulu|korkeakoulu|seurakun|hiippakun|region|universitet|högskola|församling)/iu;
const WORD = /\p{L}[\p{L}\p{M}]*(?:[-:'’]\p{L}[\p{L}\p{M}]*)*-?/gu;
// After a colon or a semicolon a word is capitalised only if it is a name: "Muut kunnat: Aura, Salo".
const SENTENCE_BREAK = /[.!?•\n\t]|(^|\s)[-–—](\s|$)/u;

interface Token {
  text: string;
  start: number;
  end: number;
  capitalised: boolean;
  sentenceInitial: boolean;
}

function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const previous = tokens.at(-1);
    const gap = text.slice(previous?.end ?? 0, match.index);
    tokens.push({
      text: match[0],
      start: match.index,
      end: match.index + match[0].length,
      capitalised: /^\p{Lu}/u.test(match[0]),
      sentenceInitial: !previous || SENTENCE_BREAK.test(gap),
    });
  }
  return tokens;
}

const adjacent = (text: string, left: Token, right: Token) => text.slice(left.end, right.start) === ' ';

function entryIn(words: string, forms: readonly NameForm[]): NameEntry | undefined {
  const entries = lookUpName(words).filter((entry) => forms.includes(entry.form));
  return entries.length === 1 ? entries[0] : undefined;
}

/** A capitalised word beside the name that makes the pair a person's or an organisation's name. */
function isNamePart(token: Token | undefined, forms: readonly NameForm[]): boolean {
  return !!token && token.capitalised && !token.sentenceInitial && !DESIGNATOR.test(token.text) && !entryIn(token.text, forms);
}

export function findMunicipalityMentions(text: string, lang: 'fi' | 'sv'): MunicipalityMention[] {
  const forms = FORMS_BY_LANGUAGE[lang];
  const tokens = tokenise(text);
  const mentions: MunicipalityMention[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index]!;
    if (!token.capitalised || token.text.endsWith('-')) continue;
    // Two-word names first: "S:t Michel", "Koski Tl".
    const second = tokens[index + 1];
    const pair = second && adjacent(text, token, second) ? entryIn(`${token.text} ${second.text}`, forms) : undefined;
    const entry = pair ?? entryIn(token.text, forms);
    if (!entry) continue;
    const last = pair ? second! : token;
    const before = tokens[index - 1];
    const after = tokens[index + (pair ? 2 : 1)];
    const touchingBefore = before && adjacent(text, before, token) ? before : undefined;
    const touchingAfter = after && adjacent(text, last, after) ? after : undefined;
    if (isNamePart(touchingBefore, forms) || isNamePart(touchingAfter, forms)) continue;
    if (touchingAfter && NOT_THE_MUNICIPALITY.test(touchingAfter.text)) continue;
    const designated = !!touchingAfter && DESIGNATOR.test(touchingAfter.text);
    if (token.sentenceInitial && COMMON_WORD_NAMES.has(entry.municipality.name.fi) && !designated) continue;
    mentions.push({ municipality: entry.municipality, written: text.slice(token.start, last.end), offset: token.start, form: entry.form });
    if (pair) index += 1;
  }
  return mentions;
}
