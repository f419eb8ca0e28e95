/**
 * The public transparency site: server-rendered pages, one route per page type. Routes check the
 * language and the slugs of the path, read what the page needs in one transaction scoped to the
 * municipality (services/context.ts), and render plain views once it has closed.
 */
import { Hono, type Context } from 'hono';
import { PUBLIC } from '../domain/actor.ts';
import { NotFoundError } from '../domain/errors.ts';
import { isLang, LANGUAGES, type Lang } from '../domain/language.ts';
import { isSlug } from '../domain/slug.ts';
import { getAction, listActions, UnknownRoundError } from '../services/actions.ts';
import { runRead, type Ctx, type Store } from '../services/context.ts';
import { listEnablers } from '../services/enablers.ts';
import { listMunicipalities } from '../services/municipalities.ts';
import { chooseRoundPair, compareRounds } from '../services/round-comparison.ts';
import { findProgramme, getProgrammeOverview, listProgrammes } from '../services/programmes.ts';
import type { MunicipalityView, ProgrammeOverview } from '../services/views.ts';
import { publicAnswers } from '../http/public-answers.ts';
import { parseActionQuery, toActionFilter } from './action-filters.ts';
import { catalogPages } from './catalog/routes.tsx';
import { resultsPages } from './results/routes.tsx';
import { actionMeasuresByRef } from '../services/metrics/action-measures.ts';
import { similarProjects } from '../services/catalog/similar-projects.ts';
import { ideaCounts, ideasOfAction } from '../services/ideas/public-ideas.ts';
import type { Alternate } from './components/language-switcher.tsx';
import { pageContext, type PageContext } from './context.ts';
import { ActionPage } from './pages/action.tsx';
import { ActionsPage, type ActionListResult } from './pages/actions.tsx';
import { EnablersPage } from './pages/enablers.tsx';
import { RoundComparisonPage, type ComparisonResult } from './pages/round-comparison.tsx';
import { HomePage } from './pages/home.tsx';
import { ErrorPage, type ErrorKind } from './pages/error.tsx';
import { MunicipalityPage, ProgrammePage } from './pages/programme.tsx';
import { renderPage } from './render.ts';
import { reportRoutes } from './report-routes.ts';
import { roadmapPages } from './roadmap/routes.tsx';
import { actionLineage } from '../services/roadmap/lineage.ts';
import { preferredLanguage } from './request-language.ts';
import { samePageIn, siteUrls } from './urls.ts';

function alternatesFor(c: Context, lang: Lang): Alternate[] {
  const url = new URL(c.req.url);
  return LANGUAGES.filter((other) => other !== lang).flatMap((other) => {
    const href = samePageIn(url, other);
    return href ? [{ lang: other, href }] : [];
  });
}

const ERROR_STATUS = { not_found: 404, bad_request: 400, server_error: 500 } as const;

/**
 * A localized error page. Its language: the one in the URL if we speak it, else the municipality's
 * own, else the browser's. The app uses it for every error outside the API.
 */
export function siteError(c: Context, kind: ErrorKind, municipality?: MunicipalityView | null) {
  const asked = c.req.path.split('/')[2];
  const lang = isLang(asked) ? asked : (municipality?.languages[0] ?? preferredLanguage(c.req.header('accept-language')));
  const ctx = pageContext(lang, municipality);
  // A malformed address has no sensible "same page in another language".
  const alternates = kind === 'bad_request' ? [] : alternatesFor(c, lang);
  return renderPage(c, <ErrorPage ctx={ctx} kind={kind} municipality={municipality} alternates={alternates} />, ERROR_STATUS[kind]);
}

export const siteNotFound = (c: Context, municipality?: MunicipalityView | null) => siteError(c, 'not_found', municipality);

export interface Place {
  ctx: PageContext;
  municipality: MunicipalityView;
  alternates: Alternate[];
}

/** What a page found, or null when the thing it names does not exist. */
type Reader<T> = (ctx: Ctx) => Promise<T | null>;

