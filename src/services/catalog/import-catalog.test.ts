import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../db/database.ts';
import { selectRows } from '../../db/orm.ts';
import { PUBLIC } from '../../domain/actor.ts';
import { DEMO_CATALOG_FILE } from '../../io/catalog/catalog-file.ts';
import { parseCatalog } from '../../io/catalog/parse-catalog.ts';
import { backends, testDatabase, writeIn, TEST_ACTOR } from '../../../test/support/database.ts';
import { runRead, runWrite } from '../context.ts';
import { getCatalogProject, listCatalogProjects } from './catalog-projects.ts';
import { importCatalog } from './import-catalog.ts';

const TEXT = readFileSync(DEMO_CATALOG_FILE, 'utf8');
const importText = (store: Store, text: string, dryRun = false) =>
  writeIn(store, null, (ctx) => importCatalog(ctx, parseCatalog(text)), { dryRun });
const count = (store: Store) =>
  runRead(store, { actor: PUBLIC }, async (ctx) => (await listCatalogProjects(ctx, { limit: 1, offset: 0 })).total);

describe.each(backends)('importing the catalog (%s)', (backend) => {
  let store: Store;
  beforeEach(async () => {
    store = await testDatabase(backend);
  });
  afterEach(async () => {
    await store.close();
  });

  it('stores every entry, and importing the same text again changes nothing', async () => {
    const first = await importText(store, TEXT);
    expect(first.added).toHaveLength(142);
    expect(await count(store)).toBe(142);
    const again = await importText(store, TEXT);
    expect(again).toMatchObject({ added: [], updated: [], removed: [], unchanged: 142 });
    const versions = await runRead(store, { actor: PUBLIC }, (ctx) =>
      selectRows<{ max: number }>(ctx.tx, sql`select max(version) as max from catalog_projects`));
    expect(Number(versions[0]!.max)).toBe(1);
  });

  it('lists every entry that did not read cleanly with its line and the entry it belongs to', async () => {
    const summary = await importText(store, TEXT);
    expect(summary.problems).toHaveLength(24);
    expect(summary.problems).toContainEqual(expect.objectContaining({
      code: 'unmatched_partner', detail: 'Lapinahti', project: expect.objectContaining({ id: expect.any(String) }),
    }));
    for (const problem of summary.problems) expect(problem.line).toBeGreaterThan(0);
  });

  it('updates a changed entry, adds a new one and removes one no longer in the text, in one change', async () => {
    await importText(store, TEXT);
    const changed = TEXT.replace('Kunta kuuluu kaikille', 'Kunta kuuluu kaikille nyt');
    const edited = changed.replace(/(\n1\. Digiturvalla tulevaan\n)/u, '$1Uusi kappale kuvauksen alussa.\n');
    const summary = await importText(store, edited);
    expect(summary.added).toHaveLength(1);
    expect(summary.removed).toHaveLength(1);
    expect(summary.added[0]).toContain('kunta-kuuluu-kaikille-nyt');
    expect(summary.updated.length).toBeGreaterThanOrEqual(1);
    expect(await count(store)).toBe(142);
  });

  it('a dry run reports what it would do and writes nothing', async () => {
    const summary = await importText(store, TEXT, true);
    expect(summary.added).toHaveLength(142);
    expect(await count(store)).toBe(0);
  });

  it('keeps contacts out of the searched text and gives them with the project', async () => {
    await importText(store, TEXT);
    const leaked = await runRead(store, { actor: PUBLIC }, (ctx) => selectRows<{ n: number }>(ctx.tx, sql`
      select count(*) as n from catalog_projects p join catalog_contacts c on c.project_id = p.id
      where c.name is not null and length(c.name) > 5 and p.search_text like '%' || c.name || '%'`));
    expect(Number(leaked[0]!.n)).toBe(0);
    const project = await runRead(store, { actor: PUBLIC }, (ctx) => getCatalogProject(ctx, '638-keskusteleva-tekoaly-asiakaspalvelussa'));
    expect(project).toMatchObject({ title: 'Keskusteleva tekoäly asiakaspalvelussa', lead: { code: '638', name: { fi: 'Porvoo', sv: 'Borgå' } } });
    expect(project!.contacts.length).toBeGreaterThan(0);
  });

  it('is written only at platform level', async () => {
    await expect(runWrite(store, { actor: TEST_ACTOR }, (ctx) => ctx.tx.execute(sql`
      insert into catalog_projects (key, lang, title, ended, description, partners, partner_codes, links, search_text, content_hash)
      values ('x', 'fi', 'x', false, '[]', '[]', '{}', '[]', 'x', 'x')`))).rejects.toThrow();
  });
});
