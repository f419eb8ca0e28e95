/** The interface language for a page whose URL names none that we speak (a 404): the browser's preference. */
import type { Context } from 'hono';
import { isLang, type Lang } from '../domain/language.ts';

export function preferredLanguage(c: Context, fallback: Lang = 'en'): Lang {
  const header = c.req.header('accept-language') ?? '';
  for (const part of header.split(',')) {
    const primary = part.split(';')[0]?.trim().slice(0, 2).toLowerCase();
    if (isLang(primary)) return primary;
  }
  return fallback;
}
