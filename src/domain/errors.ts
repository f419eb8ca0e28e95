/**
 * The errors a use-case reports to whoever asked: each route or command turns them into its own
 * answer (a localized page, problem JSON, a message on the terminal). Anything else is a bug.
 */

/** What was asked for does not exist (or is not visible to the asker). */
export class NotFoundError extends Error {
  constructor(readonly entity: string, readonly key: string) {
    super(`No ${entity} "${key}"`);
    this.name = 'NotFoundError';
  }
}

/** The actor may not do this. */
export class ForbiddenError extends Error {
  constructor(readonly permission: string) {
    super(`Not permitted: ${permission}`);
    this.name = 'ForbiddenError';
  }
}

/** The row changed since the asker read it: nothing was written. */
export class ConflictError<Current = unknown> extends Error {
  constructor(readonly entity: string, readonly expectedVersion: number, readonly current: Current) {
    super(`${entity} changed since version ${expectedVersion}`);
    this.name = 'ConflictError';
  }
}

/** Input that breaks a rule, by field ("code", "name.sv") and a message key of the field's problem. */
export class InvalidInputError extends Error {
  constructor(readonly issues: readonly { field: string; problem: string }[]) {
    super(`Invalid input: ${issues.map((issue) => `${issue.field} (${issue.problem})`).join(', ')}`);
    this.name = 'InvalidInputError';
  }
}
