/** The audit log: who did what and when, filtered, newest first, a page at a time. */
import { pickText } from '../../../domain/language.ts';
import type { AuditFilter, AuditLine, AuditPage } from '../../../services/staff/audit-read.ts';
import { ErrorSummary, errorFor, SelectField, TextField, type FieldError } from '../../components/forms.tsx';
import { StaffLayout } from '../../layout.tsx';
import type { StaffPageContext } from '../../page-context.ts';
import { accessUrls } from '../urls.ts';

const TIME = new Intl.DateTimeFormat('fi-FI', { timeZone: 'Europe/Helsinki', dateStyle: 'short', timeStyle: 'medium' });

/** An action by its name in the page's language; one of another feature by its code. */
function actionName(ctx: StaffPageContext, action: string): string {
  const names: Record<string, string> = ctx.t.access.audit.actions;
  return names[action] ?? action;
}

/** "user:<id>" as the person's name; the municipality by its name; the system's actors by their name; an unknown account as such. */
function who(ctx: StaffPageContext, names: Map<string, string>, id: string): string {
  const a = ctx.t.access.audit;
  if (names.has(id)) return names.get(id)!;
  if (ctx.municipality && id === `municipality:${ctx.municipality.id}`) return pickText(ctx.municipality.name, ctx.lang, ctx.municipality.languages)?.text ?? id;
  if (id === 'account:unknown') return a.unknownAccount;
  if (/^(cli|worker|demo|test|auth|migration)(:|$)/.test(id)) return a.system(id);
  return id;
}

function Line({ ctx, line, names }: { ctx: StaffPageContext; line: AuditLine; names: Map<string, string> }) {
  return (
    <tr>
      <td><time datetime={line.at.toISOString()}>{TIME.format(line.at)}</time></td>
      <td>{who(ctx, names, line.actor)}</td>
      <td>{actionName(ctx, line.action) === line.action ? <code>{line.action}</code> : actionName(ctx, line.action)}</td>
      <td>{who(ctx, names, line.target)}</td>
      <td>{line.details.map(([key, value]) => <span class="detail">{key}: {value} </span>)}</td>
    </tr>
  );
}

export function AuditLogPage({ ctx, page, filter, choices, pageHref, errors = [] }: {
  ctx: StaffPageContext;
  page: AuditPage | null;
  filter: Partial<Record<keyof AuditFilter, string | number>>;
  choices: { people: { id: string; displayName: string }[]; actions: string[] };
  pageHref: (page: number) => string;
  errors?: readonly FieldError[];
}) {
  const a = ctx.t.access.audit;
  const m = ctx.municipality!.slug;
  const current = Number(filter.page ?? 1);
  return (
    <StaffLayout ctx={ctx} title={a.title} currentPath={accessUrls.audit(m)}>
      <h1>{a.title}</h1>
      <ErrorSummary ctx={ctx} errors={errors} />
      <p>{a.intro}</p>
      <form method="get" action={accessUrls.audit(m)} class="filters audit-filters">
        <fieldset>
          <legend>{a.filters}</legend>
          <SelectField
            id="person" label={a.person} value={String(filter.person ?? '')}
            options={[{ value: '', label: a.anyone }, ...choices.people.map((person) => ({ value: `user:${person.id}`, label: person.displayName }))]}
          />
          <SelectField
            id="action" label={a.action} value={String(filter.action ?? '')}
            options={[{ value: '', label: a.anyAction }, ...choices.actions.map((action) => ({ value: action, label: actionName(ctx, action) }))]}
          />
          <TextField id="from" label={a.from} type="date" value={filter.from === undefined ? undefined : String(filter.from)} error={errorFor(errors, 'from')} />
          <TextField id="to" label={a.to} type="date" value={filter.to === undefined ? undefined : String(filter.to)} error={errorFor(errors, 'to')} />
          <div class="form-actions">
            <button type="submit">{a.apply}</button>
          </div>
        </fieldset>
      </form>
      {page && (page.lines.length === 0 ? (
        <p>{a.none}</p>
      ) : (
        <div class="table-scroll">
          <table class="audit">
            <thead>
              <tr>
                <th scope="col">{a.when}</th>
                <th scope="col">{a.who}</th>
                <th scope="col">{a.action}</th>
                <th scope="col">{a.target}</th>
                <th scope="col">{a.details}</th>
              </tr>
            </thead>
            <tbody>
              {page.lines.map((line) => <Line ctx={ctx} line={line} names={page.names} />)}
            </tbody>
          </table>
        </div>
      ))}
      {page && (current > 1 || page.hasMore) && (
        <nav aria-label={a.pages} class="pagination">
          <ul>
            {current > 1 && <li><a href={pageHref(current - 1)} rel="prev">{a.newer}</a></li>}
            <li><span aria-current="page">{a.page(current)}</span></li>
            {page.hasMore && <li><a href={pageHref(current + 1)} rel="next">{a.older}</a></li>}
          </ul>
        </nav>
      )}
    </StaffLayout>
  );
}
