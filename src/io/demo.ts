/** The demo: the City of Porvoo's digital programme 2020–2023 with its 09/2022 follow-up round. */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Database } from '../db/database.ts';
import { importFollowup } from '../services/followup-import/import-followup.ts';
import type { ImportSummary } from '../services/followup-import/summary.ts';
import { createMunicipality, findMunicipality } from '../services/municipalities.ts';
import { parseFollowup } from './followup/parse-followup.ts';

export const DEMO_FOLLOWUP_FILE = fileURLToPath(new URL('../../demo/porvoo-followup-2022-09-fi.txt', import.meta.url));
export const DEMO_MUNICIPALITY = { slug: 'porvoo', code: '638', name: { fi: 'Porvoo', sv: 'Borgå', en: 'Porvoo' }, languages: ['fi', 'sv'] } as const;
export const DEMO_PROGRAMME = 'digi-2020-2023';

export async function loadDemo(db: Database, actor = 'demo'): Promise<ImportSummary> {
  if (!(await findMunicipality(db, DEMO_MUNICIPALITY.slug))) {
    await createMunicipality(db, { ...DEMO_MUNICIPALITY, name: { ...DEMO_MUNICIPALITY.name }, languages: [...DEMO_MUNICIPALITY.languages] }, actor);
  }
  const parsed = parseFollowup(await readFile(DEMO_FOLLOWUP_FILE, 'utf8'));
  if (!parsed.ok) throw new Error(`The demo file does not parse: ${JSON.stringify(parsed.problems)}`);
  return importFollowup(db, { municipality: DEMO_MUNICIPALITY.slug, programme: DEMO_PROGRAMME, followup: parsed.followup, actor });
}
