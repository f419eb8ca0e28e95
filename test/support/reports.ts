/**
 * Reports' test data: the demo (Porvoo's 09/2022 round, Finnish) followed by a 03/2023 round in which
 * one action was done, one was added and one dropped, and one action's name and status translated to
 * Swedish; so a report shows changes since the previous round, and both translated and untranslated texts.
 */
import { readFile } from 'node:fs/promises';
import { sql } from 'drizzle-orm';
import type { Store } from '../../src/db/database.ts';
import type { Lang } from '../../src/domain/language.ts';
import { DEMO_FOLLOWUP_FILE, DEMO_PROGRAMME } from '../../src/io/demo.ts';
import { parseFollowup } from '../../src/io/followup/parse-followup.ts';
import { importFollowup } from '../../src/services/followup-import/import-followup.ts';
import { readPublishedReport, type FollowupReport, type ReportFormat } from '../../src/services/reports/followup-report.ts';
import { type Backend, demoDatabase, readIn, writeIn } from './database.ts';

export const REPORT_ROUND = '2023-03';
/** The action done in 03/2023 (no status in 09/2022) and the one added then. */
export const DONE_IN_LATER_ROUND = 'Digitaalinen kaksonen rakennuksista';
export const ADDED_IN_LATER_ROUND = 'Uusi uutiskirjepalvelu';
/** The action with a Swedish name and status. */
export const TRANSLATED = { fi: 'Sähköinen allekirjoitus', sv: 'Elektronisk underskrift', svStatus: 'Används i hela staden.' };

async function laterRound(): Promise<string> {
  return (await readFile(DEMO_FOLLOWUP_FILE, 'utf8'))
    .replaceAll('Tilanne 09/2022', 'Tilanne 03/2023')
    .replace(`${DONE_IN_LATER_ROUND}\t\t\t\tx\t`, `${DONE_IN_LATER_ROUND}\t\t\t\tx\tToteutettu 2023.`)
    .replace('Verkkokauppa\t', 'Verkkokauppa kaupungin sivuilla\t')
    .replace('Uutiskirjeen optimointi\tx', `${ADDED_IN_LATER_ROUND}\t\t\t\tx\tAloitettu.\nUutiskirjeen optimointi\tx`);
}

export async function reportDatabase(backend: Backend = 'pglite'): Promise<Store> {
  const store = await demoDatabase(backend);
  const parsed = parseFollowup(await laterRound());
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  await writeIn(store, 'porvoo', async (ctx) => {
    await importFollowup(ctx, { programme: DEMO_PROGRAMME, followup: parsed.followup });
    await ctx.tx.execute(sql`update actions set name = name || ${JSON.stringify({ sv: TRANSLATED.sv })}::jsonb where name->>'fi' = ${TRANSLATED.fi}`);
    await ctx.tx.execute(sql`update action_statuses st set text = st.text || ${JSON.stringify({ sv: TRANSLATED.svStatus })}::jsonb
      from actions a, rounds r where a.id = st.action_id and r.id = st.round_id and a.name->>'fi' = ${TRANSLATED.fi}
      and r.year = 2023 and r.month = 3`);
  });
  return store;
}

/** The published report of the later round, as the public gets it. */
export function publishedReport(store: Store, lang: Lang, format: ReportFormat = 'html', round = REPORT_ROUND): Promise<FollowupReport> {
  return readIn(store, 'porvoo', (ctx) =>
    readPublishedReport(ctx, { programme: DEMO_PROGRAMME, round, lang, format, now: new Date('2026-11-23T10:00:00Z') }));
}
