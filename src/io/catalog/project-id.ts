/**
 * A catalog entry's identity across imports: the lead's municipality code (or its name as written,
 * or "no-lead") and the title, lower case, without diacritics and punctuation. Re-importing the same text
 * gives the same ids, so an import can update entries instead of adding them again; a changed title or
 * lead makes a new entry. Readable on purpose: a person can tell which entry an id is.
 */
import type { NamedMunicipality } from '../../domain/catalog.ts';

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function projectId(title: string, lead: NamedMunicipality | null): string {
  const leadPart = lead ? (lead.code ?? slug(lead.name.fi)) : 'no-lead';
  return `${leadPart}-${slug(title) || 'untitled'}`;
}
