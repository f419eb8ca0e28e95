import { serve } from '@hono/node-server';
import { createApp } from '../app.ts';
import { openDatabase } from '../db/database.ts';
import type { CliMessages } from '../i18n/cli/fi.ts';
import { loadDemo } from '../io/demo.ts';
import { createLogger } from '../logger.ts';
import { listMunicipalities } from '../services/municipalities.ts';
import { databaseLocation, describeLocation } from './database-location.ts';

export interface StartOptions {
  port: number;
  data?: string;
  demo: boolean;
}

/** `tiekartta start`: migrate, load the demo into an empty database, serve until stopped. */
export async function startCommand(m: CliMessages, options: StartOptions): Promise<void> {
  const logger = createLogger();
  const location = databaseLocation(options.data);
  const { db, close } = await openDatabase(location);
  console.log(m.databaseAt(describeLocation(location)));
  if (options.demo && (await listMunicipalities(db)).length === 0) {
    const summary = await loadDemo(db, 'demo');
    console.log(m.demoLoaded(summary.actions.created, summary.round.label));
  }
  const server = serve({ fetch: createApp({ db, logger }).fetch, port: options.port }, (info) => {
    const first = options.demo ? 'porvoo/fi/' : '';
    console.log(m.listening(`http://localhost:${info.port}/${first}`));
  });
  server.once('error', (error: NodeJS.ErrnoException) => {
    console.error(error.code === 'EADDRINUSE' ? m.portInUse(options.port) : error.message);
    void close().then(() => process.exit(1));
  });
  const stop = () => server.close(() => void close().then(() => process.exit(0)));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
