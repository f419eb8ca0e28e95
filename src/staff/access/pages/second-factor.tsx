/** The second factor's pages: the code at sign-in, setting up an app (QR code), and recovery codes shown once. */
import { raw } from 'hono/html';
import type { Enrolment } from '../../../services/staff/second-factor.ts';
import { CsrfField, ErrorSummary, errorFor, Notice, TextField, type FieldError } from '../../components/forms.tsx';
import { StaffLayout } from '../../layout.tsx';
import type { StaffPageContext } from '../../page-context.ts';
import { staffUrls } from '../../urls.ts';
import { accessUrls } from '../urls.ts';

/** A code field for a form that also carries the session's token and where to go next. */
export function CodeForm({ ctx, action, submit, hint, next, errors = [], field = 'code' }: {
  ctx: StaffPageContext; action: string; submit: string; hint: string; next?: string | undefined; errors?: readonly FieldError[];
  /** The field's id and name, distinct when one page has two code forms. */
  field?: string;
}) {
  const a = ctx.t.access;
  return (
    <form method="post" action={action} class="narrow-form">
      <CsrfField ctx={ctx} />
      {next && <input type="hidden" name="next" value={next} />}
      <TextField id={field} label={a.code.label} hint={hint} autocomplete="one-time-code" inputMode="numeric" required maxLength={20} error={errorFor(errors, field)} />
      <div class="form-actions">
        <button type="submit">{submit}</button>
      </div>
    </form>
  );
}

export function SecondFactorPage({ ctx, next, errors = [] }: { ctx: StaffPageContext; next: string; errors?: readonly FieldError[] }) {
  const s = ctx.t.access.secondFactor;
  return (
    <StaffLayout ctx={ctx} title={s.title}>
      <h1>{s.title}</h1>
      <ErrorSummary ctx={ctx} errors={errors} />
      <p>{s.intro}</p>
      <CodeForm ctx={ctx} action={accessUrls.secondFactor} submit={s.submit} hint={s.codeHint} next={next} errors={errors} />
      <SignOutButton ctx={ctx} label={s.cancel} />
    </StaffLayout>
  );
}

function SignOutButton({ ctx, label }: { ctx: StaffPageContext; label: string }) {
  return (
    <form method="post" action={staffUrls.signOut}>
      <CsrfField ctx={ctx} />
      <button type="submit" class="link-button">{label}</button>
    </form>
  );
}

/** Setting up an app: at sign-in when the municipality requires it, or on the security page. */
export function EnrolmentPage({ ctx, enrolment, action, next, lead, atSignIn, notice, errors = [] }: {
  ctx: StaffPageContext; enrolment: Enrolment; action: string; next?: string | undefined;
  /** Why the page is shown. */
  lead: string;
  atSignIn: boolean;
  notice?: string | undefined;
  errors?: readonly FieldError[];
}) {
  const e = ctx.t.access.enrol;
  return (
    <StaffLayout ctx={ctx} title={e.title} currentPath={atSignIn ? undefined : accessUrls.security}>
      <h1>{e.title}</h1>
      <ErrorSummary ctx={ctx} errors={errors} />
      {notice && <Notice kind="success">{notice}</Notice>}
      <p>{lead}</p>
      <p>{e.intro}</p>
      <div class="qr-code" role="img" aria-label={e.qrLabel}>{raw(enrolment.qrSvg)}</div>
      <p>
        {e.manual} <code class="secret">{enrolment.secret.replace(/(.{4})/g, '$1 ').trim()}</code>
      </p>
      <CodeForm ctx={ctx} action={action} submit={e.submit} hint={ctx.t.access.code.hint} next={next} errors={errors} />
      {atSignIn && <SignOutButton ctx={ctx} label={ctx.t.access.secondFactor.cancel} />}
    </StaffLayout>
  );
}

export function RecoveryCodesPage({ ctx, codes, next, enabled }: { ctx: StaffPageContext; codes: readonly string[]; next: string; enabled: boolean }) {
  const r = ctx.t.access.recoveryCodes;
  return (
    <StaffLayout ctx={ctx} title={r.title}>
      {enabled && <Notice kind="success">{r.enabled}</Notice>}
      <h1>{r.title}</h1>
      <p>{r.intro}</p>
      <ul class="recovery-codes">
        {codes.map((code) => <li><code>{code}</code></li>)}
      </ul>
      <p>
        <a href={next} class="button">{r.continue}</a>
      </p>
    </StaffLayout>
  );
}
