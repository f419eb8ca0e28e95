/**
 * Whom municipalities have worked with, read from the catalog: the projects a municipality led and those
 * it joined, and the municipalities it shared them with; and the most connected municipalities overall.
 */
import { sql } from 'drizzle-orm';
import { selectRows } from '../../db/orm.ts';
import type { NamedMunicipality } from '../../domain/catalog.ts';
import type { Ctx } from '../context.ts';
import { namedMunicipality, projectHead, type ProjectHead, type ProjectHeadRow } from './catalog-projects.ts';

export type NetworkProject = ProjectHead;

export interface NetworkPartner {
  municipality: NamedMunicipality;
  /** How many catalog projects the two shared. */
  projects: number;
}

export interface MunicipalityNetwork {
  municipality: NamedMunicipality;
  led: NetworkProject[];
  joined: NetworkProject[];
  /** Most shared projects first. */
  partners: NetworkPartner[];
}

export interface ConnectedMunicipality {
  municipality: NamedMunicipality;
  /** Different municipalities it shared a project with. */
  partners: number;
  projects: number;
}

interface ProjectRow extends ProjectHeadRow {
  role: 'led' | 'joined';
}

/** Every municipality of a project: its lead and its partners, by code. */
const MEMBERS = sql`
  select p.id, p.key, p.lead_code as code from catalog_projects p where p.lead_code is not null
  union
  select p.id, p.key, unnest(p.partner_codes) from catalog_projects p`;

export async function municipalityNetwork(ctx: Ctx, code: string): Promise<MunicipalityNetwork> {
  const projects = await selectRows<ProjectRow>(ctx.tx, sql`
    select p.key, p.title, p.lang, p.ended, p.lead_code, p.lead_written,
      case when p.lead_code = ${code} then 'led' else 'joined' end as role
    from catalog_projects p
    where p.lead_code = ${code} or p.partner_codes @> array[${code}]::text[]
    order by lower(p.title), p.key`);
  const partners = await selectRows<{ code: string; projects: number | string }>(ctx.tx, sql`
    with members as (${MEMBERS})
    select other.code, count(distinct other.id) as projects
    from members own join members other on other.id = own.id and other.code <> own.code
    where own.code = ${code}
    group by other.code
    order by count(distinct other.id) desc, other.code`);
  return {
    municipality: namedMunicipality(code, code)!,
    led: projects.filter((row) => row.role === 'led').map(projectHead),
    joined: projects.filter((row) => row.role === 'joined').map(projectHead),
    partners: partners.map((row) => ({ municipality: namedMunicipality(row.code, row.code)!, projects: Number(row.projects) })),
  };
}

/** The municipalities with the most different partners in the catalog. */
export async function mostConnected(ctx: Ctx, limit = 20): Promise<ConnectedMunicipality[]> {
  const rows = await selectRows<{ code: string; partners: number | string; projects: number | string }>(ctx.tx, sql`
    with members as (${MEMBERS})
    select own.code, count(distinct other.code) as partners, count(distinct own.id) as projects
    from members own join members other on other.id = own.id and other.code <> own.code
    group by own.code
    order by count(distinct other.code) desc, count(distinct own.id) desc, own.code
    limit ${limit}`);
  return rows.map((row) => ({
    municipality: namedMunicipality(row.code, row.code)!,
    partners: Number(row.partners),
    projects: Number(row.projects),
  }));
}
