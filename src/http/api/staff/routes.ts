/**
 * The staff JSON API under /api/v1/staff/{municipality}/…: the workspace's use-cases for integrations,
 * authenticated by a personal API token (`Authorization: Bearer …`) that acts as its person with their
 * roles in the token's municipality. Edits carry the version they are based on in `If-Match` (the
 * ETag of the GET): a stale one is refused (412), a missing one too (428). Answers are never cached.
 * Refusals are problem details in the caller's language, naming the field or what was refused.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Actor } from '../../../domain/actor.ts';
import { NotFoundError } from '../../../domain/errors.ts';
import { runRead, runWrite, type Store } from '../../../services/context.ts';
import { findPerson } from '../../../services/staff/people.ts';
import { findTokenHolder, touchApiToken } from '../../../services/staff-api/tokens.ts';
import { registerActionRoutes } from './action-routes.ts';
import { staffApiErrors } from './errors.ts';
import { messagesOf, refusedRequest, staffProblem } from './problems.ts';
import { registerRoundRoutes } from './round-routes.ts';
import type { StaffApiEnv } from './route-kit.ts';
import { registerStructureRoutes } from './structure-routes.ts';

const AUTH: Actor = { kind: 'system', name: 'auth' };

export function staffApiRoutes({ store }: { store: Store }): OpenAPIHono<StaffApiEnv> {
  const app = new OpenAPIHono<StaffApiEnv>({ defaultHook: refusedRequest });
  app.openAPIRegistry.registerComponent('securitySchemes', 'personalToken', {
    type: 'http', scheme: 'bearer',
    description: 'A personal API token, created in the workspace (Staff › API tokens) for one municipality.',
  });

  app.use('*', async (c, next) => {
    await next();
    c.res.headers.set('Cache-Control', 'private, no-store');
    c.res.headers.append('Vary', 'Authorization');
  });

  // Who the token is: its person, with their roles in the token's municipality only.
  app.use('/:municipality/*', async (c, next) => {
    const token = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '')?.[1];
    const found = token
      ? await runRead(store, { actor: AUTH, platform: true, municipality: { slug: c.req.param('municipality') } }, async (ctx) => {
        const holder = await findTokenHolder(ctx, token, ctx.municipality!.id);
        const person = holder ? await findPerson(ctx, holder.userId) : null;
        return holder && person ? { holder, person } : null;
      }).catch((error: unknown) => {
        if (error instanceof NotFoundError) return null;
        throw error;
      })
      : null;
    if (!found || found.holder.expired) {
      const t = messagesOf(c);
      const response = staffProblem(c, 401, found?.holder.expiresAt ? t.expired(found.holder.expiresAt.toISOString()) : t.noToken);
      response.headers.set('WWW-Authenticate', found ? 'Bearer realm="tiekartta-staff", error="invalid_token"' : 'Bearer realm="tiekartta-staff"');
      return response;
    }
    const { holder, person } = found;
    if (holder.stale) await runWrite(store, { actor: AUTH, platform: true }, (ctx) => touchApiToken(ctx, holder.tokenId));
    const roles = person.municipalities.find((municipality) => municipality.id === holder.municipalityId)?.roles ?? [];
    c.set('actor', { kind: 'staff', userId: person.id, roles: new Map([[holder.municipalityId, roles]]) });
    return next();
  });

  app.onError(staffApiErrors(store));
  registerActionRoutes(app, store);
  registerRoundRoutes(app, store);
  registerStructureRoutes(app, store);
  return app;
}
