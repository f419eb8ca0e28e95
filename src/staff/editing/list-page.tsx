/** A programme's actions in the workspace, archived ones too, with links to edit each. */
import { pickText } from '../../domain/language.ts';
import type { ActionListRow } from '../../services/editing/actions.ts';
import type { ProgrammeSummary } from '../../services/views.ts';
import { StaffLayout } from '../layout.tsx';
import type { StaffPageContext } from '../page-context.ts';
import { formatWhen } from './format.ts';
import { editingUrls } from './urls.ts';
import { metricUrls } from '../metrics/urls.ts';

export function programmeTitle(ctx: StaffPageContext, programme: Pick<ProgrammeSummary, 'name' | 'periodStart' | 'periodEnd'>): string {
  return pickText(programme.name, ctx.lang, ctx.fallbacks)?.text ?? ctx.site.programmeName(programme.periodStart, programme.periodEnd);
}

export function ActionListPage({ ctx, programmes, programme, actions, mayCreate, mayEditStructure }: {
  ctx: StaffPageContext; programmes: ProgrammeSummary[]; programme: ProgrammeSummary; actions: ActionListRow[];
  mayCreate: boolean; mayEditStructure: boolean;
}) {
  const t = ctx.t.editing.list;
  const m = ctx.municipality!.slug;
  const title = `${t.title}: ${programmeTitle(ctx, programme)}`;
  return (
    <StaffLayout ctx={ctx} title={title} currentPath={editingUrls.actionsHome(m)}>
      <h1>{title}</h1>
      {programmes.length > 1 && (
        <nav aria-label={t.programme}>
          <ul class="inline-list">
            {programmes.map((other) => (
              <li><a href={editingUrls.actions(m, other.slug)} aria-current={other.slug === programme.slug ? 'page' : undefined}>{programmeTitle(ctx, other)}</a></li>
            ))}
          </ul>
        </nav>
      )}
      <ul class="inline-list">
        {mayCreate && <li><a href={editingUrls.newAction(m, programme.slug)}>{t.newAction}</a></li>}
        <li><a href={editingUrls.untranslated(m, programme.slug)}>{t.untranslated}</a></li>
        {mayEditStructure && <li><a href={editingUrls.structure(m, programme.slug)}>{t.structure}</a></li>}
        <li><a href={metricUrls.list(m, programme.slug)}>{ctx.t.metrics.link}</a></li>
      </ul>
      {actions.length === 0 ? <p>{t.none}</p> : (
        <div class="table-scroll">
          <table class="data-table">
            <thead>
              <tr><th scope="col">{t.ref}</th><th scope="col">{t.name}</th><th scope="col">{t.owner}</th><th scope="col">{t.updated}</th></tr>
            </thead>
            <tbody>
              {actions.map((action) => {
                const name = pickText(action.name, ctx.lang, ctx.fallbacks);
                return (
                  <tr class={action.archived ? 'archived' : undefined}>
                    <td><a href={editingUrls.action(m, action.id)} aria-label={t.edit(action.ref)}>{action.ref}</a></td>
                    <td>
                      <a href={editingUrls.action(m, action.id)} lang={name?.lang}>{name?.text ?? action.ref}</a>
                      {action.archived && <> <strong class="tag">({t.archived})</strong></>}
                    </td>
                    <td>{action.owner ?? '–'}</td>
                    <td>{formatWhen(ctx.lang, action.updatedAt)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </StaffLayout>
  );
}
