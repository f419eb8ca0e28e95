/** Texts of `tiekartta import followup … --pairing / --accept / --accept-confident`, in the command line's languages. */
import type { Lang } from '../../domain/language.ts';
import type { PairingConfidence, PairingEvidence } from '../../domain/propose-pairing.ts';
import type { PairingProblemCode } from '../../services/followup-import/cross-round-pairing.ts';

type EvidenceMessages = { [C in PairingEvidence['code']]: (evidence: Extract<PairingEvidence, { code: C }>) => string };

export interface PairingCliMessages {
  /** The pairing file's own explanation, for the person who edits it. */
  fileHelp: string;
  confidence: Record<PairingConfidence | 'none', string>;
  evidence: EvidenceMessages;
  proposalWritten: (file: string, counts: { confident: number; possible: number; none: number }) => string;
  notNeeded: string;
  matchedByPairing: string;
  namesFromOtherRound: (count: number) => string;
  problemsTitle: (file: string, count: number) => string;
  problem: Record<PairingProblemCode, string>;
  /** A pairing file that is not what --pairing wrote (not JSON, or rows missing their fields). */
  unreadableFile: (file: string, detail: string) => string;
  oneOfOptions: string;
}

const fi: PairingCliMessages = {
  fileHelp:
    'Ehdotus: mihin ohjelman toimenpiteeseen raportin kukin rivi liittyy. Tarkista jokainen rivi: "decision": "accept" tuo rivin toimenpiteeseen "ref" (vaihda ref toiseen, jos ehdotus on väärä; viitteet ovat kohdassa "actions"), "decision": "new" tuo rivin uutena toimenpiteenä. Tuo sitten: tiekartta import followup TIEDOSTO … --accept TÄMÄ.json',
  confidence: { confident: 'varma', possible: 'mahdollinen', none: 'ei paria: uusi toimenpide' },
  evidence: {
    same_years: ({ years }) => `samat vuodet ${years.join(', ')}`,
    co_funded: () => 'molemmissa yhteisrahoitusmerkki *',
    shared_words: ({ words }) => `yhteisiä sanoja: ${words.join(', ')}`,
    between_paired_neighbours: () => 'edellinen ja seuraava rivi on paritettu edellisen ja seuraavan toimenpiteen kanssa',
    document_order: () => 'samassa järjestyksessä kuin muut parit',
  },
  proposalWritten: (file, c) =>
    `Parituksen ehdotus kirjoitettiin tiedostoon ${file}: ${c.confident} varmaa, ${c.possible} mahdollista, ${c.none} uutta. Mitään ei tuotu. Tarkista se ja tuo: --accept ${file}`,
  notNeeded: 'Ohjelman toimenpiteillä on jo nimet raportin kielellä: rivit yhdistetään nimen perusteella, paritusta ei tarvita. Mitään ei tuotu.',
  matchedByPairing: 'Raportti on toista kierrosta ja kieltä: rivit yhdistettiin toimenpiteisiin parituksen mukaan.',
  namesFromOtherRound: (count) => `${count} toimenpiteen nimi tällä kielellä otettiin toisen kierroksen raportista (sen kierroksen sanamuoto, ei käännös):`,
  problemsTitle: (file, count) => `${file}: ${count} ongelmaa parituksessa, mitään ei tuotu:`,
  problem: {
    row_not_in_report: 'riviä ei ole raportissa tällä nimellä (onko paritus toisesta raportista?)',
    row_missing: 'raportin rivi puuttuu parituksesta',
    unknown_ref: 'ohjelmassa ei ole toimenpidettä tällä viitteellä',
    ref_used_twice: 'sama toimenpide on jo paritettu toiselle riville',
  },
  unreadableFile: (file, detail) => `${file}: ei parituksen tiedosto (${detail}). Kirjoita ehdotus: --pairing ${file}`,
  oneOfOptions: 'Käytä vain yhtä valinnoista --pairing, --accept ja --accept-confident.',
};

