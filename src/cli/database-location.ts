/** A server when DATABASE_URL is set; else the embedded database in --data, TIEKARTTA_DATA or ./data. */
export type CliDatabaseLocation = { url: string } | { dataDir: string };

export function databaseLocation(dataOption: string | undefined, env: NodeJS.ProcessEnv = process.env): CliDatabaseLocation {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL };
  return { dataDir: dataOption ?? env.TIEKARTTA_DATA ?? 'data' };
}

/** Where the data is, for people: never the URL itself, which may hold a password. */
export function describeLocation(location: CliDatabaseLocation): string {
  if ('url' in location) return `PostgreSQL ${new URL(location.url).host}${new URL(location.url).pathname}`;
  return `PGlite ${location.dataDir}`;
}
