import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { isUniqueViolation, type Database } from '../db/database.ts';
import { municipalities } from '../db/schema.ts';
import { LANGUAGES, type LocalizedText } from '../domain/language.ts';
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
  languages: string[];
}

/** A municipality needs a URL slug, Statistics Finland's three-digit code, and a name in each of its languages. */
const newMunicipalitySchema = z
  .object({
    slug: z.string().regex(/^[a-z0-9][a-z0-9-]{1,39}$/),
    code: z.string().regex(/^\d{3}$/),
    languages: z.array(z.enum(LANGUAGES)).min(1),
    name: z.partialRecord(z.enum(LANGUAGES), z.string().trim().min(1).optional()),
  })
  .superRefine((value, ctx) => {
    for (const lang of value.languages) if (!value.name[lang]) ctx.addIssue({ code: 'custom', path: ['name', lang], message: 'missing' });
  });

/** The field that is wrong ("slug", "code", "languages", "name.sv"), to be named to the user. */
export class InvalidMunicipalityError extends Error {
  constructor(readonly field: string) {
    super(`Invalid municipality field: ${field}`);
  }
}

export class MunicipalityExistsError extends Error {
  constructor(readonly slug: string) {
    super(`The municipality or its code exists already: ${slug}`);
  }
}

export async function createMunicipality(db: Database, input: NewMunicipality, actor: string): Promise<MunicipalityView> {
  const parsed = newMunicipalitySchema.safeParse(input);
  if (!parsed.success) throw new InvalidMunicipalityError(parsed.error.issues[0]!.path.join('.'));
  try {
    return await db.transaction(async (tx) => {
      const [created] = await tx.insert(municipalities).values(parsed.data).returning(columns);
      await writeAudit(tx, { municipalityId: created!.id, actor, action: 'municipality.create', target: `municipality:${input.slug}` });
      return created!;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new MunicipalityExistsError(input.slug);
    throw error;
  }
}
