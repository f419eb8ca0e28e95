/**
 * A municipality's access administration: its people (/:m/people), its sign-in settings (/:m/settings)
 * and its audit log (/:m/audit). Every use-case asks the permissions table itself; a refusal becomes
 * the 403 page and an audit line. Writes answer with a redirect (post/redirect/get) and a notice.
 */
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { ROLES, type Role } from '../../domain/actor.ts';
import { ConflictError, InvalidInputError } from '../../domain/errors.ts';
import { isLang, pickText, type Lang } from '../../domain/language.ts';
import { staffMessages } from '../../i18n/staff/index.ts';
import type { ScopedMunicipality, WriteCtx } from '../../services/context.ts';
import { auditFilterChoices, readAuditLog, type AuditFilter } from '../../services/staff/audit-read.ts';
import { deactivatePerson, grantRole, invitePerson, listPeople, reactivatePerson, revokeRole, unlockPerson } from '../../services/staff/people-admin.ts';
import { readSignInSettings, saveSignInSettings } from '../../services/staff/settings.ts';
import { renderPage } from '../../site/render.ts';
import type { FieldError } from '../components/forms.tsx';
import type { StaffEnv } from '../env.ts';
import { staffPageContext } from '../page-context.ts';
import type { StaffDeps } from '../routes.tsx';
import { staffRead, staffWrite } from '../run.ts';
import { AuditLogPage } from './pages/audit.tsx';
import { PeoplePage, type InviteInput } from './pages/people.tsx';
import { SettingsPage } from './pages/settings.tsx';
import { linkBuilder } from './sign-in-routes.tsx';
import { accessUrls } from './urls.ts';
import { parseVersion } from '../../domain/version.ts';

const isRole = (value: unknown): value is Role => typeof value === 'string' && (ROLES as readonly string[]).includes(value);
const text = (value: unknown, max: number) => (typeof value === 'string' ? value.slice(0, max) : '');

