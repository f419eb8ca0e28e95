import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_FOLLOWUP_FILE } from '../io/demo.ts';
import { tiekartta } from '../../test/support/cli.ts';

describe('the tiekartta command', () => {
  let dir: string;
  let data: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tiekartta-cli-'));
    data = join(dir, 'data');
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it('adds a municipality, imports a report atomically and idempotently, and refuses a broken one', async () => {
    const added = await tiekartta(['municipality', 'add', '--data', data, '--slug', 'porvoo', '--code', '638', '--name-fi', 'Porvoo', '--name-sv', 'Borgå', '--languages', 'fi,sv']);
    expect(added).toMatchObject({ code: 0, stdout: 'Municipality added: porvoo\n' });

    const broken = join(dir, 'broken.txt');
    const lines = (await readFile(DEMO_FOLLOWUP_FILE, 'utf8')).split('\n');
    const at = lines.findIndex((line) => line.startsWith('Verkkokauppa'));
    lines[at] = lines[at]!.replace('\tx\t', '\t');
    await writeFile(broken, lines.join('\n'));
    const refused = await tiekartta(['import', 'followup', broken, '--data', data, '--municipality', 'porvoo', '--programme', 'digi-2020-2023'], 'fi');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`rivi ${at + 1}: väärä sarakemäärä (löytyi/odotettiin) (5/6)`);

    const tried = await tiekartta(['import', 'followup', DEMO_FOLLOWUP_FILE, '--data', data, '--municipality', 'porvoo', '--programme', 'digi-2020-2023', '--dry-run']);
    expect(tried.code).toBe(0);
    expect(tried.stdout).toContain('Dry run (--dry-run): nothing was saved.');
    expect(tried.stdout).toContain('Actions: 63 new, 0 updated, 0 unchanged');

    const imported = await tiekartta(['import', 'followup', DEMO_FOLLOWUP_FILE, '--data', data, '--municipality', 'porvoo', '--programme', 'digi-2020-2023', '--json']);
    expect(imported.code).toBe(0);
    const summary = JSON.parse(imported.stdout);
    expect(summary).toMatchObject({ ok: true, changed: true, programme: { created: true }, actions: { created: 63 } });

    const again = await tiekartta(['import', 'followup', DEMO_FOLLOWUP_FILE, '--data', data, '--municipality', 'porvoo', '--programme', 'digi-2020-2023'], 'sv');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Inga ändringar: filen var redan importerad.');
    expect(again.stdout).toContain('Åtgärder: 0 nya, 0 uppdaterade, 63 oförändrade');
  });

  it('names what is wrong with the command line', async () => {
    const unknown = await tiekartta(['import', 'followup', DEMO_FOLLOWUP_FILE, '--data', data, '--municipality', 'nowhere', '--programme', 'digi-2020-2023']);
    expect(unknown).toMatchObject({ code: 1 });
    expect(unknown.stderr).toContain('There is no municipality "nowhere"');
    const missing = await tiekartta(['import', 'followup', DEMO_FOLLOWUP_FILE, '--programme', 'digi-2020-2023'], 'fi');
    expect(missing.stderr).toContain('Puuttuva valinta: --municipality');
    const badCode = await tiekartta(['municipality', 'add', '--data', data, '--slug', 'loviisa', '--code', '43', '--name-fi', 'Loviisa', '--languages', 'fi,sv']);
    expect(badCode.stderr).toContain('Invalid --code "43": expected three digits, e.g. 638');
    const noSwedishName = await tiekartta(['municipality', 'add', '--data', data, '--slug', 'loviisa', '--code', '434', '--name-fi', 'Loviisa', '--languages', 'fi,sv'], 'sv');
    expect(noSwedishName.stderr).toContain('Alternativ saknas --name-sv: ett namn på vart och ett av kommunens språk');
    const everything = await tiekartta(['municipality', 'add', '--data', join(dir, 'never'), '--slug', 'X', '--code', '4', '--languages', 'fi']);
    expect(everything.stderr.trim().split('\n')).toEqual([
      'Invalid --slug "X": expected lower-case letters, digits and hyphens, 2–40 characters, e.g. porvoo',
      'Invalid --code "4": expected three digits, e.g. 638',
      "Missing option --name-fi: a name in each of the municipality's languages",
    ]);
    await expect(stat(join(dir, 'never'))).rejects.toThrow();
    const quoted = await tiekartta(['import', 'followup', DEMO_FOLLOWUP_FILE, '--data', data, '--municipality', 'porvoo', '--programme', 'a"b\r\nc']);
    expect(quoted.stderr).toContain('Invalid --programme');
    const badLang = await tiekartta(['import', 'followup', DEMO_FOLLOWUP_FILE, '--municipality', 'porvoo', '--programme', 'digi-2020-2023', '--lang', 'de']);
    expect(badLang.stderr).toContain('Invalid --lang: de');
  });
});
