/**
 * A signed-in person's own sign-in security (/staff/account/security): set up an authenticator app,
 * renew recovery codes, remove the app. Runs as the person, at no municipality: the second factor
 * is the person's, whichever municipalities they work for. Mounted in staff/routes.tsx after the
 * check that the session is complete, before the municipalities' routes.
 */
import { Hono, type Context } from 'hono';
import { runRead, runWrite, type Ctx, type WriteCtx } from '../../services/context.ts';
import { confirmEnrolment, removeSecondFactor, renewRecoveryCodes, secondFactorState, startEnrolment } from '../../services/staff/second-factor.ts';
import { renderPage } from '../../site/render.ts';
import type { FieldError } from '../components/forms.tsx';
import type { StaffEnv } from '../env.ts';
import { pageCtx, type StaffDeps } from '../routes.tsx';
import { EnrolmentPage, RecoveryCodesPage } from './pages/second-factor.tsx';
import { SecurityPage } from './pages/security.tsx';
import { codeRefusal } from './sign-in-routes.tsx';
import { accessUrls } from './urls.ts';

const path = (url: string) => url.replace('/staff', '');

export function accountRoutes({ store }: StaffDeps): Hono<StaffEnv> {
  const app = new Hono<StaffEnv>();
  const me = (c: Context<StaffEnv>) => c.get('signedIn')!;
  const asMe = <T,>(c: Context<StaffEnv>, work: (ctx: WriteCtx) => Promise<T>) => runWrite(store, { actor: me(c).actor }, work);
  const readAsMe = <T,>(c: Context<StaffEnv>, work: (ctx: Ctx) => Promise<T>) => runRead(store, { actor: me(c).actor }, work);

  /** The page as it stands: the app's state, or the set-up of a new one. */
  async function securityPage(c: Context<StaffEnv>, options: { notice?: string; errors?: FieldError[]; failedForm?: 'renew' | 'remove'; status?: 200 | 400 | 429 } = {}) {
    const userId = me(c).person.id;
    const state = await readAsMe(c, (ctx) => secondFactorState(ctx, userId));
    const { status = 200, ...rest } = options;
    if (state.enabled) return renderPage(c, <SecurityPage ctx={pageCtx(c)} state={state} {...rest} />, status);
    const enrolment = await asMe(c, (ctx) => startEnrolment(ctx, userId));
    const lead = c.get('t').access.security.notEnabled;
    return renderPage(c, <EnrolmentPage ctx={pageCtx(c)} enrolment={enrolment!} action={accessUrls.securityEnrol} lead={lead} atSignIn={false} {...rest} />, status);
  }

  const codeOf = async (c: Context<StaffEnv>, field: string) => {
    const value = (await c.req.parseBody())[field];
    return typeof value === 'string' ? value.slice(0, 40) : '';
  };

  app.get(path(accessUrls.security), (c) =>
    securityPage(c, c.req.query('notice') === 'recovery_code_used' ? { notice: c.get('t').access.security.recoveryCodeUsed } : {}));

  app.post(path(accessUrls.securityEnrol), async (c) => {
    const code = await codeOf(c, 'code');
    const result = await asMe(c, (ctx) => confirmEnrolment(ctx, me(c).person.id, code));
    if (result.kind === 'enabled') {
      return renderPage(c, <RecoveryCodesPage ctx={pageCtx(c)} codes={result.recoveryCodes} next={accessUrls.security} enabled />);
    }
    return securityPage(c, codeRefusal(c, result));
  });

  app.post(path(accessUrls.securityRenew), async (c) => {
    const code = await codeOf(c, 'code');
    const result = await asMe(c, (ctx) => renewRecoveryCodes(ctx, me(c).person.id, code));
    if (result.kind === 'renewed') {
      return renderPage(c, <RecoveryCodesPage ctx={pageCtx(c)} codes={result.recoveryCodes} next={accessUrls.security} enabled={false} />);
    }
    return securityPage(c, { ...codeRefusal(c, result), failedForm: 'renew' });
  });

  app.post(path(accessUrls.securityRemove), async (c) => {
    const code = await codeOf(c, 'remove-code');
    const result = await asMe(c, (ctx) => removeSecondFactor(ctx, me(c).person.id, code));
    if (result.kind === 'removed') return securityPage(c, { notice: c.get('t').access.security.removed });
    if (result.kind === 'required') return securityPage(c, { status: 400 });
    return securityPage(c, { ...codeRefusal(c, result, 'remove-code'), failedForm: 'remove' });
  });

  return app;
}
