/** Failures of an operation, worded for the person at the terminal. */
import type { CliMessages } from '../i18n/cli/fi.ts';
import { CliError } from './cli-error.ts';
import { formatPairingProblems } from './pairing-file.ts';
import { formatProblems } from './format-summary.ts';
import type { Failure, Outcome } from './operations.ts';

export function failureMessage(m: CliMessages, failure: Failure, file = ''): string {
  switch (failure.kind) {
    case 'not_found':
      return failure.entity === 'municipality' ? m.unknownMunicipality(failure.key) : m.notFound(failure.entity, failure.key);
    case 'invalid':
      return failure.issues.map((issue) => m.invalidOption(issue.field, issue.problem)).join('\n');
    case 'forbidden':
      return m.forbidden(failure.permission);
    case 'municipality_exists':
      return m.municipalityExists(failure.slug);
    case 'file_problems':
      return formatProblems(m, file, failure.problems);
    case 'translation_shape':
      return m.translationShapeDiffers(failure.lang, failure.programmeShape.join(', '), failure.fileShape.join(', '));
    case 'pairing_problems':
      return formatPairingProblems(m, file, failure.problems);
  }
}

/** The value of a successful outcome; a failure becomes the command's error message. */
export function valueOf<Value>(m: CliMessages, outcome: Outcome<Value>, file?: string): Value {
  if (!outcome.ok) throw new CliError(failureMessage(m, outcome.failure, file));
  return outcome.value;
}
