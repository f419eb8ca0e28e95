/**
 * The interface language a browser prefers among ours, from its Accept-Language header: the highest
 * weight wins (RFC 9110 §12.5.4), ties go to the one listed first, `q=0` means "not this one".
 */
import { isLang, type Lang } from '../domain/language.ts';

export function preferredLanguage(acceptLanguage: string | undefined, fallback: Lang = 'en'): Lang {
  let best: { lang: Lang; weight: number } | null = null;
  for (const part of (acceptLanguage ?? '').split(',')) {
    const [range = '', ...params] = part.split(';').map((piece) => piece.trim());
    // The primary subtag only: "sv-FI" is Swedish, "fil" (Filipino) is not Finnish.
    const primary = range.split('-')[0]?.toLowerCase();
    const q = params.find((param) => param.toLowerCase().startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    if (isLang(primary) && weight > 0 && (!best || weight > best.weight)) best = { lang: primary, weight };
  }
  return best?.lang ?? fallback;
}
