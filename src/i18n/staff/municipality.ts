/** The front page of a municipality's workspace. */
import type { RoundStatus } from '../../domain/round.ts';

const fi = {
  title: 'Työtila',
  programmes: 'Ohjelmat',
  noProgrammes: 'Kunnalla ei ole vielä ohjelmia. Tuo seurantaraportti komennolla tiekartta import followup.',
  actionCount: (count: number) => (count === 1 ? '1 toimenpide' : `${count} toimenpidettä`),
  noRounds: 'Ei seurantakierroksia.',
  rounds: (list: string) => `Seurantakierrokset: ${list}`,
  roundStatus: { open: 'avoin', closed: 'julkaistu' } satisfies Record<RoundStatus, string>,
  publicPage: 'Ohjelman julkinen sivu',
};

export type StaffMunicipalityMessages = typeof fi;

const sv: StaffMunicipalityMessages = {
  title: 'Arbetsyta',
  programmes: 'Program',
  noProgrammes: 'Kommunen har ännu inga program. Importera en uppföljningsrapport med kommandot tiekartta import followup.',
  actionCount: (count) => (count === 1 ? '1 åtgärd' : `${count} åtgärder`),
  noRounds: 'Inga uppföljningsomgångar.',
  rounds: (list) => `Uppföljningsomgångar: ${list}`,
  roundStatus: { open: 'öppen', closed: 'publicerad' },
  publicPage: 'Programmets offentliga sida',
};

const en: StaffMunicipalityMessages = {
  title: 'Workspace',
  programmes: 'Programmes',
  noProgrammes: 'The municipality has no programmes yet. Import a follow-up report with the command tiekartta import followup.',
  actionCount: (count) => (count === 1 ? '1 action' : `${count} actions`),
  noRounds: 'No follow-up rounds.',
  rounds: (list) => `Follow-up rounds: ${list}`,
  roundStatus: { open: 'open', closed: 'published' },
  publicPage: "The programme's public page",
};

export const staffMunicipality = { fi, sv, en };
