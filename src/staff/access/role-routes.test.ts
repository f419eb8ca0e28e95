/**
 * Every role against every route of the workspace, as the app has them registered when the test runs
 * (so routes added later are walked too), compared with the permissions table: a refusal is a 403 page
 * with an audit line naming a permission the table denies that role, never a refusal without its line,
 * and never a server error. The routes whose permission is known here are also checked the other way:
 * every role the table allows gets through.
 */
import { and, eq, gt, sql } from 'drizzle-orm';
import type { Hono } from 'hono';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app.ts';
import { auditLog, municipalities, sessions } from '../../db/schema.ts';
import { ROLES, type Role } from '../../domain/actor.ts';
import { PERMISSIONS, type Permission } from '../../domain/permissions.ts';
import { SESSION_COOKIE_MARK } from '../../http/cache-scopes.ts';
import { createLogger } from '../../logger.ts';
import { runWrite, type Store } from '../../services/context.ts';
import { hashSecret } from '../../services/staff/secrets.ts';
import { createSession } from '../../services/staff/sessions.ts';
import { backends, demoDatabase } from '../../../test/support/database.ts';
import { createPerson, ORIGIN } from '../../../test/support/staff.ts';

/** The permission each route of access needs: these must let exactly the table's roles through. */
const KNOWN: Record<string, Permission> = {
  'GET /staff/:m/people': 'users.manage',
  'POST /staff/:m/people': 'users.manage',
  'POST /staff/:m/people/:id/roles': 'users.manage',
  'POST /staff/:m/people/:id/roles/remove': 'users.manage',
  'POST /staff/:m/people/:id/deactivate': 'users.manage',
  'POST /staff/:m/people/:id/reactivate': 'users.manage',
  'POST /staff/:m/people/:id/unlock': 'users.manage',
  'GET /staff/:m/settings': 'settings.edit',
  'POST /staff/:m/settings': 'settings.edit',
  'GET /staff/:m/audit': 'audit.read',
  'GET /staff/:m/': 'unpublished.read',
};

/** A path to request for a route's pattern: the demo municipality, and a fresh id for any other parameter. */
function concrete(path: string): string {
  return path.replace(/:(\w+)(\{[^}]*\})?/g, (_, name: string) => (name === 'm' ? 'porvoo' : randomUUID()));
}

describe.each(backends)('every role against every staff route (%s)', (backend) => {
  let store: Store;
  let app: Hono;
  const people = new Map<Role, string>();
  let porvooId: string;

  beforeAll(async () => {
    store = await demoDatabase(backend);
    app = createApp({ store, logger: createLogger('silent'), proxy: { trustProxy: true } });
    for (const role of ROLES) people.set(role, (await createPerson(store, 'porvoo', role)).userId);
    [{ id: porvooId }] = await store.orm.select({ id: municipalities.id }).from(municipalities).where(eq(municipalities.slug, 'porvoo')) as [{ id: string }];
  });
  afterAll(async () => store?.close());

  /** A fresh, complete session (some routes end the one they are given) with its form token. */
  async function session(userId: string): Promise<{ cookie: string; csrf: string }> {
    const secret = await runWrite(store, { actor: { kind: 'system', name: 'test' }, platform: true }, (ctx) => createSession(ctx, userId, true, 'password'));
    const [row] = await store.orm.select({ csrf: sessions.csrfSecret }).from(sessions).where(eq(sessions.idHash, hashSecret(secret)));
    return { cookie: `${SESSION_COOKIE_MARK}=${secret}`, csrf: row!.csrf };
  }

  it('refuses exactly what the permissions table denies, with a 403 and an audit line, on every route', async () => {
    const routes = [...new Map(app.routes
      .filter((route) => (route.method === 'GET' || route.method === 'POST') && route.path.startsWith('/staff/') && !route.path.includes('*'))
      .map((route) => [`${route.method} ${route.path}`, route])).values()];
    // The walk sees the routes as registered: at least all of access's.
    expect(routes.map((route) => `${route.method} ${route.path}`)).toEqual(expect.arrayContaining(Object.keys(KNOWN)));

    const findings: string[] = [];
    let refused = 0;
    for (const route of routes) {
      const key = `${route.method} ${route.path}`;
      for (const role of ROLES) {
        const userId = people.get(role)!;
        const { cookie, csrf } = await session(userId);
        const [{ since }] = await store.orm.select({ since: sql<number>`coalesce(max(${auditLog.id}), 0)::int` }).from(auditLog) as [{ since: number }];
        const path = concrete(route.path);
        const response = route.method === 'GET'
          ? await app.request(path, { headers: { cookie } })
          : await app.request(path, {
            method: 'POST',
            headers: { origin: ORIGIN, cookie, 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': '10.9.9.9' },
            body: new URLSearchParams({ _csrf: csrf }).toString(),
          });
        const refusals = await store.orm.select().from(auditLog)
          .where(and(gt(auditLog.id, since), eq(auditLog.action, 'permission.refused'), eq(auditLog.actor, `user:${userId}`)));
        const where = `${key} as ${role} (${path}): ${response.status}`;
        if (response.status >= 500) findings.push(`${where}: server error`);
        if (response.status === 403) {
          refused++;
          if (refusals.length !== 1) findings.push(`${where}: refused without one audit line`);
          const permission = refusals[0]?.target as Permission | undefined;
          const allowed: readonly Role[] | undefined = permission ? PERMISSIONS[permission] : undefined;
          if (permission && (!allowed || allowed.includes(role))) findings.push(`${where}: refused on ${permission}, which the table allows`);
          if (refusals[0] && refusals[0].municipalityId !== porvooId) findings.push(`${where}: refusal audited outside the municipality`);
        } else if (refusals.length > 0) {
          findings.push(`${where}: audited a refusal but answered ${response.status}`);
        }
        const known = KNOWN[key];
        if (known) {
          const expected = (PERMISSIONS[known] as readonly Role[]).includes(role);
          if (expected === (response.status === 403)) findings.push(`${where}: the table says ${expected ? 'allowed' : 'refused'} (${known})`);
        }
      }
    }
    expect(findings).toEqual([]);
    expect(refused).toBeGreaterThanOrEqual(Object.values(KNOWN).filter((permission) => permission === 'users.manage').length * 4);
  });
});