export function siteRoutes({ store }: { store: Store }): Hono {
  const app = new Hono();
  app.use(publicAnswers);

  /**
   * Reads in the municipality and language of the path; the 404 page when either, or what the
   * reader looks for, does not exist.
   */
  async function read<T>(c: Context, reader: Reader<T>): Promise<{ place: Place; found: T } | Response> {
    const slug = c.req.param('m');
    const lang = c.req.param('lang');
    if (!isSlug(slug)) return siteNotFound(c);
    if (!isLang(lang)) {
      // Said in the municipality's own language, when there is such a municipality.
      const municipalities = await runRead(store, { actor: PUBLIC }, listMunicipalities);
      return siteNotFound(c, municipalities.find((municipality) => municipality.slug === slug));
    }
    try {
      const { municipality, found } = await runRead(store, { actor: PUBLIC, municipality: { slug } }, async (ctx) => ({
        municipality: ctx.municipality!,
        found: await reader(ctx),
      }));
      if (found === null) return siteNotFound(c, municipality);
      return { place: { ctx: pageContext(lang, municipality), municipality, alternates: alternatesFor(c, lang) }, found };
    } catch (error) {
      if (error instanceof NotFoundError) return siteNotFound(c);
      throw error;
    }
  }

  /** The programme of the path with what the page needs besides. */
  function readProgramme<T>(c: Context, more: (ctx: Ctx, programme: ProgrammeOverview) => Promise<T | null>) {
    return read(c, async (ctx) => {
      const programme = await getProgrammeOverview(ctx, c.req.param('programme') ?? '');
      if (!programme) return null;
      const extra = await more(ctx, programme);
      return extra === null ? null : { programme, extra };
    });
  }

  // The front page has no language in its path: `?lang=` (its language links) or else the browser's.
  app.get('/', async (c) => {
    const asked = c.req.query('lang');
    const lang = isLang(asked) ? asked : preferredLanguage(c.req.header('accept-language'));
    c.header('Vary', 'Accept-Language');
    const municipalities = await runRead(store, { actor: PUBLIC }, listMunicipalities);
    return renderPage(c, <HomePage ctx={pageContext(lang)} municipalities={municipalities} alternates={alternatesFor(c, lang)} />);
  });

  // Pages that are folders end in a slash, so their relative links and the language switcher agree.
  // The target is built from the validated slugs, never from the raw path.
  app.get('/:m/:lang', async (c) => {
    const found = await read(c, async () => true);
    if (found instanceof Response) return found;
    const { municipality, ctx } = found.place;
    return c.redirect(siteUrls.municipality(municipality.slug, ctx.lang), 301);
  });
  catalogPages(app, read);
  app.get('/:m/:lang/:programme', async (c) => {
    const found = await read(c, (ctx) => findProgramme(ctx, c.req.param('programme') ?? ''));
    if (found instanceof Response) return found;
    const { municipality, ctx } = found.place;
    return c.redirect(siteUrls.programme(municipality.slug, ctx.lang, found.found.slug), 301);
  });

  app.get('/:m/:lang/', async (c) => {
    const found = await read(c, async (ctx) => {
      const [newest, ...others] = await listProgrammes(ctx);
      return { programme: newest ? await getProgrammeOverview(ctx, newest.slug) : null, others, ideaCounts: newest ? await ideaCounts(ctx, newest.id) : null };
    });
    if (found instanceof Response) return found;
    return renderPage(c, <MunicipalityPage {...found.place} programme={found.found.programme} others={found.found.others} ideaCounts={found.found.ideaCounts} />);
  });

  app.get('/:m/:lang/:programme/', async (c) => {
    const found = await readProgramme(c, (ctx, programme) => ideaCounts(ctx, programme.id));
    if (found instanceof Response) return found;
    return renderPage(c, <ProgrammePage {...found.place} programme={found.found.programme} ideaCounts={found.found.extra} />);
  });

  app.get('/:m/:lang/:programme/actions', async (c) => {
    const found = await readProgramme(c, async (ctx, programme) => {
      const parsed = parseActionQuery(c.req.query(), programme);
      const lang = c.req.param('lang') as Lang;
      // parseActionQuery has checked the round against the programme's, so listing cannot fail on it.
      const result: ActionListResult = parsed.ok
        ? { ok: true, query: parsed.query, items: await listActions(ctx, programme, toActionFilter(parsed.query, lang)) }
        : { ok: false, errors: parsed.errors };
      return { values: parsed.values, result };
    });
    if (found instanceof Response) return found;
    const { programme, extra } = found.found;
    return renderPage(c, <ActionsPage {...found.place} programme={programme} values={extra.values} result={extra.result} />, extra.result.ok ? 200 : 400);
  });

  app.get('/:m/:lang/:programme/actions/:ref', async (c) => {
    const found = await readProgramme(c, async (ctx, programme) => {
      const action = await getAction(ctx, programme, c.req.param('ref'));
      return action && {
        action, similar: (await similarProjects(ctx, programme, action.ref)) ?? [], measures: await actionMeasuresByRef(ctx, programme.id, action.ref),
        lineage: await actionLineage(ctx, programme.id, action.ref), ideas: await ideasOfAction(ctx, programme.id, action.ref),
      };
    });
    if (found instanceof Response) return found;
    const { action, similar, measures, lineage, ideas } = found.found.extra;
    return renderPage(c, (
      <ActionPage {...found.place} programme={found.found.programme} action={action} similar={similar} measures={measures} lineage={lineage} ideas={ideas} />
    ));
  });

  resultsPages(app, readProgramme);

  app.get('/:m/:lang/:programme/enablers', async (c) => {
    const found = await readProgramme(c, (ctx, programme) => listEnablers(ctx, programme));
    if (found instanceof Response) return found;
    return renderPage(c, <EnablersPage {...found.place} programme={found.found.programme} enablers={found.found.extra} />);
  });

  app.get('/:m/:lang/:programme/rounds/compare', async (c) => {
    const found = await readProgramme(c, async (ctx, programme): Promise<ComparisonResult> => {
      try {
        const pair = chooseRoundPair(programme, c.req.query('from') || undefined, c.req.query('to') || undefined);
        return pair ? { ok: true, comparison: await compareRounds(ctx, programme, pair.from, pair.to) } : { ok: false, problem: 'need_two' };
      } catch (error) {
        if (error instanceof UnknownRoundError) return { ok: false, problem: 'unknown_round', key: error.round };
        throw error;
      }
    });
    if (found instanceof Response) return found;
    const result = found.found.extra;
    const status = result.ok || result.problem === 'need_two' ? 200 : 400;
    return renderPage(c, <RoundComparisonPage {...found.place} programme={found.found.programme} result={result} />, status);
  });
  roadmapPages(app, readProgramme);
  app.route('/', reportRoutes({ store }));

  return app;
}
