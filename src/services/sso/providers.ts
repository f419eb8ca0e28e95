/**
 * A municipality's single sign-on providers (OpenID Connect), configured by its administrator: the
 * issuer, the client registered there, which e-mail domains may sign in and the role a newcomer gets.
 * The client secret is sealed before it is stored and never read back out to anyone.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import { identityProviders, municipalities } from '../../db/schema.ts';
import { ROLES, type Role } from '../../domain/actor.ts';
import { ConflictError, InvalidInputError, NotFoundError } from '../../domain/errors.ts';
import type { LocalizedText } from '../../domain/language.ts';
import { writeAudit } from '../audit.ts';
import { authorize } from '../authorize.ts';
import type { Ctx, WriteCtx } from '../context.ts';
import { scopedMunicipality } from '../scope.ts';
import { sealSecret } from './secret-box.ts';

export interface ProviderView {
  id: string;
  label: string;
  issuer: string;
  clientId: string;
  allowedDomains: string[];
  defaultRole: Role | null;
  enabled: boolean;
  version: number;
}

export interface ProviderInput {
  label: string;
  issuer: string;
  clientId: string;
  /** Required for a new provider; empty keeps the stored one. */
  clientSecret: string;
  /** Separated by commas, spaces or lines. */
  allowedDomains: string;
  defaultRole: string;
  enabled: boolean;
}

const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** An issuer is an https URL; plain http only on this machine (development and tests). */
export function issuerProblem(issuer: string): string | null {
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    return 'invalid';
  }
  if (url.search || url.hash) return 'invalid';
  if (url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname))) return null;
  return 'not_https';
}

export function isLoopbackIssuer(issuer: string): boolean {
  return LOOPBACK.has(new URL(issuer).hostname);
}

const columns = {
  id: identityProviders.id, label: identityProviders.label, issuer: identityProviders.issuer, clientId: identityProviders.clientId,
  allowedDomains: identityProviders.allowedDomains, defaultRole: identityProviders.defaultRole, enabled: identityProviders.enabled,
  version: identityProviders.version,
};

export async function listProviders(ctx: Ctx): Promise<ProviderView[]> {
  authorize(ctx, 'settings.edit');
  const municipality = scopedMunicipality(ctx);
  return ctx.tx.select(columns).from(identityProviders)
    .where(eq(identityProviders.municipalityId, municipality.id)).orderBy(asc(identityProviders.label));
}

export async function getProvider(ctx: Ctx, id: string): Promise<ProviderView> {
  authorize(ctx, 'settings.edit');
  const municipality = scopedMunicipality(ctx);
  const [found] = await ctx.tx.select(columns).from(identityProviders)
    .where(and(eq(identityProviders.municipalityId, municipality.id), eq(identityProviders.id, id)));
  if (!found) throw new NotFoundError('identity provider', id);
  return found;
}

function validate(input: ProviderInput, isNew: boolean) {
  const label = input.label.trim();
  const issuer = input.issuer.trim().replace(/\/+$/, '');
  const clientId = input.clientId.trim();
  const clientSecret = input.clientSecret.trim();
  const allowedDomains = [...new Set(input.allowedDomains.toLowerCase().split(/[\s,;]+/).filter(Boolean).map((d) => d.replace(/^@/, '')))];
  const defaultRole = input.defaultRole === '' ? null : (ROLES as readonly string[]).includes(input.defaultRole) ? (input.defaultRole as Role) : undefined;
  const issuerIssue = issuerProblem(issuer);
  const issues = [
    ...(label.length >= 1 && label.length <= 100 ? [] : [{ field: 'label', problem: 'required' }]),
    ...(issuerIssue ? [{ field: 'issuer', problem: issuerIssue }] : []),
    ...(clientId.length >= 1 && clientId.length <= 500 ? [] : [{ field: 'clientId', problem: 'required' }]),
    ...(clientSecret.length > 1000 || (isNew && clientSecret.length === 0) ? [{ field: 'clientSecret', problem: 'required' }] : []),
    ...(allowedDomains.length === 0 ? [{ field: 'allowedDomains', problem: 'required' }]
      : allowedDomains.every((domain) => DOMAIN.test(domain)) ? [] : [{ field: 'allowedDomains', problem: 'invalid' }]),
    ...(defaultRole === undefined ? [{ field: 'defaultRole', problem: 'invalid' }] : []),
  ];
  if (issues.length > 0) throw new InvalidInputError(issues);
  return { label, issuer, clientId, clientSecret, allowedDomains, defaultRole: defaultRole ?? null, enabled: input.enabled };
}

