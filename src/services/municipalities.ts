import { asc, eq } from 'drizzle-orm';
import type { Database } from '../db/database.ts';
import { municipalities } from '../db/schema.ts';
import type { Lang, LocalizedText } from '../domain/language.ts';
import { writeAudit } from './audit.ts';
import type { MunicipalityView } from './views.ts';

const columns = {
  id: municipalities.id,
  slug: municipalities.slug,
  code: municipalities.code,
  name: municipalities.name,
  languages: municipalities.languages,
};

export async function listMunicipalities(db: Database): Promise<MunicipalityView[]> {
  return db.select(columns).from(municipalities).orderBy(asc(municipalities.slug));
}

export async function findMunicipality(db: Database, slug: string): Promise<MunicipalityView | null> {
  const [found] = await db.select(columns).from(municipalities).where(eq(municipalities.slug, slug));
  return found ?? null;
}

export interface NewMunicipality {
  slug: string;
  code: string;
  name: LocalizedText;
  languages: Lang[];
}

export async function createMunicipality(db: Database, input: NewMunicipality, actor: string): Promise<MunicipalityView> {
  return db.transaction(async (tx) => {
    const [created] = await tx.insert(municipalities).values(input).returning(columns);
    await writeAudit(tx, { municipalityId: created!.id, actor, action: 'municipality.create', target: `municipality:${input.slug}` });
    return created!;
  });
}
