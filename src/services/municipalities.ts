import { asc } from 'drizzle-orm';
import { z } from 'zod';
import { isUniqueViolation } from '../db/orm.ts';
import { municipalities } from '../db/schema.ts';
import { InvalidInputError } from '../domain/errors.ts';
import { LANGUAGES, type LocalizedText } from '../domain/language.ts';
import { SLUG_PATTERN } from '../domain/slug.ts';
import { writeAudit } from './audit.ts';
import { authorize } from './authorize.ts';
import type { Ctx, WriteCtx } from './context.ts';
import type { MunicipalityView } from './views.ts';

const columns = {
  id: municipalities.id,
  slug: municipalities.slug,
  code: municipalities.code,
  name: municipalities.name,
  languages: municipalities.languages,
};

/** Every municipality of the deployment: they are public. */
export async function listMunicipalities(ctx: Ctx): Promise<MunicipalityView[]> {
  return ctx.tx.select(columns).from(municipalities).orderBy(asc(municipalities.slug));
}

export interface NewMunicipality {
  slug: string;
  code: string;
  name: LocalizedText;
  languages: string[];
}

/** First path segments the product itself uses: a municipality cannot take them. */
export const RESERVED_SLUGS = new Set(['api', 'staff', 'sso', 'assets', 'healthz', 'readyz', 'admin', 'catalog', 'favicon.ico', 'robots.txt', 'well-known']);

/** A municipality needs a URL slug, Statistics Finland's three-digit code, and a name in each of its languages. */
const newMunicipalitySchema = z
  .object({
    slug: z.string().regex(SLUG_PATTERN).refine((slug) => !RESERVED_SLUGS.has(slug), 'reserved'),
    code: z.string().regex(/^\d{3}$/),
    languages: z.array(z.enum(LANGUAGES)).min(1),
    name: z.partialRecord(z.enum(LANGUAGES), z.string().trim().min(1).max(100).optional()),
  })
  .superRefine((value, ctx) => {
    for (const lang of value.languages) if (!value.name[lang]) ctx.addIssue({ code: 'custom', path: ['name', lang], message: 'missing' });
  });

export class MunicipalityExistsError extends Error {
  constructor(readonly slug: string) {
    super(`The municipality or its code exists already: ${slug}`);
  }
}

/** Every wrong field at once: "slug", "code", "languages", "name.sv". */
export function validateNewMunicipality(input: NewMunicipality) {
  const parsed = newMunicipalitySchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fields = [...new Set(parsed.error.issues.map((issue) => (issue.path[0] === 'name' ? issue.path.join('.') : String(issue.path[0]))))];
  throw new InvalidInputError(fields.map((field) => ({ field, problem: input.languages.length === 0 && field === 'languages' ? 'missing' : 'invalid' })));
}

export async function createMunicipality(ctx: WriteCtx, input: NewMunicipality): Promise<MunicipalityView> {
  authorize(ctx, 'municipality.create');
  const valid = validateNewMunicipality(input);
  const created = await ctx.tx.insert(municipalities).values(valid).returning(columns).catch((error: unknown) => {
    throw isUniqueViolation(error) ? new MunicipalityExistsError(input.slug) : error;
  });
  await writeAudit(ctx, { action: 'municipality.create', target: `municipality:${valid.slug}`, details: { code: valid.code } });
  return created[0]!;
}
