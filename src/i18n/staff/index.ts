/**
 * The staff workspace's catalogs, one per feature (each file exports `{ fi, sv, en }`, Finnish
 * defining the type), composed here into the messages of one language.
 */
import type { Lang } from '../../domain/language.ts';
import { staffRoundCompare } from './round-compare.ts';
import { staffRoundShortcuts } from './round-shortcuts.ts';
import { staffAccess } from './access.ts';
import { staffCommon } from './common.ts';
import { staffMunicipality } from './municipality.ts';
import { staffRounds } from './rounds.ts';
import { staffSso } from './sso.ts';
import { staffApiTokens } from './api-tokens.ts';
import { staffEditing } from './editing.ts';
import { staffMetrics } from './metrics.ts';
import { staffRoadmap } from './roadmap.ts';
import { staffIdeas } from './ideas.ts';

const catalogs = {
  roundCompare: staffRoundCompare, roundShortcuts: staffRoundShortcuts,
  common: staffCommon, municipality: staffMunicipality, access: staffAccess, sso: staffSso, apiTokens: staffApiTokens,
  rounds: staffRounds, editing: staffEditing, metrics: staffMetrics,
  roadmap: staffRoadmap, ideas: staffIdeas,
};

export type StaffMessages = { [Feature in keyof typeof catalogs]: (typeof catalogs)[Feature]['fi'] };

export function staffMessages(lang: Lang): StaffMessages {
  return Object.fromEntries(Object.entries(catalogs).map(([feature, catalog]) => [feature, catalog[lang]])) as StaffMessages;
}
