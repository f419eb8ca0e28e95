/** Setting a password through a one-time link (a new account, or a reset). */
import { PASSWORD_MIN_LENGTH } from '../../services/staff/passwords.ts';
import { ErrorSummary, errorFor, Notice, TextField, type FieldError } from '../components/forms.tsx';
import { StaffLayout } from '../layout.tsx';
import type { StaffPageContext } from '../page-context.ts';
import { staffUrls } from '../urls.ts';
import { accessUrls } from '../access/urls.ts';

export function SetPasswordPage({ ctx, secret, valid, errors = [] }: {
  ctx: StaffPageContext;
  secret: string;
  valid: boolean;
  errors?: FieldError[];
}) {
  const s = ctx.t.common.setPassword;
  return (
    <StaffLayout ctx={ctx} title={s.title}>
      <h1>{s.title}</h1>
      {!valid ? (
        <>
          <Notice kind="error">{s.invalidLink}</Notice>
          <p><a href={accessUrls.passwordReset}>{ctx.t.access.reset.newLink}</a></p>
        </>
      ) : (
        <>
          <ErrorSummary ctx={ctx} errors={errors} />
          <p>{s.intro}</p>
          <form method="post" action={staffUrls.setPassword(secret)} class="narrow-form">
            <TextField
              id="password" label={s.password} type="password" autocomplete="new-password" required maxLength={200}
              hint={s.rules(PASSWORD_MIN_LENGTH)} error={errorFor(errors, 'password')}
            />
            <TextField id="repeat" label={s.repeat} type="password" autocomplete="new-password" required maxLength={200} error={errorFor(errors, 'repeat')} />
            <div class="form-actions">
              <button type="submit">{s.submit}</button>
            </div>
          </form>
        </>
      )}
    </StaffLayout>
  );
}
