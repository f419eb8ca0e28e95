/**
 * Runs an operation of the command where it may run: against a PostgreSQL server directly; in an
 * embedded data folder only as its one owner. When a server holds the folder, the work is sent to
 * it; when another command holds it, this one waits its turn; otherwise it refuses, naming the pid.
 */
import { userInfo } from 'node:os';
import type { Actor } from '../domain/actor.ts';
import { openDatabase } from '../db/database.ts';
import type { CliMessages } from '../i18n/cli/fi.ts';
import { CliError } from './cli-error.ts';
import { databaseLocation } from './database-location.ts';
import { tryLockDataFolder, type LockHolder } from './data-folder-lock.ts';
import { runOperation, type OperationInput, type OperationName, type OperationValue, type Outcome } from './operations.ts';

export const WAIT_POLL_MS = 200;
/** How long a command waits for another command to finish with the folder. */
export const WAIT_LIMIT_MS = 15 * 60_000;

/** Who runs the command, as the server records it. */
export const OPERATOR_HEADER = 'x-tiekartta-operator';

export function operatorActor(username = userInfo().username): Actor {
  return { kind: 'system', name: 'cli', onBehalfOf: username };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function sendToServer<Name extends OperationName>(
  m: CliMessages, holder: LockHolder, name: Name, input: OperationInput<Name>,
): Promise<Outcome<OperationValue<Name>>> {
  const { port, token } = holder.admin!;
  const response = await fetch(`http://127.0.0.1:${port}/operations/${name}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', [OPERATOR_HEADER]: userInfo().username },
    body: JSON.stringify(input),
  }).catch(() => {
    throw new CliError(m.serverUnreachable(holder.pid));
  });
  if (!response.ok) throw new CliError(m.serverFailed(holder.pid, response.status));
  return (await response.json()) as Outcome<OperationValue<Name>>;
}

export async function perform<Name extends OperationName>(
  m: CliMessages, name: Name, input: OperationInput<Name>, options: { data?: string; purpose: string },
): Promise<Outcome<OperationValue<Name>>> {
  const location = databaseLocation(options.data);
  const actor = operatorActor();
  if ('url' in location) {
    const store = await openDatabase(location);
    try {
      return await runOperation(store, actor, name, input);
    } finally {
      await store.close();
    }
  }
  const started = Date.now();
  let told = false;
  for (;;) {
    const attempt = tryLockDataFolder(location.dataDir, options.purpose);
    if (attempt.acquired) {
      const { lock } = attempt;
      if (lock.tookOverFrom) console.error(m.tookOverStaleLock(lock.tookOverFrom.pid));
      try {
        const store = await openDatabase(location);
        try {
          return await runOperation(store, actor, name, input);
        } finally {
          await store.close();
        }
      } finally {
        lock.release();
      }
    }
    const { holder } = attempt;
    if (holder.admin) {
      const outcome = await sendToServer(m, holder, name, input);
      // On stderr, so that --json output stays one JSON document.
      console.error(m.sentToServer(holder.pid));
      return outcome;
    }
    if (Date.now() - started > WAIT_LIMIT_MS) throw new CliError(m.dataFolderBusy(holder.pid, holder.purpose));
    if (!told) {
      console.error(m.waitingForDataFolder(holder.pid, holder.purpose));
      told = true;
    }
    await sleep(WAIT_POLL_MS);
  }
}
