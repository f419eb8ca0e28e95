/**
 * The writing work of the `tiekartta` command, as operations with JSON input and output, so that the
 * same work runs either in the command's own process or, when a server holds the data folder, in
 * that server (sent to its local admin endpoint, see http/admin.ts). Failures the user can fix come
 * back as data, and the command words them in the user's language.
 */
import { z } from 'zod';
import { dumpPglite } from '../db/backup.ts';
import { ROLES, type Actor } from '../domain/actor.ts';
import { ForbiddenError, InvalidInputError, NotFoundError } from '../domain/errors.ts';
import { MAX_FOLLOWUP_BYTES, type FileProblem } from '../domain/followup.ts';
import { LANGUAGES, type Lang } from '../domain/language.ts';
import { isSlug } from '../domain/slug.ts';
import { MAX_CATALOG_BYTES, readCatalogBytes } from '../io/catalog/catalog-file.ts';
import { parseFollowupFile } from '../io/followup/read-followup-file.ts';
import { languageProblem } from '../io/followup/report-language.ts';
import { importCatalog } from '../services/catalog/import-catalog.ts';
import { runWrite, type Store } from '../services/context.ts';
import { PairingRejectedError, type PairingProblem } from '../services/followup-import/cross-round-pairing.ts';
import { importFollowup } from '../services/followup-import/import-followup.ts';
import { TranslationShapeError } from '../services/followup-import/summary.ts';
import { createMunicipality, MunicipalityExistsError } from '../services/municipalities.ts';
import { exportReport, REPORT_FORMATS } from '../services/reports/followup-report.ts';
import { addPerson } from '../services/staff/accounts.ts';
import { isLockEntry } from './data-folder-lock.ts';

export type Failure =
  | { kind: 'not_found'; entity: string; key: string }
  | { kind: 'invalid'; issues: { field: string; problem: string }[] }
  | { kind: 'forbidden'; permission: string }
  | { kind: 'municipality_exists'; slug: string }
  | { kind: 'file_problems'; problems: FileProblem[] }
  | { kind: 'translation_shape'; lang: Lang; programmeShape: number[]; fileShape: number[] }
  | { kind: 'pairing_problems'; problems: PairingProblem[] };

export type Outcome<Value> = { ok: true; value: Value } | { ok: false; failure: Failure };

/** A file that does not read as what the operation expects, with every problem and its line. */
class FileRejectedError extends Error {
  constructor(readonly problems: FileProblem[]) {
    super('file rejected');
  }
}

/** Known failures as data; anything else is a bug and is thrown on. */
function asFailure(error: unknown): Failure {
  if (error instanceof FileRejectedError) return { kind: 'file_problems', problems: error.problems };
  if (error instanceof NotFoundError) return { kind: 'not_found', entity: error.entity, key: error.key };
  if (error instanceof InvalidInputError) return { kind: 'invalid', issues: [...error.issues] };
  if (error instanceof ForbiddenError) return { kind: 'forbidden', permission: error.permission };
  if (error instanceof MunicipalityExistsError) return { kind: 'municipality_exists', slug: error.slug };
  if (error instanceof PairingRejectedError) return { kind: 'pairing_problems', problems: error.problems };
  if (error instanceof TranslationShapeError) {
    return { kind: 'translation_shape', lang: error.lang, programmeShape: error.programmeShape, fileShape: error.fileShape };
  }
  throw error;
}

const slug = z.string().refine(isSlug, 'slug');

const addMunicipalityInput = z.object({
  slug: z.string(),
  code: z.string(),
  name: z.partialRecord(z.enum(LANGUAGES), z.string().optional()),
  languages: z.array(z.string()),
});

const addUserInput = z.object({
  municipality: slug,
  email: z.string(),
  name: z.string(),
  lang: z.enum(LANGUAGES),
  role: z.enum(ROLES),
});

const importFollowupInput = z.object({
  municipality: slug,
  programme: slug,
  /** The report's bytes in base64 (the command reads the file, so paths mean nothing to a server). */
  file: z.base64().max(Math.ceil((MAX_FOLLOWUP_BYTES * 4) / 3) + 4),
  lang: z.enum(['fi', 'sv']).optional(),
  dryRun: z.boolean().default(false),
  /** For a report of another round in a language the actions have no names in: see cross-round-pairing.ts. */
  pairing: z.discriminatedUnion('mode', [
    z.object({ mode: z.literal('propose') }),
    z.object({
      mode: z.literal('accept'),
      rows: z.array(z.object({ line: z.number().int().positive(), name: z.string().max(5000), ref: z.string().max(40).nullable() })).max(10_000),
    }),
    z.object({ mode: z.literal('accept_confident') }),
  ]).optional(),
});

