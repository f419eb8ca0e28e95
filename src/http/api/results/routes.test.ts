/** The open API's goals and metrics: what the demo programme publishes, values with revisions, and the CSV. */
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDatabase, writeIn } from '../../../../test/support/database.ts';
import type { Store } from '../../../db/database.ts';
import { createApp } from '../../../app.ts';
import { createLogger } from '../../../logger.ts';
import { importMetricValues } from '../../../services/metrics/metric-values.ts';
import { API_BASE_PATH } from '../routes.ts';

const PROGRAMME = `${API_BASE_PATH}/porvoo/programmes/digi-2024-2026`;

let database: Store;
let app: Hono;

beforeAll(async () => {
  database = await demoDatabase();
  app = createApp({ store: database, logger: createLogger('silent') });
});
afterAll(() => database.close());

describe('the open API of goals and metrics', () => {
  it('lists the goals with their metrics and the competences, in the languages the sources give', async () => {
    const response = await app.request(`${PROGRAMME}/goals`);
    expect(response.status).toBe(200);
    const body = await response.json() as { goals: { id: string; name: Record<string, string>; metrics: string[] }[]; competences: { name: Record<string, string> }[] };
    expect(body.goals.map((goal) => [goal.id, goal.metrics])).toEqual([['A', ['A1', 'A2', 'A3']], ['B', ['B1', 'B2', 'B3']], ['C', ['C1', 'C2', 'C3']]]);
    expect(Object.keys(body.goals[2]!.name).sort()).toEqual(['fi', 'sv']);
    expect(body.competences.map((competence) => Object.keys(competence.name))).toEqual([['sv'], ['sv'], ['sv'], ['sv']]);
  });

  it('gives each metric its goal, name, source, unit, direction and values, revisions marked and no one named', async () => {
    const empty = await (await app.request(`${PROGRAMME}/metrics`)).json() as { metrics: { id: string; values: unknown[] }[] };
    expect(empty.metrics).toHaveLength(9);
    expect(empty.metrics.every((metric) => metric.values.length === 0)).toBe(true);

    await writeIn(database, 'porvoo', (ctx) => importMetricValues(ctx, {
      programme: 'digi-2024-2026', apply: true,
      rows: [{ metric: 'C3', period: '2025', value: '12', source: 'Raportit' }, { metric: 'C3', period: '2024', value: '9' }],
    }));
    await writeIn(database, 'porvoo', (ctx) => importMetricValues(ctx, {
      programme: 'digi-2024-2026', apply: true, rows: [{ metric: 'C3', period: '2025', value: '14', source: 'Raportit, korjattu' }],
    }));
    const body = await (await app.request(`${PROGRAMME}/metrics`)).json() as { metrics: Record<string, unknown>[] };
    const c3 = body.metrics.find((metric) => metric.id === 'C3')!;
    expect(c3).toMatchObject({
      goal: 'C', direction: 'trend', unit: {},
      name: { sv: 'Tillgången till befintlig information och ett effektivt utnyttjande av den i arbetet, ledningen och beslutsfattandet' },
      source: { sv: 'Användningsgraden för stadens gemensamma rapporter' },
      values: [
        { period: '2024', value: 9, source: null, revised: false },
        { period: '2025', value: 14, source: 'Raportit, korjattu', revised: true },
      ],
    });
    expect(JSON.stringify(c3)).not.toMatch(/enteredBy|user:|test/);

    const csv = await app.request(`${PROGRAMME}/metrics.csv`);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = new TextDecoder('utf-8', { ignoreBOM: true }).decode((await csv.arrayBuffer()).slice(3)).split('\r\n');
    expect(lines[0]).toBe('metric,goal,name_fi,name_sv,name_en,period,value,source,note,revised');
    expect(lines[1]).toMatch(/^C3,C,,"Tillgången till befintlig information och ett effektivt utnyttjande av den i arbetet, ledningen och beslutsfattandet",,2024,9,,,false$/);
    expect(lines[2]).toMatch(/,2025,14,"Raportit, korjattu",,true$/);
  });

  it('answers an unknown programme with a problem', async () => {
    const response = await app.request(`${API_BASE_PATH}/porvoo/programmes/nothing-here/metrics`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/problem\+json/);
  });
});
