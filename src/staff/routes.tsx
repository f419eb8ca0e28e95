/**
 * The staff workspace under /staff/: signing in and out, setting a password, choosing a municipality,
 * and the municipality's workspace. Never cached (`private, no-store`), never indexed. Every form post
 * of a signed-in person carries the session's token; the app's origin check refuses cross-site posts too.
 */
import { Hono, type Context } from 'hono';
import type { Actor } from '../domain/actor.ts';
import { isLang, type Lang } from '../domain/language.ts';
import { staffMessages } from '../i18n/staff/index.ts';
import { clientAddress } from '../http/client-address.ts';
import type { ProxySettings } from '../http/security.ts';
import { runRead, runWrite, type Store } from '../services/context.ts';
import { isLinkValid, setPasswordWithLink } from '../services/staff/accounts.ts';
import { PASSWORD_MIN_LENGTH } from '../services/staff/passwords.ts';
import { findPerson, staffActor } from '../services/staff/people.ts';
import { secondFactorDue } from '../services/staff/second-factor-rule.ts';
import { endSession, findSession, touchSession } from '../services/staff/sessions.ts';
import { signInWithPassword } from '../services/staff/sign-in.ts';
import { preferredLanguage } from '../site/request-language.ts';
import { renderPage } from '../site/render.ts';
import type { FieldError } from './components/forms.tsx';
import type { SignedIn, StaffEnv } from './env.ts';
import { staffPageContext, type StaffPageContext } from './page-context.ts';
import { StaffErrorPage, type StaffErrorKind } from './pages/error.tsx';
import { StaffHomePage } from './pages/home.tsx';
import { MunicipalityHomePage } from './pages/municipality-home.tsx';
import { SetPasswordPage } from './pages/set-password.tsx';
import { SignInPage, type SignInNotice } from './pages/sign-in.tsx';
import { auditRefusal, staffRead, StaffRefusal } from './run.ts';
import { clearSessionCookie, readSessionCookie, writeSessionCookie } from './session-cookie.ts';
import { listProgrammes } from '../services/programmes.ts';
import { staffUrls } from './urls.ts';
import { roundRoutes } from './rounds/routes.tsx';
import { signedOutDestination } from './sso/sign-out.ts';
import { accountRoutes } from './access/account-routes.tsx';
import { accessRoutes } from './access/routes.tsx';
import { signInStepRoutes } from './access/sign-in-routes.tsx';
import { ssoAdminRoutes, ssoSignInRoutes } from './sso/routes.tsx';
import { apiTokenRoutes } from './api-tokens/routes.tsx';
import { listSignInProviders } from '../services/sso/providers.ts';
import { editingRoutes } from './editing/routes.tsx';
import { metricRoutes } from './metrics/routes.tsx';
import { roadmapStaffRoutes } from './roadmap/routes.tsx';
import { ideaStaffRoutes } from './ideas/routes.tsx';

/** The sign-in machinery acts at platform level until it knows who signs in. */
const AUTH: Actor = { kind: 'system', name: 'auth' };

export interface StaffDeps {
  store: Store;
  proxy: ProxySettings;
}

/** Only a path inside the workspace, never another site (an open redirect). */
export function safeNext(next: unknown): string {
  return typeof next === 'string' && /^\/staff(\/[^/\\]|$)/.test(next) && !next.includes('//') ? next : staffUrls.home;
}

export function pageCtx(c: Context<StaffEnv>): StaffPageContext {
  return staffPageContext(c.get('lang'), c.get('t'), c.get('signedIn'));
}

export function staffError(c: Context<StaffEnv>, kind: StaffErrorKind, ctx: StaffPageContext = pageCtx(c)) {
  return renderPage(c, <StaffErrorPage ctx={ctx} kind={kind} />, kind === 'notFound' ? 404 : 403);
}

