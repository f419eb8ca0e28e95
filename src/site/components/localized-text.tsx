/**
 * Content in the page's language, or in another one when it has no translation: then the text
 * carries its real `lang` (for screen readers and hyphenation) and a visible note says so.
 */
import type { LocalizedText, Shown } from '../../domain/language.ts';
import { pickText } from '../../domain/language.ts';
import type { PageContext } from '../context.ts';

export function UntranslatedNote({ ctx, shown }: { ctx: PageContext; shown: Pick<Shown, 'lang' | 'untranslated'> }) {
  if (!shown.untranslated) return null;
  return <span class="untranslated"> {ctx.t.untranslated(shown.lang)}</span>;
}

export function ShownText({ ctx, shown }: { ctx: PageContext; shown: Shown }) {
  if (shown.lang === ctx.lang) return <>{shown.text}</>;
  return (
    <>
      <span lang={shown.lang}>{shown.text}</span>
      <UntranslatedNote ctx={ctx} shown={shown} />
    </>
  );
}

/** Renders `value` or, when it has no text in any language, `empty` (already in the page's language). */
export function Localized({ ctx, value, empty = '' }: { ctx: PageContext; value: LocalizedText | null | undefined; empty?: string }) {
  const shown = pickText(value, ctx.lang, ctx.fallbacks);
  if (!shown) return <>{empty}</>;
  return <ShownText ctx={ctx} shown={shown} />;
}

/** A block of text (a status report): the paragraph itself carries the content's language. */
export function LocalizedParagraph({ ctx, value, empty }: { ctx: PageContext; value: LocalizedText | null | undefined; empty: string }) {
  const shown = pickText(value, ctx.lang, ctx.fallbacks);
  if (!shown) return <p class="muted">{empty}</p>;
  if (shown.lang === ctx.lang) return <p>{shown.text}</p>;
  return (
    <>
      <p lang={shown.lang}>{shown.text}</p>
      {shown.untranslated && <p class="untranslated">{ctx.t.untranslated(shown.lang)}</p>}
    </>
  );
}
