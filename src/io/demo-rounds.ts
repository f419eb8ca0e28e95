/**
 * The demo's two follow-up rounds of Porvoo's digital programme, for a public site that shows two rounds,
 * the changes between them and Swedish names where the 03/2021 report has them: the Finnish 09/2022
 * report first (its refs are the programme's), then the older Swedish 03/2021 report paired with it by
 * the reviewed pairing kept in demo/. The municipality must exist (as `loadDemo` makes it).
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Actor } from '../domain/actor.ts';
import { runWrite, type Store } from '../services/context.ts';
import type { PairingChoice } from '../services/followup-import/cross-round-pairing.ts';
import { importFollowup } from '../services/followup-import/import-followup.ts';
import type { ImportSummary } from '../services/followup-import/summary.ts';
import { parseFollowup } from './followup/parse-followup.ts';
import { readPairingDecisions } from './followup/pairing-decisions.ts';

const demoFile = (name: string) => fileURLToPath(new URL(`../../demo/${name}`, import.meta.url));

export const DEMO_ROUNDS = [
  { report: demoFile('porvoo-followup-2022-09-fi.txt') },
  { report: demoFile('porvoo-followup-2021-03-sv.txt'), pairing: demoFile('pairing-2021-03-sv-into-2022-09-fi.json') },
] as const;

/** Imports both rounds in order into `programme`; the summaries in the same order. Re-running changes nothing. */
export async function importDemoRounds(store: Store, actor: Actor, municipality: string, programme: string): Promise<ImportSummary[]> {
  const summaries: ImportSummary[] = [];
  for (const round of DEMO_ROUNDS) {
    const parsed = parseFollowup(await readFile(round.report, 'utf8'));
    if (!parsed.ok) throw new Error(`${round.report} does not parse: ${JSON.stringify(parsed.problems)}`);
    let pairing: PairingChoice | undefined;
    if ('pairing' in round) {
      const decisions = readPairingDecisions(await readFile(round.pairing, 'utf8'));
      if (!decisions.ok) throw new Error(`${round.pairing} is not a pairing file: ${decisions.detail}`);
      pairing = { mode: 'accept', rows: decisions.rows };
    }
    summaries.push(await runWrite(store, { actor, municipality: { slug: municipality } }, (ctx) =>
      importFollowup(ctx, { programme, followup: parsed.followup, pairing })));
  }
  return summaries;
}
