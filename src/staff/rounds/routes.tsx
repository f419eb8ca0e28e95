/**
 * The rounds in the workspace, under /staff/:m/: the list and opening a round, a round's overview
 * with its actions (remind, confirm, close, reopen), an owner's own entries, the entry form, and the
 * outbox. Every change is a post answered with a redirect (post, then get) or, when refused, with
 * the same form and its errors.
 */
import { Hono, type Context } from 'hono';
import { ACTION_STATES, TRAFFIC_LIGHTS, type ActionState, type TrafficLight } from '../../domain/action.ts';
import { ConflictError, InvalidInputError } from '../../domain/errors.ts';
import { LANGUAGES, type Lang } from '../../domain/language.ts';
import { can } from '../../domain/permissions.ts';
import { RoundStateError, type EntryInput } from '../../domain/round-entry.ts';
import { renderPage } from '../../site/render.ts';
import type { Store } from '../../services/context.ts';
import { listOutbox, type MailState } from '../../services/outbox/list-outbox.ts';
import { listProgrammes } from '../../services/programmes.ts';
import { closeRound, reopenRound } from '../../services/rounds/close-round.ts';
import { confirmStates } from '../../services/rounds/confirm-states.ts';
import { openRound } from '../../services/rounds/open-round.ts';
import { getRound, listEntries, listRounds } from '../../services/rounds/read-rounds.ts';
import { remindLateOwners } from '../../services/rounds/remind.ts';
import { finnishToday } from '../../services/rounds/reminder-schedule.ts';
import { saveEntry } from '../../services/rounds/save-entry.ts';
import { saveEntries } from '../../services/rounds/save-entries.ts';
import type { RoundEntry } from '../../services/rounds/views.ts';
import type { FieldError } from '../components/forms.tsx';
import type { StaffEnv } from '../env.ts';
import { staffPageContext } from '../page-context.ts';
import { staffRead, staffWrite } from '../run.ts';
import { EntryPage } from './entry-page.tsx';
import { MyEntriesPage } from './mine-page.tsx';
import { noticeFrom, noticeQuery, type RoundNotice } from './notices.tsx';
import { OutboxPage } from './outbox-page.tsx';
import { filterEntries, overviewSearch, parseOverviewQuery } from './overview-filter.ts';
import { RoundOverviewPage } from './overview-page.tsx';
import { RoundsPage, type OpenRoundForm } from './rounds-page.tsx';
import { readTable } from './table-form.ts';
import { RoundTablePage } from './table-page.tsx';
import { roundUrls } from './urls.ts';
import { parseVersion } from '../../domain/version.ts';

type C = Context<StaffEnv>;

const field = (body: Record<string, unknown>, name: string, max = 10_000) => (typeof body[name] === 'string' ? (body[name] as string).slice(0, max) : '');

function pageContext(c: C, municipality: Parameters<typeof staffPageContext>[3]) {
  return staffPageContext(c.get('lang'), c.get('t'), c.get('signedIn'), municipality);
}

/** The round of the path: `/:m/rounds/:programme/:round`. */
const roundOf = (c: C) => ({ programme: c.req.param('programme') ?? '', round: c.req.param('round') ?? '' });

function openRoundForm(body: Record<string, unknown>): OpenRoundForm {
  const label: Partial<Record<Lang, string>> = {};
  for (const lang of LANGUAGES) label[lang] = field(body, `label_${lang}`, 400);
  return {
    programme: field(body, 'programme', 200), key: field(body, 'key', 20).trim(), label, deadline: field(body, 'deadline', 20).trim(),
    requiredLanguages: LANGUAGES.filter((lang) => body[`required_${lang}`] === 'on'),
  };
}

function entryForm(body: Record<string, unknown>): EntryInput {
  const state = field(body, 'state', 40);
  const light = field(body, 'light', 20);
  const text: Partial<Record<Lang, string>> = {};
  for (const lang of LANGUAGES) text[lang] = field(body, `text_${lang}`, 20_000);
  return {
    text,
    state: (ACTION_STATES as readonly string[]).includes(state) ? (state as ActionState) : null,
    trafficLight: (TRAFFIC_LIGHTS as readonly string[]).includes(light) ? (light as TrafficLight) : null,
  };
}

/** "1.1:3,1.2:5" → the entries and the versions they were shown at. */
function parseEntries(value: string): { ref: string; version: number }[] {
  return value.split(',').slice(0, 1000).flatMap((part) => {
    const match = /^([\w.-]{1,20}):(\d{1,10})$/.exec(part.trim());
    return match ? [{ ref: match[1]!, version: parseVersion(match[2]) }] : [];
  });
}

