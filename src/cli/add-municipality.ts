import { userInfo } from 'node:os';
import { openDatabase } from '../db/database.ts';
import type { Lang } from '../domain/language.ts';
import type { CliMessages } from '../i18n/cli/fi.ts';
import { createMunicipality, InvalidMunicipalityError, MunicipalityExistsError } from '../services/municipalities.ts';
import { CliError } from './cli-error.ts';
import { databaseLocation } from './database-location.ts';

export interface AddMunicipalityOptions {
  slug?: string;
  code?: string;
  names: Partial<Record<Lang, string>>;
  languages?: string;
  data?: string;
}

export async function addMunicipalityCommand(m: CliMessages, options: AddMunicipalityOptions): Promise<string> {
  const { slug, code } = options;
  if (!slug) throw new CliError(m.missingOption('slug'));
  if (!code) throw new CliError(m.missingOption('code'));
  const languages = (options.languages ?? 'fi').split(',').map((lang) => lang.trim());
  const { db, close } = await openDatabase(databaseLocation(options.data));
  try {
    await createMunicipality(db, { slug, code, name: options.names, languages }, `cli:${userInfo().username}`);
    return m.municipalityAdded(slug);
  } catch (error) {
    if (error instanceof MunicipalityExistsError) throw new CliError(m.municipalityExists(slug));
    if (error instanceof InvalidMunicipalityError) {
      const option = error.field.replace('name.', 'name-');
      const given: Record<string, string | undefined> = {
        slug, code, languages: options.languages, 'name-fi': options.names.fi, 'name-sv': options.names.sv, 'name-en': options.names.en,
      };
      throw new CliError(given[option] ? m.invalidOption(option, given[option]) : m.missingOption(option));
    }
    throw error;
  } finally {
    await close();
  }
}
