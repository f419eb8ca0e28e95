/** Interface and content languages the product speaks. Finnish first: it defines the catalogs' type. */
export const LANGUAGES = ['fi', 'sv', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** A content field stored per language; a language without text is simply absent. */
export type LocalizedText = Partial<Record<Lang, string>>;

/** A content value chosen for display, and the language it is really in. */
export interface Shown {
  text: string;
  lang: Lang;
  /** True when the text is in another language than the one asked for. */
  untranslated: boolean;
}

/**
 * Picks the text to show in `lang`. Content missing in that language is shown in another one
 * (the municipality's languages in order, then any), and said to be untranslated, never hidden.
 */
export function pickText(
  value: LocalizedText | null | undefined,
  lang: Lang,
  fallbacks: readonly Lang[] = LANGUAGES,
): Shown | null {
  if (!value) return null;
  const own = value[lang];
  if (own) return { text: own, lang, untranslated: false };
  for (const other of [...fallbacks, ...LANGUAGES]) {
    const text = value[other];
    if (text) return { text, lang: other, untranslated: true };
  }
  return null;
}
