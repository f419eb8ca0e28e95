/**
 * The audit log as a municipality's administrators read it: its own lines and the sign-in events of
 * its people (row-level security decides which), newest first, filtered by whom (by or about a person), what and when (days
 * in Finnish time). Details are shown only as short plain values, and never a field that could hold a
 * password, a token, an address or a status text, whatever a writer put there.
 */
import { and, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { auditLog, users } from '../../db/schema.ts';
import { authorize } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { listMembers } from './people.ts';

export const AUDIT_PAGE_SIZE = 50;
const TIME_ZONE = 'Europe/Helsinki';
const HIDDEN_DETAIL = /pass|token|secret|^code$|text|mail|address|body|subject/i;

export interface AuditFilter {
  /** "user:<id>", "cli", …: lines by or about this actor, as recorded. */
  person?: string | undefined;
  action?: string | undefined;
  /** Days, YYYY-MM-DD, both included. */
  from?: string | undefined;
  to?: string | undefined;
  /** From 1. */
  page: number;
}

export interface AuditLine {
  id: number;
  at: Date;
  actor: string;
  action: string;
  target: string;
  details: [string, string][];
}

export interface AuditPage {
  lines: AuditLine[];
  hasMore: boolean;
  /** Names of the people the lines name as actor or target, by "user:<id>". */
  names: Map<string, string>;
}

function shownDetails(details: Record<string, unknown>): [string, string][] {
  const shown: [string, string][] = [];
  for (const [key, value] of Object.entries(details)) {
    if (HIDDEN_DETAIL.test(key)) continue;
    const text = Array.isArray(value) && value.every((item) => typeof item === 'string') ? value.join(', ')
      : ['string', 'number', 'boolean'].includes(typeof value) ? String(value) : null;
    if (text !== null) shown.push([key, text.slice(0, 80)]);
  }
  return shown;
}

const dayStart = (day: string) => sql`(${day}::date)::timestamp at time zone ${TIME_ZONE}`;

export async function readAuditLog(ctx: Ctx, filter: AuditFilter): Promise<AuditPage> {
  authorize(ctx, 'audit.read');
  const conditions: SQL[] = [];
  if (filter.person) conditions.push(or(eq(auditLog.actor, filter.person), eq(auditLog.target, filter.person))!);
  if (filter.action) conditions.push(eq(auditLog.action, filter.action));
  if (filter.from) conditions.push(sql`${auditLog.at} >= ${dayStart(filter.from)}`);
  if (filter.to) conditions.push(sql`${auditLog.at} < ${dayStart(filter.to)} + interval '1 day'`);
  const rows = await ctx.tx
    .select()
    .from(auditLog)
    .where(and(...conditions))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE + 1)
    .offset((filter.page - 1) * AUDIT_PAGE_SIZE);
  const lines = rows.slice(0, AUDIT_PAGE_SIZE).map((row) => ({
    id: row.id, at: row.at, actor: row.actor, action: row.action, target: row.target, details: shownDetails(row.details),
  }));
  const ids = [...new Set(lines.flatMap((line) => [line.actor, line.target]).filter((who) => /^user:[0-9a-f-]{36}$/.test(who)).map((who) => who.slice(5)))];
  const people = ids.length === 0 ? [] : await ctx.tx.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, ids));
  return {
    lines, hasMore: rows.length > AUDIT_PAGE_SIZE,
    names: new Map(people.map((person) => [`user:${person.id}`, person.name])),
  };
}

/** What the log can be filtered by: the municipality's people and the actions recorded. */
export async function auditFilterChoices(ctx: Ctx): Promise<{ people: { id: string; displayName: string }[]; actions: string[] }> {
  authorize(ctx, 'audit.read');
  const actions = await ctx.tx.selectDistinct({ action: auditLog.action }).from(auditLog).orderBy(auditLog.action);
  return { people: await listMembers(ctx), actions: actions.map((row) => row.action) };
}
