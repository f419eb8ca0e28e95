/** `tiekartta report followup` as a person runs it: a child process over a data folder holding the demo. */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_FOLLOWUP_FILE } from '../io/demo.ts';
import { tiekartta } from '../../test/support/cli.ts';

// Each command opens the data folder in a process of its own: slow on a busy machine.
describe('tiekartta report followup', { timeout: 240_000 }, () => {
  let dir: string;
  let data: string;
  const where = () => ['--data', data, '--municipality', 'porvoo', '--programme', 'digi-2020-2023'];
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tiekartta-report-'));
    data = join(dir, 'data');
    await tiekartta(['municipality', 'add', '--data', data, '--slug', 'porvoo', '--code', '638', '--name-fi', 'Porvoo', '--name-sv', 'Borgå', '--languages', 'fi,sv']);
    const imported = await tiekartta(['import', 'followup', DEMO_FOLLOWUP_FILE, ...where()]);
    expect(imported.code).toBe(0);
  }, 480_000);
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it('writes the Swedish Word report of a round to the file asked for', async () => {
    const out = join(dir, 'rapport.docx');
    const written = await tiekartta(['report', 'followup', ...where(), '--round', '2022-09', '--lang', 'sv', '--format', 'docx', '-o', out], 'sv');
    expect(written).toMatchObject({ code: 0, stdout: `Rapporten har skrivits: ${out} (63 åtgärder)\n` });
    const document = await (await JSZip.loadAsync(await readFile(out))).file('word/document.xml')!.async('string');
    expect(document).toContain('Digiprogram 2020–2023 – Status 09/2022');
    expect(document).toContain('Borgå');
  });

  it('names the file after the report when no -o is given', async () => {
    const written = await tiekartta(['report', ...where(), '--round', '2022-09', '--lang', 'fi', '--format', 'csv'], 'en', dir);
    expect(written.code).toBe(0);
    const csv = await readFile(join(dir, 'porvoo-digi-2020-2023-seuranta-2022-09-fi.csv'), 'utf8');
    expect(csv.split('\r\n')[0]).toContain('Osio;Tunnus;Toimenpide;Yhteisrahoitus;2020;2021;2022;2023;Tila;Tilanne 09/2022');
  });

  it('says what is wrong with the command line, in the user\'s language', async () => {
    const noRound = await tiekartta(['report', 'followup', ...where(), '--lang', 'sv', '--format', 'pdf'], 'fi');
    expect(noRound).toMatchObject({ code: 1 });
    expect(noRound.stderr).toContain('Puuttuva valinta --round: vuosi ja kuukausi muodossa VVVV-KK, esim. 2022-09');
    const badFormat = await tiekartta(['report', 'followup', ...where(), '--round', '2022-09', '--lang', 'sv', '--format', 'odt']);
    expect(badFormat.stderr).toContain('Invalid --format "odt": expected docx, pdf, xlsx, csv or html');
    const noSuchRound = await tiekartta(['report', 'followup', ...where(), '--round', '2019-01', '--lang', 'sv', '--format', 'html']);
    expect(noSuchRound).toMatchObject({ code: 1 });
    expect(noSuchRound.stderr).toMatch(/round.*2019-01/);
  });
});
