/**
 * Reads a contact line of the catalog: "Meri Vainio, Espoo", "Wilhelmiina Griep ja Niko Ferm, Espoo",
 * "Juuso Mikkonen, Lappeenranta ja Pekka Penttinen, Joensuu", "Seija Kivelä, Porvoo (Porvoon
 * kaupunginkirjasto)", an e-mail address alone ("jatehuoltoviranomainen(a)mikkeli.fi"), with a phone
 * number or an e-mail address anywhere on the line. Anything else is not a contact line (null): a title
 * such as "#kyllä, jokainen ovi on oikea -kehittämishanke" must not be taken for one.
 */
import type { CatalogContact } from '../../domain/catalog.ts';

export type ContactFields = Omit<CatalogContact, 'line'>;

// "(a)" and "[at]" are the usual ways of hiding the @ from harvesters.
const AT_SIGN = /@|\(a\)|\[at\]/iu;
const EMAIL = /[\p{L}\d._%+-]+(?:@|\(a\)|\[at\])[\p{L}\d-]+(?:\.[\p{L}\d-]+)+/iu;
const PHONE = /(?:\+358|\b0)[\s-]?\d{1,3}(?:[\s-]?\d{2,4}){2,3}\b/u;
const NAME_WORD = String.raw`\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)*`;
const PERSON = new RegExp(String.raw`^${NAME_WORD}(?:\s+${NAME_WORD}){1,3}$`, 'u');
const PEOPLE = /\s+ja\s+/u;
const ORGANISATION = /^\p{Lu}[^.!?]{1,80}$/u;
const CONTACT_LENGTH = 200;

/** A person's name alone, two to four capitalised words: "Tuija-Liisa Soininen". */
export const isPersonName = (text: string) => PERSON.test(text);

function people(names: string): string[] | null {
  const list = names.split(PEOPLE).map((name) => name.trim());
  return list.every((name) => PERSON.test(name)) ? list : null;
}

/** "Name[ ja Name], Organisation" repeated with " ja ": each organisation after the names it follows. */
function namesAndOrganisations(text: string): { names: string[]; organisation: string }[] | null {
  const parts = text.split(/\s*,\s*/u);
  if (parts.length < 2) return null;
  const groups: { names: string[]; organisation: string }[] = [];
  let names = people(parts[0]!);
  for (const part of parts.slice(1, -1)) {
    // A middle part is the previous organisation and the next person: "Lappeenranta ja Pekka Penttinen".
    const split = /^(.+?)\s+ja\s+(.+)$/u.exec(part);
    if (!names || !split || !ORGANISATION.test(split[1]!)) return null;
    groups.push({ names, organisation: split[1]! });
    names = people(split[2]!);
  }
  const organisation = parts.at(-1)!;
  if (!names || !ORGANISATION.test(organisation)) return null;
  return [...groups, { names, organisation }];
}

export function parseContactLine(text: string): ContactFields[] | null {
  // A contact line is short; a paragraph is not one, and the address pattern is slow on long text.
  if (text.length > CONTACT_LENGTH) return null;
  const email = AT_SIGN.test(text) ? (EMAIL.exec(text)?.[0].replace(AT_SIGN, '@') ?? null) : null;
  const phone = PHONE.exec(text)?.[0] ?? null;
  const rest = text.replace(EMAIL, '').replace(PHONE, '').replace(/(\s*,)+/gu, ',').replace(/^[\s,;:]+|[\s,;:]+$/gu, '');
  if (!rest) return email || phone ? [{ name: null, organisation: null, email, phone }] : null;
  const groups = namesAndOrganisations(rest);
  if (!groups) return null;
  const contacts = groups.flatMap(({ names, organisation }) =>
    names.map((name): ContactFields => ({ name, organisation, email: null, phone: null })));
  // An address or number on the line belongs to the last person named before it.
  const last = contacts.at(-1)!;
  last.email = email;
  last.phone = phone;
  return contacts;
}
