import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from './logger.ts';

const EMAIL = 'jane.doe@example.com';

let client: PGlite;
let db: ReturnType<typeof drizzle>;

beforeAll(async () => {
  client = new PGlite();
  db = drizzle(client);
  await db.execute(sql`create table people (id int primary key, email text constraint people_email_unique unique)`);
  await db.execute(sql`insert into people values (1, ${EMAIL})`);
});

afterAll(async () => {
  await client.close();
});

/** The error a failing statement throws, as the app meets it (Drizzle's wrapper around the driver's error). */
async function failureOf(statement: ReturnType<typeof sql>): Promise<unknown> {
  try {
    await db.execute(statement);
  } catch (error) {
    return error;
  }
  throw new Error('the statement was expected to fail');
}

/** Logs `error` the way app.ts does and returns the line written. */
function logged(error: unknown): string {
  const lines: string[] = [];
  createLogger('info', { write: (line: string) => lines.push(line) }).error({ err: error, path: '/x' }, 'request failed');
  expect(lines).toHaveLength(1);
  return lines[0]!;
}

describe('the error serializer', () => {
  it('keeps neither the parameters nor the row of a refused unique value', async () => {
    const error = await failureOf(sql`insert into people values (2, ${EMAIL})`);
    // The error itself carries the address three times: Drizzle's message and params, the driver's detail.
    expect(JSON.stringify({ ...(error as object), message: (error as Error).message })).toContain(EMAIL);
    const line = logged(error);
    expect(line).not.toContain('jane.doe');
    const entry = JSON.parse(line);
    expect(entry.err.message).toBe('Failed query: insert into people values (2, $1)');
    expect(entry.err.cause).toMatchObject({ code: '23505', constraint: 'people_email_unique', table: 'people' });
    expect(entry.err.cause.message).toBe('duplicate key value violates unique constraint "people_email_unique"');
    expect(entry.err.stack).toMatch(/^DrizzleQueryError: Failed query: insert into people values \(2, \$1\)\n\s+at /);
  });

  it('removes the value a data exception quotes in its message', async () => {
    const error = await failureOf(sql`select ${EMAIL}::uuid`);
    const line = logged(error);
    expect(line).not.toContain('jane.doe');
    expect(JSON.parse(line).err.cause).toMatchObject({ code: '22P02', message: 'invalid input syntax for type uuid: "…"' });
  });

  it('keeps an ordinary error whole, and a thrown non-error says only what it was', () => {
    const entry = JSON.parse(logged(new RangeError('the port must be a number')));
    expect(entry.err).toMatchObject({ type: 'RangeError', message: 'the port must be a number' });
    expect(entry.err.stack).toContain('logger.test.ts');
    expect(JSON.parse(logged({ email: EMAIL })).err).toEqual({
      type: 'object',
      message: 'A value that is not an Error was thrown.',
    });
  });
});
