/**
 * The public transparency site: server-rendered pages, one route per page type. Routes resolve the
 * municipality, language and programme, call the read services and hand plain views to the pages.
 */
import { Hono, type Context } from 'hono';
import type { Database } from '../db/database.ts';
import { isLang, LANGUAGES, type Lang } from '../domain/language.ts';
import { getAction, listActions } from '../services/actions.ts';
import { listEnablers } from '../services/enablers.ts';
import { findMunicipality, listMunicipalities } from '../services/municipalities.ts';
import { getProgrammeOverview, listProgrammes } from '../services/programmes.ts';
import type { MunicipalityView, ProgrammeOverview } from '../services/views.ts';
import { parseActionQuery, toActionFilter } from './action-filters.ts';
import type { Alternate } from './components/language-switcher.tsx';
import { pageContext, type PageContext } from './context.ts';
import { ActionPage } from './pages/action.tsx';
import { ActionsPage, type ActionListResult } from './pages/actions.tsx';
import { EnablersPage } from './pages/enablers.tsx';
import { HomePage } from './pages/home.tsx';
import { NotFoundPage } from './pages/not-found.tsx';
import { MunicipalityPage, ProgrammePage } from './pages/programme.tsx';
import { renderPage } from './render.ts';
import { preferredLanguage } from './request-language.ts';
import { samePageIn } from './urls.ts';

function alternatesFor(c: Context, lang: Lang): Alternate[] {
  const url = new URL(c.req.url);
  return LANGUAGES.filter((other) => other !== lang).flatMap((other) => {
    const href = samePageIn(url, other);
    return href ? [{ lang: other, href }] : [];
  });
}

/**
 * The localized 404 page. Its language: the one in the URL if we speak it, else the municipality's
 * own, else the browser's. Usable as the app's notFound handler too.
 */
export function siteNotFound(c: Context, municipality?: MunicipalityView | null) {
  const asked = c.req.path.split('/')[2];
  const lang = isLang(asked) ? asked : (municipality?.languages[0] ?? preferredLanguage(c.req.header('accept-language')));
  const ctx = pageContext(lang, municipality);
  return renderPage(c, <NotFoundPage ctx={ctx} municipality={municipality} alternates={alternatesFor(c, lang)} />, 404);
}

interface Place {
  ctx: PageContext;
  municipality: MunicipalityView;
  alternates: Alternate[];
}

export function siteRoutes({ db }: { db: Database }): Hono {
  const app = new Hono();

  /** The municipality and language of the URL, or the 404 response. */
  async function place(c: Context): Promise<Place | Response> {
    const municipality = await findMunicipality(db, c.req.param('m') ?? '');
    const lang = c.req.param('lang');
    if (!municipality || !isLang(lang)) return siteNotFound(c, municipality);
    return { ctx: pageContext(lang, municipality), municipality, alternates: alternatesFor(c, lang) };
  }

  async function programmePlace(c: Context): Promise<(Place & { programme: ProgrammeOverview }) | Response> {
    const found = await place(c);
    if (found instanceof Response) return found;
    const programme = await getProgrammeOverview(db, found.municipality, c.req.param('programme') ?? '');
    if (!programme) return siteNotFound(c, found.municipality);
    return { ...found, programme };
  }

  // The front page has no language in its path: `?lang=` (its language links) or else the browser's.
  app.get('/', async (c) => {
    const asked = c.req.query('lang');
    const lang = isLang(asked) ? asked : preferredLanguage(c.req.header('accept-language'));
    c.header('Vary', 'Accept-Language');
    const municipalities = await listMunicipalities(db);
    return renderPage(c, <HomePage ctx={pageContext(lang)} municipalities={municipalities} alternates={alternatesFor(c, lang)} />);
  });

  // Pages that are folders end in a slash, so their relative links and the language switcher agree.
  app.get('/:m/:lang', (c) => (isLang(c.req.param('lang')) ? c.redirect(`${c.req.path}/`, 301) : siteNotFound(c)));
  app.get('/:m/:lang/:programme', (c) =>
    isLang(c.req.param('lang')) ? c.redirect(`${c.req.path}/`, 301) : siteNotFound(c),
  );

  app.get('/:m/:lang/', async (c) => {
    const found = await place(c);
    if (found instanceof Response) return found;
    const [newest, ...others] = await listProgrammes(db, found.municipality);
    const programme = newest ? await getProgrammeOverview(db, found.municipality, newest.slug) : null;
    return renderPage(c, <MunicipalityPage {...found} programme={programme} others={others} />);
  });

  app.get('/:m/:lang/:programme/', async (c) => {
    const found = await programmePlace(c);
    if (found instanceof Response) return found;
    return renderPage(c, <ProgrammePage {...found} />);
  });

  app.get('/:m/:lang/:programme/actions', async (c) => {
    const found = await programmePlace(c);
    if (found instanceof Response) return found;
    const { ctx, municipality, programme } = found;
    const parsed = parseActionQuery(c.req.query(), programme);
    // parseActionQuery has checked the round against the programme's, so listing cannot fail on it.
    const result: ActionListResult = parsed.ok
      ? { ok: true, query: parsed.query, items: await listActions(db, programme, toActionFilter(parsed.query, ctx.lang), municipality.languages) }
      : { ok: false, errors: parsed.errors };
    return renderPage(c, <ActionsPage {...found} values={parsed.values} result={result} />, result.ok ? 200 : 400);
  });

  app.get('/:m/:lang/:programme/actions/:ref', async (c) => {
    const found = await programmePlace(c);
    if (found instanceof Response) return found;
    const action = await getAction(db, found.programme, c.req.param('ref'));
    if (!action) return siteNotFound(c, found.municipality);
    return renderPage(c, <ActionPage {...found} action={action} />);
  });

  app.get('/:m/:lang/:programme/enablers', async (c) => {
    const found = await programmePlace(c);
    if (found instanceof Response) return found;
    const enablers = await listEnablers(db, found.programme);
    return renderPage(c, <EnablersPage {...found} enablers={enablers} />);
  });

  return app;
}
