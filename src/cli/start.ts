/**
 * `tiekartta start`: open (and migrate) the database, load the demo into an empty one, serve until
 * stopped. With the embedded database, the server first takes the data folder's lock and offers a
 * local admin endpoint, so that commands run while it serves hand their work to it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { getRequestListener } from '@hono/node-server';
import { createServedApp } from '../app.ts';
import { openDatabase, type Store } from '../db/database.ts';
import { PUBLIC } from '../domain/actor.ts';
import { adminRoutes } from '../http/admin.ts';
import { nodeListener } from '../http/node-listener.ts';
import { listen, type Lifecycle, type RunningServer } from '../http/serve.ts';
import type { CliMessages } from '../i18n/cli/fi.ts';
import { loadDemo } from '../io/demo.ts';
import { createDemoPeople, type DemoPerson } from '../io/demo-people.ts';
import { ensureDemoSecretKey } from '../io/demo-secret-key.ts';
import { createLogger } from '../logger.ts';
import { runRead, runWrite } from '../services/context.ts';
import { sealStoredTotpSecrets } from '../services/staff/totp-secret-store.ts';
import { listMunicipalities } from '../services/municipalities.ts';
import { startOutboxWorker } from '../services/outbox/worker.ts';
import { startReminderSchedule } from '../services/rounds/reminder-schedule.ts';
import { startIdeaRetentionSchedule } from '../services/ideas/retention.ts';
import { CliError } from './cli-error.ts';
import { databaseLocation, describeLocation } from './database-location.ts';
import { newAdminToken, tryLockDataFolder, type DataFolderLock } from './data-folder-lock.ts';
import { isOperationName, runOperation } from './operations.ts';
import { operatorActor, WAIT_POLL_MS } from './perform.ts';

export interface StartOptions {
  host: string;
  port: number;
  data?: string;
  demo: boolean;
  /** How long requests in flight may take to finish when the server is stopped. */
  shutdownDeadlineMs: number;
  /** Behind a reverse proxy that terminates TLS (TRUST_PROXY). */
  trustProxy: boolean;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The production build's id (scripts/build.ts writes it beside the compiled code); "dev" from the sources. */
function buildId(): string {
  const file = new URL('../build.json', import.meta.url);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { buildId: string }).buildId : 'dev';
}

/** The folder's lock; waits while a command holds it, refuses when another server does. */
async function lockFolder(m: CliMessages, dataDir: string): Promise<DataFolderLock> {
  let told = false;
  for (;;) {
    const attempt = tryLockDataFolder(dataDir, 'server');
    if (attempt.acquired) {
      if (attempt.lock.tookOverFrom) console.error(m.tookOverStaleLock(attempt.lock.tookOverFrom.pid));
      return attempt.lock;
    }
    if (attempt.holder.purpose === 'server') throw new CliError(m.alreadyServed(attempt.holder.pid));
    if (!told) console.error(m.waitingForDataFolder(attempt.holder.pid, attempt.holder.purpose));
    told = true;
    await sleep(WAIT_POLL_MS);
  }
}

/** The local admin endpoint of the process that holds the folder, announced in its lock. */
export async function serveAdmin(store: Store, lock: DataFolderLock): Promise<RunningServer> {
  const token = newAdminToken();
  const admin = adminRoutes({
    token,
    run: (name, input, operator) => (isOperationName(name) ? runOperation(store, operatorActor(operator), name, input) : Promise.resolve(null)),
  });
  const running = await listen(getRequestListener(admin.fetch), { host: '127.0.0.1', port: 0 });
  lock.announceAdmin({ port: running.port, token });
  return running;
}

export async function startCommand(m: CliMessages, options: StartOptions): Promise<void> {
  const logger = createLogger();
  const location = databaseLocation(options.data);
  const lock = 'dataDir' in location ? await lockFolder(m, location.dataDir) : null;
  let store: Store;
  try {
    store = await openDatabase(location);
  } catch (error) {
    lock?.release();
    throw error;
  }
  console.log(m.databaseAt(describeLocation(location)));
  if (options.demo && 'dataDir' in location) {
    const key = ensureDemoSecretKey(location.dataDir);
    if (key.kind !== 'from_environment') console.log(m.demoSecretKey(key.file, key.kind === 'created'));
  }
  // Second-factor secrets stored before the server had its key are sealed now that it has one.
  const sealed = await runWrite(store, { actor: { kind: 'system', name: 'cli' }, platform: true }, (ctx) => sealStoredTotpSecrets(ctx));
  if (sealed > 0) console.log(m.totpSecretsSealed(sealed));
  let demoPeople: DemoPerson[] = [];
  if (options.demo && (await runRead(store, { actor: PUBLIC }, listMunicipalities)).length === 0) {
    const summary = await loadDemo(store);
    console.log(m.demoLoaded(summary.actions.created, summary.round.label));
    demoPeople = await createDemoPeople(store);
  }
  const lifecycle: Lifecycle = { draining: false };
  const proxy = { trustProxy: options.trustProxy };
  const { app, cache } = createServedApp({ store, logger, lifecycle, proxy, buildId: buildId() });
  let server: RunningServer;
  try {
    server = await listen(nodeListener(app, cache, { logger, proxy, lifecycle }), { host: options.host, port: options.port });
  } catch (error) {
    await store.close();
    lock?.release();
    throw (error as NodeJS.ErrnoException).code === 'EADDRINUSE' ? new CliError(m.portInUse(options.port)) : error;
  }
  const admin = lock ? await serveAdmin(store, lock) : null;
  const shownHost = options.host === '0.0.0.0' || options.host === '127.0.0.1' ? 'localhost' : options.host;
  const origin = `http://${shownHost}:${server.port}`;
  console.log(m.listening(`${origin}/${options.demo ? 'porvoo/fi/' : ''}`));
  if (demoPeople.length > 0) {
    console.log(m.signInAt(`${origin}/staff/sign-in`));
    console.log([m.demoPeople, ...demoPeople.map((person) => m.demoPerson(person.role, person.email, person.password))].join('\n'));
  }
  const mailWorker = startOutboxWorker(store, logger);
  const stopReminders = startReminderSchedule(store, logger, process.env.PUBLIC_URL ?? origin);
  const stopIdeaRetention = startIdeaRetentionSchedule(store, logger);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    lifecycle.draining = true;
    console.log(m.stopping);
    stopReminders();
    stopIdeaRetention();
    await Promise.all([server.stop(options.shutdownDeadlineMs), admin?.stop(options.shutdownDeadlineMs), mailWorker?.stop()]);
    await store.close();
    lock?.release();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}
