/**
 * The open data as packages for other systems, mounted in the API router (open to other sites, cached
 * like every public answer, "not found" as problem JSON):
 * - `GET /api/v1/{municipality}/programmes/{programme}/datapackage.zip`: a programme's public data as a
 *   Frictionless Data Package (io/open-data/datapackage.ts);
 * - `GET /api/v1/{municipality}/dcat.jsonld`: the municipality's datasets in DCAT-AP, for harvesting.
 */
import type { Context } from 'hono';
import { PUBLIC } from '../../domain/actor.ts';
import { NotFoundError } from '../../domain/errors.ts';
import { isSlug } from '../../domain/slug.ts';
import { writeDataPackageZip } from '../../io/open-data/datapackage.ts';
import { dcatCatalog } from '../../io/open-data/dcat.ts';
import { runRead, type Store } from '../../services/context.ts';
import { listProgrammes } from '../../services/programmes.ts';
import { readProgrammeData } from '../../services/open-data/programme-data.ts';

export const DATAPACKAGE_PATH = '/:municipality/programmes/:programme/datapackage.zip';

export function dataPackageHandler(store: Store) {
  return async (c: Context) => {
    const { municipality, programme } = c.req.param();
    if (!isSlug(municipality)) throw new NotFoundError('municipality', municipality ?? '');
    const data = await runRead(store, { actor: PUBLIC, municipality: { slug: municipality } }, (ctx) => readProgrammeData(ctx, programme ?? ''));
    const zip = await writeDataPackageZip(data);
    c.header('Content-Type', 'application/zip');
    c.header('Content-Disposition', `attachment; filename="${data.municipality.slug}-${data.programme.slug}-datapackage.zip"`);
    return c.body(zip as Uint8Array<ArrayBuffer>);
  };
}

export const DCAT_PATH = '/:municipality/dcat.jsonld';

export function dcatHandler(store: Store) {
  return async (c: Context) => {
    const { municipality } = c.req.param();
    if (!isSlug(municipality)) throw new NotFoundError('municipality', municipality ?? '');
    const { place, programmes } = await runRead(store, { actor: PUBLIC, municipality: { slug: municipality } }, async (ctx) =>
      ({ place: ctx.municipality!, programmes: await listProgrammes(ctx) }));
    // Absolute addresses as this request reached the API.
    const catalog = dcatCatalog(new URL(c.req.url).origin, place, programmes);
    return c.body(JSON.stringify(catalog, null, 2), 200, { 'Content-Type': 'application/ld+json; charset=utf-8' });
  };
}
