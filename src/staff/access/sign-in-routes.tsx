/**
 * The parts of signing in that come before a session is complete: the second factor (or setting one
 * up, when a municipality requires it), and asking for a password reset link. Mounted in
 * staff/routes.tsx before the check that a session is complete.
 *
 * A second factor given ends the half-signed-in session and starts a new, complete one: nothing
 * learnt of the first cookie is worth anything afterwards.
 */
import { Hono, type Context } from 'hono';
import type { Actor } from '../../domain/actor.ts';
import { staffMessages } from '../../i18n/staff/index.ts';
import { clientAddress } from '../../http/client-address.ts';
import { publicOrigin } from '../../http/security.ts';
import { runWrite, type WriteCtx } from '../../services/context.ts';
import { requestPasswordReset } from '../../services/staff/password-reset.ts';
import { checkSecondFactor, confirmEnrolment, startEnrolment, type CodeResult } from '../../services/staff/second-factor.ts';
import { createSession, endSession } from '../../services/staff/sessions.ts';
import { renderPage } from '../../site/render.ts';
import type { FieldError } from '../components/forms.tsx';
import type { SignedIn, StaffEnv } from '../env.ts';
import { staffPageContext } from '../page-context.ts';
import { pageCtx, safeNext, type StaffDeps } from '../routes.tsx';
import { writeSessionCookie } from '../session-cookie.ts';
import { staffUrls } from '../urls.ts';
import { PasswordResetPage } from './pages/password-reset.tsx';
import { EnrolmentPage, RecoveryCodesPage, SecondFactorPage } from './pages/second-factor.tsx';
import { accessUrls } from './urls.ts';

/** The sign-in machinery acts at platform level until the sign-in is complete. */
const AUTH: Actor = { kind: 'system', name: 'auth' };

/** The field error (and status) of a code that was not accepted. */
export function codeRefusal(c: Context<StaffEnv>, result: CodeResult<never>, field = 'code') {
  const t = c.get('t').access.code;
  const message = result.kind === 'rate_limited' ? t.rateLimited(Math.ceil(result.retryAfter / 60)) : t.wrong;
  return { errors: [{ field, message }] as FieldError[], status: result.kind === 'rate_limited' ? 429 as const : 400 as const };
}

/** The absolute address of a set-password link, for mail. */
export function linkBuilder(c: Context, proxy: StaffDeps['proxy']) {
  const origin = publicOrigin(c, proxy);
  return (secret: string) => `${origin}${staffUrls.setPassword(secret)}`;
}

export function signInStepRoutes({ store, proxy }: StaffDeps): Hono<StaffEnv> {
  const app = new Hono<StaffEnv>();

  /** Finishes signing in: a new, complete session in place of the half one. */
  async function complete(c: Context<StaffEnv>, ctx: WriteCtx, signedIn: SignedIn): Promise<void> {
    // A sign-in through single sign-on stays one, so that signing out ends it at the provider too.
    const { sso } = await endSession(ctx, signedIn.sessionSecret);
    writeSessionCookie(c, proxy, await createSession(ctx, signedIn.person.id, true, 'password+totp', sso));
  }

  app.get(accessUrls.secondFactor.replace('/staff', ''), async (c) => {
    const signedIn = c.get('signedIn');
    const next = safeNext(c.req.query('next'));
    if (!signedIn) return c.redirect(staffUrls.signIn, 303);
    if (signedIn.complete) return c.redirect(next, 303);
    if (signedIn.person.hasSecondFactor) return renderPage(c, <SecondFactorPage ctx={pageCtx(c)} next={next} />);
    const enrolment = await runWrite(store, { actor: AUTH, platform: true }, (ctx) => startEnrolment(ctx, signedIn.person.id));
    if (!enrolment) return renderPage(c, <SecondFactorPage ctx={pageCtx(c)} next={next} />);
    const lead = c.get('t').access.enrol.required;
    return renderPage(c, <EnrolmentPage ctx={pageCtx(c)} enrolment={enrolment} action={accessUrls.secondFactor} next={next} lead={lead} atSignIn />);
  });

  app.post(accessUrls.secondFactor.replace('/staff', ''), async (c) => {
    const signedIn = c.get('signedIn');
    const body = await c.req.parseBody();
    const next = safeNext(body.next);
    if (!signedIn) return c.redirect(staffUrls.signIn, 303);
    if (signedIn.complete) return c.redirect(next, 303);
    const code = typeof body.code === 'string' ? body.code.slice(0, 40) : '';
    const userId = signedIn.person.id;
    if (signedIn.person.hasSecondFactor) {
      const result = await runWrite(store, { actor: AUTH, platform: true }, async (ctx) => {
        const checked = await checkSecondFactor(ctx, userId, code);
        if (checked.kind === 'accepted') await complete(c, ctx, signedIn);
        return checked;
      });
      // A recovery code used says the app is missing: the security page offers new codes (or a new app).
      if (result.kind === 'accepted') return c.redirect(result.method === 'recovery_code' ? `${accessUrls.security}?notice=recovery_code_used` : next, 303);
      const { errors, status } = codeRefusal(c, result);
      return renderPage(c, <SecondFactorPage ctx={pageCtx(c)} next={next} errors={errors} />, status);
    }
    const result = await runWrite(store, { actor: AUTH, platform: true }, async (ctx) => {
      const confirmed = await confirmEnrolment(ctx, userId, code);
      if (confirmed.kind === 'enabled') await complete(c, ctx, signedIn);
      return confirmed;
    });
    if (result.kind === 'enabled') {
      // Rendered as for no session: the one this request came with has just ended, and its forms would be refused.
      const ctx = staffPageContext(c.get('lang'), c.get('t'), null);
      return renderPage(c, <RecoveryCodesPage ctx={ctx} codes={result.recoveryCodes} next={next} enabled />);
    }
    const enrolment = await runWrite(store, { actor: AUTH, platform: true }, (ctx) => startEnrolment(ctx, userId));
    const { errors, status } = codeRefusal(c, result);
    const lead = c.get('t').access.enrol.required;
    return renderPage(c, <EnrolmentPage ctx={pageCtx(c)} enrolment={enrolment!} action={accessUrls.secondFactor} next={next} lead={lead} atSignIn errors={errors} />, status);
  });

  app.get(accessUrls.passwordReset.replace('/staff', ''), (c) => renderPage(c, <PasswordResetPage ctx={pageCtx(c)} />));

  app.post(accessUrls.passwordReset.replace('/staff', ''), async (c) => {
    const body = await c.req.parseBody();
    const email = typeof body.email === 'string' ? body.email.slice(0, 254) : '';
    const result = await runWrite(store, { actor: AUTH, platform: true }, (ctx) =>
      requestPasswordReset(ctx, { email, address: clientAddress(c, proxy) }, linkBuilder(c, proxy), (lang, link, hours) => {
        const words = staffMessages(lang).access.reset;
        return { subject: words.mailSubject, bodyText: words.mailBody(link, hours) };
      }));
    if (result.kind === 'rate_limited') {
      return renderPage(c, <PasswordResetPage ctx={pageCtx(c)} notice={{ rateLimitedMinutes: Math.ceil(result.retryAfter / 60) }} />, 429);
    }
    return renderPage(c, <PasswordResetPage ctx={pageCtx(c)} notice="sent" />);
  });

  return app;
}
