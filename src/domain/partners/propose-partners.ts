/**
 * The partner municipalities a status text of a city's own action names ("yhteistyössä Oulun,
 * Nurmijärven, Hollolan ja Jämsän kanssa", "deltar Riihimäki, Järvenpää och Grankulla"), as proposals
 * for a person to confirm: each with the words that named it. The city itself is left out.
 */
import { findMunicipalityMentions } from '../municipalities/find-mentions.ts';
import type { Municipality } from '../municipalities/register.ts';

export interface PartnerProposal {
  municipality: Municipality;
  /** Every place the text names it, as written. */
  evidence: { written: string; offset: number }[];
}

export function proposePartners(text: string, lang: 'fi' | 'sv', ownCode?: string): PartnerProposal[] {
  const proposals = new Map<string, PartnerProposal>();
  for (const mention of findMunicipalityMentions(text, lang)) {
    const { code } = mention.municipality;
    if (code === ownCode) continue;
    const proposal = proposals.get(code) ?? { municipality: mention.municipality, evidence: [] };
    proposal.evidence.push({ written: mention.written, offset: mention.offset });
    proposals.set(code, proposal);
  }
  return [...proposals.values()];
}
