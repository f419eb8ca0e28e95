import { afterEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Store } from '../db/database.ts';
import { auditLog } from '../db/schema.ts';
import { InvalidInputError } from '../domain/errors.ts';
import { backends, readIn, testDatabase, writeIn } from '../../test/support/database.ts';
import { createMunicipality, listMunicipalities, MunicipalityExistsError, type NewMunicipality } from './municipalities.ts';

const loviisa: NewMunicipality = { slug: 'loviisa', code: '434', name: { fi: 'Loviisa', sv: 'Lovisa' }, languages: ['fi', 'sv'] };
const add = (store: Store, input: NewMunicipality) => writeIn(store, null, (ctx) => createMunicipality(ctx, input));

describe.each(backends)('adding a municipality (%s)', (backend) => {
  let store: Store;
  afterEach(async () => store?.close());

  it('adds it and audits it at platform level', async () => {
    store = await testDatabase(backend);
    const created = await add(store, loviisa);
    expect(await readIn(store, 'loviisa', async (ctx) => ctx.municipality)).toEqual(created);
    const audit = await store.orm.select().from(auditLog).where(eq(auditLog.target, 'municipality:loviisa'));
    expect(audit.map((line) => [line.action, line.actor, line.municipalityId])).toEqual([['municipality.create', 'test', null]]);
  });

  it.each([
    [{ slug: 'Loviisa!' }, ['slug']],
    [{ slug: 'staff' }, ['slug']],
    [{ code: '43' }, ['code']],
    [{ languages: ['fi', 'de'] }, ['languages']],
    [{ name: { fi: 'Loviisa' } }, ['name.sv']],
    [{ slug: 'x', code: 'abc', name: {} }, ['slug', 'code', 'name.fi', 'name.sv']],
  ])('names every wrong field of %j at once', async (change, fields) => {
    store = await testDatabase(backend);
    const refused = await add(store, { ...loviisa, ...change }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(InvalidInputError);
    expect((refused as InvalidInputError).issues.map((issue) => issue.field)).toEqual(fields);
    expect(await writeIn(store, null, listMunicipalities)).toEqual([]);
  });

  it('refuses the same slug or code twice', async () => {
    store = await testDatabase(backend);
    await add(store, loviisa);
    await expect(add(store, { ...loviisa, slug: 'lovisa' })).rejects.toBeInstanceOf(MunicipalityExistsError);
    await expect(add(store, { ...loviisa, code: '435' })).rejects.toBeInstanceOf(MunicipalityExistsError);
  });
});
