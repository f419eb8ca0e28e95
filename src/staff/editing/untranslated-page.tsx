/** Every text of a programme missing a translation, per language, each linked to the input that fixes it. */
import type { Lang } from '../../domain/language.ts';
import type { Untranslated } from '../../services/editing/untranslated.ts';
import { StaffLayout } from '../layout.tsx';
import type { StaffPageContext } from '../page-context.ts';
import { fieldLabel } from './format.ts';
import { TextsInLanguages } from './fields.tsx';
import { editingUrls } from './urls.ts';

function fixUrl(m: string, programme: string, item: Untranslated, lang: Lang): string {
  const anchor = `#${item.field}.${lang}`;
  if (item.kind === 'action') return editingUrls.action(m, item.id) + anchor;
  if (item.kind === 'programme') return editingUrls.structure(m, programme) + anchor;
  return editingUrls.structureItem(m, programme, item.kind, item.id) + anchor;
}

export function UntranslatedPage({ ctx, programmeSlug, programmeTitle, missing }: {
  ctx: StaffPageContext; programmeSlug: string; programmeTitle: string; missing: { lang: Lang; items: Untranslated[] }[];
}) {
  const t = ctx.t.editing.untranslated;
  const m = ctx.municipality!.slug;
  const crumbs = [
    { label: ctx.t.municipality.title, href: `/staff/${encodeURIComponent(m)}/` },
    { label: ctx.t.editing.list.title, href: editingUrls.actions(m, programmeSlug) },
    { label: t.title },
  ];
  return (
    <StaffLayout ctx={ctx} title={`${t.title}: ${programmeTitle}`} crumbs={crumbs}>
      <h1>{t.title}: {programmeTitle}</h1>
      <p>{t.intro}</p>
      {missing.map(({ lang, items }) => (
        <section aria-labelledby={`missing-${lang}`}>
          <h2 id={`missing-${lang}`}>{t.missing(ctx.t.editing.languageNames[lang])} ({t.count(items.length)})</h2>
          {items.length === 0 ? <p>{t.none}</p> : (
            <div class="table-scroll">
              <table class="data-table">
                <thead><tr><th scope="col">{t.where}</th><th scope="col">{t.text}</th><th scope="col"><span class="visually-hidden">{t.fix}</span></th></tr></thead>
                <tbody>
                  {items.map((item) => (
                    <tr>
                      <td>{t.kinds[item.kind]} {item.label} – {fieldLabel(ctx, item.field)}</td>
                      <td><TextsInLanguages value={item.text} /></td>
                      <td><a href={fixUrl(m, programmeSlug, item, lang)}>{t.fix}<span class="visually-hidden">: {t.kinds[item.kind]} {item.label}, {fieldLabel(ctx, `${item.field}.${lang}`)}</span></a></td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ))}
    </StaffLayout>
  );
}
