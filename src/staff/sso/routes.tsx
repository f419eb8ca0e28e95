/**
 * Single sign-on in the workspace: a municipality's sign-in page, the start (to the provider) and the
 * callback (back from it), mounted before the workspace requires a session; and the administrator's
 * provider settings under /:m/sso, mounted after.
 */
import { Hono, type Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Actor } from '../../domain/actor.ts';
import { ConflictError, InvalidInputError, NotFoundError } from '../../domain/errors.ts';
import { pickText } from '../../domain/language.ts';
import { clientAddress } from '../../http/client-address.ts';
import { publicOrigin, type ProxySettings } from '../../http/security.ts';
import { runRead, type Store } from '../../services/context.ts';
import { createProvider, getProvider, listProviders, listSignInProviders, updateProvider, type ProviderInput } from '../../services/sso/providers.ts';
import { hasSecretKey } from '../../services/sso/secret-box.ts';
import { completeSsoSignIn, SSO_LOGIN_MINUTES, startSsoSignIn, type SsoRefusal } from '../../services/sso/sign-in.ts';
import { renderPage } from '../../site/render.ts';
import type { FieldError } from '../components/forms.tsx';
import type { StaffEnv } from '../env.ts';
import { staffPageContext } from '../page-context.ts';
import { pageCtx, safeNext } from '../routes.tsx';
import { staffRead, staffWrite } from '../run.ts';
import { readSessionCookie, writeSessionCookie } from '../session-cookie.ts';
import { emptyProviderForm, providerForm, ProvidersPage, SsoRefusedPage, SsoSignInPage, type ProviderForm } from './pages.tsx';
import { staffUrls } from '../urls.ts';
import { ssoUrls } from './urls.ts';
import { parseVersion } from '../../domain/version.ts';

const AUTH: Actor = { kind: 'system', name: 'auth' };
/** Holds the state of the sign-in this browser started; sent back only to the callback. */
const STATE_COOKIE = 'tiekartta-sso';
const REFUSALS: readonly SsoRefusal[] = ['state', 'token', 'domain', 'disabled', 'account_elsewhere', 'unavailable', 'rate_limited'];

interface SsoDeps {
  store: Store;
  proxy: ProxySettings;
}

const overHttps = (c: Context, proxy: ProxySettings) => publicOrigin(c, proxy).startsWith('https:');

function stateCookie(c: Context, proxy: ProxySettings): string | null {
  return getCookie(c, STATE_COOKIE, overHttps(c, proxy) ? 'secure' : undefined) ?? null;
}

const callbackUri = (c: Context, proxy: ProxySettings) => `${publicOrigin(c, proxy)}${ssoUrls.callback}`;

/** The municipality's sign-in page, the way to the provider and back. No session needed. */
export function ssoSignInRoutes({ store, proxy }: SsoDeps): Hono<StaffEnv> {
  const app = new Hono<StaffEnv>();

  app.get('/sso/callback', async (c) => {
    const query = new URL(c.req.url).search;
    const result = await completeSsoSignIn(store, {
      currentUrl: new URL(`${callbackUri(c, proxy)}${query}`),
      cookieState: stateCookie(c, proxy),
      previousSession: c.get('signedIn')?.sessionSecret ?? readSessionCookie(c, proxy),
    });
    deleteCookie(c, STATE_COOKIE, { path: ssoUrls.callback, secure: overHttps(c, proxy), ...(overHttps(c, proxy) ? { prefix: 'secure' as const } : {}) });
    // Not signed in, as after a wrong password (401); a 403 in the workspace always means a role's refusal.
    if (result.kind === 'refused') return renderPage(c, <SsoRefusedPage ctx={pageCtx(c)} reason={result.reason} />, 401);
    writeSessionCookie(c, proxy, result.sessionSecret);
    const next = safeNext(result.next);
    return c.redirect(result.secondFactorDue ? `${staffUrls.secondFactor}?next=${encodeURIComponent(next)}` : next, 303);
  });

  app.get('/sso/:m', async (c) => {
    const slug = c.req.param('m');
    const found = await runRead(store, { actor: AUTH, platform: true, municipality: { slug } }, async (ctx) => ({
      municipality: ctx.municipality!, providers: await listSignInProviders(ctx, slug),
    })).catch(() => null);
    const ctx = pageCtx(c);
    if (!found) return renderPage(c, <SsoSignInPage ctx={ctx} place={slug} providers={[]} />, 404);
    const place = pickText(found.municipality.name, ctx.lang, found.municipality.languages)?.text ?? slug;
    const refused = REFUSALS.find((reason) => reason === c.req.query('refused'));
    return renderPage(c, <SsoSignInPage ctx={ctx} place={place} providers={found.providers} next={c.req.query('next')} refused={refused} />);
  });

  app.get('/sso/:m/start', async (c) => {
    const slug = c.req.param('m');
    const result = await startSsoSignIn(store, {
      municipalitySlug: slug, providerId: c.req.query('provider'), redirectUri: callbackUri(c, proxy), next: safeNext(c.req.query('next')),
      address: clientAddress(c, proxy),
    }).catch((error: unknown) => {
      if (error instanceof NotFoundError) return { kind: 'unknown' as const };
      throw error;
    });
    if (result.kind === 'unknown') return c.redirect(ssoUrls.signIn(slug), 303);
    if (result.kind === 'rate_limited') {
      c.header('Retry-After', String(result.retryAfter));
      return renderPage(c, <SsoRefusedPage ctx={pageCtx(c)} reason="rate_limited" />, 429);
    }
    if (result.kind === 'unavailable') return c.redirect(`${ssoUrls.signIn(slug)}?refused=unavailable`, 303);
    const secure = overHttps(c, proxy);
    setCookie(c, STATE_COOKIE, result.state, {
      path: ssoUrls.callback, httpOnly: true, sameSite: 'Lax', maxAge: SSO_LOGIN_MINUTES * 60, secure, ...(secure ? { prefix: 'secure' as const } : {}),
    });
    return c.redirect(result.url, 303);
  });

  return app;
}

