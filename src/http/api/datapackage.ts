/**
 * `GET /api/v1/{municipality}/programmes/{programme}/datapackage.zip`: the programme's public data as a
 * Frictionless Data Package (io/open-data/datapackage.ts). Mounted in the API router, so it is open to
 * other sites, cached like every public answer, and its "not found" is problem JSON.
 */
import type { Context } from 'hono';
import { PUBLIC } from '../../domain/actor.ts';
import { NotFoundError } from '../../domain/errors.ts';
import { isSlug } from '../../domain/slug.ts';
import { writeDataPackageZip } from '../../io/open-data/datapackage.ts';
import { runRead, type Store } from '../../services/context.ts';
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
