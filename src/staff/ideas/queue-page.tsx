/** The steering group's queue of ideas, by stage, with the way to the other idea pages. */
import { IDEA_STATES, type IdeaState } from '../../domain/idea.ts';
import { pickText } from '../../domain/language.ts';
import { can, type Permission } from '../../domain/permissions.ts';
import { ideasSiteMessages } from '../../i18n/site/ideas.ts';
import type { QueueRow } from '../../services/ideas/staff-ideas.ts';
import { Notice } from '../components/forms.tsx';
import { formatWhen } from '../editing/format.ts';
import { StaffLayout } from '../layout.tsx';
import type { StaffPageContext } from '../page-context.ts';
import { ideaStaffUrls } from './urls.ts';

export function IdeaQueuePage({ ctx, rows, state, notice }: { ctx: StaffPageContext; rows: QueueRow[]; state: IdeaState | undefined; notice?: string }) {
  const t = ctx.t.ideas;
  const states = ideasSiteMessages(ctx.lang).states;
  const m = ctx.municipality!.slug;
  const may = (permission: Permission) => Boolean(ctx.signedIn && can(ctx.signedIn.actor, permission, ctx.municipality!.id));
  return (
    <StaffLayout ctx={ctx} title={t.title} currentPath={ideaStaffUrls.queue(m)}>
      <h1>{t.title}</h1>
      {notice && <Notice kind="success">{notice}</Notice>}
      <p>{t.intro}</p>
      <ul class="inline-list">
        <li><a href={ideaStaffUrls.newIdea(m)}>{t.newIdea}</a></li>
        {may('idea.manage') && <li><a href={ideaStaffUrls.importIdeas(m)}>{t.importLink}</a></li>}
        <li><a href={ideaStaffUrls.priorities(m)}>{t.prioritiesLink}</a></li>
        {may('idea.personal_data') && <li><a href={ideaStaffUrls.register(m)}>{t.registerLink}</a></li>}
      </ul>
      <nav aria-label={t.filter}>
        <ul class="inline-list">
          <li><a href={ideaStaffUrls.queue(m)} aria-current={state ? undefined : 'page'}>{t.all}</a></li>
          {IDEA_STATES.map((option) => (
            <li><a href={ideaStaffUrls.queue(m, option)} aria-current={state === option ? 'page' : undefined}>{states[option]}</a></li>
          ))}
        </ul>
      </nav>
      {rows.length === 0 ? <p>{t.none}</p> : (
        <table class="data-table">
          <caption>{state ? states[state] : t.all}</caption>
          <thead>
            <tr>
              <th scope="col">{t.columns.ref}</th>
              <th scope="col">{t.columns.title}</th>
              <th scope="col">{t.columns.state}</th>
              <th scope="col">{t.columns.published}</th>
              <th scope="col">{t.columns.source}</th>
              <th scope="col">{t.columns.received}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const title = pickText(row.title, ctx.lang, [row.lang]);
              return (
                <tr>
                  <td>{row.ref}</td>
                  <th scope="row"><a href={ideaStaffUrls.idea(m, row.ref)} lang={title?.lang}>{title?.text}</a></th>
                  <td>{states[row.state]}</td>
                  <td>{row.published ? t.yes : t.no}</td>
                  <td>{t.sources[row.source]}{row.sourceLabel ? `: ${row.sourceLabel}` : ''}</td>
                  <td>{formatWhen(ctx.lang, row.createdAt)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </StaffLayout>
  );
}
