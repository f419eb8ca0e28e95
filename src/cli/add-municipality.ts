import { userInfo } from 'node:os';
import { openDatabase } from '../db/database.ts';
import { isLang, type Lang } from '../domain/language.ts';
import type { CliMessages } from '../i18n/cli/fi.ts';
import { createMunicipality } from '../services/municipalities.ts';
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
  if (!/^[a-z0-9][a-z0-9-]{1,39}$/.test(slug)) throw new CliError(m.invalidOption('slug', slug));
  if (!/^\d{3}$/.test(code)) throw new CliError(m.invalidOption('code', code));
  const languages = (options.languages ?? 'fi').split(',').map((lang) => lang.trim());
  if (!languages.every(isLang)) throw new CliError(m.invalidOption('languages', options.languages ?? ''));
  for (const lang of languages) if (!options.names[lang as Lang]) throw new CliError(m.missingOption(`name-${lang}`));
  const { db, close } = await openDatabase(databaseLocation(options.data));
  try {
    await createMunicipality(db, { slug, code, name: options.names, languages: languages as Lang[] }, `cli:${userInfo().username}`);
    return m.municipalityAdded(slug);
  } catch (error) {
    if ((error as { cause?: { code?: string }; code?: string }).cause?.code === '23505' || (error as { code?: string }).code === '23505') {
      throw new CliError(m.municipalityExists(slug));
    }
    throw error;
  } finally {
    await close();
  }
}
