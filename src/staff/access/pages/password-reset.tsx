/** Asking for a link to set a new password. */
import { CsrfField, Notice, TextField } from '../../components/forms.tsx';
import { StaffLayout } from '../../layout.tsx';
import type { StaffPageContext } from '../../page-context.ts';
import { accessUrls } from '../urls.ts';

export type ResetNotice = 'sent' | { rateLimitedMinutes: number };

export function PasswordResetPage({ ctx, notice }: { ctx: StaffPageContext; notice?: ResetNotice | undefined }) {
  const r = ctx.t.access.reset;
  return (
    <StaffLayout ctx={ctx} title={r.title}>
      <h1>{r.title}</h1>
      {notice === 'sent' && <Notice kind="success">{r.sent}</Notice>}
      {typeof notice === 'object' && <Notice kind="error">{r.rateLimited(notice.rateLimitedMinutes)}</Notice>}
      <p>{r.intro}</p>
      <form method="post" action={accessUrls.passwordReset} class="narrow-form">
        <CsrfField ctx={ctx} />
        <TextField id="email" label={r.email} type="email" autocomplete="email" required maxLength={254} />
        <div class="form-actions">
          <button type="submit">{r.submit}</button>
        </div>
      </form>
    </StaffLayout>
  );
}
