import type { Lang } from '../domain/language.ts';
import { InvalidInputError } from '../domain/errors.ts';
import type { CliMessages } from '../i18n/cli/fi.ts';
import { printable } from '../io/followup/printable.ts';
import { validateNewMunicipality, type NewMunicipality } from '../services/municipalities.ts';
import { CliError } from './cli-error.ts';
import { valueOf } from './failures.ts';
import { perform } from './perform.ts';

export interface AddMunicipalityOptions {
  slug?: string;
  code?: string;
  names: Partial<Record<Lang, string>>;
  languages?: string;
  data?: string;
}

/** The command-line option of each field the service names, and the kind of value it expects. */
const OPTION_OF: Record<string, { option: string; expects: 'slug' | 'code' | 'languages' | 'name' }> = {
  slug: { option: 'slug', expects: 'slug' },
  code: { option: 'code', expects: 'code' },
  languages: { option: 'languages', expects: 'languages' },
  'name.fi': { option: 'name-fi', expects: 'name' },
  'name.sv': { option: 'name-sv', expects: 'name' },
  'name.en': { option: 'name-en', expects: 'name' },
};

/** Every wrong or missing option at once, each with the format it expects; checked before the data folder is touched. */
function checkOptions(m: CliMessages, input: NewMunicipality, given: Record<string, string | undefined>): void {
  try {
    validateNewMunicipality(input);
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    const lines = error.issues.map(({ field }) => {
      const { option, expects } = OPTION_OF[field] ?? { option: field, expects: 'slug' };
      const expected = m.expected[expects];
      const value = given[option];
      return value ? m.invalidWithExpected(option, printable(value), expected) : m.missingWithExpected(option, expected);
    });
    throw new CliError(lines.join('\n'));
  }
}

export async function addMunicipalityCommand(m: CliMessages, options: AddMunicipalityOptions): Promise<string> {
  const languages = (options.languages ?? 'fi').split(',').map((lang) => lang.trim()).filter(Boolean);
  const input: NewMunicipality = { slug: options.slug ?? '', code: options.code ?? '', name: options.names, languages };
  checkOptions(m, input, {
    slug: options.slug, code: options.code, languages: options.languages,
    'name-fi': options.names.fi, 'name-sv': options.names.sv, 'name-en': options.names.en,
  });
  const created = valueOf(m, await perform(m, 'municipality.add', input, { data: options.data, purpose: 'municipality add' }));
  return m.municipalityAdded(created.slug);
}
