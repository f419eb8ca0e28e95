import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tiekartta } from '../../test/support/cli.ts';
import { DEMO_CATALOG_FILE } from '../io/catalog/catalog-file.ts';

describe('tiekartta import catalog', () => {
  let dir: string;
  let data: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tiekartta-catalog-'));
    data = join(dir, 'data');
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it('tries, imports, re-imports without change and updates a changed entry, listing unclean entries by line', async () => {
    const tried = await tiekartta(['import', 'catalog', DEMO_CATALOG_FILE, '--data', data, '--dry-run']);
    expect(tried.code).toBe(0);
    expect(tried.stdout).toContain('Dry run (--dry-run): nothing was saved.');
    expect(tried.stdout).toContain('Projects 142: 142 new, 0 updated, 0 removed, 0 unchanged');

    const imported = await tiekartta(['import', 'catalog', DEMO_CATALOG_FILE, '--data', data, '--json']);
    expect(imported.code).toBe(0);
    const summary = JSON.parse(imported.stdout);
    expect(summary).toMatchObject({ ok: true, projects: 142 });
    expect(summary.added).toHaveLength(142);
    expect(summary.problems).toHaveLength(24);

    const again = await tiekartta(['import', 'catalog', DEMO_CATALOG_FILE, '--data', data], 'fi');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Hankkeita 142: 0 uutta, 0 päivitetty, 0 poistettu, 142 ennallaan');
    expect(again.stdout).toMatch(/rivi \d+: kumppani ei ole kunta; säilytetään kirjoitetussa muodossa \(Lapinahti\) — hanke \S+/u);

    const text = await readFile(DEMO_CATALOG_FILE, 'utf8');
    const changed = join(dir, 'changed.txt');
    await writeFile(changed, text.replace('Muut kunnat: Porvoo ja Heinola', 'Muut kunnat: Porvoo, Heinola ja Lahti'));
    const updated = await tiekartta(['import', 'catalog', changed, '--data', data]);
    expect(updated.stdout).toContain('Projects 142: 0 new, 1 updated, 0 removed, 141 unchanged');
  }, 300_000);

  it('says so when the file cannot be read', async () => {
    const missing = await tiekartta(['import', 'catalog', join(dir, 'nothing.txt'), '--data', data]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('nothing.txt');
  });
});
