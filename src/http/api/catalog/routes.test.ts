import { readFileSync } from 'node:fs';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, demoDatabase, writeIn } from '../../../../test/support/database.ts';
import { createApp } from '../../../app.ts';
import type { Store } from '../../../db/database.ts';
import { DEMO_CATALOG_FILE } from '../../../io/catalog/catalog-file.ts';
import { parseCatalog } from '../../../io/catalog/parse-catalog.ts';
import { createLogger } from '../../../logger.ts';
import { importCatalog } from '../../../services/catalog/import-catalog.ts';
import { API_BASE_PATH } from '../routes.ts';
import type { CatalogProjectDetailJson, CatalogProjectJson } from './schemas.ts';

interface Page {
  total: number;
  limit: number;
  offset: number;
  projects: CatalogProjectJson[];
}

describe.each(backends)('the catalog in the open API (%s)', (backend) => {
  let database: Store;
  let app: Hono;
  beforeAll(async () => {
    database = await demoDatabase(backend);
    app = createApp({ store: database, logger: createLogger('silent') });
  });
  afterAll(() => database.close());

  async function page(query = ''): Promise<Page> {
    const response = await app.request(`${API_BASE_PATH}/catalog/projects${query}`);
    expect(response.status).toBe(200);
    return (await response.json()) as Page;
  }
  const ids = async (q: string, limit = 3) => (await page(`?q=${encodeURIComponent(q)}&limit=${limit}`)).projects.map((project) => project.id);

  it('pages through every project, at most 500 at a time, with the total', async () => {
    const first = await page();
    expect(first).toMatchObject({ total: 142, limit: 50, offset: 0 });
    expect(first.projects).toHaveLength(50);
    expect((await page('?limit=500')).projects).toHaveLength(142);
    const last = await page('?limit=10&offset=140');
    expect(last.projects).toHaveLength(2);
    expect((await page('?offset=1000')).total).toBe(142);
    expect((await app.request(`${API_BASE_PATH}/catalog/projects?limit=501`)).status).toBe(400);
  });

  it('gives partners with both official names, and names that are no municipality as written', async () => {
    const all = (await page('?limit=500')).projects;
    const partners = all.flatMap((project) => project.partners);
    expect(partners).toContainEqual({ code: '092', name: { fi: 'Vantaa', sv: 'Vanda' } });
    expect(partners).toContainEqual({ code: null, name: { fi: 'Lapinahti' } });
    expect(all.filter((project) => project.lead?.code === null).map((project) => project.lead!.name.fi)).toContain('Lapin liitto');
    // Contacts are given with a project, not in bulk.
    expect(JSON.stringify(all)).not.toContain('contacts');
  });

  it('finds what people type in Finnish: inflected forms and a misspelling', async () => {
    expect(await ids('varhaiskasvatuksen')).toContain('577-varhaiskasvatuksen-digitaalinen-palveluprosessi');
    expect(await ids('varhaiskasvatus')).toContain('577-varhaiskasvatuksen-digitaalinen-palveluprosessi');
    expect(await ids('varhaiskasvatksen')).toContain('577-varhaiskasvatuksen-digitaalinen-palveluprosessi');
    expect(await ids('tekoälyä')).toContain('638-keskusteleva-tekoaly-asiakaspalvelussa');
    expect(await ids('tekoäly')).toContain('638-keskusteleva-tekoaly-asiakaspalvelussa');
    const robotics = await page('?q=robotiikkaa&limit=5');
    expect(robotics.total).toBeGreaterThan(3);
    expect(robotics.projects.some((project) => /robot/iu.test(project.title))).toBe(true);
  });

  it('finds Swedish entries in Swedish', async () => {
    expect(await ids('kommunerna', 5)).toContain('440-e-tjanstehandel-och-vandel-pa-2020-talet');
  });

  it('marks the found words in a snippet', async () => {
    const [first] = (await page('?q=tekoälyä&limit=1')).projects;
    const marked = first!.snippet!.filter((part) => part.match).map((part) => part.text.toLowerCase());
    expect(marked.length).toBeGreaterThan(0);
    for (const word of marked) expect(word).toMatch(/^tekoäly/u);
  });

  it('filters by a municipality named in Finnish, in Swedish or by code, and by ended', async () => {
    const byFinnish = await page('?municipality=Porvoo&limit=500');
    const bySwedish = await page('?municipality=Borgå&limit=500');
    const byCode = await page('?municipality=638&limit=500');
    expect(byFinnish.total).toBeGreaterThan(5);
    expect(bySwedish).toEqual(byFinnish);
    expect(byCode).toEqual(byFinnish);
    for (const project of byFinnish.projects) {
      expect(project.lead?.code === '638' || project.partners.some((partner) => partner.code === '638')).toBe(true);
    }
    const ended = await page('?ended=true&limit=500');
    expect(ended.total).toBe(70);
    expect(ended.projects.every((project) => project.ended)).toBe(true);
    const problem = await app.request(`${API_BASE_PATH}/catalog/projects?municipality=Atlantis`);
    expect(problem.status).toBe(400);
  });

  it('gives one project with its contacts, and a 404 for an unknown id', async () => {
    const response = await app.request(`${API_BASE_PATH}/catalog/projects/638-keskusteleva-tekoaly-asiakaspalvelussa`);
    expect(response.status).toBe(200);
    const project = (await response.json()) as CatalogProjectDetailJson;
    expect(project).toMatchObject({ title: 'Keskusteleva tekoäly asiakaspalvelussa', ended: true, lead: { code: '638', name: { fi: 'Porvoo', sv: 'Borgå' } } });
    expect(project.partners.map((partner) => partner.name.fi)).toEqual(expect.arrayContaining(['Riihimäki', 'Järvenpää', 'Kauniainen']));
    expect(project.contacts[0]).toMatchObject({ organisation: expect.stringContaining('Porvoo') });
    expect(project.description[0]).toMatchObject({ kind: 'paragraph' });
    expect((await app.request(`${API_BASE_PATH}/catalog/projects/no-such-project`)).status).toBe(404);
  });

  it('suggests the catalog projects most like an action', async () => {
    const response = await app.request(`${API_BASE_PATH}/porvoo/programmes/digi-2020-2023/actions/6.5/similar-projects`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { action: string; projects: { id: string; score: number }[] };
    expect(body.action).toBe('6.5');
    expect(body.projects[0]!.id).toBe('638-keskusteleva-tekoaly-asiakaspalvelussa');
    expect(body.projects.length).toBeLessThanOrEqual(10);
    expect((await app.request(`${API_BASE_PATH}/porvoo/programmes/digi-2020-2023/actions/99.99/similar-projects`)).status).toBe(404);
  });

  it('gives the network: projects led and joined, partners with shared projects, the most connected', async () => {
    const response = await app.request(`${API_BASE_PATH}/catalog/network/Borg%C3%A5`);
    expect(response.status).toBe(200);
    const network = (await response.json()) as { municipality: { code: string }; led: { id: string }[]; joined: { id: string }[]; partners: { municipality: { code: string; name: { fi: string } }; projects: number }[] };
    expect(network.municipality.code).toBe('638');
    expect(network.led.map((project) => project.id)).toContain('638-keskusteleva-tekoaly-asiakaspalvelussa');
    expect(network.joined.map((project) => project.id)).toContain('398-sahkoisten-paatoksentekorutiinien-automatisointi');
    expect(network.partners.find((partner) => partner.municipality.name.fi === 'Kauniainen')!.projects).toBeGreaterThanOrEqual(2);
    const overview = (await (await app.request(`${API_BASE_PATH}/catalog/network?limit=5`)).json()) as { municipalities: { partners: number }[] };
    expect(overview.municipalities).toHaveLength(5);
    const counts = overview.municipalities.map((row) => row.partners);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('is cached as public data and shows a re-imported catalog at the next request', async () => {
    const path = `${API_BASE_PATH}/catalog/projects/638-keskusteleva-tekoaly-asiakaspalvelussa`;
    const before = await app.request(path);
    expect(before.headers.get('cache-control')).toContain('public');
    const text = readFileSync(DEMO_CATALOG_FILE, 'utf8').replace('Keskusteleva tekoäly asiakaspalvelussa 2020-2021', 'Keskusteleva tekoäly asiakaspalvelussa 2020–2022');
    await writeIn(database, null, (ctx) => importCatalog(ctx, parseCatalog(text)));
    const after = await app.request(path, { headers: { 'If-None-Match': before.headers.get('etag')! } });
    expect(after.status).toBe(200);
    expect(JSON.stringify(await after.json())).toContain('2020–2022');
  });
});