function readForm(body: Record<string, unknown>): ProviderInput {
  const text = (name: string) => (typeof body[name] === 'string' ? (body[name] as string) : '');
  return {
    label: text('label'), issuer: text('issuer'), clientId: text('clientId'), clientSecret: text('clientSecret'),
    allowedDomains: text('allowedDomains'), defaultRole: text('defaultRole'), enabled: body.enabled === 'on',
  };
}

/** The administrator's settings of the municipality's providers (permission settings.edit). */
export function ssoAdminRoutes({ store, proxy }: SsoDeps): Hono<StaffEnv> {
  const app = new Hono<StaffEnv>();

  const messagesOf = (c: Context<StaffEnv>, error: InvalidInputError): FieldError[] => {
    const p = c.get('t').sso.admin.problems;
    const message = (field: string, problem: string): string => {
      switch (field) {
        case 'issuer': return problem === 'taken' ? p.issuerTaken : problem === 'not_https' ? p.issuerNotHttps : p.issuerInvalid;
        case 'allowedDomains': return problem === 'required' ? p.domainsRequired : p.domainsInvalid;
        case 'label': return p.label;
        case 'clientId': return p.clientId;
        case 'clientSecret': return p.clientSecret;
        default: return p.defaultRole;
      }
    };
    return error.issues.map((issue) => ({ field: issue.field, message: message(issue.field, issue.problem) }));
  };

  const page = async (c: Context<StaffEnv>, options: {
    editingId?: string; form?: ProviderForm; errors?: FieldError[]; notice?: 'saved' | 'conflict'; status?: 200 | 400 | 409;
  }) => {
    const { municipality, providers, editing } = await staffRead(c, store, async (ctx) => ({
      municipality: ctx.municipality!,
      providers: await listProviders(ctx),
      editing: options.editingId ? await getProvider(ctx, options.editingId) : null,
    }));
    const ctx = staffPageContext(c.get('lang'), c.get('t'), c.get('signedIn'), municipality);
    const form = options.form ?? (editing ? providerForm(editing) : emptyProviderForm);
    return renderPage(c, (
      <ProvidersPage
        ctx={ctx} providers={providers} form={form} errors={options.errors} notice={options.notice}
        editing={editing ? { id: editing.id, label: editing.label, version: editing.version } : undefined}
        redirectUri={callbackUri(c, proxy)} secretKeyMissing={!hasSecretKey()}
      />
    ), options.status ?? 200);
  };

  app.get('/:m/sso', (c) => page(c, { notice: c.req.query('saved') !== undefined ? 'saved' : undefined }));
  app.get('/:m/sso/:id{[0-9a-f-]{36}}', (c) => page(c, { editingId: c.req.param('id'), notice: c.req.query('saved') !== undefined ? 'saved' : undefined }));

  const save = async (c: Context<StaffEnv>, editingId?: string) => {
    const body = await c.req.parseBody();
    const input = readForm(body);
    const form: ProviderForm = { ...input };
    try {
      const id = await staffWrite(c, store, (ctx) => (editingId
        ? updateProvider(ctx, editingId, parseVersion(body.version), input).then(() => editingId)
        : createProvider(ctx, input)));
      return c.redirect(`${ssoUrls.provider(c.req.param('m')!, id)}?saved`, 303);
    } catch (error) {
      if (error instanceof InvalidInputError) return page(c, { editingId, form, errors: messagesOf(c, error), status: 400 });
      if (error instanceof ConflictError) return page(c, { editingId, notice: 'conflict', status: 409 });
      throw error;
    }
  };
  app.post('/:m/sso', (c) => save(c));
  app.post('/:m/sso/:id{[0-9a-f-]{36}}', (c) => save(c, c.req.param('id')));

  return app;
}
