/** /staff/:m/tokens: the signed-in person's own API tokens in the municipality (permission api_token.manage). */
import { Hono, type Context } from 'hono';
import { InvalidInputError } from '../../domain/errors.ts';
import type { Store } from '../../services/context.ts';
import { createApiToken, listOwnApiTokens, revokeApiToken } from '../../services/staff-api/tokens.ts';
import { renderPage } from '../../site/render.ts';
import type { FieldError } from '../components/forms.tsx';
import type { StaffEnv } from '../env.ts';
import { staffPageContext } from '../page-context.ts';
import { staffRead, staffWrite } from '../run.ts';
import { ApiTokensPage } from './page.tsx';
import { tokenUrls } from './urls.ts';

export function apiTokenRoutes({ store }: { store: Store }): Hono<StaffEnv> {
  const app = new Hono<StaffEnv>();

  const page = async (c: Context<StaffEnv>, extra: { created?: string; revoked?: boolean; errors?: FieldError[]; name?: string; expiresOn?: string }, status: 200 | 201 | 400 = 200) => {
    const { municipality, tokens } = await staffRead(c, store, async (ctx) => ({ municipality: ctx.municipality!, tokens: await listOwnApiTokens(ctx) }));
    const ctx = staffPageContext(c.get('lang'), c.get('t'), c.get('signedIn'), municipality);
    return renderPage(c, <ApiTokensPage ctx={ctx} tokens={tokens} {...extra} />, status);
  };

  app.get('/:m/tokens', (c) => page(c, { revoked: c.req.query('revoked') !== undefined }));

  // The new token is shown in the answer to the post itself (never stored, never in a URL), this once.
  app.post('/:m/tokens', async (c) => {
    const body = await c.req.parseBody();
    const name = typeof body.name === 'string' ? body.name : '';
    const expiresOn = typeof body.expiresOn === 'string' ? body.expiresOn.slice(0, 20) : '';
    try {
      const { token } = await staffWrite(c, store, (ctx) => createApiToken(ctx, { name, expiresOn }));
      return page(c, { created: token }, 201);
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      const a = c.get('t').apiTokens;
      const errors = error.issues.map((issue): FieldError => issue.field === 'name' ? { field: 'name', message: a.nameRequired }
        : { field: 'expiresOn', message: issue.problem === 'past' ? a.expiresPast : a.expiresInvalid });
      return page(c, { name, expiresOn, errors }, 400);
    }
  });

  app.post('/:m/tokens/:id{[0-9a-f-]{36}}/revoke', async (c) => {
    await staffWrite(c, store, (ctx) => revokeApiToken(ctx, c.req.param('id')));
    return c.redirect(`${tokenUrls.list(c.req.param('m'))}?revoked`, 303);
  });

  return app;
}
