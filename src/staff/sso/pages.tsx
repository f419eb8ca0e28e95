/** Single sign-on pages: a municipality's sign-in page, and the administrator's provider settings. */
import { ROLES } from '../../domain/actor.ts';
import type { ProviderView, SignInProvider } from '../../services/sso/providers.ts';
import type { SsoRefusal } from '../../services/sso/sign-in.ts';
import { CsrfField, ErrorSummary, errorFor, Notice, SelectField, TextArea, TextField, type FieldError } from '../components/forms.tsx';
import { StaffLayout } from '../layout.tsx';
import type { StaffPageContext } from '../page-context.ts';
import { staffUrls } from '../urls.ts';
import { SsoChoices } from './components.tsx';
import { ssoUrls } from './urls.ts';

export function SsoSignInPage({ ctx, place, providers, next, refused }: {
  ctx: StaffPageContext;
  place: string;
  providers: readonly SignInProvider[];
  next?: string | undefined;
  refused?: SsoRefusal | undefined;
}) {
  const s = ctx.t.sso.signIn;
  return (
    <StaffLayout ctx={ctx} title={s.municipalityTitle(place)}>
      <h1>{s.municipalityTitle(place)}</h1>
      {refused && <Notice kind="error">{s.refused[refused]}</Notice>}
      {providers.length === 0 ? <p>{s.noProviders}</p> : <SsoChoices ctx={ctx} providers={providers} next={next} showMunicipality={false} />}
      <p>
        <a href={next ? `${staffUrls.signIn}?next=${encodeURIComponent(next)}` : staffUrls.signIn}>{s.withPassword}</a>
      </p>
    </StaffLayout>
  );
}

/** A sign-in the provider or our checks refused: nothing was signed in; start again from the sign-in page. */
export function SsoRefusedPage({ ctx, reason }: { ctx: StaffPageContext; reason: SsoRefusal }) {
  const s = ctx.t.sso.signIn;
  return (
    <StaffLayout ctx={ctx} title={s.refusedTitle}>
      <h1>{s.refusedTitle}</h1>
      <Notice kind="error">{s.refused[reason]}</Notice>
      <p><a href={staffUrls.signIn}>{ctx.t.common.signIn.title}</a></p>
    </StaffLayout>
  );
}

/** What the form shows: a provider's settings as typed (the secret never). */
export interface ProviderForm {
  label: string;
  issuer: string;
  clientId: string;
  allowedDomains: string;
  defaultRole: string;
  enabled: boolean;
}

export const emptyProviderForm: ProviderForm = { label: '', issuer: '', clientId: '', allowedDomains: '', defaultRole: '', enabled: true };

export function providerForm(provider: ProviderView): ProviderForm {
  return { ...provider, allowedDomains: provider.allowedDomains.join(', '), defaultRole: provider.defaultRole ?? '' };
}

export function ProvidersPage({ ctx, providers, editing, form, errors = [], notice, redirectUri, secretKeyMissing }: {
  ctx: StaffPageContext;
  providers: readonly ProviderView[];
  /** The provider being edited (its id and the version the form was opened at); none: adding one. */
  editing?: { id: string; label: string; version: number } | undefined;
  form: ProviderForm;
  errors?: readonly FieldError[];
  notice?: 'saved' | 'conflict' | undefined;
  redirectUri: string;
  secretKeyMissing: boolean;
}) {
  const a = ctx.t.sso.admin;
  const m = ctx.municipality!.slug;
  const formTitle = editing ? a.editTitle(editing.label) : a.addTitle;
  return (
    <StaffLayout ctx={ctx} title={editing ? formTitle : a.title} crumbs={editing ? [{ label: a.title, href: ssoUrls.providers(m) }] : []}>
      <h1>{editing ? formTitle : a.title}</h1>
      <ErrorSummary ctx={ctx} errors={errors} />
      {notice === 'saved' && <Notice kind="success">{a.saved}</Notice>}
      {notice === 'conflict' && <Notice kind="error">{a.conflict}</Notice>}
      {secretKeyMissing && <Notice kind="error">{a.missingKey}</Notice>}
      {!editing && (
        <>
          <p>{a.intro}</p>
          <h2>{a.providers}</h2>
          {providers.length === 0 ? <p>{a.none}</p> : (
            <table class="data-table">
              <thead>
                <tr>
                  <th scope="col">{a.columns.label}</th>
                  <th scope="col">{a.columns.issuer}</th>
                  <th scope="col">{a.columns.defaultRole}</th>
                  <th scope="col">{a.columns.enabled}</th>
                  <td></td>
                </tr>
              </thead>
              <tbody>
                {providers.map((provider) => (
                  <tr>
                    <th scope="row">{provider.label}</th>
                    <td>{provider.issuer}</td>
                    <td>{provider.defaultRole ? ctx.t.common.roles[provider.defaultRole] : a.fields.noRole}</td>
                    <td>{provider.enabled ? a.yes : a.no}</td>
                    <td><a href={ssoUrls.provider(m, provider.id)}>{a.edit}<span class="visually-hidden"> {provider.label}</span></a></td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <h2>{a.addTitle}</h2>
        </>
      )}
      <p>{a.redirectUri} <code>{redirectUri}</code></p>
      <form method="post" action={editing ? ssoUrls.provider(m, editing.id) : ssoUrls.providers(m)} class="narrow-form">
        <CsrfField ctx={ctx} />
        {editing && <input type="hidden" name="version" value={String(editing.version)} />}
        <TextField id="label" label={a.fields.label} hint={a.fields.labelHint} value={form.label} error={errorFor(errors, 'label')} required maxLength={100} />
        <TextField id="issuer" label={a.fields.issuer} hint={a.fields.issuerHint} value={form.issuer} error={errorFor(errors, 'issuer')} required maxLength={500} />
        <TextField id="clientId" label={a.fields.clientId} value={form.clientId} error={errorFor(errors, 'clientId')} required maxLength={500} />
        <TextField
          id="clientSecret" type="password" label={a.fields.clientSecret} hint={editing ? a.fields.clientSecretHint : undefined}
          error={errorFor(errors, 'clientSecret')} required={!editing} maxLength={1000} autocomplete="off"
        />
        <TextArea id="allowedDomains" label={a.fields.allowedDomains} hint={a.fields.allowedDomainsHint} value={form.allowedDomains} error={errorFor(errors, 'allowedDomains')} rows={2} maxLength={2000} />
        <SelectField
          id="defaultRole" label={a.fields.defaultRole} hint={a.fields.defaultRoleHint} value={form.defaultRole} error={errorFor(errors, 'defaultRole')}
          options={[{ value: '', label: a.fields.noRole }, ...ROLES.map((role) => ({ value: role, label: ctx.t.common.roles[role] }))]}
        />
        <div class="field checkbox-field">
          <input type="checkbox" id="enabled" name="enabled" value="on" checked={form.enabled} />
          <label for="enabled">{a.fields.enabled}</label>
        </div>
        <div class="form-actions">
          <button type="submit">{editing ? a.save : a.add}</button>
        </div>
      </form>
    </StaffLayout>
  );
}
