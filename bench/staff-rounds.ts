/**
 * The workspace's round work, in-process on PGlite over HTTP (`app.request`, so the whole route runs:
 * session, CSRF, the use-case's transaction, history, audit, rendering); staff answers are never cached.
 * A generated municipality's programme of 500 actions gets an open round, and a coordinator signed in:
 * - saving a status update: the entry form posted (a new text, state and light each time), timed until its redirect;
 * - the coordinator's round overview with its 500 entries, rendered.
 * Alone: `node --import tsx bench/staff-rounds.ts` (`BENCH_STAFF_SAMPLES=5` for a short smoke run).
 */
import { fileURLToPath } from 'node:url';
import { createApp } from '../src/app.ts';
import { newPglite, openDatabase, type Store } from '../src/db/database.ts';
import { and, eq } from 'drizzle-orm';
import { actionStatuses, actions, rounds, sessions } from '../src/db/schema.ts';
import { SESSION_COOKIE_MARK } from '../src/http/cache-scopes.ts';
import { createLogger } from '../src/logger.ts';
import { runWrite } from '../src/services/context.ts';
import { openRound } from '../src/services/rounds/open-round.ts';
import { addPerson } from '../src/services/staff/accounts.ts';
import { hashSecret } from '../src/services/staff/secrets.ts';
import { createSession } from '../src/services/staff/sessions.ts';
import { BENCH_ACTOR, BENCH_PROGRAMME, generateMunicipalities } from './generate.ts';
import { LARGE_PROGRAMME } from './scenarios.ts';

const SAMPLES = Number(process.env.BENCH_STAFF_SAMPLES ?? 50);
const ROUND = '2030-03';
const [ROUND_YEAR, ROUND_MONTH] = ROUND.split('-').map(Number) as [number, number];

export interface StaffLatency {
  p50Ms: number;
  p95Ms: number;
}

export interface StaffRoundsResult {
  actions: number;
  samples: number;
  save: StaffLatency;
  overview: StaffLatency & { bytes: number };
}

function percentiles(timings: number[]): StaffLatency {
  const sorted = [...timings].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return { p50Ms: at(0.5), p95Ms: at(0.95) };
}

/** A coordinator of the municipality with a complete session: the cookie and the form token. */
async function coordinatorSession(store: Store, slug: string): Promise<{ cookie: string; csrf: string }> {
  const { userId } = await runWrite(store, { actor: BENCH_ACTOR, municipality: { slug } }, (ctx) =>
    addPerson(ctx, { email: `coordinator@${slug}.bench.invalid`, displayName: 'Bench Coordinator', lang: 'fi', role: 'coordinator' }));
  const secret = await runWrite(store, { actor: BENCH_ACTOR, platform: true }, (ctx) => createSession(ctx, userId, true, 'password'));
  const [row] = await store.orm.select({ csrf: sessions.csrfSecret }).from(sessions).where(eq(sessions.idHash, hashSecret(secret)));
  return { cookie: `${SESSION_COOKIE_MARK}=${secret}`, csrf: row!.csrf };
}

export async function staffRoundsLatency(samples = SAMPLES): Promise<StaffRoundsResult> {
  const store = await openDatabase({ pglite: newPglite() });
  try {
    const client = store.pglite!;
    const [slug] = await generateMunicipalities(store, (text, params) => client.query(text, params), 1, 1, LARGE_PROGRAMME);
    const opened = await runWrite(store, { actor: BENCH_ACTOR, municipality: { slug: slug! } }, (ctx) =>
      openRound(ctx, { programme: BENCH_PROGRAMME, key: ROUND, label: { fi: 'Tilanne 03/2030' }, deadline: '2030-03-31', requiredLanguages: ['fi'] }));
    const app = createApp({ store, logger: createLogger('silent') });
    const { cookie, csrf } = await coordinatorSession(store, slug!);
    const round = `/staff/${slug}/rounds/${BENCH_PROGRAMME}/${ROUND}`;
    const ref = '1.1';
    const versionOf = async () => (await store.orm.select({ version: actionStatuses.version }).from(actionStatuses)
      .innerJoin(actions, eq(actions.id, actionStatuses.actionId)).innerJoin(rounds, eq(rounds.id, actionStatuses.roundId))
      .where(and(eq(actions.ref, ref), eq(rounds.year, ROUND_YEAR), eq(rounds.month, ROUND_MONTH))))[0]!.version;

    const save = async (n: number) => {
      const body = new URLSearchParams({
        _csrf: csrf, version: String(await versionOf()), text_fi: `Tilanne ${n}: työ etenee suunnitellusti.`,
        text_sv: `Läge ${n}: arbetet framskrider enligt plan.`, state: n % 2 ? 'in_progress' : 'done', light: n % 2 ? 'yellow' : 'green',
      });
      const started = performance.now();
      const response = await app.request(`${round}/actions/${ref}`, {
        method: 'POST', body, headers: { cookie, origin: 'http://localhost', 'content-type': 'application/x-www-form-urlencoded' },
      });
      const took = performance.now() - started;
      if (response.status !== 303 || !response.headers.get('location')?.includes('notice=saved')) throw new Error(`saving answered ${response.status}`);
      return took;
    };
    let bytes = 0;
    const overview = async () => {
      const started = performance.now();
      const response = await app.request(round, { headers: { cookie } });
      const html = await response.text();
      const took = performance.now() - started;
      if (response.status !== 200) throw new Error(`the overview answered ${response.status}`);
      bytes = Buffer.byteLength(html);
      return took;
    };
    // Unmeasured: the first statements plan and warm the caches.
    await save(0);
    await overview();
    const saves: number[] = [];
    const overviews: number[] = [];
    for (let n = 1; n <= samples; n++) {
      saves.push(await save(n));
      overviews.push(await overview());
    }
    return { actions: opened.entries, samples, save: percentiles(saves), overview: { ...percentiles(overviews), bytes } };
  } finally {
    await store.close();
  }
}

export function staffRoundsLines(result: StaffRoundsResult): string {
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  return [
    `Saving a status update (the entry form posted, ${result.samples} saves): p50 ${ms(result.save.p50Ms)}, p95 ${ms(result.save.p95Ms)}.`,
    `The coordinator's round overview with ${result.actions} actions (${Math.round(result.overview.bytes / 1024)} KB of HTML, ` +
      `${result.samples} requests): p50 ${ms(result.overview.p50Ms)}, p95 ${ms(result.overview.p95Ms)}.`,
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(staffRoundsLines(await staffRoundsLatency()));
}
