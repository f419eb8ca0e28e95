/**
 * OpenID Connect providers for tests, on this machine on random ports:
 * - `startOidcProvider`: the real `oidc-provider` package, whose login step signs in a fixed account;
 * - `startFakeProvider`: a small provider of our own that can answer with the ID tokens a real one never
 *   issues (another audience, a foreign signature, expired, another nonce), to prove each is refused.
 * `follow` walks a browser's redirects at a provider, with its cookies, until it is sent back to us.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import Provider from 'oidc-provider';

export const TEST_CLIENT = { clientId: 'tiekartta-test', clientSecret: 'a client secret of the tests' };
export const REDIRECT_URI = 'http://localhost/staff/sso/callback';
/** Where the provider sends the browser back after signing out there. */
export const POST_LOGOUT_REDIRECT_URI = 'http://localhost/staff/sign-in?notice=signed_out';

export interface TestIdentity {
  sub: string;
  email: string;
  name: string;
}

async function listen(server: Server): Promise<{ issuer: string; close: () => Promise<void> }> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    issuer: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** The real provider; `identity.current` is who signs in at its login step. */
export async function startOidcProvider(identity: { current: TestIdentity }) {
  let provider!: Provider;
  const server = createServer((req, res) => {
    if (req.url?.startsWith('/interaction/')) {
      void provider.interactionFinished(req, res, { login: { accountId: identity.current.sub } }, { mergeWithLastSubmission: false });
      return;
    }
    void provider.callback()(req, res);
  });
  const { issuer, close } = await listen(server);
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  provider = new Provider(issuer, {
    jwks: { keys: [{ ...(await exportJWK(privateKey)), kid: 'test-key', use: 'sig', alg: 'RS256' }] },
    clients: [{
      client_id: TEST_CLIENT.clientId, client_secret: TEST_CLIENT.clientSecret, redirect_uris: [REDIRECT_URI], post_logout_redirect_uris: [POST_LOGOUT_REDIRECT_URI],
      token_endpoint_auth_method: 'client_secret_post', grant_types: ['authorization_code'], response_types: ['code'],
    }],
    findAccount: (_ctx, sub) => ({
      accountId: sub,
      claims: () => ({ sub, email: identity.current.email, email_verified: true, name: identity.current.name }),
    }),
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    // Consent is given: the tests are about the client's side.
    loadExistingGrant: async (ctx) => {
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client!.clientId, accountId: ctx.oidc.session!.accountId! });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
    cookies: { keys: [randomBytes(16).toString('hex')] },
  });
  return { issuer, close };
}

export type Tampering = 'none' | 'audience' | 'signature' | 'expired' | 'nonce';

/** Our own minimal provider: authorization code with PKCE, and ID tokens as `tamper` says. */
export async function startFakeProvider(identity: TestIdentity) {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const foreign = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'key-1', use: 'sig', alg: 'RS256' };
  const codes = new Map<string, { nonce: string; challenge: string; clientId: string }>();
  const settings = { tamper: 'none' as Tampering };
  let issuer = '';

  const idToken = async (clientId: string, nonce: string) => {
    const now = Math.floor(Date.now() / 1000);
    const expired = settings.tamper === 'expired';
    const key: CryptoKey = settings.tamper === 'signature' ? foreign.privateKey : privateKey;
    return new SignJWT({ email: identity.email, email_verified: true, name: identity.name, nonce: settings.tamper === 'nonce' ? 'another nonce' : nonce })
      .setProtectedHeader({ alg: 'RS256', kid: 'key-1' })
      .setIssuer(issuer)
      .setSubject(identity.sub)
      .setAudience(settings.tamper === 'audience' ? 'some-other-client' : clientId)
      .setIssuedAt(expired ? now - 7200 : now)
      .setExpirationTime(expired ? now - 3600 : now + 300)
      .sign(key);
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', issuer);
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(body));
    };
    if (url.pathname === '/.well-known/openid-configuration') {
      return json(200, {
        issuer, authorization_endpoint: `${issuer}/authorize`, token_endpoint: `${issuer}/token`, jwks_uri: `${issuer}/jwks`,
        response_types_supported: ['code'], subject_types_supported: ['public'], id_token_signing_alg_values_supported: ['RS256'],
        code_challenge_methods_supported: ['S256'], token_endpoint_auth_methods_supported: ['client_secret_post'],
      });
    }
    if (url.pathname === '/jwks') return json(200, { keys: [jwk] });
    if (url.pathname === '/authorize') {
      const code = randomBytes(16).toString('hex');
      const q = url.searchParams;
      codes.set(code, { nonce: q.get('nonce') ?? '', challenge: q.get('code_challenge') ?? '', clientId: q.get('client_id') ?? '' });
      const back = new URL(q.get('redirect_uri')!);
      back.searchParams.set('code', code);
      back.searchParams.set('state', q.get('state') ?? '');
      res.writeHead(302, { location: back.href }).end();
      return;
    }
    if (url.pathname === '/token' && req.method === 'POST') {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        const form = new URLSearchParams(body);
        const grant = codes.get(form.get('code') ?? '');
        codes.delete(form.get('code') ?? '');
        const challenge = createHash('sha256').update(form.get('code_verifier') ?? '').digest('base64url');
        if (!grant || grant.challenge !== challenge || form.get('client_id') !== TEST_CLIENT.clientId
          || form.get('client_secret') !== TEST_CLIENT.clientSecret) {
          return json(400, { error: 'invalid_grant' });
        }
        void idToken(grant.clientId, grant.nonce).then((token) =>
          json(200, { access_token: randomBytes(16).toString('hex'), token_type: 'Bearer', expires_in: 300, id_token: token }));
      });
      return;
    }
    json(404, { error: 'not_found' });
  });
  const listening = await listen(server);
  issuer = listening.issuer;
  return { issuer, close: listening.close, settings };
}

/**
 * Follows the provider's redirects as a browser would (keeping its cookies) from `start` until the
 * provider sends the browser back to us; returns that callback's path and query.
 */
export async function follow(start: string, jar = new Map<string, string>()): Promise<string> {
  let url = start;
  for (let hop = 0; hop < 10; hop += 1) {
    if (url.startsWith(REDIRECT_URI)) return url.slice('http://localhost'.length);
    const response = await fetch(url, {
      redirect: 'manual',
      headers: { cookie: [...jar].map(([name, value]) => `${name}=${value}`).join('; ') },
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair!.indexOf('=');
      jar.set(pair!.slice(0, at).trim(), pair!.slice(at + 1));
    }
    const location = response.headers.get('location');
    if (!location) throw new Error(`the provider answered ${response.status} without a redirect: ${(await response.text()).slice(0, 300)}`);
    url = new URL(location, url).href;
  }
  throw new Error('too many redirects at the provider');
}
