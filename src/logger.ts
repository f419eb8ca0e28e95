import pino, { type Logger } from 'pino';

export type { Logger };

/** Structured logs on stdout. Requests are logged by path and status only: no query strings, no bodies. */
export function createLogger(level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({ level, base: undefined, redact: ['req.headers.cookie', 'req.headers.authorization'] });
}
