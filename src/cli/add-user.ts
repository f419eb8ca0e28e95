import { ROLES, type Role } from '../domain/actor.ts';
import { isLang, type Lang } from '../domain/language.ts';
import { isSlug } from '../domain/slug.ts';
import type { CliMessages } from '../i18n/cli/fi.ts';
import { printable } from '../io/followup/printable.ts';
import { CliError } from './cli-error.ts';
import { valueOf } from './failures.ts';
import { perform } from './perform.ts';

export interface AddUserOptions {
  municipality?: string;
  email?: string;
  name?: string;
  lang?: string;
  role?: string;
  data?: string;
}

/** Where the product is reached, for the links it prints and mails. */
export function publicUrl(env: NodeJS.ProcessEnv = process.env): string {
  return (env.PUBLIC_URL ?? `http://localhost:${env.PORT ?? 3000}`).replace(/\/+$/, '');
}

/** `tiekartta user add`: a person with a role, and the one-time link with which they set their password. */
export async function addUserCommand(m: CliMessages, options: AddUserOptions): Promise<string> {
  const problems: string[] = [];
  if (!isSlug(options.municipality)) problems.push(m.invalidWithExpected('municipality', printable(options.municipality ?? ''), m.expected.slug));
  if (!options.email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(options.email)) problems.push(m.invalidWithExpected('email', options.email ?? '', m.expected.email));
  if (!options.name?.trim()) problems.push(m.missingWithExpected('name', m.expected.personName));
  const lang = options.lang ?? 'fi';
  if (!isLang(lang)) problems.push(m.invalidWithExpected('lang', printable(lang), m.expected.lang));
  if (!ROLES.includes(options.role as Role)) problems.push(m.invalidWithExpected('role', printable(options.role ?? ''), m.expected.role(ROLES.join(', '))));
  if (problems.length > 0) throw new CliError(problems.join('\n'));
  const added = valueOf(m, await perform(m, 'user.add', {
    municipality: options.municipality!, email: options.email!, name: options.name!, lang: lang as Lang, role: options.role as Role,
  }, { data: options.data, purpose: 'user add' }));
  const lines = [added.created ? m.userAdded(options.email!, options.role!) : m.roleGranted(options.email!, options.role!)];
  if (added.setPasswordSecret) lines.push(m.setPasswordLink(`${publicUrl()}/staff/password/${added.setPasswordSecret}`));
  return lines.join('\n');
}
