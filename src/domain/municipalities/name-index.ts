/** Every written form that names a municipality: its names, the Finnish inflected forms, the Swedish genitive. */
import { finnishNameForms } from './finnish-forms.ts';
import { MUNICIPALITIES, type Municipality } from './register.ts';

/** How a written word named the municipality. */
export type NameForm = 'finnish name' | 'swedish name' | 'finnish inflected form' | 'swedish genitive';

export interface NameEntry {
  municipality: Municipality;
  form: NameForm;
}

// What people write for a name the register spells otherwise: Posti lists Koski Tl under that name in both
// languages; in lists it is "Koski", and "Koskis" in Swedish.
const ALIASES: Record<string, { fi: string[]; sv: string[] }> = {
  'Koski Tl': { fi: ['Koski'], sv: ['Koskis'] },
};

/** The key a written name is looked up by: case, spacing and apostrophes do not matter. */
function nameKey(text: string): string {
  return text.normalize('NFC').replace(/[’´`]/g, "'").replace(/\s+/g, ' ').trim().toLocaleLowerCase('fi');
}

function swedishGenitives(name: string): string[] {
  const lower = nameKey(name);
  return /[sxz]$/.test(lower) ? [] : [`${lower}s`];
}

function formsOf(municipality: Municipality): [string, NameForm][] {
  const alias = ALIASES[municipality.name.fi];
  const finnishNames = [municipality.name.fi, ...(alias?.fi ?? [])];
  const swedishNames = [municipality.name.sv, ...(alias?.sv ?? [])];
  return [
    ...finnishNames.map((name): [string, NameForm] => [nameKey(name), 'finnish name']),
    ...swedishNames.map((name): [string, NameForm] => [nameKey(name), 'swedish name']),
    ...finnishNames.flatMap((name) => finnishNameForms(name).map((form): [string, NameForm] => [form, 'finnish inflected form'])),
    ...swedishNames.flatMap((name) => swedishGenitives(name).map((form): [string, NameForm] => [form, 'swedish genitive'])),
  ];
}

function buildIndex(): Map<string, NameEntry[]> {
  const index = new Map<string, NameEntry[]>();
  for (const municipality of MUNICIPALITIES) {
    for (const [key, form] of formsOf(municipality)) {
      const entries = index.get(key) ?? [];
      // The first form of a municipality is its best (a Finnish name that is also an inflected form stays a name).
      if (!entries.some((entry) => entry.municipality === municipality)) entries.push({ municipality, form });
      index.set(key, entries);
    }
  }
  return index;
}

const INDEX = buildIndex();

/** The municipalities a written word can name, each with how; more than one means the word is ambiguous. */
export function lookUpName(text: string): readonly NameEntry[] {
  return INDEX.get(nameKey(text)) ?? [];
}

/** Forms that name more than one municipality; the resolver refuses them. */
export function ambiguousForms(): string[] {
  return [...INDEX].filter(([, entries]) => entries.length > 1).map(([key]) => key);
}