const importCatalogInput = z.object({
  /** The catalog's bytes in base64, as for a follow-up report. */
  file: z.base64().max(Math.ceil((MAX_CATALOG_BYTES * 4) / 3) + 4),
  dryRun: z.boolean().default(false),
});

const exportReportInput = z.object({
  municipality: slug,
  programme: slug,
  round: z.string().regex(/^\d{4}-\d{2}$/),
  lang: z.enum(LANGUAGES),
  format: z.enum(REPORT_FORMATS),
});

/** Each operation: the shape of its input, and the work. */
export const OPERATIONS = {
  'backup.dump': {
    input: z.object({}),
    // Only an embedded database is dumped by the process that owns it; a server is dumped by pg_dump.
    run: async (store: Store) => {
      if (!store.pglite) throw new Error('backup.dump is for an embedded database');
      return { archive: (await dumpPglite(store.pglite, isLockEntry)).toString('base64') };
    },
  },
  'municipality.add': {
    input: addMunicipalityInput,
    run: (store: Store, actor: Actor, input: z.infer<typeof addMunicipalityInput>) =>
      runWrite(store, { actor, platform: true }, (ctx) => createMunicipality(ctx, input)),
  },
  'user.add': {
    input: addUserInput,
    run: (store: Store, actor: Actor, input: z.infer<typeof addUserInput>) =>
      runWrite(store, { actor, municipality: { slug: input.municipality } },
        (ctx) => addPerson(ctx, { email: input.email, displayName: input.name, lang: input.lang, role: input.role })),
  },
  'followup.import': {
    input: importFollowupInput,
    run: async (store: Store, actor: Actor, input: z.infer<typeof importFollowupInput>) => {
      const parsed = await parseFollowupFile(Buffer.from(input.file, 'base64'));
      if (!parsed.ok) throw new FileRejectedError(parsed.problems);
      // --lang is for a report whose language the text does not show; it may not contradict a text that does.
      const refused = input.lang ? languageProblem(parsed.followup, input.lang) : null;
      if (refused) throw new FileRejectedError([refused]);
      const lang = input.lang ?? parsed.followup.language.lang;
      const followup = { ...parsed.followup, round: { ...parsed.followup.round, lang } };
      // A proposal for review never writes.
      const dryRun = input.dryRun || input.pairing?.mode === 'propose';
      const summary = await runWrite(store, { actor, municipality: { slug: input.municipality } },
        (ctx) => importFollowup(ctx, { programme: input.programme, followup, pairing: input.pairing }, { dryRun }),
        { dryRun });
      return { summary, reading: { encoding: parsed.encoding, tables: followup.tables, language: followup.language } };
    },
  },
  'catalog.import': {
    input: importCatalogInput,
    run: (store: Store, actor: Actor, input: z.infer<typeof importCatalogInput>) => {
      const parsed = readCatalogBytes(Buffer.from(input.file, 'base64'));
      return runWrite(store, { actor, platform: true }, (ctx) => importCatalog(ctx, parsed), { dryRun: input.dryRun });
    },
  },
  /** The report's content (an open round's export is audited); the command writes the file itself. */
  'report.export': {
    input: exportReportInput,
    run: (store: Store, actor: Actor, input: z.infer<typeof exportReportInput>) =>
      runWrite(store, { actor, municipality: { slug: input.municipality } }, (ctx) => exportReport(ctx, input)),
  },
} as const;

export type OperationName = keyof typeof OPERATIONS;
export type OperationInput<Name extends OperationName> = z.input<(typeof OPERATIONS)[Name]['input']>;
export type OperationValue<Name extends OperationName> = Awaited<ReturnType<(typeof OPERATIONS)[Name]['run']>>;

export function isOperationName(name: string): name is OperationName {
  return Object.hasOwn(OPERATIONS, name);
}

/** Runs an operation in this process. Input that does not fit the operation is itself a failure. */
export async function runOperation<Name extends OperationName>(
  store: Store, actor: Actor, name: Name, rawInput: unknown,
): Promise<Outcome<OperationValue<Name>>> {
  const operation = OPERATIONS[name];
  const input = operation.input.safeParse(rawInput);
  if (!input.success) {
    return { ok: false, failure: { kind: 'invalid', issues: input.error.issues.map((issue) => ({ field: issue.path.join('.'), problem: 'invalid' })) } };
  }
  try {
    const run = operation.run as (store: Store, actor: Actor, input: unknown) => Promise<OperationValue<Name>>;
    return { ok: true, value: await run(store, actor, input.data) };
  } catch (error) {
    return { ok: false, failure: asFailure(error) };
  }
}
