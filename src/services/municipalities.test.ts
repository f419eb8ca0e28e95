import { afterEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { OpenDatabase } from '../db/database.ts';
import { auditLog } from '../db/schema.ts';
import { backends, testDatabase } from '../../test/support/database.ts';
import { createMunicipality, findMunicipality, InvalidMunicipalityError, MunicipalityExistsError } from './municipalities.ts';

const loviisa = { slug: 'loviisa', code: '434', name: { fi: 'Loviisa', sv: 'Lovisa' }, languages: ['fi', 'sv'] };

describe.each(backends)('adding a municipality (%s)', (backend) => {
  let opened: OpenDatabase;
  afterEach(async () => opened?.close());

  it('adds it and audits it', async () => {
    opened = await testDatabase(backend);
    const created = await createMunicipality(opened.db, loviisa, 'cli:test');
    expect(await findMunicipality(opened.db, 'loviisa')).toEqual(created);
    const audit = await opened.db.select().from(auditLog).where(eq(auditLog.municipalityId, created.id));
    expect(audit.map((line) => [line.action, line.actor])).toEqual([['municipality.create', 'cli:test']]);
  });

  it.each([
    [{ slug: 'Loviisa!' }, 'slug'],
    [{ code: '43' }, 'code'],
    [{ languages: ['fi', 'de'] }, 'languages.1'],
    [{ name: { fi: 'Loviisa' } }, 'name.sv'],
  ])('names the wrong field of %j', async (change, field) => {
    opened = await testDatabase(backend);
    await expect(createMunicipality(opened.db, { ...loviisa, ...change }, 'cli:test')).rejects.toEqual(new InvalidMunicipalityError(field));
    expect(await findMunicipality(opened.db, 'loviisa')).toBeNull();
  });

  it('refuses the same slug or code twice', async () => {
    opened = await testDatabase(backend);
    await createMunicipality(opened.db, loviisa, 'cli:test');
    await expect(createMunicipality(opened.db, { ...loviisa, slug: 'lovisa' }, 'cli:test')).rejects.toBeInstanceOf(MunicipalityExistsError);
    await expect(createMunicipality(opened.db, { ...loviisa, code: '435' }, 'cli:test')).rejects.toBeInstanceOf(MunicipalityExistsError);
  });
});
