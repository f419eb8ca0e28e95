/** The person's API tokens in a municipality: create (shown once), list, revoke. */
import type { Lang } from '../../domain/language.ts';
import type { ApiTokenView } from '../../services/staff-api/tokens.ts';
import { CsrfField, ErrorSummary, Notice, TextField, type FieldError } from '../components/forms.tsx';
import { StaffLayout } from '../layout.tsx';
import type { StaffPageContext } from '../page-context.ts';
import { tokenUrls } from './urls.ts';

const LOCALES: Record<Lang, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

function when(lang: Lang, date: Date): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Helsinki' }).format(date);
}

/** The last day a token works: it expires at the start of the next day. */
function lastDay(lang: Lang, expiresAt: Date): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'medium', timeZone: 'Europe/Helsinki' }).format(new Date(expiresAt.getTime() - 1000));
}

export function ApiTokensPage({ ctx, tokens, created, revoked, errors = [], name, expiresOn }: {
  ctx: StaffPageContext;
  tokens: readonly ApiTokenView[];
  /** The token just created: shown this once. */
  created?: string | undefined;
  revoked?: boolean;
  errors?: readonly FieldError[];
  name?: string;
  expiresOn?: string;
}) {
  const a = ctx.t.apiTokens;
  const m = ctx.municipality!.slug;
  return (
    <StaffLayout ctx={ctx} title={a.title} currentPath={tokenUrls.list(m)}>
      <h1>{a.title}</h1>
      <ErrorSummary ctx={ctx} errors={errors} />
      {created && (
        <div class="notice notice-success" role="status">
          <p>{a.created}</p>
          <p><code class="secret" id="new-token">{created}</code></p>
        </div>
      )}
      {revoked && <Notice kind="success">{a.revokedNotice}</Notice>}
      <p>{a.intro}</p>
      <p>{a.usage} <a href="/api/v1/openapi.json">/api/v1/openapi.json</a></p>
      <h2>{a.yours}</h2>
      {tokens.length === 0 ? <p>{a.none}</p> : (
        <div class="table-scroll">
          <table class="data-table">
            <thead>
              <tr>
                <th scope="col">{a.columns.name}</th>
                <th scope="col">{a.columns.created}</th>
                <th scope="col">{a.columns.expires}</th>
                <th scope="col">{a.columns.lastUsed}</th>
                <th scope="col">{a.columns.state}</th>
                <td></td>
              </tr>
            </thead>
            <tbody>
              {tokens.map((token) => (
                <tr>
                  <th scope="row">{token.name}</th>
                  <td>{when(ctx.lang, token.createdAt)}</td>
                  <td>{token.expiresAt ? a.until(lastDay(ctx.lang, token.expiresAt)) : a.untilRevoked}</td>
                  <td>{token.lastUsedAt ? when(ctx.lang, token.lastUsedAt) : a.never}</td>
                  <td>{token.revokedAt ? a.revoked(when(ctx.lang, token.revokedAt)) : token.expired ? a.expired : a.active}</td>
                  <td>
                    {!token.revokedAt && !token.expired && (
                      <form method="post" action={tokenUrls.revoke(m, token.id)} class="inline-form">
                        <CsrfField ctx={ctx} />
                        <button type="submit" aria-label={a.revokeLabel(token.name)}>{a.revoke}</button>
                      </form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2>{a.createTitle}</h2>
      <form method="post" action={tokenUrls.list(m)} class="narrow-form">
        <CsrfField ctx={ctx} />
        <TextField id="name" label={a.name} hint={a.nameHint} value={name} error={errors.find((e) => e.field === 'name')?.message} required maxLength={100} />
        <TextField id="expiresOn" type="date" label={a.expiresOn} hint={a.expiresHint} value={expiresOn}
          error={errors.find((e) => e.field === 'expiresOn')?.message} />
        <div class="form-actions">
          <button type="submit">{a.create}</button>
        </div>
      </form>
    </StaffLayout>
  );
}
