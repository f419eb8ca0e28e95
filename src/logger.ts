import pino, { type Logger } from 'pino';

export type { Logger };

/** What the log keeps of an error: where it happened and which kind, never the data it was about. */
export interface LoggedError {
  type: string;
  message: string;
  stack?: string;
  code?: string;
  status?: number;
  /** Which table, column or constraint a database refusal names (names from the schema, not data). */
  table?: string;
  column?: string;
  constraint?: string;
  routine?: string;
  cause?: LoggedError;
}

/**
 * A database error carries the statement's parameters (`params`, and Drizzle repeats them in its
 * message) and the offending row (`detail`: "Key (email)=(jane@example.com) already exists");
 * PostgreSQL's data exceptions (SQLSTATE class 22) quote the refused value in the message itself
 * (`invalid input syntax for type uuid: "…"`). None of that may reach a log: only the fields
 * below, the message without parameters and quoted values, and the stack's frames.
 */
export function errorForLog(error: unknown, depth = 0): LoggedError {
  if (!(error instanceof Error)) return { type: typeof error, message: 'A value that is not an Error was thrown.' };
  const fields = error as Error & Record<string, unknown>;
  const code = typeof fields.code === 'string' ? fields.code : undefined;
  const message = safeMessage(error.message, code);
  const logged: LoggedError = { type: error.constructor?.name || error.name, message };
  // The first line of a stack repeats the message; keep only the frames under ours.
  const frames = error.stack?.split('\n').filter((line) => /^\s+at /.test(line));
  if (frames?.length) logged.stack = [`${logged.type}: ${message}`, ...frames].join('\n');
  if (code) logged.code = code;
  if (typeof fields.status === 'number') logged.status = fields.status;
  for (const name of ['table', 'column', 'constraint', 'routine'] as const) {
    if (typeof fields[name] === 'string') logged[name] = fields[name];
  }
  if (error.cause !== undefined && depth < 5) logged.cause = errorForLog(error.cause, depth + 1);
  return logged;
}

function safeMessage(message: string, code: string | undefined): string {
  // Drizzle: "Failed query: <statement with $1 placeholders>\nparams: <the values>".
  const withoutParameters = message.replace(/\nparams: [\s\S]*$/, '');
  return code?.startsWith('22') ? withoutParameters.replace(/"(?:[^"]|"")*"/g, '"…"') : withoutParameters;
}

/** Structured logs on stdout. Requests are logged by path and status only: no query strings, no bodies. */
export function createLogger(level = process.env.LOG_LEVEL ?? 'info', destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: undefined,
    redact: ['req.headers.cookie', 'req.headers.authorization'],
    serializers: { err: errorForLog, error: errorForLog },
  };
  return destination ? pino(options, destination) : pino(options);
}
