/**
 * `/staff/:m/rounds/:programme/compare?from=&to=`: any two rounds of a programme compared, open ones
 * included. Mounted before the round's own routes, whose `:round` would otherwise take "compare".
 */
import { Hono } from 'hono';
import { UnknownRoundError } from '../../services/actions.ts';
import type { Store } from '../../services/context.ts';
import { compareWorkspaceRounds } from '../../services/round-comparison.ts';
import { findProgramme } from '../../services/programmes.ts';
import { NotFoundError } from '../../domain/errors.ts';
import { renderPage } from '../../site/render.ts';
import type { StaffEnv } from '../env.ts';
import { staffPageContext } from '../page-context.ts';
import { staffRead } from '../run.ts';
import { RoundComparePage, type WorkspaceComparison } from './compare-page.tsx';

/** A round key as asked (an empty choice is none); an unknown one is named back on the page, so kept short. */
const roundKeyParam = (value: string | undefined) => (value ? value.slice(0, 20) : undefined);

export function roundCompareRoutes({ store }: { store: Store }): Hono<StaffEnv> {
  const app = new Hono<StaffEnv>();

  app.get('/:m/rounds/:programme/compare', async (c) => {
    const slug = c.req.param('programme');
    const from = roundKeyParam(c.req.query('from'));
    const to = roundKeyParam(c.req.query('to'));
    const data = await staffRead(c, store, async (ctx) => {
      let result: WorkspaceComparison;
      try {
        result = { ok: true, ...await compareWorkspaceRounds(ctx, slug, from, to) };
      } catch (error) {
        if (!(error instanceof UnknownRoundError)) throw error;
        const programme = await findProgramme(ctx, slug);
        if (!programme) throw new NotFoundError('programme', slug);
        result = { ok: false, programme, unknownRound: error.round };
      }
      return { municipality: ctx.municipality!, result };
    });
    const ctx = staffPageContext(c.get('lang'), c.get('t'), c.get('signedIn'), data.municipality);
    return renderPage(c, <RoundComparePage ctx={ctx} result={data.result} />, data.result.ok ? 200 : 400);
  });

  return app;
}
