/**
 * The catalog's pages in a municipality's site: `/{m}/{lang}/catalog` (search), `/{m}/{lang}/catalog/{id}`
 * (a project) and `/{m}/{lang}/network` (the municipality's network of cooperation). Registered by the site
 * router before its programme routes, so "catalog" and "network" are never taken for a programme's slug.
 */
import type { Context, Hono } from 'hono';
import { getCatalogProject, listCatalogProjects } from '../../services/catalog/catalog-projects.ts';
import { mostConnected, municipalityNetwork } from '../../services/catalog/network.ts';
import type { Ctx } from '../../services/context.ts';
import type { Place } from '../routes.tsx';
import { renderPage } from '../render.ts';
import { NetworkPage } from './network.tsx';
import { CatalogProjectView, CatalogSearchPage } from './pages.tsx';
import { CATALOG_PAGE_SIZE, parseCatalogQuery } from './query.ts';

type Read = <T>(c: Context, reader: (ctx: Ctx) => Promise<T | null>) => Promise<{ place: Place; found: T } | Response>;

export function catalogPages(app: Hono, read: Read): void {
  app.get('/:m/:lang/catalog', async (c) => {
    const query = parseCatalogQuery(c.req.query());
    const found = await read(c, async (ctx) => ({
      page: query.ok
        ? await listCatalogProjects(ctx, {
          ...query.search,
          limit: CATALOG_PAGE_SIZE,
          offset: (query.search.page - 1) * CATALOG_PAGE_SIZE,
        })
        : null,
    }));
    if (found instanceof Response) return found;
    return renderPage(c, <CatalogSearchPage {...found.place} query={query} found={found.found.page} />, query.ok ? 200 : 400);
  });

  app.get('/:m/:lang/network', async (c) => {
    const found = await read(c, async (ctx) => ({
      network: await municipalityNetwork(ctx, ctx.municipality!.code),
      connected: await mostConnected(ctx),
    }));
    if (found instanceof Response) return found;
    return renderPage(c, <NetworkPage {...found.place} {...found.found} />);
  });

  app.get('/:m/:lang/catalog/:id', async (c) => {
    const found = await read(c, (ctx) => getCatalogProject(ctx, c.req.param('id')));
    if (found instanceof Response) return found;
    return renderPage(c, <CatalogProjectView {...found.place} project={found.found} />);
  });
}
