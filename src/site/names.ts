/** Display names of things whose own name may be missing: the catalog then names them. */
import type { LocalizedText, Shown } from '../domain/language.ts';
import { pickText } from '../domain/language.ts';
import type { MunicipalityView, ProgrammeSummary, RoundView } from '../services/views.ts';
import { formatMonth } from '../i18n/site/format.ts';
import type { PageContext } from './context.ts';

function ownText(ctx: PageContext, text: string): Shown {
  return { text, lang: ctx.lang, untranslated: false };
}

/**
 * A place name is a proper noun: Porvoo is Porvoo in English. Shown in the municipality's own language
 * when there is none in the page's, marked with that language but not called untranslated.
 */
export function municipalityName(ctx: PageContext, municipality: MunicipalityView): Shown {
  const shown = pickText(municipality.name, ctx.lang, municipality.languages);
  return shown ? { ...shown, untranslated: false } : ownText(ctx, municipality.slug);
}

/** Programmes are often unnamed: "Digiohjelma 2020–2023". */
export function programmeName(ctx: PageContext, programme: ProgrammeSummary): Shown {
  return (
    pickText(programme.name, ctx.lang, ctx.fallbacks) ??
    ownText(ctx, ctx.t.programmeName(programme.periodStart, programme.periodEnd))
  );
}

/** The printed tables have no titles: "Osio 3". */
export function sectionName(ctx: PageContext, section: { position: number; name: LocalizedText }): Shown {
  return pickText(section.name, ctx.lang, ctx.fallbacks) ?? ownText(ctx, ctx.t.sectionN(section.position));
}

/** A round by its month, "syyskuu 2022": its printed label is in the report's language only. */
export function roundWhen(ctx: PageContext, round: RoundView): string {
  return formatMonth(ctx.lang, round.year, round.month);
}
