import type { Lang } from '../../domain/language.ts';
import { en } from './en.ts';
import { fi, type CliMessages } from './fi.ts';
import { sv } from './sv.ts';

const catalogs: Record<Lang, CliMessages> = { fi, sv, en };

/** The command line speaks the language of TIEKARTTA_LANG, else of the locale (LANG), else English. */
export function cliLanguage(env: NodeJS.ProcessEnv = process.env): Lang {
  const wanted = (env.TIEKARTTA_LANG ?? env.LC_ALL ?? env.LANG ?? '').slice(0, 2).toLowerCase();
  return wanted === 'fi' || wanted === 'sv' ? wanted : 'en';
}

export function cliMessages(lang: Lang = cliLanguage()): CliMessages {
  return catalogs[lang];
}
