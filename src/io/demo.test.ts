/**
 * The demo's extras: the action owner has actions of their own (so "my actions in this round" shows
 * some), and a demo started without TIEKARTTA_SECRET_KEY makes one in its data folder (0600), keeps
 * it across restarts and says so, without ever printing the key.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_PROGRAMME } from './demo.ts';
import { createDemoPeople, DEMO_OWNED_ACTIONS, demoEmail } from './demo-people.ts';
import { DEMO_SECRET_KEY_FILE, ensureDemoSecretKey } from './demo-secret-key.ts';
import { listRounds, listEntries } from '../services/rounds/read-rounds.ts';
import { demoDatabase, readIn } from '../../test/support/database.ts';
import { SLOW, startServer } from '../../test/support/processes.ts';
import { users } from '../db/schema.ts';
import { eq } from 'drizzle-orm';

const folders: string[] = [];
const scratch = () => {
  const folder = mkdtempSync(join(tmpdir(), 'tiekartta-demo-'));
  folders.push(folder);
  return folder;
};
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

describe('the demo people', () => {
  it('gives the demo action owner the first actions of the programme, in the round', async () => {
    const store = await demoDatabase();
    try {
      const people = await createDemoPeople(store);
      expect(people.map((person) => person.email)).toContain(demoEmail('action_owner'));
      const [owner] = await store.orm.select({ id: users.id }).from(users).where(eq(users.email, demoEmail('action_owner')));
      const mine = await readIn(store, 'porvoo', async (ctx) => {
        const [round] = (await listRounds(ctx)).filter((candidate) => candidate.programme.slug === DEMO_PROGRAMME);
        return (await listEntries(ctx, DEMO_PROGRAMME, round!.key)).filter((entry) => entry.ownerUserId === owner!.id);
      });
      expect(mine.map((entry) => entry.ref)).toEqual(['1.1', '1.2', '1.3'].slice(0, DEMO_OWNED_ACTIONS));
      expect(mine.every((entry) => entry.ownerName === 'Otto Omistaja')).toBe(true);
    } finally {
      await store.close();
    }
  });
});

describe('the demo secret key', () => {
  it('is made once in the data folder, readable by its owner only, and kept after', () => {
    const folder = scratch();
    const env: NodeJS.ProcessEnv = {};
    const made = ensureDemoSecretKey(folder, env);
    const file = join(folder, DEMO_SECRET_KEY_FILE);
    expect(made).toEqual({ kind: 'created', file });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(Buffer.from(env.TIEKARTTA_SECRET_KEY!, 'base64')).toHaveLength(32);
    expect(readFileSync(file, 'utf8').trim()).toBe(env.TIEKARTTA_SECRET_KEY);

    const again: NodeJS.ProcessEnv = {};
    expect(ensureDemoSecretKey(folder, again)).toEqual({ kind: 'kept', file });
    expect(again.TIEKARTTA_SECRET_KEY).toBe(env.TIEKARTTA_SECRET_KEY);
  });

  it('leaves a key set in the environment alone, and refuses a file without a proper key', () => {
    const folder = scratch();
    const own = { TIEKARTTA_SECRET_KEY: Buffer.alloc(32, 7).toString('base64') };
    expect(ensureDemoSecretKey(folder, own)).toEqual({ kind: 'from_environment' });
    expect(own.TIEKARTTA_SECRET_KEY).toBe(Buffer.alloc(32, 7).toString('base64'));

    writeFileSync(join(folder, DEMO_SECRET_KEY_FILE), 'too short\n', { mode: 0o644 });
    expect(() => ensureDemoSecretKey(folder, {})).toThrow(/32 bytes/);
  });

  it('is announced when the demo starts, never printed', async () => {
    const data = scratch();
    const server = await startServer(['--data', data], { TIEKARTTA_SECRET_KEY: '' });
    try {
      const key = readFileSync(join(data, DEMO_SECRET_KEY_FILE), 'utf8').trim();
      expect(server.stdout()).toContain(`Made a secret key for the demo in ${join(data, DEMO_SECRET_KEY_FILE)}`);
      expect(server.stdout() + server.stderr()).not.toContain(key);
    } finally {
      server.child.kill('SIGTERM');
      await server.done;
    }
  }, SLOW);
});
