/** The demo's programme 2024–2026: its structure and result metrics from a reviewed data file (see demo/SOURCES.md). */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Actor } from '../domain/actor.ts';
import { runWrite, type Store } from '../services/context.ts';
import { seedProgramme, type ProgrammeSeed } from '../services/metrics/seed-programme.ts';

export const DEMO_PROGRAMME_2024_FILE = fileURLToPath(new URL('../../demo/porvoo-programme-2024-2026.json', import.meta.url));
export const DEMO_PROGRAMME_2024 = 'digi-2024-2026';

export async function loadDemoProgramme2024(store: Store, actor: Actor, municipality: string): Promise<void> {
  const seed = JSON.parse(await readFile(DEMO_PROGRAMME_2024_FILE, 'utf8')) as ProgrammeSeed;
  await runWrite(store, { actor, municipality: { slug: municipality } }, (ctx) => seedProgramme(ctx, seed));
}
