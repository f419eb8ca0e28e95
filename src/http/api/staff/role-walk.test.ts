/**
 * Every role against every operation of the staff API, as the OpenAPI document lists them when the
 * test runs (an operation added later without a line here fails), compared with the permissions
 * table: a role the table denies gets a 403 problem and an audit line naming the permission; a role
 * it allows gets past the permission (to the answer, or to the refusal of a stale version or an
 * unknown thing that each request is built to meet, so that nothing changes), and nobody a 500.
 */
import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actions, auditLog } from '../../../db/schema.ts';
import { ROLES, type Role } from '../../../domain/actor.ts';
import { PERMISSIONS, type Permission } from '../../../domain/permissions.ts';
import type { Store } from '../../../services/context.ts';
import { openRound } from '../../../services/rounds/open-round.ts';
import { backends, demoDatabase, writeIn } from '../../../../test/support/database.ts';
import { staffApiHarness, type ApiRequest, type StaffApiHarness } from '../../../../test/support/staff-api.ts';

const REAL = '/programmes/digi-2020-2023';
const NOWHERE = '/programmes/nowhere';
const STALE = '"999"';

/** Each operation: the permission it needs, and a request that changes nothing whoever makes it. */
function requests(actionId: string): Record<string, { permission: Permission; path: string } & ApiRequest> {
  const round = `${REAL}/rounds/2026-03`;
  return {
    staffListActions: { permission: 'unpublished.read', path: `${REAL}/actions` },
    staffCreateAction: { permission: 'action.edit', path: `${NOWHERE}/actions`, method: 'POST', body: { section: 1, name: { fi: 'X' } } },
    staffGetAction: { permission: 'unpublished.read', path: `/actions/${actionId}` },
    staffEditAction: { permission: 'action.edit', path: `/actions/${actionId}`, method: 'PATCH', ifMatch: STALE, body: { statutory: true } },
    staffArchiveAction: { permission: 'action.edit', path: `/actions/${actionId}/archive`, method: 'POST', ifMatch: STALE },
    staffUnarchiveAction: { permission: 'action.edit', path: `/actions/${actionId}/unarchive`, method: 'POST', ifMatch: STALE },
    staffRestoreAction: { permission: 'action.edit', path: `/actions/${actionId}/restore`, method: 'POST', ifMatch: STALE, body: { restore: 9999 } },
    staffListComments: { permission: 'unpublished.read', path: `/actions/${actionId}/comments` },
    staffAddComment: { permission: 'action.comment', path: `/actions/${randomUUID()}/comments`, method: 'POST', body: { body: 'Huomio.' } },
    staffListRounds: { permission: 'unpublished.read', path: `${REAL}/rounds` },
    staffOpenRound: { permission: 'round.open', path: `${NOWHERE}/rounds`, method: 'POST', body: { key: '2027-01', label: { fi: 'X' }, deadline: '2027-01-31' } },
    staffGetRound: { permission: 'unpublished.read', path: round },
    staffCloseRound: { permission: 'round.close', path: `${NOWHERE}/rounds/2026-03/close`, method: 'POST', ifMatch: '"1"' },
    staffReopenRound: { permission: 'round.reopen', path: `${NOWHERE}/rounds/2026-03/reopen`, method: 'POST', ifMatch: '"1"' },
    staffListEntries: { permission: 'unpublished.read', path: `${round}/entries` },
    staffGetEntry: { permission: 'unpublished.read', path: `${round}/entries/1.1` },
    staffSaveEntry: {
      permission: 'status.edit', path: `${round}/entries/1.1`, method: 'PUT', ifMatch: STALE, body: { text: { fi: 'X' }, state: null, trafficLight: null },
    },
    staffSaveEntries: {
      permission: 'status.edit', path: `${round}/entries`, method: 'POST',
      body: { entries: [{ ref: '1.1', version: 999, text: { fi: 'X' }, state: null, trafficLight: null }] },
    },
    staffConfirmEntry: { permission: 'status.confirm', path: `${NOWHERE}/rounds/2026-03/entries/1.1/confirm`, method: 'POST', ifMatch: '"1"' },
    staffConfirmEntries: { permission: 'status.confirm', path: `${NOWHERE}/rounds/2026-03/confirm`, method: 'POST', body: { all: true } },
    staffRemindOwners: { permission: 'round.remind', path: `${NOWHERE}/rounds/2026-03/reminders`, method: 'POST' },
    staffGetStructure: { permission: 'unpublished.read', path: `${REAL}/structure` },
    staffEditProgramme: {
      permission: 'programme.edit', path: `${REAL}/structure`, method: 'PUT', ifMatch: STALE, body: { name: { fi: 'X' }, periodStart: 2020, periodEnd: 2023 },
    },
    staffCreateStructureItem: { permission: 'programme.edit', path: `${NOWHERE}/structure/goal`, method: 'POST', body: { code: 'X', name: { fi: 'X' } } },
    staffEditStructureItem: {
      permission: 'programme.edit', path: `${REAL}/structure/goal/${randomUUID()}`, method: 'PUT', ifMatch: '"1"', body: { code: 'X', name: { fi: 'X' } },
    },
  };
}

describe.each(backends)('every role against every staff API operation (%s)', (backend) => {
  let store: Store;
  let h: StaffApiHarness;
  let actionId: string;
  const tokens = new Map<Role, { token: string; userId: string }>();

  beforeAll(async () => {
    store = await demoDatabase(backend);
    h = await staffApiHarness(store);
    for (const role of ROLES) tokens.set(role, await h.tokenFor(role));
    actionId = await writeIn(store, 'porvoo', async (ctx) => {
      await openRound(ctx, { programme: 'digi-2020-2023', key: '2026-03', label: { fi: 'Tilanne 03/2026' }, deadline: '2026-03-31', requiredLanguages: [] });
      return (await ctx.tx.select({ id: actions.id }).from(actions).where(eq(actions.ref, '1.1')))[0]!.id;
    });
  });
  afterAll(async () => store?.close());

  it('has a request here for every documented operation', () => {
    const documented = Object.entries(h.document.paths).filter(([path]) => path.startsWith('/staff/'))
      .flatMap(([, byMethod]) => Object.values(byMethod).map((operation) => operation.operationId!));
    expect(documented.sort()).toEqual(Object.keys(requests(actionId)).sort());
  });

  it.each(ROLES)('answers %s as the permissions table says, auditing every refusal', async (role) => {
    const { token, userId } = tokens.get(role)!;
    for (const [operation, { permission, path, ...init }] of Object.entries(requests(actionId))) {
      const refusals = () => writeIn(store, 'porvoo', async (ctx) => (await ctx.tx.select({ n: sql<number>`count(*)::int` }).from(auditLog)
        .where(and(eq(auditLog.action, 'permission.refused'), eq(auditLog.actor, `user:${userId}`), eq(auditLog.target, permission))))[0]!.n);
      const before = await refusals();
      const response = await h.api(path, token, init);
      const allowed = (PERMISSIONS[permission] as readonly Role[]).includes(role);
      expect(response.status, `${operation} as ${role}`).toBeLessThan(500);
      if (allowed) {
        expect(response.status, `${operation} as ${role}`).not.toBe(403);
      } else {
        expect(response.status, `${operation} as ${role}`).toBe(403);
        expect(response.headers.get('content-type')).toContain('application/problem+json');
        expect(await refusals(), `${operation} as ${role} is audited`).toBe(before + 1);
      }
    }
  });
});
