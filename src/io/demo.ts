/** The demo: the City of Porvoo's digital programme 2020–2023 with its 09/2022 follow-up round. */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Actor } from '../domain/actor.ts';
import { runRead, runWrite, type Store } from '../services/context.ts';
import { importFollowup } from '../services/followup-import/import-followup.ts';
import type { ImportSummary } from '../services/followup-import/summary.ts';
import { createMunicipality, listMunicipalities } from '../services/municipalities.ts';
import { DEMO_CATALOG_FILE, importCatalogFile } from './catalog/catalog-file.ts';
import { parseFollowup } from './followup/parse-followup.ts';
import { DEMO_PROGRAMME_2024, loadDemoProgramme2024 } from './demo-programme-2024.ts';
import { loadDemoRoadmap } from './demo-roadmap.ts';

export const DEMO_FOLLOWUP_FILE = fileURLToPath(new URL('../../demo/porvoo-followup-2022-09-fi.txt', import.meta.url));
export const DEMO_MUNICIPALITY = { slug: 'porvoo', code: '638', name: { fi: 'Porvoo', sv: 'Borgå', en: 'Porvoo' }, languages: ['fi', 'sv'] } as const;
export const DEMO_PROGRAMME = 'digi-2020-2023';
const DEMO_ACTOR: Actor = { kind: 'system', name: 'demo' };

export async function loadDemo(store: Store, actor: Actor = DEMO_ACTOR): Promise<ImportSummary> {
  const existing = await runRead(store, { actor }, listMunicipalities);
  if (!existing.some((municipality) => municipality.slug === DEMO_MUNICIPALITY.slug)) {
    await runWrite(store, { actor, platform: true }, (ctx) =>
      createMunicipality(ctx, { ...DEMO_MUNICIPALITY, name: { ...DEMO_MUNICIPALITY.name }, languages: [...DEMO_MUNICIPALITY.languages] }));
  }
  await importCatalogFile(store, actor, DEMO_CATALOG_FILE);
  const parsed = parseFollowup(await readFile(DEMO_FOLLOWUP_FILE, 'utf8'));
  if (!parsed.ok) throw new Error(`The demo file does not parse: ${JSON.stringify(parsed.problems)}`);
  const summary = await runWrite(store, { actor, municipality: { slug: DEMO_MUNICIPALITY.slug } }, (ctx) =>
    importFollowup(ctx, { programme: DEMO_PROGRAMME, followup: parsed.followup }));
  await loadDemoProgramme2024(store, actor, DEMO_MUNICIPALITY.slug);
  // The 2024–2026 document's action table is not in our copy: its roadmap is the unfinished 2020–2023 actions, taken over.
  await loadDemoRoadmap(store, actor, { municipality: DEMO_MUNICIPALITY.slug, from: DEMO_PROGRAMME, to: DEMO_PROGRAMME_2024 });
  return summary;
}