const sv: PairingCliMessages = {
  fileHelp:
    'Förslag: vilken av programmets åtgärder varje rad i rapporten gäller. Granska varje rad: "decision": "accept" importerar raden till åtgärden "ref" (byt ref om förslaget är fel; referenserna finns under "actions"), "decision": "new" importerar raden som en ny åtgärd. Importera sedan: tiekartta import followup FIL … --accept DENNA.json',
  confidence: { confident: 'säker', possible: 'möjlig', none: 'inget par: ny åtgärd' },
  evidence: {
    same_years: ({ years }) => `samma år ${years.join(', ')}`,
    co_funded: () => 'båda har samfinansieringsmärket *',
    shared_words: ({ words }) => `gemensamma ord: ${words.join(', ')}`,
    between_paired_neighbours: () => 'raderna före och efter är parade med åtgärderna före och efter',
    document_order: () => 'i samma ordning som de andra paren',
  },
  proposalWritten: (file, c) =>
    `Förslaget till parning skrevs i ${file}: ${c.confident} säkra, ${c.possible} möjliga, ${c.none} nya. Ingenting importerades. Granska det och importera: --accept ${file}`,
  notNeeded: 'Programmets åtgärder har redan namn på rapportens språk: raderna paras ihop enligt namnet, ingen parning behövs. Ingenting importerades.',
  matchedByPairing: 'Rapporten är av en annan omgång och på ett annat språk: raderna parades ihop med åtgärderna enligt parningen.',
  namesFromOtherRound: (count) => `Namnet på detta språk togs för ${count} åtgärder från en annan omgångs rapport (den omgångens ordalydelse, inte en översättning):`,
  problemsTitle: (file, count) => `${file}: ${count} problem i parningen, ingenting importerades:`,
  problem: {
    row_not_in_report: 'raden finns inte i rapporten med detta namn (är parningen för en annan rapport?)',
    row_missing: 'rapportens rad saknas i parningen',
    unknown_ref: 'programmet har ingen åtgärd med denna referens',
    ref_used_twice: 'samma åtgärd är redan parad med en annan rad',
  },
  unreadableFile: (file, detail) => `${file}: inte en parningsfil (${detail}). Skriv ett förslag: --pairing ${file}`,
  oneOfOptions: 'Använd bara ett av alternativen --pairing, --accept och --accept-confident.',
};

const en: PairingCliMessages = {
  fileHelp:
    'Proposal: which of the programme\'s actions each row of the report speaks of. Review every row: "decision": "accept" imports the row into the action "ref" (change the ref if the proposal is wrong; the refs are listed under "actions"), "decision": "new" imports the row as a new action. Then import: tiekartta import followup FILE … --accept THIS.json',
  confidence: { confident: 'confident', possible: 'possible', none: 'no pair: new action' },
  evidence: {
    same_years: ({ years }) => `same years ${years.join(', ')}`,
    co_funded: () => 'both carry the co-funding mark *',
    shared_words: ({ words }) => `shared words: ${words.join(', ')}`,
    between_paired_neighbours: () => 'the rows before and after are paired with the actions before and after',
    document_order: () => 'in the same order as the other pairs',
  },
  proposalWritten: (file, c) =>
    `The pairing proposal was written to ${file}: ${c.confident} confident, ${c.possible} possible, ${c.none} new. Nothing was imported. Review it, then import: --accept ${file}`,
  notNeeded: 'The programme\'s actions already have names in the report\'s language: rows are matched by name, no pairing is needed. Nothing was imported.',
  matchedByPairing: 'The report is of another round and language: its rows were paired with the actions as the pairing says.',
  namesFromOtherRound: (count) => `The name in this language of ${count} actions was taken from another round's report (that round's wording, not a translation):`,
  problemsTitle: (file, count) => `${file}: ${count} problems in the pairing, nothing was imported:`,
  problem: {
    row_not_in_report: 'the report has no row of this name here (is the pairing for another report?)',
    row_missing: 'a row of the report is missing from the pairing',
    unknown_ref: 'the programme has no action with this reference',
    ref_used_twice: 'the same action is already paired with another row',
  },
  unreadableFile: (file, detail) => `${file}: not a pairing file (${detail}). Write a proposal: --pairing ${file}`,
  oneOfOptions: 'Use only one of --pairing, --accept and --accept-confident.',
};

export const pairingMessages: Record<Lang, PairingCliMessages> = { fi, sv, en };
