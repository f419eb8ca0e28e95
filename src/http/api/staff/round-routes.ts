/**
 * Follow-up rounds in the staff API: read them, open one, close and reopen it (If-Match on the
 * round), read and save entries (If-Match on the entry, or the versions given for many), confirm inferred states (one, or many at
 * the versions read) and remind the late owners: the use-cases of the workspace's round pages.
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { ConflictError, NotFoundError } from '../../../domain/errors.ts';
import { runRead, runWrite, type Ctx, type Store } from '../../../services/context.ts';
import { closeRound, reopenRound } from '../../../services/rounds/close-round.ts';
import { confirmStates } from '../../../services/rounds/confirm-states.ts';
import { openRound } from '../../../services/rounds/open-round.ts';
import { getRound, listEntries, listRounds } from '../../../services/rounds/read-rounds.ts';
import { remindLateOwners } from '../../../services/rounds/remind.ts';
import { finnishToday } from '../../../services/rounds/reminder-schedule.ts';
import { saveEntry } from '../../../services/rounds/save-entry.ts';
import { saveEntries } from '../../../services/rounds/save-entries.ts';
import type { RoundEntry, WorkspaceRound } from '../../../services/rounds/views.ts';
import { problem } from './problems.ts';
import { etag, etagHeader, invalidBody, preconditions, refusals, requiredVersion, scope, SECURITY, type StaffApiEnv } from './route-kit.ts';
import {
  StaffConfirmedSchema, StaffConfirmSchema, StaffEntriesInputSchema, StaffEntriesSavedSchema, StaffEntryListSchema, StaffOpenRoundSchema, StaffRemindedSchema, StaffRoundListSchema,
  StaffRoundParams, StaffRoundSchema, type StaffRoundJson,
} from './round-schemas.ts';
import { IfMatchHeader, StaffEntryInputSchema, StaffEntryParams, StaffEntrySchema, StaffProgrammeParams, type StaffEntryJson } from './schemas.ts';

const json = <S>(schema: S) => ({ content: { 'application/json': { schema } } });
const body = <S>(schema: S) => ({ body: { required: true, ...json(schema) } });
const roundAnswer = (description: string) => ({ description, headers: etagHeader('round'), ...json(StaffRoundSchema) });
const entryAnswer = (description: string) => ({ description, headers: etagHeader('entry'), ...json(StaffEntrySchema) });
const frozen = { 409: problem('The round is not in the state the change needs: closed (frozen), already open, another round open, or required languages missing.') };

const roundsPath = '/{municipality}/programmes/{programme}/rounds';
const roundPath = `${roundsPath}/{round}`;
const entryPath = `${roundPath}/entries/{ref}`;

const listRoundsRoute = createRoute({
  method: 'get', path: roundsPath, operationId: 'staffListRounds', tags: ['staff'], security: SECURITY,
  summary: "The programme's follow-up rounds, open ones too, newest first",
  request: { params: StaffProgrammeParams },
  responses: { 200: { description: 'The rounds.', ...json(StaffRoundListSchema) }, ...refusals },
});

const openRoundRoute = createRoute({
  method: 'post', path: roundsPath, operationId: 'staffOpenRound', tags: ['staff'], security: SECURITY,
  summary: 'Opens a follow-up round: label per language, deadline, required languages',
  description: "The coordinator's; every action on the roadmap gets an empty entry. Audited.",
  request: { params: StaffProgrammeParams, ...body(StaffOpenRoundSchema) },
  responses: { 201: roundAnswer('The round, open.'), ...refusals, ...invalidBody, ...frozen },
});

const getRoundRoute = createRoute({
  method: 'get', path: roundPath, operationId: 'staffGetRound', tags: ['staff'], security: SECURITY,
  summary: 'A follow-up round with its version as ETag',
  request: { params: StaffRoundParams },
  responses: { 200: roundAnswer('The round.'), ...refusals },
});

const roundChangeRoute = (change: 'close' | 'reopen') => createRoute({
  method: 'post', path: `${roundPath}/${change}`, tags: ['staff'], security: SECURITY,
  operationId: change === 'close' ? 'staffCloseRound' : 'staffReopenRound',
  summary: change === 'close' ? 'Closes the round: publishes and freezes it, based on the version in If-Match'
    : 'Reopens a closed round (unpublishing it) to correct it, based on the version in If-Match',
  request: { params: StaffRoundParams, headers: IfMatchHeader },
  responses: { 200: roundAnswer('The round as it is now, with its new version.'), ...refusals, ...preconditions('round'), ...frozen },
});

const listEntriesRoute = createRoute({
  method: 'get', path: `${roundPath}/entries`, operationId: 'staffListEntries', tags: ['staff'], security: SECURITY,
  summary: "The round's entries in the order of the roadmap, each with its version",
  request: { params: StaffRoundParams },
  responses: { 200: { description: 'The entries.', ...json(StaffEntryListSchema) }, ...refusals },
});

const saveEntriesRoute = createRoute({
  method: 'post', path: `${roundPath}/entries`, operationId: 'staffSaveEntries', tags: ['staff'], security: SECURITY,
  summary: "Saves many entries of an open round at once, each based on the version given (the round table's save)",
  description: 'An entry saved by someone since its version is left as it is and reported, as in the workspace; '
    + "an entry the token's person may not edit refuses the whole request (403) and nothing is saved.",
  request: { params: StaffRoundParams, ...body(StaffEntriesInputSchema) },
  responses: { 200: { description: 'What was saved.', ...json(StaffEntriesSavedSchema) }, ...refusals, ...invalidBody, ...frozen },
});

const getEntryRoute = createRoute({
  method: 'get', path: entryPath, operationId: 'staffGetEntry', tags: ['staff'], security: SECURITY,
  summary: "An action's entry in a follow-up round (open ones too), with its version as ETag",
  request: { params: StaffEntryParams },
  responses: { 200: entryAnswer('The entry.'), ...refusals },
});

const putEntryRoute = createRoute({
  method: 'put', path: entryPath, operationId: 'staffSaveEntry', tags: ['staff'], security: SECURITY,
  summary: "Saves an action's entry in an open round, based on the version in If-Match",
  description: "The action's owner or the coordinator, as in the workspace; recorded in the history and the audit log.",
  request: { params: StaffEntryParams, headers: IfMatchHeader, ...body(StaffEntryInputSchema) },
  responses: { 200: entryAnswer('The entry as saved, with its new version.'), ...refusals, ...invalidBody, ...frozen, ...preconditions('entry') },
});

const confirmEntryRoute = createRoute({
  method: 'post', path: `${entryPath}/confirm`, operationId: 'staffConfirmEntry', tags: ['staff'], security: SECURITY,
  summary: "Confirms an entry's inferred state, based on the version in If-Match",
  description: 'An entry whose state is already confirmed stays as it is.',
  request: { params: StaffEntryParams, headers: IfMatchHeader },
  responses: { 200: entryAnswer('The entry, with its new version.'), ...refusals, ...preconditions('entry'), ...frozen },
});

const confirmManyRoute = createRoute({
  method: 'post', path: `${roundPath}/confirm`, operationId: 'staffConfirmEntries', tags: ['staff'], security: SECURITY,
  summary: 'Confirms inferred states: the entries given at the versions read, or all',
  description: 'An entry saved since the version given is left as it is and reported in `changedSince`, as in the workspace.',
  request: { params: StaffRoundParams, ...body(StaffConfirmSchema) },
  responses: { 200: { description: 'What was confirmed.', ...json(StaffConfirmedSchema) }, ...refusals, ...invalidBody, ...frozen },
});

const remindRoute = createRoute({
  method: 'post', path: `${roundPath}/reminders`, operationId: 'staffRemindOwners', tags: ['staff'], security: SECURITY,
  summary: 'Reminds by e-mail the owners whose entries are missing (once a day)',
  description: 'One mail per owner in their language, queued in the outbox in the same transaction; audited.',
  request: { params: StaffRoundParams },
  responses: { 200: { description: 'What was queued.', ...json(StaffRemindedSchema) }, ...refusals, ...frozen },
});

const iso = (at: Date | null) => at?.toISOString() ?? null;

function presentRound(round: WorkspaceRound): StaffRoundJson {
  const { key, label, status, deadline, requiredLanguages, version, entryCount, updatedCount } = round;
  return {
    key, programme: round.programme.slug, label, status, deadline, requiredLanguages, version, entryCount, updatedCount,
    openedAt: iso(round.openedAt), closedAt: iso(round.closedAt),
  };
}

function presentEntry(entry: RoundEntry): StaffEntryJson {
  const { ref, name, text, state, stateInferred, trafficLight, updatedAt, version, missingLanguages } = entry;
  return { ref, name, text, state, stateInferred, trafficLight, updatedAt: iso(updatedAt), version, missingLanguages };
}

async function entryOf(ctx: Ctx, programme: string, round: string, ref: string): Promise<RoundEntry> {
  const [entry] = await listEntries(ctx, programme, round, [ref]);
  if (!entry) throw new NotFoundError('entry', `${round}/${ref}`);
  return entry;
}

export function registerRoundRoutes(app: OpenAPIHono<StaffApiEnv>, store: Store): void {
  app.openapi(listRoundsRoute, async (c) => {
    const { municipality, programme } = c.req.valid('param');
    const rounds = await runRead(store, scope(c, municipality), (ctx) => listRounds(ctx));
    return c.json({ rounds: rounds.filter((round) => round.programme.slug === programme).map(presentRound) }, 200);
  });

  app.openapi(openRoundRoute, async (c) => {
    const { municipality, programme } = c.req.valid('param');
    const { key, label, deadline, requiredLanguages } = c.req.valid('json');
    const round = await runWrite(store, scope(c, municipality), async (ctx) => {
      await openRound(ctx, { programme, key, label, deadline, requiredLanguages });
      return getRound(ctx, programme, key);
    });
    const at = `/api/v1/staff/${encodeURIComponent(municipality)}/programmes/${encodeURIComponent(programme)}/rounds/${round.key}`;
    return c.json(presentRound(round), 201, { ETag: etag(round.version), Location: at });
  });

  app.openapi(getRoundRoute, async (c) => {
    const { municipality, programme, round } = c.req.valid('param');
    const found = await runRead(store, scope(c, municipality), (ctx) => getRound(ctx, programme, round));
    return c.json(presentRound(found), 200, { ETag: etag(found.version) });
  });

  for (const [change, work] of [['close', closeRound], ['reopen', reopenRound]] as const) {
    app.openapi(roundChangeRoute(change), async (c) => {
      const { municipality, programme, round } = c.req.valid('param');
      const version = requiredVersion(c.req.header('if-match'));
      const changed = await runWrite(store, scope(c, municipality), async (ctx) => {
        await work(ctx, { programme, round, version });
        return getRound(ctx, programme, round);
      });
      return c.json(presentRound(changed), 200, { ETag: etag(changed.version) });
    });
  }

  app.openapi(listEntriesRoute, async (c) => {
    const { municipality, programme, round } = c.req.valid('param');
    const entries = await runRead(store, scope(c, municipality), (ctx) => listEntries(ctx, programme, round));
    return c.json({ entries: entries.map(presentEntry) }, 200);
  });

  app.openapi(saveEntriesRoute, async (c) => {
    const { municipality, programme, round } = c.req.valid('param');
    const entries = c.req.valid('json').entries.map(({ ref, version, ...entry }) => ({ ref, version, entry }));
    const result = await runWrite(store, scope(c, municipality), (ctx) => saveEntries(ctx, { programme, round, entries }));
    return c.json(result, 200);
  });

  app.openapi(getEntryRoute, async (c) => {
    const { municipality, programme, round, ref } = c.req.valid('param');
    const entry = await runRead(store, scope(c, municipality), (ctx) => entryOf(ctx, programme, round, ref));
    return c.json(presentEntry(entry), 200, { ETag: etag(entry.version) });
  });

  app.openapi(putEntryRoute, async (c) => {
    const { municipality, programme, round, ref } = c.req.valid('param');
    const version = requiredVersion(c.req.header('if-match'));
    const entry = c.req.valid('json');
    const saved = await runWrite(store, scope(c, municipality), (ctx) => saveEntry(ctx, { programme, round, ref, version, entry }));
    return c.json(presentEntry(saved), 200, { ETag: etag(saved.version) });
  });

  app.openapi(confirmEntryRoute, async (c) => {
    const { municipality, programme, round, ref } = c.req.valid('param');
    const version = requiredVersion(c.req.header('if-match'));
    const entry = await runWrite(store, scope(c, municipality), async (ctx) => {
      const { confirmed } = await confirmStates(ctx, { programme, round, entries: [{ ref, version }] });
      const now = await entryOf(ctx, programme, round, ref);
      // Not confirmed and moved on: saved since the asker read it. Not confirmed at the same version: it was not inferred.
      if (confirmed.length === 0 && now.version !== version) throw new ConflictError('entry', version, now);
      return now;
    });
    return c.json(presentEntry(entry), 200, { ETag: etag(entry.version) });
  });

  app.openapi(confirmManyRoute, async (c) => {
    const { municipality, programme, round } = c.req.valid('param');
    const input = c.req.valid('json');
    const result = await runWrite(store, scope(c, municipality), (ctx) =>
      confirmStates(ctx, { programme, round, entries: input.entries ?? 'all_inferred' }));
    return c.json(result, 200);
  });

  app.openapi(remindRoute, async (c) => {
    const { municipality, programme, round } = c.req.valid('param');
    // The address people reach the product at, as the workspace's button and the schedule use it.
    const baseUrl = process.env.PUBLIC_URL ?? new URL(c.req.url).origin;
    const result = await runWrite(store, scope(c, municipality), (ctx) =>
      remindLateOwners(ctx, { programme, round, kind: 'on_demand', today: finnishToday(), baseUrl }));
    return c.json(result, 200);
  });
}
