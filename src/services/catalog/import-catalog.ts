/**
 * Importing the catalog of other municipalities' projects: the parsed text replaces the stored catalog
 * in one transaction. Entries are paired by their stable id, so importing the same text again changes
 * nothing, a changed entry is updated (its version raised), a new one added and one no longer in the
 * text removed.
 */
import { createHash } from 'node:crypto';
import { inArray, sql } from 'drizzle-orm';
import { catalogContacts, catalogProjects, type StoredLink, type StoredPartner } from '../../db/schema.ts';
import type { CatalogProblem, CatalogProject, DescriptionBlock, ParsedCatalog } from '../../domain/catalog.ts';
import { writeAudit } from '../audit.ts';
import { authorize } from '../authorize.ts';
import type { WriteCtx } from '../context.ts';
import { descriptionText } from './description-text.ts';

/** A problem of the text with the entry it belongs to, so that a person can find and fix it. */
export interface CatalogImportProblem extends CatalogProblem {
  /** The entry's id and title; absent for lines outside every entry. */
  project?: { id: string; title: string };
}

export interface CatalogImportSummary {
  projects: number;
  added: string[];
  updated: string[];
  removed: string[];
  unchanged: number;
  problems: CatalogImportProblem[];
}

/** Line numbers are left out of what is stored: an entry does not change because one above it grew. */
function withoutLines(project: CatalogProject) {
  const description: DescriptionBlock[] = project.description.map((block) => ({ ...block, line: 0 }));
  const partners: StoredPartner[] = project.partners.map((partner) => ({
    code: partner.code,
    written: partner.written,
    ...(partner.memberOf ? { memberOf: partner.memberOf } : {}),
  }));
  const links: StoredLink[] = project.links.map((link) => ({ url: link.url, text: link.text }));
  const contacts = project.contacts.map((contact) => ({
    name: contact.name, organisation: contact.organisation, email: contact.email, phone: contact.phone,
  }));
  return {
    row: {
      key: project.id,
      lang: project.lang,
      title: project.title,
      ended: project.ended,
      description,
      leadCode: project.lead?.code ?? null,
      leadWritten: project.lead && !project.lead.code ? project.lead.name.fi : null,
      partners,
      partnerCodes: [...new Set(partners.flatMap((partner) => (partner.code ? [partner.code] : [])))],
      links,
      searchText: [project.title, descriptionText(description)].join('\n'),
    },
    contacts,
  };
}

type Prepared = ReturnType<typeof withoutLines> & { hash: string };

function prepare(project: CatalogProject): Prepared {
  const prepared = withoutLines(project);
  const hash = createHash('sha256').update(JSON.stringify(prepared)).digest('base64url');
  return { ...prepared, hash };
}

function locateProblems(parsed: ParsedCatalog): CatalogImportProblem[] {
  return parsed.problems.map((problem) => {
    const project = parsed.projects.find((entry) => problem.line >= entry.line && problem.line <= entry.lastLine);
    return project ? { ...problem, project: { id: project.id, title: project.title } } : problem;
  });
}

export async function importCatalog(ctx: WriteCtx, parsed: ParsedCatalog): Promise<CatalogImportSummary> {
  authorize(ctx, 'catalog.import');
  // One import at a time: two would both see an entry as new.
  await ctx.tx.execute(sql`select pg_advisory_xact_lock(hashtext('tiekartta.catalog.import'))`);

  // The parser reports a duplicate id; the first entry keeps it.
  const incoming = new Map<string, Prepared>();
  for (const project of parsed.projects) if (!incoming.has(project.id)) incoming.set(project.id, prepare(project));

  const stored = await ctx.tx
    .select({ id: catalogProjects.id, key: catalogProjects.key, hash: catalogProjects.contentHash })
    .from(catalogProjects);
  const storedByKey = new Map(stored.map((row) => [row.key, row]));

  const summary: CatalogImportSummary = {
    projects: incoming.size, added: [], updated: [], removed: [], unchanged: 0, problems: locateProblems(parsed),
  };

  const removed = stored.filter((row) => !incoming.has(row.key));
  if (removed.length > 0) {
    await ctx.tx.delete(catalogProjects).where(inArray(catalogProjects.id, removed.map((row) => row.id)));
    summary.removed = removed.map((row) => row.key).sort();
  }

  for (const [key, project] of incoming) {
    const existing = storedByKey.get(key);
    if (existing?.hash === project.hash) {
      summary.unchanged++;
      continue;
    }
    let projectId: string;
    if (existing) {
      await ctx.tx.update(catalogProjects)
        .set({ ...project.row, contentHash: project.hash, version: sql`${catalogProjects.version} + 1`, updatedAt: sql`now()` })
        .where(sql`${catalogProjects.id} = ${existing.id}`);
      await ctx.tx.delete(catalogContacts).where(sql`${catalogContacts.projectId} = ${existing.id}`);
      projectId = existing.id;
      summary.updated.push(key);
    } else {
      const [inserted] = await ctx.tx.insert(catalogProjects)
        .values({ ...project.row, contentHash: project.hash })
        .returning({ id: catalogProjects.id });
      projectId = inserted!.id;
      summary.added.push(key);
    }
    if (project.contacts.length > 0) {
      await ctx.tx.insert(catalogContacts).values(project.contacts.map((contact, position) => ({ ...contact, projectId, position })));
    }
  }

  if (summary.added.length + summary.updated.length + summary.removed.length > 0) {
    // Counts only: the audit log names no contact.
    await writeAudit(ctx, {
      action: 'catalog.import',
      target: 'catalog',
      details: { added: summary.added.length, updated: summary.updated.length, removed: summary.removed.length, unchanged: summary.unchanged },
    });
    ctx.changesManyRows();
  }
  return summary;
}
