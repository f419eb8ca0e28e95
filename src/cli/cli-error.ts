/** An error the user caused and can fix: printed as it is, without a stack, exit code 1. */
export class CliError extends Error {}
