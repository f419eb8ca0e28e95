import type { DatabaseLocation } from '../db/database.ts';

/** A server when DATABASE_URL is set; else the embedded database in --data, TIEKARTTA_DATA or ./data. */
export function databaseLocation(dataOption: string | undefined, env: NodeJS.ProcessEnv = process.env): DatabaseLocation {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL };
  return { dataDir: dataOption ?? env.TIEKARTTA_DATA ?? 'data' };
}

/** Where the data is, for people: never the URL itself, which may hold a password. */
export function describeLocation(location: DatabaseLocation): string {
  if ('url' in location) return `PostgreSQL ${new URL(location.url).host}${new URL(location.url).pathname}`;
  if ('dataDir' in location) return `PGlite ${location.dataDir}`;
  return 'PGlite';
}
