/** Signing in with an e-mail address and a password. */
import { Notice, TextField } from '../components/forms.tsx';
import { StaffLayout } from '../layout.tsx';
import type { StaffPageContext } from '../page-context.ts';
import { staffUrls } from '../urls.ts';
import { accessUrls } from '../access/urls.ts';
import type { SignInProvider } from '../../services/sso/providers.ts';
import { SsoChoices } from '../sso/components.tsx';

export type SignInNotice = 'refused' | 'signed_out' | 'session_ended' | 'password_set' | { rateLimitedMinutes: number };

export function SignInPage({ ctx, email, next, notice, providers = [] }: {
  ctx: StaffPageContext;
  email?: string;
  /** Where to go once signed in. */
  next?: string;
  notice?: SignInNotice | undefined;
  /** Single sign-on, where municipalities have it. */
  providers?: readonly SignInProvider[];
}) {
  const s = ctx.t.common.signIn;
  const message = notice === undefined ? null
    : notice === 'refused' ? <Notice kind="error">{s.refused}</Notice>
    : notice === 'signed_out' ? <Notice>{s.signedOut}</Notice>
    : notice === 'session_ended' ? <Notice>{s.sessionEnded}</Notice>
    : notice === 'password_set' ? <Notice kind="success">{ctx.t.common.setPassword.done}</Notice>
    : <Notice kind="error">{s.rateLimited(notice.rateLimitedMinutes)}</Notice>;
  return (
    <StaffLayout ctx={ctx} title={s.title}>
      <h1>{s.title}</h1>
      {message}
      <p>{s.intro}</p>
      <form method="post" action={staffUrls.signIn} class="narrow-form">
        {next && <input type="hidden" name="next" value={next} />}
        <TextField id="email" label={s.email} type="email" autocomplete="username" value={email} required maxLength={254} />
        <TextField id="password" label={s.password} type="password" autocomplete="current-password" required maxLength={200} />
        <div class="form-actions">
          <button type="submit">{s.submit}</button>
        </div>
      </form>
      <p><a href={accessUrls.passwordReset}>{ctx.t.access.reset.forgot}</a></p>
      <SsoChoices ctx={ctx} providers={providers} next={next} />
    </StaffLayout>
  );
}