const PEOPLE_NOTICES = ['invited', 'added', 'roleAdded', 'roleRemoved', 'deactivatedNotice', 'reactivatedNotice', 'unlockedNotice'] as const;
type PeopleNotice = (typeof PEOPLE_NOTICES)[number];

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((value) => !Number.isNaN(Date.parse(value)));
const auditQuery = z.object({
  person: z.string().max(100).optional(),
  action: z.string().max(100).optional(),
  from: day.optional(),
  to: day.optional(),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export function accessRoutes({ store, proxy }: StaffDeps): Hono<StaffEnv> {
  const app = new Hono<StaffEnv>();
  const pageCtxIn = (c: Context<StaffEnv>, municipality: ScopedMunicipality) =>
    staffPageContext(c.get('lang'), c.get('t'), c.get('signedIn'), municipality);
  const slug = (c: Context<StaffEnv>) => c.req.param('m') ?? '';

  async function peoplePage(c: Context<StaffEnv>, options: { notice?: string; errors?: FieldError[]; invite?: Partial<InviteInput>; status?: 200 | 400 } = {}) {
    const { municipality, people } = await staffRead(c, store, async (ctx) => ({ municipality: ctx.municipality!, people: await listPeople(ctx) }));
    const { status = 200, ...rest } = options;
    return renderPage(c, <PeoplePage ctx={pageCtxIn(c, municipality)} people={people} {...rest} />, status);
  }

  /** The problems of a refused write as the page's field errors; those of no field of the form link to the page. */
  function problems(c: Context<StaffEnv>, error: InvalidInputError): FieldError[] {
    const p = c.get('t').access.people.problems;
    return error.issues.map((issue) => {
      const known = (key: string): key is keyof typeof p => key in p;
      const message = known(issue.problem) ? p[issue.problem] : known(issue.field) ? p[issue.field] : issue.problem;
      return { field: ['email', 'displayName'].includes(issue.field) ? issue.field : 'main', message };
    });
  }

  /** Runs a write of the people page; a broken rule is shown on the page, anything else goes on. */
  async function peopleWrite(c: Context<StaffEnv>, work: (ctx: WriteCtx) => Promise<PeopleNotice>, invite?: Partial<InviteInput>) {
    let notice: PeopleNotice;
    try {
      notice = await staffWrite(c, store, work);
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      return peoplePage(c, { errors: problems(c, error), invite, status: 400 });
    }
    return c.redirect(`${accessUrls.people(slug(c))}?notice=${notice}`, 303);
  }

  app.get('/:m/people', (c) => {
    const notice = PEOPLE_NOTICES.find((known) => known === c.req.query('notice'));
    return peoplePage(c, { notice: notice ? c.get('t').access.people[notice] : undefined });
  });

  app.post('/:m/people', async (c) => {
    const body = await c.req.parseBody();
    const invite = { email: text(body.email, 254), displayName: text(body.displayName, 100), lang: isLang(body.lang) ? body.lang : 'fi', role: isRole(body.role) ? body.role : 'viewer' } as const;
    if (!isRole(body.role)) return peoplePage(c, { errors: [{ field: 'role', message: c.get('t').access.people.problems.role }], invite, status: 400 });
    return peopleWrite(c, async (ctx) => {
      const place = (lang: Lang) => pickText(ctx.municipality!.name, lang, ctx.municipality!.languages)?.text ?? ctx.municipality!.slug;
      const { mailed } = await invitePerson(ctx, invite, linkBuilder(c, proxy), (lang, link, hours) => {
        const words = staffMessages(lang).access.invitation;
        return { subject: words.mailSubject(place(lang)), bodyText: words.mailBody(place(lang), link, hours) };
      });
      return mailed ? 'invited' : 'added';
    }, invite);
  });

  app.post('/:m/people/:id/roles', async (c) => {
    const role = (await c.req.parseBody()).role;
    if (!isRole(role)) return peoplePage(c, { errors: [{ field: 'main', message: c.get('t').access.people.problems.role }], status: 400 });
    return peopleWrite(c, async (ctx) => (await grantRole(ctx, c.req.param('id'), role), 'roleAdded'));
  });

  app.post('/:m/people/:id/roles/remove', async (c) => {
    const role = (await c.req.parseBody()).role;
    if (!isRole(role)) return peoplePage(c, { errors: [{ field: 'main', message: c.get('t').access.people.problems.role }], status: 400 });
    return peopleWrite(c, async (ctx) => (await revokeRole(ctx, c.req.param('id'), role), 'roleRemoved'));
  });

  app.post('/:m/people/:id/deactivate', (c) => peopleWrite(c, async (ctx) => (await deactivatePerson(ctx, c.req.param('id')), 'deactivatedNotice')));
  app.post('/:m/people/:id/unlock', (c) => peopleWrite(c, async (ctx) => (await unlockPerson(ctx, c.req.param('id')), 'unlockedNotice')));
  app.post('/:m/people/:id/reactivate', (c) => peopleWrite(c, async (ctx) => (await reactivatePerson(ctx, c.req.param('id')), 'reactivatedNotice')));

  app.get('/:m/settings', async (c) => {
    const { municipality, settings } = await staffRead(c, store, async (ctx) => ({ municipality: ctx.municipality!, settings: await readSignInSettings(ctx) }));
    const notice = c.req.query('notice') === 'saved' ? 'saved' : undefined;
    return renderPage(c, <SettingsPage ctx={pageCtxIn(c, municipality)} settings={settings} notice={notice} />);
  });

  app.post('/:m/settings', async (c) => {
    const body = await c.req.parseBody({ all: true });
    const chosen = ([] as unknown[]).concat(body.secondFactorRequiredFor ?? []).filter(isRole);
    try {
      await staffWrite(c, store, (ctx) => saveSignInSettings(ctx, { secondFactorRequiredFor: chosen, version: parseVersion(body.version) }));
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      const { municipality, settings } = await staffRead(c, store, async (ctx) => ({ municipality: ctx.municipality!, settings: await readSignInSettings(ctx) }));
      return renderPage(c, <SettingsPage ctx={pageCtxIn(c, municipality)} settings={settings} notice="conflict" />, 409);
    }
    return c.redirect(`${accessUrls.settings(slug(c))}?notice=saved`, 303);
  });

  app.get('/:m/audit', async (c) => {
    const parsed = auditQuery.safeParse(Object.fromEntries(Object.entries(c.req.query()).filter(([, value]) => value !== '')));
    const a = c.get('t').access.audit;
    const errors: FieldError[] = parsed.success ? [] : parsed.error.issues.map((issue) => ({ field: String(issue.path[0]), message: a.invalidDate }));
    const filter: AuditFilter = parsed.success ? parsed.data : { page: 1 };
    const { municipality, page, choices } = await staffRead(c, store, async (ctx) => ({
      municipality: ctx.municipality!,
      choices: await auditFilterChoices(ctx),
      page: errors.length === 0 ? await readAuditLog(ctx, filter) : null,
    }));
    const pageHref = (n: number) => {
      const query = new URLSearchParams(Object.entries({ ...filter, page: String(n) }).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== ''));
      return `${accessUrls.audit(municipality.slug)}?${query}`;
    };
    const shown = parsed.success ? filter : c.req.query();
    return renderPage(c, <AuditLogPage ctx={pageCtxIn(c, municipality)} page={page} filter={shown} choices={choices} pageHref={pageHref} errors={errors} />, errors.length ? 400 : 200);
  });

  return app;
}