export function roundRoutes({ store }: { store: Store }): Hono<StaffEnv> {
  const app = new Hono<StaffEnv>();

  const listPage = async (c: C, form?: OpenRoundForm, errors: FieldError[] = []) => {
    const data = await staffRead(c, store, async (ctx) => ({ municipality: ctx.municipality!, rounds: await listRounds(ctx), programmes: await listProgrammes(ctx) }));
    const page = <RoundsPage ctx={pageContext(c, data.municipality)} rounds={data.rounds} programmes={data.programmes} form={form} errors={errors} />;
    return renderPage(c, page, errors.length > 0 ? 400 : 200);
  };

  app.get('/:m/rounds', (c) => listPage(c));

  app.post('/:m/rounds', async (c) => {
    const form = openRoundForm(await c.req.parseBody());
    const t = c.get('t').rounds.open;
    try {
      const opened = await staffWrite(c, store, (ctx) => openRound(ctx, form));
      return c.redirect(`${roundUrls.round(c.req.param('m'), form.programme, opened.key)}${noticeQuery({ kind: 'opened', count: opened.entries })}`, 303);
    } catch (error) {
      if (error instanceof RoundStateError) return listPage(c, form, [{ field: 'programme', message: t.problems.anotherOpen }]);
      if (!(error instanceof InvalidInputError)) throw error;
      const errors = error.issues.map((issue): FieldError => {
        if (issue.field === 'key') return { field: 'key', message: issue.problem === 'taken' ? t.problems.key.taken : t.problems.key.invalid };
        if (issue.field.startsWith('label.')) {
          return { field: `label_${issue.field.slice(6)}`, message: issue.problem === 'too_long' ? t.problems.labelTooLong : t.problems.label };
        }
        return { field: 'deadline', message: t.problems.deadline };
      });
      return listPage(c, form, errors);
    }
  });

  app.get('/:m/rounds/:programme/:round', async (c) => {
    const { programme, round } = roundOf(c);
    const query = parseOverviewQuery(c.req.query());
    const data = await staffRead(c, store, async (ctx) => ({
      municipality: ctx.municipality!, round: await getRound(ctx, programme, round), entries: await listEntries(ctx, programme, round),
    }));
    const ctx = pageContext(c, data.municipality);
    const shown = filterEntries(data.entries, query, ctx.lang, ctx.fallbacks);
    return renderPage(c, <RoundOverviewPage ctx={ctx} round={data.round} entries={data.entries} shown={shown} query={query} notice={noticeFrom(c.req.query())} />);
  });

  app.get('/:m/rounds/:programme/:round/table', async (c) => {
    const { programme, round } = roundOf(c);
    const query = parseOverviewQuery(c.req.query());
    const data = await staffRead(c, store, async (ctx) => ({
      municipality: ctx.municipality!, round: await getRound(ctx, programme, round), entries: await listEntries(ctx, programme, round),
    }));
    const ctx = pageContext(c, data.municipality);
    const actor = c.get('signedIn')!.actor;
    const rows = data.round.status !== 'open' ? [] : filterEntries(data.entries, query, ctx.lang, ctx.fallbacks)
      .filter((entry) => can(actor, 'status.edit', data.municipality.id, { actionOwnerId: entry.ownerUserId }));
    return renderPage(c, <RoundTablePage ctx={ctx} round={data.round} rows={rows} search={overviewSearch(query)} notice={noticeFrom(c.req.query())} />);
  });

  app.post('/:m/rounds/:programme/:round/table', async (c) => {
    const at = roundOf(c);
    const body = await c.req.parseBody();
    const refs = field(body, 'refs', 30_000).split(',').filter((ref) => /^[\w.-]{1,20}$/.test(ref)).slice(0, 1000);
    const touched = readTable(body, refs).filter((row) => row.touched);
    const back = `${roundUrls.table(c.req.param('m'), at.programme, at.round)}${overviewSearch(parseOverviewQuery(c.req.query()))}`;
    try {
      const result = await staffWrite(c, store, (ctx) => saveEntries(ctx, { ...at, entries: touched.map(({ ref, version, entry }) => ({ ref, version, entry })) }));
      const notice = noticeQuery({ kind: 'table_saved', count: result.saved.length, refs: result.changedSince, invalid: result.invalid });
      return c.redirect(`${back}${back.includes('?') ? `&${notice.slice(1)}` : notice}`, 303);
    } catch (error) {
      if (!(error instanceof RoundStateError)) throw error;
      return c.redirect(`${roundUrls.round(c.req.param('m'), at.programme, at.round)}${noticeQuery({ kind: 'frozen' })}`, 303);
    }
  });

  app.get('/:m/rounds/:programme/:round/mine', async (c) => {
    const { programme, round } = roundOf(c);
    const me = c.get('signedIn')!.person.id;
    const data = await staffRead(c, store, async (ctx) => ({
      municipality: ctx.municipality!, round: await getRound(ctx, programme, round), entries: await listEntries(ctx, programme, round),
    }));
    const mine = data.entries.filter((entry) => entry.ownerUserId === me);
    return renderPage(c, <MyEntriesPage ctx={pageContext(c, data.municipality)} round={data.round} entries={mine} notice={noticeFrom(c.req.query())} />);
  });

  const entryPage = async (c: C, answer?: { form: EntryInput; errors?: FieldError[]; conflict?: RoundEntry }) => {
    const { programme, round } = roundOf(c);
    const ref = c.req.param('ref') ?? '';
    const data = await staffRead(c, store, async (ctx) => ({
      municipality: ctx.municipality!, round: await getRound(ctx, programme, round), entries: await listEntries(ctx, programme, round, [ref]),
    }));
    const entry = data.entries[0];
    if (!entry) return c.notFound();
    const page = (
      <EntryPage ctx={pageContext(c, data.municipality)} round={data.round} entry={entry} form={answer?.form} errors={answer?.errors}
        conflict={answer?.conflict} notice={noticeFrom(c.req.query())} />
    );
    return renderPage(c, page, answer?.conflict ? 409 : answer?.errors?.length ? 400 : 200);
  };

  app.get('/:m/rounds/:programme/:round/actions/:ref', (c) => entryPage(c));

  app.post('/:m/rounds/:programme/:round/actions/:ref', async (c) => {
    const at = roundOf(c);
    const ref = c.req.param('ref');
    const body = await c.req.parseBody();
    const form = entryForm(body);
    try {
      await staffWrite(c, store, (ctx) => saveEntry(ctx, { ...at, ref, version: parseVersion(field(body, 'version', 12)), entry: form }));
      return c.redirect(`${roundUrls.entry(c.req.param('m'), at.programme, at.round, ref)}${noticeQuery({ kind: 'saved' })}`, 303);
    } catch (error) {
      if (error instanceof ConflictError) return entryPage(c, { form, conflict: error.current as RoundEntry });
      if (error instanceof RoundStateError) return c.redirect(`${roundUrls.round(c.req.param('m'), at.programme, at.round)}${noticeQuery({ kind: 'frozen' })}`, 303);
      if (!(error instanceof InvalidInputError)) throw error;
      const tooLong = c.get('t').rounds.entry.tooLong;
      return entryPage(c, { form, errors: error.issues.map((issue) => ({ field: issue.field.replace('.', '_'), message: tooLong })) });
    }
  });

  /** A round action from the overview: run it, then back to the overview with what happened. */
  const roundAction = (work: (c: C, at: { programme: string; round: string }) => Promise<RoundNotice>) => async (c: C) => {
    const at = roundOf(c);
    let notice: RoundNotice;
    try {
      notice = await work(c, at);
    } catch (error) {
      if (!(error instanceof RoundStateError)) throw error;
      notice = error.problem === 'missing_languages' ? { kind: 'missing_languages', refs: [...error.refs] }
        : error.problem === 'another_open' ? { kind: 'another_open' } : { kind: 'frozen' };
    }
    return c.redirect(`${roundUrls.round(c.req.param('m') ?? '', at.programme, at.round)}${noticeQuery(notice)}`, 303);
  };

  app.post('/:m/rounds/:programme/:round/remind', roundAction(async (c, at) => {
    // The address people reach the product at, as the server's own reminders use it (cli/start.ts).
    const baseUrl = process.env.PUBLIC_URL ?? new URL(c.req.url).origin;
    const result = await staffWrite(c, store, (ctx) => remindLateOwners(ctx, { ...at, kind: 'on_demand', today: finnishToday(), baseUrl }));
    return { kind: 'reminded', count: result.queued, already: result.alreadyQueued, refs: result.withoutAccount };
  }));

  app.post('/:m/rounds/:programme/:round/confirm', roundAction(async (c, at) => {
    const entries = parseEntries(field(await c.req.parseBody(), 'entries', 30_000));
    const result = await staffWrite(c, store, (ctx) => confirmStates(ctx, { ...at, entries }));
    return { kind: 'confirmed', count: result.confirmed.length, refs: result.changedSince };
  }));

  app.post('/:m/rounds/:programme/:round/close', roundAction(async (c, at) => {
    await staffWrite(c, store, (ctx) => closeRound(ctx, at));
    return { kind: 'closed' };
  }));

  app.post('/:m/rounds/:programme/:round/reopen', roundAction(async (c, at) => {
    await staffWrite(c, store, (ctx) => reopenRound(ctx, at));
    return { kind: 'reopened' };
  }));

  app.get('/:m/outbox', async (c) => {
    const asked = c.req.query('state');
    const state = (['queued', 'sent', 'failed'] as const).find((value) => value === asked) as MailState | undefined;
    const data = await staffRead(c, store, async (ctx) => ({ municipality: ctx.municipality!, mails: await listOutbox(ctx, state) }));
    return renderPage(c, <OutboxPage ctx={pageContext(c, data.municipality)} mails={data.mails} state={state} />);
  });

  return app;
}