export function staffRoutes({ store, proxy }: StaffDeps): Hono<StaffEnv> {
  const app = new Hono<StaffEnv>();

  app.use(async (c, next) => {
    await next();
    c.res.headers.set('Cache-Control', 'private, no-store');
    c.res.headers.set('X-Robots-Tag', 'noindex, nofollow');
  });

  // Who is signed in, and the language of the pages: the person's own, else `?lang=` or the browser's.
  app.use(async (c, next) => {
    const secret = readSessionCookie(c, proxy);
    let signedIn: SignedIn | null = null;
    if (secret) {
      const found = await runRead(store, { actor: AUTH, platform: true }, async (ctx) => {
        const session = await findSession(ctx, secret);
        const person = session ? await findPerson(ctx, session.userId) : null;
        return session && person ? { session, person } : null;
      });
      if (found) {
        if (found.session.stale) await runWrite(store, { actor: AUTH, platform: true }, (ctx) => touchSession(ctx, secret));
        signedIn = {
          person: found.person, actor: staffActor(found.person), sessionSecret: secret,
          csrfToken: found.session.csrfSecret, complete: found.session.complete,
        };
      }
    }
    const asked = c.req.query('lang');
    const lang: Lang = signedIn ? signedIn.person.lang : isLang(asked) ? asked : preferredLanguage(c.req.header('accept-language'), 'fi');
    c.set('signedIn', signedIn);
    c.set('lang', lang);
    c.set('t', staffMessages(lang));
    await next();
  });

  // A signed-in person's posts carry the session's token; the app's origin check has already refused cross-site ones.
  // Signing in (again) and setting a password are forms of people who are not signed in: the origin check guards them.
  app.use(async (c, next) => {
    const signedIn = c.get('signedIn');
    const outsideSession = c.req.path === staffUrls.signIn || c.req.path.startsWith('/staff/password/');
    if (c.req.method === 'POST' && signedIn && !outsideSession) {
      const type = c.req.header('content-type') ?? '';
      if (type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data')) {
        const body = await c.req.parseBody();
        if (body._csrf !== signedIn.csrfToken) return staffError(c, 'expiredForm');
      }
    }
    return next();
  });

  app.onError(async (error, c) => {
    if (!(error instanceof StaffRefusal)) throw error;
    if (error.kind === 'forbidden' && error.permission) await auditRefusal(c, store, error.permission);
    return staffError(c, error.kind);
  });

  app.get('/sign-in', async (c) => {
    if (c.get('signedIn')?.complete) return c.redirect(safeNext(c.req.query('next')), 303);
    const notice = c.req.query('notice');
    const known: SignInNotice[] = ['signed_out', 'session_ended', 'password_set'];
    const providers = await runRead(store, { actor: AUTH, platform: true }, (ctx) => listSignInProviders(ctx));
    return renderPage(c, <SignInPage ctx={pageCtx(c)} next={c.req.query('next')} notice={known.find((k) => k === notice)} providers={providers} />);
  });

  app.post('/sign-in', async (c) => {
    const body = await c.req.parseBody();
    const email = typeof body.email === 'string' ? body.email.slice(0, 254) : '';
    const password = typeof body.password === 'string' ? body.password.slice(0, 1000) : '';
    const next = safeNext(body.next);
    const previous = c.get('signedIn')?.sessionSecret ?? readSessionCookie(c, proxy);
    const result = await runWrite(store, { actor: AUTH, platform: true }, async (ctx) => {
      // A new session every time: whatever session the browser had before is ended (no fixation).
      if (previous) await endSession(ctx, previous);
      return signInWithPassword(ctx, { email, password, address: clientAddress(c, proxy) }, (userId, has) => secondFactorDue(ctx, userId, has));
    });
    if (result.kind === 'rate_limited') {
      const page = <SignInPage ctx={pageCtx(c)} email={email} next={next} notice={{ rateLimitedMinutes: Math.ceil(result.retryAfter / 60) }} />;
      return renderPage(c, page, 429);
    }
    if (result.kind === 'refused') return renderPage(c, <SignInPage ctx={pageCtx(c)} email={email} next={next} notice="refused" />, 401);
    writeSessionCookie(c, proxy, result.sessionSecret);
    return c.redirect(result.secondFactorDue ? `${staffUrls.secondFactor}?next=${encodeURIComponent(next)}` : next, 303);
  });

  app.post('/sign-out', async (c) => {
    const signedIn = c.get('signedIn');
    const ended = signedIn ? await runWrite(store, { actor: signedIn.actor }, (ctx) => endSession(ctx, signedIn.sessionSecret)) : null;
    clearSessionCookie(c, proxy);
    return c.redirect(await signedOutDestination(c, store, proxy, ended?.sso ?? null), 303);
  });

  app.get('/password/:secret', async (c) => {
    const valid = await runRead(store, { actor: AUTH, platform: true }, (ctx) => isLinkValid(ctx, c.req.param('secret')));
    return renderPage(c, <SetPasswordPage ctx={pageCtx(c)} secret={c.req.param('secret')} valid={valid} />, valid ? 200 : 410);
  });

  app.post('/password/:secret', async (c) => {
    const body = await c.req.parseBody();
    const password = typeof body.password === 'string' ? body.password : '';
    const repeat = typeof body.repeat === 'string' ? body.repeat : '';
    const secret = c.req.param('secret');
    const s = c.get('t').common.setPassword;
    if (password !== repeat) {
      const errors: FieldError[] = [{ field: 'repeat', message: s.mismatch }];
      return renderPage(c, <SetPasswordPage ctx={pageCtx(c)} secret={secret} valid errors={errors} />, 400);
    }
    const result = await runWrite(store, { actor: AUTH, platform: true }, (ctx) => setPasswordWithLink(ctx, secret, password));
    if (result.kind === 'invalid_link') return renderPage(c, <SetPasswordPage ctx={pageCtx(c)} secret={secret} valid={false} />, 410);
    if (result.kind === 'weak_password') {
      const message = result.problem === 'too_short' ? s.tooShort(PASSWORD_MIN_LENGTH) : s.tooLong;
      return renderPage(c, <SetPasswordPage ctx={pageCtx(c)} secret={secret} valid errors={[{ field: 'password', message }]} />, 400);
    }
    clearSessionCookie(c, proxy);
    return c.redirect(`${staffUrls.signIn}?notice=password_set`, 303);
  });

  app.route('/', signInStepRoutes({ store, proxy }));
  app.route('/', ssoSignInRoutes({ store, proxy }));

  // Everything below needs a signed-in person who has finished signing in.
  app.use(async (c, next) => {
    const signedIn = c.get('signedIn');
    if (!signedIn) {
      const notice = readSessionCookie(c, proxy) ? '&notice=session_ended' : '';
      return c.redirect(`${staffUrls.signIn}?next=${encodeURIComponent(c.req.path)}${notice}`, 303);
    }
    if (!signedIn.complete) return c.redirect(`${staffUrls.secondFactor}?next=${encodeURIComponent(c.req.path)}`, 303);
    return next();
  });

  app.get('/', (c) => {
    const municipalities = c.get('signedIn')!.person.municipalities;
    if (municipalities.length === 1) return c.redirect(staffUrls.municipality(municipalities[0]!.slug), 303);
    return renderPage(c, <StaffHomePage ctx={pageCtx(c)} />);
  });

  app.route('/', accountRoutes({ store, proxy }));

  // A municipality's workspace is for the people with a role in it.
  app.use('/:m/*', async (c, next) => {
    const slug = c.req.param('m');
    if (!c.get('signedIn')!.person.municipalities.some((municipality) => municipality.slug === slug)) {
      throw new StaffRefusal('forbidden', 'unpublished.read');
    }
    return next();
  });

  app.get('/:m/', async (c) => {
    const { municipality, programmes } = await staffRead(c, store, async (ctx) => ({
      municipality: ctx.municipality!, programmes: await listProgrammes(ctx),
    }));
    const ctx = staffPageContext(c.get('lang'), c.get('t'), c.get('signedIn'), municipality);
    return renderPage(c, <MunicipalityHomePage ctx={ctx} programmes={programmes} />);
  });

  app.route('/', roundRoutes({ store }));
  app.route('/', accessRoutes({ store, proxy }));
  app.route('/', ssoAdminRoutes({ store, proxy }));
  app.route('/', apiTokenRoutes({ store }));
  app.route('/:m', editingRoutes(store));
  app.route('/:m', metricRoutes(store));
  app.route('/:m', roadmapStaffRoutes(store));
  app.route('/', ideaStaffRoutes({ store, proxy }));

  app.notFound((c) => staffError(c, 'notFound'));
  return app;
}

