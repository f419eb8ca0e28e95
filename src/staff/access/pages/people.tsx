/** A municipality's people: their roles and state, with the administrator's controls, and the invitation form. */
import { ROLES, type Role } from '../../../domain/actor.ts';
import { LANGUAGES, type Lang } from '../../../domain/language.ts';
import type { PersonRow } from '../../../services/staff/people-admin.ts';
import { CsrfField, ErrorSummary, errorFor, Notice, SelectField, TextField, type FieldError } from '../../components/forms.tsx';
import { StaffLayout } from '../../layout.tsx';
import type { StaffPageContext } from '../../page-context.ts';
import { accessUrls } from '../urls.ts';

export interface InviteInput {
  email: string;
  displayName: string;
  lang: Lang;
  role: Role;
}

function PostButton({ ctx, action, label, hidden, fields = {} }: {
  ctx: StaffPageContext; action: string; label: string; hidden: string; fields?: Record<string, string>;
}) {
  return (
    <form method="post" action={action} class="inline-form">
      <CsrfField ctx={ctx} />
      {Object.entries(fields).map(([name, value]) => <input type="hidden" name={name} value={value} />)}
      <button type="submit" class="small-button">
        {label}
        <span class="visually-hidden">{hidden}</span>
      </button>
    </form>
  );
}

function PersonRowView({ ctx, person }: { ctx: StaffPageContext; person: PersonRow }) {
  const p = ctx.t.access.people;
  const m = ctx.municipality!.slug;
  const roleName = (role: Role) => ctx.t.common.roles[role];
  const missing = ROLES.filter((role) => !person.roles.includes(role));
  const selectId = `add-role-${person.id}`;
  return (
    <tr>
      <th scope="row">{person.displayName}</th>
      <td>{person.email}</td>
      <td>
        <ul class="plain-list">
          {person.roles.map((role) => (
            <li>
              {roleName(role)}{' '}
              <PostButton
                ctx={ctx} action={accessUrls.personRoleRemove(m, person.id)} fields={{ role }}
                label={p.removeRole} hidden={p.forPerson(`${roleName(role)}, ${person.displayName}`)}
              />
            </li>
          ))}
        </ul>
        {missing.length > 0 && (
          <form method="post" action={accessUrls.personRoles(m, person.id)} class="add-role">
            <CsrfField ctx={ctx} />
            <label for={selectId} class="visually-hidden">{p.addRoleFor(person.displayName)}</label>
            <select id={selectId} name="role">
              {missing.map((role) => <option value={role}>{roleName(role)}</option>)}
            </select>{' '}
            <button type="submit" class="small-button">
              {p.add}
              <span class="visually-hidden">{p.forPerson(person.displayName)}</span>
            </button>
          </form>
        )}
      </td>
      <td>
        {person.deactivated ? p.deactivated : person.pending ? p.pending : p.active}
        {person.hasSecondFactor && <><br />{p.secondFactor}</>}
        {person.locked && <><br />{p.locked}</>}
      </td>
      <td>
        {person.locked && !person.deactivated && (
          <PostButton ctx={ctx} action={accessUrls.personUnlock(m, person.id)} label={p.unlock} hidden={p.forPerson(person.displayName)} />
        )}{' '}
        {person.deactivated ? (
          <PostButton ctx={ctx} action={accessUrls.personReactivate(m, person.id)} label={p.reactivate} hidden={p.forPerson(person.displayName)} />
        ) : (
          <PostButton ctx={ctx} action={accessUrls.personDeactivate(m, person.id)} label={p.deactivate} hidden={p.forPerson(person.displayName)} />
        )}
      </td>
    </tr>
  );
}

export function PeoplePage({ ctx, people, notice, errors = [], invite }: {
  ctx: StaffPageContext;
  people: PersonRow[];
  notice?: string | undefined;
  errors?: readonly FieldError[];
  /** The invitation form as it was sent, when it had errors. */
  invite?: Partial<InviteInput> | undefined;
}) {
  const p = ctx.t.access.people;
  const m = ctx.municipality!.slug;
  return (
    <StaffLayout ctx={ctx} title={p.title} currentPath={accessUrls.people(m)}>
      <h1>{p.title}</h1>
      <ErrorSummary ctx={ctx} errors={errors} />
      {notice && <Notice kind="success">{notice}</Notice>}
      <p>{p.intro}</p>
      <div class="table-scroll">
        <table class="people">
          <thead>
            <tr>
              <th scope="col">{p.name}</th>
              <th scope="col">{p.email}</th>
              <th scope="col">{p.roles}</th>
              <th scope="col">{p.status}</th>
              <th scope="col">{p.actions}</th>
            </tr>
          </thead>
          <tbody>
            {people.map((person) => <PersonRowView ctx={ctx} person={person} />)}
          </tbody>
        </table>
      </div>
      <h2 id="invite">{p.inviteTitle}</h2>
      <p>{p.inviteIntro}</p>
      <form method="post" action={accessUrls.people(m)} class="narrow-form">
        <CsrfField ctx={ctx} />
        <TextField id="displayName" label={p.displayName} value={invite?.displayName} required maxLength={100} autocomplete="off" error={errorFor(errors, 'displayName')} />
        <TextField id="email" label={p.email} type="email" value={invite?.email} required maxLength={254} autocomplete="off" error={errorFor(errors, 'email')} />
        <SelectField
          id="role" label={p.role} value={invite?.role ?? 'viewer'} error={errorFor(errors, 'role')}
          options={ROLES.map((role) => ({ value: role, label: ctx.t.common.roles[role] }))}
        />
        <SelectField
          id="lang" label={p.language} value={invite?.lang ?? ctx.municipality!.languages[0] ?? 'fi'}
          options={LANGUAGES.map((lang) => ({ value: lang, label: ctx.t.access.languages[lang] }))}
        />
        <div class="form-actions">
          <button type="submit">{p.inviteSubmit}</button>
        </div>
      </form>
    </StaffLayout>
  );
}
