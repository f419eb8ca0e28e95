/** An action's history: every version with who saved it, when and what changed; any earlier one can be restored. */
import type { EditableAction } from '../../services/editing/actions.ts';
import type { HistoryEntry } from '../../services/editing/history.ts';
import { CsrfField, Notice } from '../components/forms.tsx';
import { StaffLayout } from '../layout.tsx';
import type { StaffPageContext } from '../page-context.ts';
import { fieldLabel, formatValue, formatWhen, type Lookups } from './format.ts';
import { editingUrls } from './urls.ts';

function who(ctx: StaffPageContext, entry: HistoryEntry): string {
  if (entry.actorName) return entry.actorName;
  if (entry.actorId.startsWith('user:')) return ctx.t.editing.history.unknownPerson;
  const [system] = entry.actorId.split(':');
  return ctx.t.editing.history.system[system ?? ''] ?? entry.actorId;
}

export function HistoryPage({ ctx, action, programmeSlug, entries, lookups, mayRestore, notice }: {
  ctx: StaffPageContext; action: EditableAction; programmeSlug: string; entries: HistoryEntry[]; lookups: Lookups; mayRestore: boolean; notice?: string | undefined;
}) {
  const t = ctx.t.editing.history;
  const m = ctx.municipality!.slug;
  const title = t.title(action.ref);
  const crumbs = [
    { label: ctx.t.municipality.title, href: `/staff/${encodeURIComponent(m)}/` },
    { label: ctx.t.editing.list.title, href: editingUrls.actions(m, programmeSlug) },
    { label: ctx.t.editing.form.editTitle(action.ref), href: editingUrls.action(m, action.id) },
    { label: title },
  ];
  return (
    <StaffLayout ctx={ctx} title={title} crumbs={crumbs}>
      {notice && <Notice kind="success">{notice}</Notice>}
      <h1>{title}</h1>
      {mayRestore && <p>{t.restoreHint}</p>}
      <div class="table-scroll">
        <table class="data-table history">
          <caption>{t.caption}</caption>
          <thead>
            <tr><th scope="col">{t.version}</th><th scope="col">{t.when}</th><th scope="col">{t.who}</th><th scope="col">{t.changes}</th></tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr>
                <th scope="row">{entry.version ?? '–'}</th>
                <td>{formatWhen(ctx.lang, entry.at)}</td>
                <td>{who(ctx, entry)}</td>
                <td>
                  {entry.op === 'insert' ? <p>{t.created}</p> : (
                    <dl class="changes">
                      {entry.changes.map((change) => (
                        <>
                          <dt>{fieldLabel(ctx, change.field)}</dt>
                          <dd>
                            <span class="before">{t.before}: {formatValue(ctx, change.field, change.before, lookups)}</span>
                            <br />
                            <span class="after">{t.after}: {formatValue(ctx, change.field, change.after, lookups)}</span>
                          </dd>
                        </>
                      ))}
                    </dl>
                  )}
                  {mayRestore && entry.version !== null && entry.version !== action.version && (
                    <form method="post" action={editingUrls.restore(m, action.id)}>
                      <CsrfField ctx={ctx} />
                      <input type="hidden" name="restore" value={String(entry.version)} />
                      <input type="hidden" name="version" value={String(action.version)} />
                      <button type="submit" class="secondary">{t.restore(entry.version)}</button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </StaffLayout>
  );
}