/** Adds a provider to the current municipality. The audit line names the issuer, never the secret. */
export async function createProvider(ctx: WriteCtx, input: ProviderInput): Promise<string> {
  authorize(ctx, 'settings.edit');
  const municipality = scopedMunicipality(ctx);
  const { clientSecret, ...fields } = validate(input, true);
  const [existing] = await ctx.tx.select({ id: identityProviders.id }).from(identityProviders)
    .where(and(eq(identityProviders.municipalityId, municipality.id), eq(identityProviders.issuer, fields.issuer)));
  if (existing) throw new InvalidInputError([{ field: 'issuer', problem: 'taken' }]);
  const [row] = await ctx.tx.insert(identityProviders)
    .values({ ...fields, municipalityId: municipality.id, clientSecret: sealSecret(clientSecret) })
    .returning({ id: identityProviders.id });
  await writeAudit(ctx, { action: 'sso.provider_create', target: `identity_provider:${row!.id}`, details: { issuer: fields.issuer, defaultRole: fields.defaultRole } });
  return row!.id;
}

/** Changes a provider as it was at `version`; a newer one is a conflict and nothing is written. */
export async function updateProvider(ctx: WriteCtx, id: string, version: number, input: ProviderInput): Promise<void> {
  const current = await getProvider(ctx, id);
  const { clientSecret, ...fields } = validate(input, false);
  const [clash] = await ctx.tx.select({ id: identityProviders.id }).from(identityProviders)
    .where(and(eq(identityProviders.municipalityId, scopedMunicipality(ctx).id), eq(identityProviders.issuer, fields.issuer)));
  if (clash && clash.id !== id) throw new InvalidInputError([{ field: 'issuer', problem: 'taken' }]);
  const [updated] = await ctx.tx.update(identityProviders)
    .set({ ...fields, ...(clientSecret ? { clientSecret: sealSecret(clientSecret) } : {}), version: sql`${identityProviders.version} + 1` })
    .where(and(eq(identityProviders.id, id), eq(identityProviders.version, version)))
    .returning({ id: identityProviders.id });
  if (!updated) throw new ConflictError('identity provider', version, current);
  await writeAudit(ctx, {
    action: 'sso.provider_update', target: `identity_provider:${id}`,
    details: { issuer: fields.issuer, defaultRole: fields.defaultRole, enabled: fields.enabled, secretChanged: clientSecret !== '' },
  });
}

export interface SignInProvider {
  id: string;
  label: string;
  municipalitySlug: string;
  municipalityName: LocalizedText;
}

/** The enabled providers, for the sign-in page (read by the sign-in machinery at platform level). */
export async function listSignInProviders(ctx: Ctx, municipalitySlug?: string): Promise<SignInProvider[]> {
  return ctx.tx
    .select({ id: identityProviders.id, label: identityProviders.label, municipalitySlug: municipalities.slug, municipalityName: municipalities.name })
    .from(identityProviders)
    .innerJoin(municipalities, eq(municipalities.id, identityProviders.municipalityId))
    .where(and(eq(identityProviders.enabled, true), municipalitySlug ? eq(municipalities.slug, municipalitySlug) : undefined))
    .orderBy(asc(municipalities.slug), asc(identityProviders.label));
}
