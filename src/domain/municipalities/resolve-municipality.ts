/**
 * Finds the municipality a written name means, when the whole text is meant to be a name: an item of
 * a partner list, the place after a contact's name. Any case; with or without "kunta", "kaupunki",
 * "kommun", "stad" ("Karvian kunta", "Staden Jakobstad"); Finnish inflected forms and Swedish names.
 * Running text is read by findMunicipalityMentions instead, which is stricter.
 */
import { lookUpName, type NameForm } from './name-index.ts';
import type { Municipality } from './register.ts';

export type Resolution =
  | { matched: true; municipality: Municipality; written: string; form: NameForm }
  | { matched: false; written: string; reason: 'unknown' | 'ambiguous' };

// Words that say what kind of body the name is, before or after it.
const DESIGNATOR_BEFORE = /^(staden|kommunen)\s+/iu;
const DESIGNATOR_AFTER = /\s+(kunta|kaupunki|kunnan|kaupungin|kommun|kommuns|stad|stads)$/iu;

function withoutDecoration(written: string): string {
  return written
    .replace(/^["'”“«»\s]+|["'”“«»\s.,;:!?]+$/gu, '')
    .replace(DESIGNATOR_BEFORE, '')
    .replace(DESIGNATOR_AFTER, '');
}

export function resolveMunicipality(written: string): Resolution {
  const entries = lookUpName(withoutDecoration(written));
  const [entry] = entries;
  if (entries.length === 1 && entry) return { matched: true, municipality: entry.municipality, written, form: entry.form };
  return { matched: false, written, reason: entries.length > 1 ? 'ambiguous' : 'unknown' };
}
