/**
 * Comparing two rounds, on the demo with a second, later round added: a published one where some
 * actions changed state, light or text and one was left out, and an open one the public never sees.
 */
import { sql } from 'drizzle-orm';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import type { Store } from '../db/database.ts';
import { createLogger } from '../logger.ts';
import { getProgrammeOverview } from '../services/programmes.ts';
import { chooseRoundPair, compareRounds } from '../services/round-comparison.ts';
import { demoDatabase, writeIn } from '../../test/support/database.ts';
import { PUBLIC } from '../domain/actor.ts';
import { runRead } from '../services/context.ts';

let store: Store;
let app: Hono;
const programmePath = '/porvoo/fi/digi-2020-2023';

/** A copy of the 09/2022 round as `year-month`, with the given changes made to it. */
async function addRound(year: number, month: number, status: 'open' | 'closed', changes: string[]) {
  await writeIn(store, 'porvoo', async (ctx) => {
    await ctx.tx.execute(sql`
      insert into rounds (municipality_id, programme_id, year, month, label, lang, status)
      select municipality_id, programme_id, ${year}, ${month}, jsonb_build_object('fi', 'Tilanne ' || ${`${month}/${year}`}::text), 'fi', ${status}
      from rounds where year = 2022 and month = 9`);
    await ctx.tx.execute(sql`
      insert into action_statuses (municipality_id, action_id, round_id, text, state, state_inferred, traffic_light)
      select s.municipality_id, s.action_id, (select id from rounds where year = ${year} and month = ${month}), s.text, s.state, false, s.traffic_light
      from action_statuses s join rounds r on r.id = s.round_id where r.year = 2022 and r.month = 9`);
    for (const change of changes) await ctx.tx.execute(sql.raw(change.replaceAll('$ROUND', `(select id from rounds where year = ${year} and month = ${month})`)));
  });
}

// The 2024–2026 programme has refs of its own (the actions it took over): the 2020–2023 programme's are meant.
const actionId = (ref: string) => `(select a.id from actions a join programmes p on p.id = a.programme_id where p.slug = 'digi-2020-2023' and a.ref = '${ref}')`;

beforeAll(async () => {
  store = await demoDatabase();
  app = createApp({ store, logger: createLogger('silent') });
  await addRound(2023, 3, 'closed', [
    `update action_statuses set state = 'abandoned', traffic_light = 'red' where round_id = $ROUND and action_id = ${actionId('1.1')}`,
    `update action_statuses set text = '{"fi": "Uusi tilanneteksti."}'::jsonb where round_id = $ROUND and action_id = ${actionId('1.2')}`,
    `delete from action_statuses where round_id = $ROUND and action_id = ${actionId('2.1')}`,
  ]);
  await addRound(2023, 9, 'open', [`update action_statuses set state = 'postponed' where round_id = $ROUND`]);
});

afterAll(async () => {
  await store?.close();
});

describe('comparing rounds', () => {
  it('names the changed, dropped and unchanged actions between the two latest published rounds', async () => {
    const comparison = await runRead(store, { actor: PUBLIC, municipality: { slug: 'porvoo' } }, async (ctx) => {
      const programme = (await getProgrammeOverview(ctx, 'digi-2020-2023'))!;
      const pair = chooseRoundPair(programme)!;
      return compareRounds(ctx, programme, pair.from, pair.to);
    });
    // The open 09/2023 round is not published, so the latest two are 09/2022 and 03/2023.
    expect([comparison.from.key, comparison.to.key]).toEqual(['2022-09', '2023-03']);
    const byRef = new Map(comparison.actions.map((row) => [row.ref, row]));
    expect(byRef.get('1.1')).toMatchObject({ kind: 'changed', stateChanged: true, lightChanged: true, after: { state: 'abandoned', trafficLight: 'red' } });
    expect(byRef.get('1.2')).toMatchObject({ kind: 'changed', stateChanged: false, textChanged: true });
    expect(byRef.get('2.1')).toMatchObject({ kind: 'dropped', after: null });
    expect(comparison.counts).toEqual({ changed: 2, dropped: 1, new: 0, unchanged: comparison.actions.length - 3 });
  });

  it('shows the comparison on the public page, with the texts side by side', async () => {
    const response = await app.request(`${programmePath}/rounds/compare`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('Muutokset syyskuu 2022 – maaliskuu 2023');
    expect(html).toContain('Uusi tilanneteksti.');
    expect(html).not.toContain('syyskuu 2023');
  });

  it('finds nothing changed when one round is compared with itself', async () => {
    const html = await (await app.request(`${programmePath}/rounds/compare?from=2022-09&to=2022-09`)).text();
    expect(html).not.toContain('Tilanneteksti muuttui');
    expect(html).toMatch(/Eivät enää mukana<\/h2>\s*<p>Ei yhtään\.<\/p>/);
  });

  it('refuses a round that is not published with a 400 that names it', async () => {
    const response = await app.request(`${programmePath}/rounds/compare?from=2022-09&to=2023-09`);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Ohjelmalla ei ole seurantakierrosta 2023-09');
  });

  it('is linked from the programme page once there are two published rounds', async () => {
    const html = await (await app.request(`${programmePath}/`)).text();
    expect(html).toContain(`href="${programmePath}/rounds/compare"`);
  });
});
