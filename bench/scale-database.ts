/** A fresh database on the benchmark's PostgreSQL server, made anew for every run. */
import pg from 'pg';

const NAME = 'tiekartta_bench_scale';

export async function freshBenchDatabase(serverUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists ${NAME} with (force)`);
    await client.query(`create database ${NAME}`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${NAME}`;
  return url.toString();
}
