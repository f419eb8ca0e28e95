/**
 * Words that head the columns of a report's tables, in Finnish and Swedish, in the forms seen so far
 * (singular, plural, with an article). They are evidence of what a table is, not a gate: a table is
 * recognised by its shape and content, and a new word is only missing evidence.
 */
import type { ReportLang } from '../../domain/followup.ts';

export type ColumnRole = 'action' | 'enabler' | 'measures' | 'metrics' | 'status';

const WORDS: Record<ColumnRole, Record<string, ReportLang>> = {
  action: {
    käyttötapaus: 'fi', käyttötapaukset: 'fi', toimenpide: 'fi', toimenpiteet: 'fi', hanke: 'fi', hankkeet: 'fi',
    användningsfall: 'sv', användningsfallen: 'sv', åtgärd: 'sv', åtgärder: 'sv', åtgärderna: 'sv', projekt: 'sv',
  },
  enabler: {
    mahdollistaja: 'fi', mahdollistajat: 'fi',
    möjliggörare: 'sv', möjliggörarna: 'sv', möjliggörande: 'sv', 'den möjliggörande': 'sv', 'det möjliggörande': 'sv',
  },
  measures: { toimenpide: 'fi', toimenpiteet: 'fi', åtgärd: 'sv', åtgärder: 'sv', åtgärderna: 'sv' },
  metrics: {
    mittari: 'fi', mittarit: 'fi', indikaattori: 'fi', indikaattorit: 'fi',
    mätare: 'sv', mätarna: 'sv', mätaren: 'sv', indikator: 'sv', indikatorer: 'sv',
  },
  status: { tilanne: 'fi', tila: 'fi', status: 'sv', läge: 'sv' },
};

/** The language of `header` as a word of `role`, or null when it is not one. */
export function headerWordLang(role: ColumnRole, header: string): ReportLang | null {
  const word = header.replace(/[*:]/g, '').replace(/\s+/g, ' ').trim().toLocaleLowerCase('fi');
  return WORDS[role][word] ?? null;
}
