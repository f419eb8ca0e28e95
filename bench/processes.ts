/** The benchmark's child processes: the app and the static baseline, each with its own event loop and core time. */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { FromApp, ToApp } from './app-process.ts';
import type { FromStatic, StaticEntry } from './static-process.ts';

function start(script: string, env: NodeJS.ProcessEnv): ChildProcess {
  return fork(fileURLToPath(new URL(script, import.meta.url)), {
    execArgv: ['--import', 'tsx', '--expose-gc'],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
}

function nextMessage<T extends { type: string }>(child: ChildProcess): Promise<T> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`a benchmark process exited (${code}) before answering`));
    child.once('exit', onExit);
    child.once('message', (message: T) => {
      child.off('exit', onExit);
      if (message.type === 'failed') reject(new Error((message as unknown as { message: string }).message));
      else resolve(message);
    });
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.disconnect();
  });
}

export interface AppProcess {
  origin: string;
  generate(first: number, count: number, shape: { actions: number; rounds: number }): Promise<string[]>;
  rssBytes(): Promise<number>;
  stop(): Promise<void>;
}

export async function startApp(databaseUrl?: string): Promise<AppProcess> {
  const child = start('./app-process.ts', databaseUrl ? { BENCH_DATABASE_URL: databaseUrl } : {});
  // One question at a time: each answer is the next message.
  const ask = async <T extends FromApp>(message: ToApp): Promise<T> => {
    const answer = nextMessage<T>(child);
    child.send(message);
    return answer;
  };
  const ready = await nextMessage<Extract<FromApp, { type: 'ready' }>>(child);
  return {
    origin: `http://127.0.0.1:${ready.port}`,
    generate: async (first, count, shape) =>
      (await ask<Extract<FromApp, { type: 'generated' }>>({ type: 'generate', first, count, shape })).slugs,
    rssBytes: async () => (await ask<Extract<FromApp, { type: 'memory' }>>({ type: 'memory' })).rssBytes,
    stop: () => stop(child),
  };
}

export async function startStatic(entries: StaticEntry[]): Promise<{ origin: string; stop(): Promise<void> }> {
  const child = start('./static-process.ts', {});
  const ready = nextMessage<FromStatic>(child);
  child.send({ type: 'serve', entries });
  return { origin: `http://127.0.0.1:${(await ready).port}`, stop: () => stop(child) };
}
