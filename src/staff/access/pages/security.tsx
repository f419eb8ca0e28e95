/** A person's own sign-in security: the authenticator app, recovery codes, removing the app. */
import type { SecondFactorState } from '../../../services/staff/second-factor.ts';
import { ErrorSummary, Notice, type FieldError } from '../../components/forms.tsx';
import { StaffLayout } from '../../layout.tsx';
import type { StaffPageContext } from '../../page-context.ts';
import { accessUrls } from '../urls.ts';
import { CodeForm } from './second-factor.tsx';

export function SecurityPage({ ctx, state, notice, errors = [], failedForm }: {
  ctx: StaffPageContext;
  state: SecondFactorState;
  notice?: string | undefined;
  errors?: readonly FieldError[];
  /** Which form the errors belong to. */
  failedForm?: 'renew' | 'remove';
}) {
  const s = ctx.t.access.security;
  const hint = ctx.t.access.code.hint;
  return (
    <StaffLayout ctx={ctx} title={s.title} currentPath={accessUrls.security}>
      <h1>{s.title}</h1>
      <ErrorSummary ctx={ctx} errors={errors} />
      {notice && <Notice>{notice}</Notice>}
      <p>{s.enabled}</p>
      <p>{s.recoveryLeft(state.recoveryCodesLeft)}</p>
      <h2>{s.renewTitle}</h2>
      <p>{s.renewIntro}</p>
      <CodeForm ctx={ctx} action={accessUrls.securityRenew} submit={s.renewSubmit} hint={hint} errors={failedForm === 'renew' ? errors : []} />
      <h2>{s.removeTitle}</h2>
      {state.required ? (
        <p>{s.required}</p>
      ) : (
        <>
          <p>{s.removeIntro}</p>
          <CodeForm
            ctx={ctx} action={accessUrls.securityRemove} submit={s.removeSubmit} hint={hint} field="remove-code"
            errors={failedForm === 'remove' ? errors : []}
          />
        </>
      )}
    </StaffLayout>
  );
}
