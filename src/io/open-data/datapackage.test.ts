/**
 * The open data package checked by the Frictionless `datapackage` validator from the npm registry:
 * the descriptor against the Tabular Data Package profile, every file's rows against its Table Schema
 * (types, required values, enums, primary keys) and every foreign key against the rows it names.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Package } from 'datapackage';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../db/database.ts';
import { DEMO_PROGRAMME } from '../demo.ts';
import { readProgrammeData, type ProgrammeData } from '../../services/open-data/programme-data.ts';
import { readIn } from '../../../test/support/database.ts';
import { publishedIdea } from '../../../test/support/ideas.ts';
import { reportDatabase, TRANSLATED } from '../../../test/support/reports.ts';
import { dataPackageFiles, writeDataPackageZip } from './datapackage.ts';

let store: Store;
let folder: string;
let data: ProgrammeData;

let ideaRef: string;

beforeAll(async () => {
  store = await reportDatabase();
  folder = await mkdtemp(join(tmpdir(), 'tiekartta-datapackage-'));
  // A published idea whose sender left an address: the package carries the idea, never the address.
  ideaRef = await publishedIdea(store, { title: 'Sähköinen ajanvaraus', description: 'Ajan voisi varata verkossa.', email: 'lahettaja@example.fi' });
  await publishedIdea(store, { title: 'Digitala skolskjutsar', lang: 'sv' });
  data = await readIn(store, 'porvoo', (ctx) => readProgrammeData(ctx, DEMO_PROGRAMME));
});
afterAll(async () => {
  await store?.close();
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe('the open data package of a programme', () => {
  it('validates against its own schema, rows and foreign keys included', async () => {
    const zip = await JSZip.loadAsync(await writeDataPackageZip(data));
    const names = Object.keys(zip.files).sort();
    expect(names).toEqual(['README.md', 'action_texts.csv', 'actions.csv', 'datapackage.json', 'enabler_texts.csv', 'enablers.csv',
      'idea_texts.csv', 'ideas.csv', 'rounds.csv', 'status_texts.csv', 'statuses.csv']);
    for (const name of names) await writeFile(join(folder, name), await zip.file(name)!.async('nodebuffer'));

    const dataPackage = await Package.load(join(folder, 'datapackage.json'));
    expect(dataPackage.errors).toEqual([]);
    expect(dataPackage.valid).toBe(true);
    expect(dataPackage.descriptor.licenses).toEqual([expect.objectContaining({ name: 'CC-BY-4.0' })]);
    const counts: Record<string, number> = {};
    for (const resource of dataPackage.resources) {
      expect(resource.valid, resource.name).toBe(true);
      // Casts every value to its field's type and checks the constraints and the foreign keys.
      counts[resource.name] = (await resource.read({ relations: true })).length;
    }
    expect(counts).toMatchObject({ actions: 65, rounds: 2, statuses: 63 + 64, enablers: 4, ideas: 2, 'idea-texts': 4 });
    expect(counts['action-texts']).toBe(65 + 1 + data.actions.filter(({ item }) => item.coFundedPart.fi).length);
  });

  it.each([
    ['a state that does not exist', 'statuses.csv', (csv: string) => csv.replace(',done,', ',finished,')],
    ['a status of an action that does not exist', 'statuses.csv', (csv: string) => csv.replace(/\r\n1\.1,/, '\r\n99.1,')],
    ['a round that is no number', 'rounds.csv', (csv: string) => csv.replace(',2022,', ',20x2,')],
  ])('is refused by the validator with %s', async (_, file, corrupt) => {
    const files = dataPackageFiles(data);
    const broken = join(folder, 'broken');
    await rm(broken, { recursive: true, force: true });
    await mkdir(broken);
    for (const [name, content] of Object.entries(files)) await writeFile(join(broken, name), name === file ? corrupt(content) : content);
    const dataPackage = await Package.load(join(broken, 'datapackage.json'));
    const resource = dataPackage.resources.find((candidate) => `${candidate.name.replaceAll('-', '_')}.csv` === file)!;
    await expect(resource.read({ relations: true })).rejects.toThrow();
  });

  it('lists the published ideas with their texts in their own language, and nothing of who sent them', () => {
    const files = dataPackageFiles(data);
    const ideas = files['ideas.csv']!.split('\r\n');
    expect(ideas[0]).toBe('idea,lang,state,received,decided_on,action');
    expect(ideas).toContainEqual(expect.stringMatching(new RegExp(`^${ideaRef},fi,new,\\d{4}-\\d{2}-\\d{2},,$`)));
    expect(files['idea_texts.csv']).toContain(`${ideaRef},fi,title,Sähköinen ajanvaraus`);
    expect(files['idea_texts.csv']).toContain(',sv,title,Digitala skolskjutsar');
    for (const content of Object.values(files)) expect(content).not.toContain('lahettaja@example.fi');
    expect(files['README.md']).toContain('## ideas.csv');
  });

  it('has texts in long format, one row per language, and documents every column in three languages', () => {
    const files = dataPackageFiles(data);
    const texts = files['action_texts.csv']!.split('\r\n');
    expect(texts[0]).toBe('ref,lang,field,text');
    expect(texts.filter((line) => line.endsWith(`,name,${TRANSLATED.fi}`))).toHaveLength(1);
    expect(texts.filter((line) => line.endsWith(`,sv,name,${TRANSLATED.sv}`))).toHaveLength(1);
    expect(files['status_texts.csv']).toContain(`,2023-03,sv,${TRANSLATED.svStatus}`);
    const descriptor = JSON.parse(files['datapackage.json']!) as { resources: { path: string; schema: { fields: { name: string }[] } }[] };
    for (const resource of descriptor.resources) {
      for (const field of resource.schema.fields) {
        for (const heading of ['Sarake', 'Kolumn', 'Column']) expect(files['README.md']).toContain(heading);
        expect(files['README.md']!.match(new RegExp(`^\\| ${field.name} \\| .+ \\|$`, 'gm'))!.length).toBeGreaterThanOrEqual(3);
      }
    }
  });
});
