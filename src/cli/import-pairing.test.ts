/** `tiekartta import followup … --pairing / --accept / --accept-confident`, run in this process over a data folder. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tiekartta } from '../../test/support/cli.ts';
import { cliMessages } from '../i18n/cli/index.ts';
import { DEMO_FOLLOWUP_FILE } from '../io/demo.ts';
import { addMunicipalityCommand } from './add-municipality.ts';
import { importFollowupCommand } from './import-followup.ts';

const SWEDISH_2021 = new URL('../../demo/porvoo-followup-2021-03-sv.txt', import.meta.url).pathname;

describe('importing a report of another round and language with a reviewed pairing', () => {
  let dir: string;
  const base = () => ({ municipality: 'porvoo', programme: 'digi-2020-2023', json: false, dryRun: false, data: join(dir, 'data') });
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tiekartta-pairing-'));
    const en = cliMessages('en');
    await addMunicipalityCommand(en, { slug: 'porvoo', code: '638', languages: 'fi,sv', names: { fi: 'Porvoo', sv: 'Borgå' }, data: base().data });
    await importFollowupCommand(en, { ...base(), file: DEMO_FOLLOWUP_FILE });
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it('writes the proposal for review, refuses a pairing that does not fit, and imports the reviewed one', async () => {
    const sv = cliMessages('sv');
    const proposalFile = join(dir, 'pairing.json');
    const written = await importFollowupCommand(sv, { ...base(), file: SWEDISH_2021, pairing: proposalFile });
    expect(written).toBe(`Förslaget till parning skrevs i ${proposalFile}: 40 säkra, 8 möjliga, 3 nya. Ingenting importerades. Granska det och importera: --accept ${proposalFile}`);
    const proposal = JSON.parse(await readFile(proposalFile, 'utf8'));
    expect(proposal).toMatchObject({ report: 'porvoo-followup-2021-03-sv.txt', round: '2021-03', lang: 'sv' });
    expect(proposal.actions).toHaveLength(63);
    const signature = proposal.rows.find((row: { name: string }) => row.name === 'Elektronisk underskrift');
    expect(signature).toMatchObject({ ref: '5.5', action: { fi: 'Sähköinen allekirjoitus' }, confidence: 'confident', decision: 'accept' });
    expect(signature.why).toContain('säker');
    expect(signature.why).toContain('raderna före och efter är parade med åtgärderna före och efter');

    const shop = proposal.rows.find((row: { name: string }) => row.name === 'Nätbutik');
    expect(shop).toMatchObject({ ref: null, decision: 'new' });
    const broken = join(dir, 'broken.json');
    await writeFile(broken, JSON.stringify({ rows: proposal.rows.map((row: { ref: string | null }, k: number) => (k === 0 ? { ...row, ref: '9.9' } : row)) }));
    await expect(importFollowupCommand(sv, { ...base(), file: SWEDISH_2021, accept: broken })).rejects.toThrow(
      `${broken}: 1 problem i parningen, ingenting importerades:\n  rad ${proposal.rows[0].line}: programmet har ingen åtgärd med denna referens (9.9)`,
    );

    Object.assign(shop, { ref: '6.7', decision: 'accept' });
    await writeFile(proposalFile, JSON.stringify(proposal));
    const imported = await importFollowupCommand(cliMessages('fi'), { ...base(), file: SWEDISH_2021, accept: proposalFile });
    expect(imported).toContain('Raportti on toista kierrosta ja kieltä: rivit yhdistettiin toimenpiteisiin parituksen mukaan.');
    expect(imported).toContain('Toimenpiteet: 2 uutta, 49 päivitetty, 0 ennallaan');
    expect(imported).toContain('  6.7: Nätbutik');
    const notNeeded = await importFollowupCommand(cliMessages('en'), { ...base(), file: SWEDISH_2021, pairing: join(dir, 'again.json') });
    expect(notNeeded).toBe("The programme's actions already have names in the report's language: rows are matched by name, no pairing is needed. Nothing was imported.");
  });

  it('refuses two pairing options at once and an unreadable pairing file, before touching the data', async () => {
    const both = await tiekartta(['import', 'followup', SWEDISH_2021, '--data', join(dir, 'none'), '--municipality', 'porvoo', '--programme', 'digi-2020-2023', '--accept-confident', '--pairing', 'x.json']);
    expect(both).toMatchObject({ code: 1, stderr: 'Use only one of --pairing, --accept and --accept-confident.\n' });
    const notJson = join(dir, 'not.json');
    await writeFile(notJson, '{"rows": [{"line": 1}]}');
    await expect(importFollowupCommand(cliMessages('en'), { ...base(), file: SWEDISH_2021, accept: notJson })).rejects.toThrow(`${notJson}: not a pairing file (rows.0.name:`);
  });
});
